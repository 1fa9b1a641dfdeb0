using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Reflection;

namespace System.Linq.Expressions
{
    public class NewExpression : Expression
    {
        private readonly ConstructorInfo _constructor;
        private readonly ReadOnlyCollection<Expression> _arguments;
        private readonly ReadOnlyCollection<MemberInfo> _members;
        private readonly Type _type;

        internal NewExpression(Type type, ConstructorInfo constructor, ReadOnlyCollection<Expression> arguments, ReadOnlyCollection<MemberInfo> members)
        {
            _type = type; _constructor = constructor; _arguments = arguments; _members = members;
        }

        public override ExpressionType NodeType { get { return ExpressionType.New; } }
        public override Type Type { get { return _type; } }
        public ConstructorInfo Constructor { get { return _constructor; } }
        public ReadOnlyCollection<Expression> Arguments { get { return _arguments; } }
        public ReadOnlyCollection<MemberInfo> Members { get { return _members; } }
    }

    public class NewArrayExpression : Expression
    {
        private readonly ExpressionType _kind;
        private readonly Type _type;
        private readonly ReadOnlyCollection<Expression> _expressions;

        internal NewArrayExpression(ExpressionType kind, Type type, ReadOnlyCollection<Expression> expressions)
        {
            _kind = kind; _type = type; _expressions = expressions;
        }

        public override ExpressionType NodeType { get { return _kind; } }
        public override Type Type { get { return _type; } }
        public ReadOnlyCollection<Expression> Expressions { get { return _expressions; } }
    }

    public sealed class MemberInitExpression : Expression
    {
        private readonly NewExpression _newExpression;
        private readonly ReadOnlyCollection<MemberBinding> _bindings;

        internal MemberInitExpression(NewExpression newExpression, ReadOnlyCollection<MemberBinding> bindings)
        {
            _newExpression = newExpression; _bindings = bindings;
        }

        public override ExpressionType NodeType { get { return ExpressionType.MemberInit; } }
        public override Type Type { get { return _newExpression.Type; } }
        public override bool CanReduce { get { return true; } }
        public NewExpression NewExpression { get { return _newExpression; } }
        public ReadOnlyCollection<MemberBinding> Bindings { get { return _bindings; } }
    }

    public sealed class ListInitExpression : Expression
    {
        private readonly NewExpression _newExpression;
        private readonly ReadOnlyCollection<ElementInit> _initializers;

        internal ListInitExpression(NewExpression newExpression, ReadOnlyCollection<ElementInit> initializers)
        {
            _newExpression = newExpression; _initializers = initializers;
        }

        public override ExpressionType NodeType { get { return ExpressionType.ListInit; } }
        public override Type Type { get { return _newExpression.Type; } }
        public override bool CanReduce { get { return true; } }
        public NewExpression NewExpression { get { return _newExpression; } }
        public ReadOnlyCollection<ElementInit> Initializers { get { return _initializers; } }
    }

    public sealed class ElementInit
    {
        private readonly MethodInfo _addMethod;
        private readonly ReadOnlyCollection<Expression> _arguments;

        internal ElementInit(MethodInfo addMethod, ReadOnlyCollection<Expression> arguments) { _addMethod = addMethod; _arguments = arguments; }

        public MethodInfo AddMethod { get { return _addMethod; } }
        public ReadOnlyCollection<Expression> Arguments { get { return _arguments; } }
        public int ArgumentCount { get { return _arguments.Count; } }
        public Expression GetArgument(int index) { return _arguments[index]; }

        public override string ToString() { return ExpressionStringBuilder.ElementInitBindingToString(this); }
    }

    public abstract class MemberBinding
    {
        private readonly MemberBindingType _type;
        private readonly MemberInfo _member;

        protected MemberBinding(MemberBindingType type, MemberInfo member) { _type = type; _member = member; }

        public MemberBindingType BindingType { get { return _type; } }
        public MemberInfo Member { get { return _member; } }

        public override string ToString() { return ExpressionStringBuilder.MemberBindingToString(this); }
    }

    public sealed class MemberAssignment : MemberBinding
    {
        private readonly Expression _expression;

        internal MemberAssignment(MemberInfo member, Expression expression) : base(MemberBindingType.Assignment, member) { _expression = expression; }

        public Expression Expression { get { return _expression; } }
    }

    public sealed class MemberMemberBinding : MemberBinding
    {
        private readonly ReadOnlyCollection<MemberBinding> _bindings;

        internal MemberMemberBinding(MemberInfo member, ReadOnlyCollection<MemberBinding> bindings) : base(MemberBindingType.MemberBinding, member) { _bindings = bindings; }

        public ReadOnlyCollection<MemberBinding> Bindings { get { return _bindings; } }
    }

    public sealed class MemberListBinding : MemberBinding
    {
        private readonly ReadOnlyCollection<ElementInit> _initializers;

        internal MemberListBinding(MemberInfo member, ReadOnlyCollection<ElementInit> initializers) : base(MemberBindingType.ListBinding, member) { _initializers = initializers; }

        public ReadOnlyCollection<ElementInit> Initializers { get { return _initializers; } }
    }
}
