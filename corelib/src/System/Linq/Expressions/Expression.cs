using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Reflection;

namespace System.Linq.Expressions
{
    // The base of every node: its kind, its type and .NET's text of it (ExpressionStringBuilder). The factories
    // (Expression.*.cs) check their arguments as .NET does; Compile interprets the tree (Interpreter/).
    public abstract partial class Expression
    {
        protected Expression() { }

        public virtual ExpressionType NodeType { get { throw new InvalidOperationException("Extension node must override the property Expression.NodeType."); } }

        public virtual Type Type { get { throw new InvalidOperationException("Extension node must override the property Expression.Type."); } }

        public virtual bool CanReduce { get { return false; } }

        public override string ToString() { return ExpressionStringBuilder.ExpressionToString(this); }

        internal static ReadOnlyCollection<T> ReadOnly<T>(IEnumerable<T> items)
        {
            List<T> list = items == null ? new List<T>() : new List<T>(items);
            return new ReadOnlyCollection<T>(list);
        }
    }

    public sealed class ParameterExpression : Expression
    {
        private readonly Type _type;
        private readonly string _name;
        private readonly bool _byRef;

        internal ParameterExpression(Type type, string name, bool byRef) { _type = type; _name = name; _byRef = byRef; }

        public override ExpressionType NodeType { get { return ExpressionType.Parameter; } }
        public override Type Type { get { return _type; } }
        public string Name { get { return _name; } }
        public bool IsByRef { get { return _byRef; } }
    }

    public class ConstantExpression : Expression
    {
        private readonly object _value;
        private readonly Type _type;

        internal ConstantExpression(object value, Type type) { _value = value; _type = type; }

        public override ExpressionType NodeType { get { return ExpressionType.Constant; } }
        public override Type Type { get { return _type; } }
        public object Value { get { return _value; } }
    }

    public class DefaultExpression : Expression
    {
        private readonly Type _type;

        internal DefaultExpression(Type type) { _type = type; }

        public override ExpressionType NodeType { get { return ExpressionType.Default; } }
        public override Type Type { get { return _type; } }
    }

    public class BinaryExpression : Expression
    {
        private readonly ExpressionType _kind;
        private readonly Expression _left, _right;
        private readonly Type _type;
        private readonly MethodInfo _method;
        private readonly LambdaExpression _conversion;
        private readonly bool _liftToNull;

        internal BinaryExpression(ExpressionType kind, Expression left, Expression right, Type type, MethodInfo method, LambdaExpression conversion, bool liftToNull)
        {
            _kind = kind; _left = left; _right = right; _type = type; _method = method; _conversion = conversion; _liftToNull = liftToNull;
        }

        public override ExpressionType NodeType { get { return _kind; } }
        public override Type Type { get { return _type; } }
        public Expression Left { get { return _left; } }
        public Expression Right { get { return _right; } }
        public MethodInfo Method { get { return _method; } }
        public LambdaExpression Conversion { get { return _conversion; } }

        // Lifted: an operator on non-nullable values applied to nullable operands (.NET's BinaryExpression.IsLifted).
        public bool IsLifted
        {
            get
            {
                if (_kind == ExpressionType.Coalesce || _kind == ExpressionType.Assign) return false;
                if (TypeUtils.IsNullable(_left.Type))
                {
                    return _method == null || !TypeUtils.AreEquivalent(_method.GetParameters()[0].ParameterType, _left.Type);
                }
                return false;
            }
        }

        public bool IsLiftedToNull { get { return IsLifted && TypeUtils.IsNullable(_type); } }

        internal bool LiftToNull { get { return _liftToNull; } }

        private Interpreter.OperandFacts _operand;

        // What the interpreter's operators switch on, found once (type questions take the runtime's type lock).
        internal Interpreter.OperandFacts Operand
        {
            get
            {
                if (_operand == null) _operand = new Interpreter.OperandFacts(TypeUtils.GetNonNullableType(_left.Type));
                return _operand;
            }
        }
    }

    public sealed class UnaryExpression : Expression
    {
        private readonly ExpressionType _kind;
        private readonly Expression _operand;
        private readonly Type _type;
        private readonly MethodInfo _method;

        internal UnaryExpression(ExpressionType kind, Expression operand, Type type, MethodInfo method)
        {
            _kind = kind; _operand = operand; _type = type; _method = method;
        }

        public override ExpressionType NodeType { get { return _kind; } }
        public override Type Type { get { return _type; } }
        public Expression Operand { get { return _operand; } }
        public MethodInfo Method { get { return _method; } }

        public bool IsLifted
        {
            get
            {
                if (_kind == ExpressionType.TypeAs || _kind == ExpressionType.Quote || _kind == ExpressionType.Throw) return false;
                bool operandNullable = TypeUtils.IsNullable(_operand.Type);
                bool resultNullable = TypeUtils.IsNullable(_type);
                if (_method != null)
                {
                    return operandNullable && !TypeUtils.AreEquivalent(_method.GetParameters()[0].ParameterType, _operand.Type)
                        || resultNullable && !TypeUtils.AreEquivalent(_method.ReturnType, _type);
                }
                return operandNullable || resultNullable;
            }
        }

        public bool IsLiftedToNull { get { return IsLifted && TypeUtils.IsNullable(_type); } }
    }

    public class ConditionalExpression : Expression
    {
        private readonly Expression _test, _ifTrue, _ifFalse;
        private readonly Type _type;

        internal ConditionalExpression(Expression test, Expression ifTrue, Expression ifFalse, Type type)
        {
            _test = test; _ifTrue = ifTrue; _ifFalse = ifFalse; _type = type;
        }

        public override ExpressionType NodeType { get { return ExpressionType.Conditional; } }
        public override Type Type { get { return _type; } }
        public Expression Test { get { return _test; } }
        public Expression IfTrue { get { return _ifTrue; } }
        public Expression IfFalse { get { return _ifFalse; } }
    }

    public class MethodCallExpression : Expression
    {
        private readonly MethodInfo _method;
        private readonly Expression _object;
        private readonly ReadOnlyCollection<Expression> _arguments;

        internal MethodCallExpression(MethodInfo method, Expression instance, ReadOnlyCollection<Expression> arguments)
        {
            _method = method; _object = instance; _arguments = arguments;
        }

        public override ExpressionType NodeType { get { return ExpressionType.Call; } }
        public override Type Type { get { return _method.ReturnType; } }
        public MethodInfo Method { get { return _method; } }
        public Expression Object { get { return _object; } }
        public ReadOnlyCollection<Expression> Arguments { get { return _arguments; } }
    }

    public class MemberExpression : Expression
    {
        private readonly Expression _expression;
        private readonly MemberInfo _member;

        internal MemberExpression(Expression expression, MemberInfo member) { _expression = expression; _member = member; }

        public override ExpressionType NodeType { get { return ExpressionType.MemberAccess; } }
        public override Type Type
        {
            get
            {
                FieldInfo field = _member as FieldInfo;
                return field != null ? field.FieldType : ((PropertyInfo)_member).PropertyType;
            }
        }
        public Expression Expression { get { return _expression; } }
        public MemberInfo Member { get { return _member; } }
    }

    public class InvocationExpression : Expression
    {
        private readonly Expression _expression;
        private readonly ReadOnlyCollection<Expression> _arguments;
        private readonly Type _type;

        internal InvocationExpression(Expression expression, ReadOnlyCollection<Expression> arguments, Type type)
        {
            _expression = expression; _arguments = arguments; _type = type;
        }

        public override ExpressionType NodeType { get { return ExpressionType.Invoke; } }
        public override Type Type { get { return _type; } }
        public Expression Expression { get { return _expression; } }
        public ReadOnlyCollection<Expression> Arguments { get { return _arguments; } }
    }

    public sealed class TypeBinaryExpression : Expression
    {
        private readonly ExpressionType _kind;
        private readonly Expression _expression;
        private readonly Type _typeOperand;

        internal TypeBinaryExpression(ExpressionType kind, Expression expression, Type typeOperand)
        {
            _kind = kind; _expression = expression; _typeOperand = typeOperand;
        }

        public override ExpressionType NodeType { get { return _kind; } }
        public override Type Type { get { return typeof(bool); } }
        public Expression Expression { get { return _expression; } }
        public Type TypeOperand { get { return _typeOperand; } }
    }
}
