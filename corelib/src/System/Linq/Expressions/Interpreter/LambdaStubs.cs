using System.Reflection;

namespace System.Linq.Expressions.Interpreter
{
    // Delegates of compiled lambdas (and of dynamic call sites' targets, CallSite<T>) without code made at run time:
    // the compiler makes, for each delegate type a program instantiates Make<TDelegate> with, a lambda stub (codegen
    // LambdaStubs) with the signature of the type's Invoke, which stores its arguments in slots and calls Enter with
    // their addresses and a result slot. Enter hands the boxed arguments to the delegate's StubTarget.
    internal static unsafe class LambdaStubs
    {
        // The address of TDelegate's lambda stub: the compiler replaces every call (il Intrinsics.isLambdaStub).
        internal static IntPtr For<TDelegate>()
        {
            throw new InvalidOperationException("LambdaStubs.For is a compiler intrinsic.");
        }

        internal static TDelegate Make<TDelegate>(StubTarget closure)
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
            StubTarget c = (StubTarget)closure;
            IntPtr* slots = (IntPtr*)arguments;
            DelegateShape shape = c.Shape;
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

    // What a lambda stub hands its arguments to: an interpreted lambda (LambdaClosure) or a dynamic call site's
    // binder (System.Runtime.CompilerServices.CallSiteTarget).
    internal abstract class StubTarget
    {
        internal abstract DelegateShape Shape { get; }

        // Runs with the boxed arguments (by-ref ones written back from the array afterwards); returns the result.
        internal abstract object Run(object[] arguments);
    }

    // What the stub's slots hold for one delegate type: the parameters' and the result's types.
    internal class DelegateShape
    {
        internal readonly RuntimeType[] Parameters;
        internal readonly bool[] Nullable;
        internal readonly bool[] ByRef;
        internal readonly bool HasByRef;
        internal readonly RuntimeType Return;
        internal readonly bool ReturnsVoid;

        internal DelegateShape(Type[] parameters, bool[] byRef, Type returnType)
        {
            Parameters = new RuntimeType[parameters.Length];
            Nullable = new bool[parameters.Length];
            ByRef = byRef;
            for (int i = 0; i < parameters.Length; i++)
            {
                Parameters[i] = (RuntimeType)parameters[i];
                Nullable[i] = TypeUtils.IsNullable(parameters[i]);
                HasByRef |= byRef[i];
            }
            Return = (RuntimeType)returnType;
            ReturnsVoid = Return == typeof(void);
        }

        // The shape of a delegate type's Invoke (a by-ref parameter holds its element type).
        internal static DelegateShape Of(Type delegateType)
        {
            MethodInfo invoke = delegateType.GetMethod("Invoke");
            ParameterInfo[] ps = invoke.GetParameters();
            Type[] types = new Type[ps.Length];
            bool[] byRef = new bool[ps.Length];
            for (int i = 0; i < ps.Length; i++)
            {
                Type t = ps[i].ParameterType;
                byRef[i] = t.IsByRef;
                types[i] = byRef[i] ? t.GetElementType() : t;
            }
            return new DelegateShape(types, byRef, invoke.ReturnType);
        }
    }

    // A lambda's shape: its delegate type's, with the parameter expressions the interpreter binds the values to.
    internal sealed class LambdaShape : DelegateShape
    {
        internal readonly ParameterExpression[] ParameterExpressions;

        internal static ParameterExpression[] ParametersOf(System.Collections.ObjectModel.ReadOnlyCollection<ParameterExpression> parameters)
        {
            ParameterExpression[] array = new ParameterExpression[parameters.Count];
            parameters.CopyTo(array, 0);
            return array;
        }

        internal LambdaShape(LambdaExpression lambda)
            : base(TypesOf(lambda.Parameters), ByRefOf(lambda.Parameters), lambda.ReturnType)
        {
            ParameterExpressions = ParametersOf(lambda.Parameters);
        }

        private static Type[] TypesOf(System.Collections.ObjectModel.ReadOnlyCollection<ParameterExpression> ps)
        {
            Type[] types = new Type[ps.Count];
            for (int i = 0; i < types.Length; i++) types[i] = ps[i].Type;
            return types;
        }

        private static bool[] ByRefOf(System.Collections.ObjectModel.ReadOnlyCollection<ParameterExpression> ps)
        {
            bool[] byRef = new bool[ps.Count];
            for (int i = 0; i < byRef.Length; i++) byRef[i] = ps[i].IsByRef;
            return byRef;
        }
    }
}
