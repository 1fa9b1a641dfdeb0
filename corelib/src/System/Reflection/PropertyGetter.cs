namespace System.Reflection
{
    // PropertyInfo.GetValue of a property without index parameters (the common case: serializers, binders), without
    // Invoke's general machinery: no argument array, no per-call shape lookup. It runs the getter's invoke stub with
    // no arguments, writing a value-type result straight into a new box. Made once per property
    // (RuntimePropertyInfo); a target whose type is not exactly the declaring type (a derived class: the getter may
    // be overridden), a missing target or an uncompiled getter take the general path, which throws or dispatches as
    // Invoke does.
    internal sealed unsafe class PropertyGetter
    {
        // The record's entry points and descriptors are fixed once the program (or its images) is loaded.
        private readonly IntPtr _invoke, _entry, _declaring, _boxDescriptor;
        private readonly int _thisOffset;
        private readonly bool _isStatic;

        private PropertyGetter(RuntimeMethodInfo getter, bool returnsValue)
        {
            MethodRecord* record = getter._record;
            _invoke = record->Invoke;
            _entry = record->Entry;
            _declaring = getter._declaring._descriptor;
            _boxDescriptor = returnsValue ? record->ReturnType : IntPtr.Zero;
            _thisOffset = getter._declaring.IsValueType ? 8 : 0;
            _isStatic = getter.IsStatic;
        }

        // null: the getter needs the general path (index parameters, an abstract or uncompiled method, a Nullable result).
        internal static PropertyGetter For(MethodInfo getter)
        {
            RuntimeMethodInfo m = getter as RuntimeMethodInfo;
            if (m == null || m._record->ParameterCount != 0 || m._record->ReturnType == IntPtr.Zero || m.IsAbstract
                || m._record->Entry == IntPtr.Zero || m._record->Invoke == IntPtr.Zero) return null;
            Type result = m.ReturnType;
            if (result.IsGenericType && result.GetGenericTypeDefinition() == typeof(Nullable<>)) return null;
            return new PropertyGetter(m, result.IsValueType);
        }

        // false: this call takes the general path (the target is not exactly of the declaring type, or is null).
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        internal bool TryGet(object target, out object value)
        {
            try
            {
                return ReadImpl(_invoke, _entry, target, _isStatic ? IntPtr.Zero : _declaring, _thisOffset, _boxDescriptor, out value) != 0;
            }
            catch (Exception e)
            {
                throw new TargetInvocationException(e);
            }
        }

        // runtime-c reflection_getter.c: checks target's type (unless declaring is zero: a static getter), runs the
        // stub and stores the result, boxed in a new box of boxDescriptor when that is not zero; 0: target mismatch.
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.InternalCall)]
        private static extern int ReadImpl(IntPtr invoke, IntPtr entry, object target, IntPtr declaring, int thisOffset,
                                           IntPtr boxDescriptor, out object value);
    }
}
