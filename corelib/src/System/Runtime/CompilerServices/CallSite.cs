using System.Linq.Expressions.Interpreter;

namespace System.Runtime.CompilerServices
{
    // The binder of a dynamic operation (Microsoft.CSharp.RuntimeBinder makes them). Kiln makes no code at run time:
    // a binder binds and runs the operation on each call, on the arguments' runtime types, instead of returning an
    // expression tree for the call site to compile. Hence the internal member: only the core library's binders exist.
    public abstract class CallSiteBinder
    {
        protected CallSiteBinder() { }

        // Binds the operation to the arguments (the call site's own argument left out) and runs it; staticTypes are
        // the site delegate's parameter types for the same arguments, resultType its return type (void: none).
        internal abstract object BindAndRun(object[] arguments, Type[] staticTypes, Type resultType);
    }

    public class CallSite
    {
        private readonly CallSiteBinder _binder;

        internal CallSite(CallSiteBinder binder)
        {
            _binder = binder;
        }

        public CallSiteBinder Binder { get { return _binder; } }

        public static CallSite Create(Type delegateType, CallSiteBinder binder)
        {
            throw new NotSupportedException("CallSite.Create(Type, CallSiteBinder) needs a delegate type known ahead of time: use CallSite<T>.Create.");
        }
    }

    // A dynamic operation's site: Target is a delegate of T (Func<CallSite, ...> or Action<CallSite, ...>) whose
    // method is T's lambda stub and whose target hands the arguments to the binder (CallSiteTarget).
    public sealed class CallSite<T> : CallSite where T : class
    {
        public T Target;

        private CallSite(CallSiteBinder binder) : base(binder) { }

        public T Update { get { return Target; } }

        public static CallSite<T> Create(CallSiteBinder binder)
        {
            if (binder == null) throw new ArgumentNullException("binder");
            if (!typeof(T).IsSubclassOf(typeof(MulticastDelegate))) throw new ArgumentException("Type must be derived from System.Delegate");
            CallSite<T> site = new CallSite<T>(binder);
            site.Target = LambdaStubs.Make<T>(new CallSiteTarget(binder, DelegateShape.Of(typeof(T))));
            return site;
        }
    }

    // The target of a call site's delegate: the stub's first argument is the site itself, the rest go to the binder.
    internal sealed class CallSiteTarget : StubTarget
    {
        private readonly CallSiteBinder _binder;
        private readonly DelegateShape _shape;
        private readonly Type[] _staticTypes;

        internal CallSiteTarget(CallSiteBinder binder, DelegateShape shape)
        {
            _binder = binder;
            _shape = shape;
            if (shape.Parameters.Length == 0 || !typeof(CallSite).IsAssignableFrom(shape.Parameters[0]))
                throw new ArgumentException("First argument of delegate must be CallSite");
            _staticTypes = new Type[shape.Parameters.Length - 1];
            for (int i = 0; i < _staticTypes.Length; i++) _staticTypes[i] = shape.Parameters[i + 1];
        }

        internal override DelegateShape Shape { get { return _shape; } }

        internal override object Run(object[] arguments)
        {
            object[] operands = new object[arguments.Length - 1];
            Array.Copy(arguments, 1, operands, 0, operands.Length);
            object result = _binder.BindAndRun(operands, _staticTypes, _shape.Return);
            if (_shape.HasByRef)
            {
                for (int i = 0; i < operands.Length; i++) arguments[i + 1] = operands[i];
            }
            return result;
        }
    }

    // Marks a parameter, field, return value or property whose type is C#'s `dynamic` (object to the runtime).
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Field | AttributeTargets.Parameter
        | AttributeTargets.Property | AttributeTargets.ReturnValue | AttributeTargets.Event)]
    public sealed class DynamicAttribute : Attribute
    {
        private readonly bool[] _transformFlags;

        public DynamicAttribute() { _transformFlags = new bool[] { true }; }

        public DynamicAttribute(bool[] transformFlags)
        {
            if (transformFlags == null) throw new ArgumentNullException("transformFlags");
            _transformFlags = transformFlags;
        }

        public System.Collections.Generic.IList<bool> TransformFlags { get { return Array.AsReadOnly(_transformFlags); } }
    }
}
