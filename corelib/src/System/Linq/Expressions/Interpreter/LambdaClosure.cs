namespace System.Linq.Expressions.Interpreter
{
    // The parameters in scope while a lambda's body runs: its own, then the enclosing lambdas' (a nested lambda
    // made into a delegate keeps the scope it was made in, as a closure does).
    internal sealed class Scope
    {
        private readonly System.Collections.ObjectModel.ReadOnlyCollection<ParameterExpression> _parameters;
        internal readonly object[] Values;
        private readonly Scope _parent;

        internal Scope(System.Collections.ObjectModel.ReadOnlyCollection<ParameterExpression> parameters, object[] values, Scope parent)
        {
            _parameters = parameters; Values = values; _parent = parent;
        }

        internal object Get(ParameterExpression p)
        {
            for (Scope s = this; s != null; s = s._parent)
            {
                int i = s._parameters.IndexOf(p);
                if (i >= 0) return s.Values[i];
            }
            throw new InvalidOperationException("variable '" + p.Name + "' of type '" + p.Type + "' referenced from scope '', but it is not defined");
        }

        internal void Set(ParameterExpression p, object value)
        {
            for (Scope s = this; s != null; s = s._parent)
            {
                int i = s._parameters.IndexOf(p);
                if (i >= 0)
                {
                    s.Values[i] = value;
                    return;
                }
            }
            throw new InvalidOperationException("variable '" + p.Name + "' of type '" + p.Type + "' referenced from scope '', but it is not defined");
        }
    }

    // The target of a compiled lambda's delegate: the lambda and the scope it was made in.
    internal sealed class LambdaClosure
    {
        internal readonly LambdaExpression Lambda;
        internal readonly Type ReturnType;
        private readonly Scope _outer;

        internal LambdaClosure(LambdaExpression lambda, Scope outer)
        {
            Lambda = lambda;
            ReturnType = lambda.ReturnType;
            _outer = outer;
        }

        internal object Run(object[] arguments)
        {
            Scope scope = new Scope(Lambda.Parameters, arguments, _outer);
            object value = Interpreter.Evaluate(Lambda.Body, scope);
            return ReturnType == typeof(void) ? null : value;
        }
    }
}
