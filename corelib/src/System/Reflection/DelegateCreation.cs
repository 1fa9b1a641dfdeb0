namespace System.Reflection
{
    // Delegate.CreateDelegate and MethodInfo.CreateDelegate: a delegate object of the requested type pointing at a
    // method of the reflection tables (kiln.h KReflectionMethod): an instance method's entry (the target's override
    // of a virtual one) takes the target first, as delegates call it; a static method is reached through the thunk
    // that drops the target, which exists when the program makes a delegate of that method itself.
    internal static unsafe class DelegateCreation
    {
        private const int VirtualAttribute = 64;

        internal static Delegate Create(Type delegateType, object target, MethodInfo method, bool throwOnBindFailure)
        {
            if (delegateType == null) throw new ArgumentNullException("type");
            if (method == null) throw new ArgumentNullException("method");
            RuntimeType type = delegateType as RuntimeType;
            if (type == null || !typeof(MulticastDelegate).IsAssignableFrom(type) || type == typeof(MulticastDelegate))
                throw new ArgumentException("Type must derive from Delegate.", "type");
            RuntimeMethodInfo m = method as RuntimeMethodInfo;
            if (m == null) throw new ArgumentException("MethodInfo must be a runtime MethodInfo object.", "method");
            if (!Matches(type, m, target))
            {
                if (!throwOnBindFailure) return null;
                throw new ArgumentException("Cannot bind to the target method because its signature is not compatible with that of the delegate type.");
            }
            IntPtr entry = EntryFor(m, target);
            if (entry == IntPtr.Zero)
                throw new NotSupportedException("A delegate of '" + m.DeclaringType.FullName + "." + m.Name + "' cannot be created: the program does not create one itself (kiln compiles delegate entry points ahead of time).");
            Delegate created = (Delegate)RuntimeReflection.AllocateImpl(type._descriptor);
            created._target = m.IsStatic ? null : target;
            created._methodPtr = entry;
            return created;
        }

        internal static Delegate Create(Type delegateType, object target, string method, bool ignoreCase, bool throwOnBindFailure)
        {
            if (target == null) throw new ArgumentNullException("target");
            if (method == null) throw new ArgumentNullException("method");
            BindingFlags flags = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | (ignoreCase ? BindingFlags.IgnoreCase : 0);
            foreach (MethodInfo candidate in target.GetType().GetMethods(flags))
            {
                if (!string.Equals(candidate.Name, method, ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal)) continue;
                RuntimeMethodInfo m = candidate as RuntimeMethodInfo;
                if (m != null && delegateType is RuntimeType && Matches((RuntimeType)delegateType, m, target)) return Create(delegateType, target, m, true);
            }
            if (!throwOnBindFailure) return null;
            throw new ArgumentException("Cannot bind to the target method because its signature is not compatible with that of the delegate type.");
        }

        // The delegate's Invoke and the method have the same parameter and return types (an open static method or a
        // closed instance method; a static method closed over its first argument is not supported).
        private static bool Matches(RuntimeType delegateType, RuntimeMethodInfo method, object target)
        {
            MethodInfo invoke = delegateType.GetMethod("Invoke");
            RuntimeMethodInfo rinvoke = invoke as RuntimeMethodInfo;
            if (rinvoke == null) return false;
            if (!method.IsStatic && (target == null || !method.DeclaringType.IsInstanceOfType(target))) return false;
            if (method.IsStatic && target != null) return false;
            return Invoker.SameSignature(rinvoke._record, method._record);
        }

        private static IntPtr EntryFor(RuntimeMethodInfo method, object target)
        {
            MethodRecord* record = method._record;
            if (method.IsStatic) return record->DelegateEntry;
            if ((record->Attributes & VirtualAttribute) != 0 && target != null)
            {
                for (Type t = target.GetType(); t != null && t != method.DeclaringType.BaseType; t = t.BaseType)
                {
                    foreach (MethodBase candidate in RuntimeReflection.Info((RuntimeType)t).Methods)
                    {
                        RuntimeMethodInfo m = candidate as RuntimeMethodInfo;
                        if (m != null && m.Name == method.Name && m._record->Entry != IntPtr.Zero && (m._record->Attributes & VirtualAttribute) != 0
                            && Invoker.SameSignature(m._record, record)) return m._record->Entry;
                    }
                }
            }
            return record->Entry;
        }
    }
}
