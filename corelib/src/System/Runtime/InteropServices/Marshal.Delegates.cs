using System.Runtime.CompilerServices;

namespace System.Runtime.InteropServices
{
    // Delegates as native function pointers and native function pointers as delegates. The compiler makes, for each
    // delegate type its dependency graph marshals, a reverse stub native code calls and a forward stub that calls a
    // native pointer (runtime-c/callbacks.c finds them): for a [DllImport] parameter of the type, for the generic
    // overloads instantiated over it, and, when a non-generic overload is reachable, for every delegate type the
    // program constructs. The generic overloads share the non-generic ones' code without reaching them.
    public static partial class Marshal
    {
        public static IntPtr GetFunctionPointerForDelegate(Delegate d)
        {
            return FunctionPointerFor(d);
        }

        public static IntPtr GetFunctionPointerForDelegate<TDelegate>(TDelegate d)
        {
            return FunctionPointerFor((Delegate)(object)d);
        }

        private static IntPtr FunctionPointerFor(Delegate d)
        {
            if ((object)d == null) throw new ArgumentNullException("d");
            // as .NET (Mono lets them through)
            if (d.GetType().IsGenericType) throw new ArgumentException("The specified Type must not be a generic type.", "delegate");
            IntPtr fn = FunctionPointerImpl(d);
            if (fn == IntPtr.Zero) throw NotMarshalled(d.GetType());
            return fn;
        }

        public static Delegate GetDelegateForFunctionPointer(IntPtr ptr, Type t)
        {
            return DelegateFor(ptr, t);
        }

        public static TDelegate GetDelegateForFunctionPointer<TDelegate>(IntPtr ptr)
        {
            return (TDelegate)(object)DelegateFor(ptr, typeof(TDelegate));
        }

        private static Delegate DelegateFor(IntPtr ptr, Type t)
        {
            if (ptr == IntPtr.Zero) throw new ArgumentNullException("ptr");
            if ((object)t == null) throw new ArgumentNullException("t");
            RuntimeType type = t as RuntimeType;
            if (type == null) throw new ArgumentException("Type must be a type provided by the runtime.", "t");
            if (t.IsGenericType) throw new ArgumentException("The specified Type must not be a generic type.", "t");
            Type baseType = t.BaseType;
            if (baseType != typeof(Delegate) && baseType != typeof(MulticastDelegate))
                throw new ArgumentException("Type must derive from Delegate.", "t");
            // a pointer made by GetFunctionPointerForDelegate gives back its delegate, whatever t says, as in .NET
            Delegate callback = CallbackDelegateImpl(ptr);
            if ((object)callback != null) return callback;
            IntPtr stub = ForwardStubImpl(type._descriptor);
            if (stub == IntPtr.Zero) throw NotMarshalled(t);
            Delegate d = AllocateDelegateImpl(type._descriptor);
            d._target = ptr; // the forward stub reads the boxed pointer
            d._methodPtr = stub;
            return d;
        }

        // What a [DllImport] method returning a delegate returns (the compiler passes the type and its forward stub):
        // null for a null pointer, the delegate itself for a pointer made from one, else a delegate calling it.
        internal static Delegate DelegateForReturn(IntPtr fn, IntPtr descriptor, IntPtr forwardStub)
        {
            if (fn == IntPtr.Zero) return null;
            Delegate callback = CallbackDelegateImpl(fn);
            if ((object)callback != null) return callback;
            Delegate d = AllocateDelegateImpl(descriptor);
            d._target = fn;
            d._methodPtr = forwardStub;
            return d;
        }

        private static Exception NotMarshalled(Type t)
        {
            return new NotSupportedException("Kiln compiled no native-call stubs for the delegate type " + t.FullName
                + ": construct one, pass it to a [DllImport] method or use the generic GetFunctionPointerForDelegate<T> "
                + "or GetDelegateForFunctionPointer<T> with it somewhere in the program.");
        }

        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern IntPtr FunctionPointerImpl(Delegate d);

        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern Delegate CallbackDelegateImpl(IntPtr fn);

        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern IntPtr ForwardStubImpl(IntPtr descriptor);

        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern Delegate AllocateDelegateImpl(IntPtr descriptor);
    }

    [AttributeUsage(AttributeTargets.Delegate, AllowMultiple = false, Inherited = false)]
    public sealed class UnmanagedFunctionPointerAttribute : Attribute
    {
        public bool BestFitMapping;
        public CharSet CharSet;
        public bool SetLastError;
        public bool ThrowOnUnmappableChar;

        public UnmanagedFunctionPointerAttribute() { CallingConvention = CallingConvention.Winapi; }

        public UnmanagedFunctionPointerAttribute(CallingConvention callingConvention) { CallingConvention = callingConvention; }

        public CallingConvention CallingConvention { get; private set; }
    }
}
