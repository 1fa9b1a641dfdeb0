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
            LambdaShape shape = c.Shape;
            object[] values = new object[shape.Parameters.Length];
            for (int i = 0; i < values.Length; i++) values[i] = Load(slots[i], shape.Parameters[i], shape.Nullable[i]);
            object value = c.Run(values);
            if (shape.HasByRef)
            {
                for (int i = 0; i < values.Length; i++)
                {
                    if (shape.ByRef[i]) Store(slots[i], values[i], shape.Parameters[i]);
                }
            }
            if (result != IntPtr.Zero) Store(result, value, shape.Return);
        }

        // The value at address as the interpreter holds it: a reference, or a box (null for an empty Nullable<T>).
        private static object Load(IntPtr address, RuntimeType type, bool nullable)
        {
            if (!type.IsValueType) return RuntimeReflection.ObjectAtImpl(address);
            object box = RuntimeReflection.AllocateImpl(type._descriptor);
            RuntimeReflection.CopyImpl(RuntimeReflection.AddressOfImpl(box) + 8, address, type.ValueSize);
            return nullable ? NullableValues.Unwrap(box, type) : box;
        }

        private static void Store(IntPtr address, object value, RuntimeType type)
        {
            if (!type.IsValueType)
            {
                RuntimeReflection.StoreObjectImpl(address, value);
                return;
            }
            if (value == null && NullableValues.UnderlyingOf(type) == null) throw new NullReferenceException();
            // compared by descriptor: GetType() would take the runtime's type-object lock on every call
            object box = value == null || Object.GetDescriptor(value) != type._descriptor ? ArgumentConversion.Convert(value, type) : value;
            RuntimeReflection.CopyImpl(address, RuntimeReflection.AddressOfImpl(box) + 8, type.ValueSize);
        }
    }

    // What the stub's slots hold for one lambda, found once: the parameters' and the result's types.
    internal sealed class LambdaShape
    {
        internal readonly RuntimeType[] Parameters;
        internal readonly ParameterExpression[] ParameterExpressions;
        internal readonly bool[] Nullable;
        internal readonly bool[] ByRef;
        internal readonly bool HasByRef;
        internal readonly RuntimeType Return;
        internal readonly bool ReturnsVoid;

        internal static ParameterExpression[] ParametersOf(System.Collections.ObjectModel.ReadOnlyCollection<ParameterExpression> parameters)
        {
            ParameterExpression[] array = new ParameterExpression[parameters.Count];
            parameters.CopyTo(array, 0);
            return array;
        }

        internal LambdaShape(LambdaExpression lambda)
        {
            var ps = lambda.Parameters;
            ParameterExpressions = ParametersOf(ps);
            Parameters = new RuntimeType[ps.Count];
            Nullable = new bool[ps.Count];
            ByRef = new bool[ps.Count];
            for (int i = 0; i < ps.Count; i++)
            {
                Parameters[i] = (RuntimeType)ps[i].Type;
                Nullable[i] = TypeUtils.IsNullable(ps[i].Type);
                ByRef[i] = ps[i].IsByRef;
                HasByRef |= ByRef[i];
            }
            Return = (RuntimeType)lambda.ReturnType;
            ReturnsVoid = Return == typeof(void);
        }
    }
}
