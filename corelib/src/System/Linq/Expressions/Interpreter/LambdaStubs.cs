using System.Reflection;

namespace System.Linq.Expressions.Interpreter
{
    // Delegates of compiled lambdas without code made at run time: the compiler makes, for each delegate type a
    // program instantiates Make<TDelegate> with, a lambda stub (codegen LambdaStubs) with the signature of the
    // type's Invoke, which stores its arguments in slots and calls Enter with their addresses and a result slot.
    internal static unsafe class LambdaStubs
    {
        // The address of TDelegate's lambda stub: the compiler replaces every call (il Intrinsics.isLambdaStub).
        internal static IntPtr For<TDelegate>()
        {
            throw new InvalidOperationException("LambdaStubs.For is a compiler intrinsic.");
        }

        internal static TDelegate Make<TDelegate>(LambdaClosure closure)
        {
            RuntimeType type = (RuntimeType)typeof(TDelegate);
            Delegate d = (Delegate)RuntimeReflection.AllocateImpl(type._descriptor);
            d._target = closure;
            d._methodPtr = For<TDelegate>();
            return (TDelegate)(object)d;
        }

        // Called by every lambda stub: arguments holds the address of each argument (a by-ref argument's own
        // address), result the slot the stub returns (0 for void).
        internal static void Enter(object closure, IntPtr arguments, IntPtr result)
        {
            LambdaClosure c = (LambdaClosure)closure;
            IntPtr* slots = (IntPtr*)arguments;
            var parameters = c.Lambda.Parameters;
            object[] values = new object[parameters.Count];
            for (int i = 0; i < values.Length; i++) values[i] = Load(slots[i], (RuntimeType)parameters[i].Type);
            object value = c.Run(values);
            for (int i = 0; i < values.Length; i++)
            {
                if (parameters[i].IsByRef) Store(slots[i], values[i], (RuntimeType)parameters[i].Type);
            }
            if (result != IntPtr.Zero) Store(result, value, (RuntimeType)c.ReturnType);
        }

        // The value at address as the interpreter holds it: a reference, or a box (null for an empty Nullable<T>).
        private static object Load(IntPtr address, RuntimeType type)
        {
            if (!type.IsValueType) return RuntimeReflection.ObjectAtImpl(address);
            object box = RuntimeReflection.AllocateImpl(type._descriptor);
            RuntimeReflection.CopyImpl(RuntimeReflection.AddressOfImpl(box) + 8, address, type.ValueSize);
            return NullableValues.Unwrap(box, type);
        }

        private static void Store(IntPtr address, object value, RuntimeType type)
        {
            if (!type.IsValueType)
            {
                RuntimeReflection.StoreObjectImpl(address, value);
                return;
            }
            if (value == null && NullableValues.UnderlyingOf(type) == null) throw new NullReferenceException();
            object box = value == null || value.GetType() != type ? ArgumentConversion.Convert(value, type) : value;
            RuntimeReflection.CopyImpl(address, RuntimeReflection.AddressOfImpl(box) + 8, type.ValueSize);
        }
    }
}
