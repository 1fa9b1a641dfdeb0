namespace System.Linq.Expressions.Interpreter
{
    // The parameters in scope while a lambda's body runs: its own, then the enclosing lambdas' (a nested lambda
    // made into a delegate keeps the scope it was made in, as a closure does).
    internal sealed class Scope
    {
        private readonly ParameterExpression[] _parameters;
        internal readonly object[] Values;
        private readonly Scope _parent;

        internal Scope(System.Collections.ObjectModel.ReadOnlyCollection<ParameterExpression> parameters, object[] values, Scope parent)
            : this(LambdaShape.ParametersOf(parameters), values, parent) { }

        internal Scope(ParameterExpression[] parameters, object[] values, Scope parent)
        {
            _parameters = parameters; Values = values; _parent = parent;
        }

        private int IndexOf(ParameterExpression p)
        {
            for (int i = 0; i < _parameters.Length; i++)
            {
                if ((object)_parameters[i] == p) return i;
            }
            return -1;
        }

        internal object Get(ParameterExpression p)
        {
            for (Scope s = this; s != null; s = s._parent)
            {
                int i = s.IndexOf(p);
                if (i >= 0) return s.Values[i];
            }
            throw NotDefined(p);
        }

        internal void Set(ParameterExpression p, object value)
        {
            for (Scope s = this; s != null; s = s._parent)
            {
                int i = s.IndexOf(p);
                if (i >= 0)
                {
                    s.Values[i] = value;
                    return;
                }
            }
            throw NotDefined(p);
        }

        private static Exception NotDefined(ParameterExpression p)
        {
            return new InvalidOperationException("variable '" + p.Name + "' of type '" + p.Type + "' referenced from scope '', but it is not defined");
        }
    }

    // The target of a compiled lambda's delegate: the lambda and the scope it was made in.
    internal sealed class LambdaClosure : StubTarget
    {
        internal readonly LambdaExpression Lambda;
        private readonly LambdaShape _shape;
        private readonly Scope _outer;

        internal LambdaClosure(LambdaExpression lambda, Scope outer)
        {
            Lambda = lambda;
            _shape = lambda.Shape;
            _outer = outer;
        }

        internal override DelegateShape Shape { get { return _shape; } }

        internal override object Run(object[] arguments)
        {
            Scope scope = new Scope(_shape.ParameterExpressions, arguments, _outer);
            object value = Interpreter.Evaluate(Lambda.Body, scope);
            return _shape.ReturnsVoid ? null : value;
        }
    }
}
