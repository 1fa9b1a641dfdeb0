using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq.Expressions.Interpreter;

namespace System.Linq.Expressions
{
    // A lambda: parameters, a body and its delegate type. Compile interprets it (no code is made at run time, as
    // NativeAOT does): the delegate's method is the compiler's lambda stub of the delegate type
    // (Interpreter.LambdaStubs), which hands the arguments to the interpreter. Only Expression<TDelegate> knows its
    // delegate type at compile time; a lambda made by the non-generic factories compiles when its type is one of
    // those (the program made an Expression<TDelegate> of it somewhere), else throws NotSupportedException.
    public abstract class LambdaExpression : Expression
    {
        private readonly Type _delegateType;
        private readonly Expression _body;
        private readonly ReadOnlyCollection<ParameterExpression> _parameters;
        private readonly string _name;
        private readonly bool _tailCall;

        internal LambdaExpression(Type delegateType, Expression body, ReadOnlyCollection<ParameterExpression> parameters, string name, bool tailCall)
        {
            _delegateType = delegateType; _body = body; _parameters = parameters; _name = name; _tailCall = tailCall;
        }

        public override ExpressionType NodeType { get { return ExpressionType.Lambda; } }
        public override Type Type { get { return _delegateType; } }
        public Expression Body { get { return _body; } }
        public ReadOnlyCollection<ParameterExpression> Parameters { get { return _parameters; } }
        public string Name { get { return _name; } }
        public bool TailCall { get { return _tailCall; } }
        public Type ReturnType { get { return Type.GetMethod("Invoke").ReturnType; } }

        public Delegate Compile() { return MakeDelegate(null); }

        private LambdaShape _shape;

        // The argument and result types the lambda stub's slots hold, found at the first Compile.
        internal LambdaShape Shape
        {
            get
            {
                if (_shape == null) _shape = new LambdaShape(this);
                return _shape;
            }
        }

        // A quoted lambda (Expression.Quote evaluated) holds the scope it was quoted in, where its free parameters live.
        internal Scope QuotedScope;

        internal LambdaExpression Quoted(Scope scope)
        {
            if (scope == null) return this;
            LambdaExpression copy = Copy();
            copy.QuotedScope = scope;
            return copy;
        }

        internal abstract LambdaExpression Copy();

        public Delegate Compile(bool preferInterpretation) { return Compile(); }

        // A delegate running the body with the parameters bound to its arguments, in scope (a nested lambda's outer
        // parameters, null for a top-level one).
        internal abstract Delegate MakeDelegate(Scope scope);
    }

    public sealed class Expression<TDelegate> : LambdaExpression
    {
        internal Expression(Expression body, ReadOnlyCollection<ParameterExpression> parameters, string name, bool tailCall)
            : base(typeof(TDelegate), body, parameters, name, tailCall) { }

        public new TDelegate Compile() { return (TDelegate)(object)MakeDelegate(null); }

        internal override LambdaExpression Copy() { return new Expression<TDelegate>(Body, Parameters, Name, TailCall); }

        public new TDelegate Compile(bool preferInterpretation) { return Compile(); }

        public Expression<TDelegate> Update(Expression body, IEnumerable<ParameterExpression> parameters)
        {
            if (body == Body && parameters != null && SameParameters(parameters)) return this;
            return Expression.Lambda<TDelegate>(body, Name, TailCall, parameters);
        }

        private bool SameParameters(IEnumerable<ParameterExpression> parameters)
        {
            List<ParameterExpression> list = new List<ParameterExpression>(parameters);
            if (list.Count != Parameters.Count) return false;
            for (int i = 0; i < list.Count; i++)
            {
                if (list[i] != Parameters[i]) return false;
            }
            return true;
        }

        internal override Delegate MakeDelegate(Scope scope)
        {
            return (Delegate)(object)LambdaStubs.Make<TDelegate>(new LambdaClosure(this, scope ?? QuotedScope));
        }
    }

    // A lambda of a delegate type named only at run time (the non-generic Expression.Lambda overloads).
    internal sealed class UntypedLambdaExpression : LambdaExpression
    {
        internal UntypedLambdaExpression(Type delegateType, Expression body, ReadOnlyCollection<ParameterExpression> parameters, string name, bool tailCall)
            : base(delegateType, body, parameters, name, tailCall) { }

        internal override LambdaExpression Copy() { return new UntypedLambdaExpression(Type, Body, Parameters, Name, TailCall); }

        internal override Delegate MakeDelegate(Scope scope)
        {
            throw new NotSupportedException("Kiln cannot compile a lambda of the delegate type " + Type.FullName
                + " made by the non-generic Expression.Lambda: use Expression.Lambda<" + Type.Name + "> so that the compiler makes its delegate stub.");
        }
    }
}
