using System.Collections.Generic;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;

namespace System.Linq.Expressions
{
    // Expression.ToString as .NET writes it (its ExpressionStringBuilder): "x => (x + 1)", "Convert(x, Int64)",
    // "value(Program+<>c__DisplayClass0_0).field", unnamed parameters as Param_0, Param_1 ... in order of appearance.
    internal sealed class ExpressionStringBuilder
    {
        private readonly StringBuilder _out = new StringBuilder();
        private Dictionary<ParameterExpression, int> _ids;

        internal static string ExpressionToString(Expression node)
        {
            ExpressionStringBuilder esb = new ExpressionStringBuilder();
            esb.Visit(node);
            return esb._out.ToString();
        }

        internal static string ElementInitBindingToString(ElementInit node)
        {
            ExpressionStringBuilder esb = new ExpressionStringBuilder();
            esb.VisitElementInit(node);
            return esb._out.ToString();
        }

        internal static string MemberBindingToString(MemberBinding node)
        {
            ExpressionStringBuilder esb = new ExpressionStringBuilder();
            esb.VisitMemberBinding(node);
            return esb._out.ToString();
        }

        private void Out(string s) { _out.Append(s); }
        private void Out(char c) { _out.Append(c); }

        private void VisitList(IList<Expression> items, string separator)
        {
            for (int i = 0; i < items.Count; i++)
            {
                if (i > 0) Out(separator);
                Visit(items[i]);
            }
        }

        private void Visit(Expression node)
        {
            switch (node.NodeType)
            {
                case ExpressionType.Parameter: VisitParameter((ParameterExpression)node); return;
                case ExpressionType.Constant: VisitConstant((ConstantExpression)node); return;
                case ExpressionType.Lambda: VisitLambda((LambdaExpression)node); return;
                case ExpressionType.Call: VisitMethodCall((MethodCallExpression)node); return;
                case ExpressionType.MemberAccess: OutMember(((MemberExpression)node).Expression, ((MemberExpression)node).Member); return;
                case ExpressionType.Conditional: VisitConditional((ConditionalExpression)node); return;
                case ExpressionType.New: VisitNew((NewExpression)node); return;
                case ExpressionType.NewArrayInit:
                case ExpressionType.NewArrayBounds: VisitNewArray((NewArrayExpression)node); return;
                case ExpressionType.MemberInit: VisitMemberInit((MemberInitExpression)node); return;
                case ExpressionType.ListInit: VisitListInit((ListInitExpression)node); return;
                case ExpressionType.Invoke: VisitInvocation((InvocationExpression)node); return;
                case ExpressionType.TypeIs:
                case ExpressionType.TypeEqual: VisitTypeBinary((TypeBinaryExpression)node); return;
                case ExpressionType.Default: Out("default("); Out(node.Type.Name); Out(')'); return;
            }
            BinaryExpression binary = node as BinaryExpression;
            if (binary != null) { VisitBinary(binary); return; }
            UnaryExpression unary = node as UnaryExpression;
            if (unary != null) { VisitUnary(unary); return; }
            Out("[" + node.GetType().Name + "]");
        }

        private void VisitParameter(ParameterExpression node)
        {
            if (node.IsByRef) Out("ref ");
            if (string.IsNullOrEmpty(node.Name))
            {
                if (_ids == null) _ids = new Dictionary<ParameterExpression, int>();
                int id;
                if (!_ids.TryGetValue(node, out id))
                {
                    id = _ids.Count;
                    _ids.Add(node, id);
                }
                Out("Param_" + id);
            }
            else
            {
                Out(node.Name);
            }
        }

        private void VisitConstant(ConstantExpression node)
        {
            if (node.Value == null)
            {
                Out("null");
                return;
            }
            string s = node.Value.ToString();
            if (node.Value is string)
            {
                Out('"'); Out(s); Out('"');
            }
            else if (s == node.Value.GetType().ToString())
            {
                Out("value("); Out(s); Out(')');
            }
            else
            {
                Out(s);
            }
        }

        private void VisitLambda(LambdaExpression node)
        {
            if (node.Parameters.Count == 1)
            {
                Visit(node.Parameters[0]);
            }
            else
            {
                Out('(');
                for (int i = 0; i < node.Parameters.Count; i++)
                {
                    if (i > 0) Out(", ");
                    Visit(node.Parameters[i]);
                }
                Out(')');
            }
            Out(" => ");
            Visit(node.Body);
        }

        private void VisitBinary(BinaryExpression node)
        {
            if (node.NodeType == ExpressionType.ArrayIndex)
            {
                Visit(node.Left); Out('['); Visit(node.Right); Out(']');
                return;
            }
            string op;
            switch (node.NodeType)
            {
                case ExpressionType.AndAlso: op = "AndAlso"; break;
                case ExpressionType.OrElse: op = "OrElse"; break;
                case ExpressionType.Assign: op = "="; break;
                case ExpressionType.Equal: op = "=="; break;
                case ExpressionType.NotEqual: op = "!="; break;
                case ExpressionType.GreaterThan: op = ">"; break;
                case ExpressionType.LessThan: op = "<"; break;
                case ExpressionType.GreaterThanOrEqual: op = ">="; break;
                case ExpressionType.LessThanOrEqual: op = "<="; break;
                case ExpressionType.Add:
                case ExpressionType.AddChecked: op = "+"; break;
                case ExpressionType.Subtract:
                case ExpressionType.SubtractChecked: op = "-"; break;
                case ExpressionType.Divide: op = "/"; break;
                case ExpressionType.Modulo: op = "%"; break;
                case ExpressionType.Multiply:
                case ExpressionType.MultiplyChecked: op = "*"; break;
                case ExpressionType.LeftShift: op = "<<"; break;
                case ExpressionType.RightShift: op = ">>"; break;
                case ExpressionType.And: op = TypeUtils.IsBool(node.Type) ? "And" : "&"; break;
                case ExpressionType.Or: op = TypeUtils.IsBool(node.Type) ? "Or" : "|"; break;
                case ExpressionType.ExclusiveOr: op = "^"; break;
                case ExpressionType.Power: op = "**"; break;
                case ExpressionType.Coalesce: op = "??"; break;
                default: throw new InvalidOperationException();
            }
            Out('('); Visit(node.Left); Out(' '); Out(op); Out(' '); Visit(node.Right); Out(')');
        }

        private void VisitUnary(UnaryExpression node)
        {
            switch (node.NodeType)
            {
                case ExpressionType.Negate:
                case ExpressionType.NegateChecked: Out('-'); break;
                case ExpressionType.Not: Out("Not("); break;
                case ExpressionType.IsFalse: Out("IsFalse("); break;
                case ExpressionType.IsTrue: Out("IsTrue("); break;
                case ExpressionType.OnesComplement: Out("~("); break;
                case ExpressionType.ArrayLength: Out("ArrayLength("); break;
                case ExpressionType.Convert: Out("Convert("); break;
                case ExpressionType.ConvertChecked: Out("ConvertChecked("); break;
                case ExpressionType.Throw: Out("throw("); break;
                case ExpressionType.TypeAs: Out('('); break;
                case ExpressionType.UnaryPlus: Out('+'); break;
                case ExpressionType.Unbox: Out("Unbox("); break;
                case ExpressionType.Quote: break;
                default: throw new InvalidOperationException();
            }
            Visit(node.Operand);
            switch (node.NodeType)
            {
                case ExpressionType.Negate:
                case ExpressionType.NegateChecked:
                case ExpressionType.UnaryPlus:
                case ExpressionType.Quote:
                    break;
                case ExpressionType.TypeAs: Out(" As "); Out(node.Type.Name); Out(')'); break;
                case ExpressionType.Convert:
                case ExpressionType.ConvertChecked: Out(", "); Out(node.Type.Name); Out(')'); break;
                default: Out(')'); break;
            }
        }

        private void VisitMethodCall(MethodCallExpression node)
        {
            int start = 0;
            Expression ob = node.Object;
            MethodInfo declared = node.Method.IsGenericMethod ? node.Method.GetGenericMethodDefinition() : node.Method;
            if (declared.IsDefined(typeof(ExtensionAttribute), false))
            {
                start = 1;
                ob = node.Arguments[0];
            }
            if (ob != null)
            {
                Visit(ob);
                Out('.');
            }
            Out(node.Method.Name);
            Out('(');
            for (int i = start; i < node.Arguments.Count; i++)
            {
                if (i > start) Out(", ");
                Visit(node.Arguments[i]);
            }
            Out(')');
        }

        private void OutMember(Expression instance, MemberInfo member)
        {
            if (instance != null) Visit(instance);
            else Out(member.DeclaringType.Name);
            Out('.');
            Out(member.Name);
        }

        private void VisitConditional(ConditionalExpression node)
        {
            Out("IIF("); Visit(node.Test); Out(", "); Visit(node.IfTrue); Out(", "); Visit(node.IfFalse); Out(')');
        }

        private void VisitNew(NewExpression node)
        {
            Out("new ");
            Out(node.Type.Name);
            Out('(');
            for (int i = 0; i < node.Arguments.Count; i++)
            {
                if (i > 0) Out(", ");
                if (node.Members != null)
                {
                    Out(node.Members[i].Name);
                    Out(" = ");
                }
                Visit(node.Arguments[i]);
            }
            Out(')');
        }

        private void VisitNewArray(NewArrayExpression node)
        {
            if (node.NodeType == ExpressionType.NewArrayBounds)
            {
                Out("new "); Out(node.Type.ToString()); Out('('); VisitList(node.Expressions, ", "); Out(')');
            }
            else
            {
                Out("new [] {"); VisitList(node.Expressions, ", "); Out('}');
            }
        }

        private void VisitMemberInit(MemberInitExpression node)
        {
            if (node.NewExpression.Arguments.Count == 0 && node.NewExpression.Type.Name.Contains("<")) Out("new");
            else Visit(node.NewExpression);
            Out(" {");
            for (int i = 0; i < node.Bindings.Count; i++)
            {
                if (i > 0) Out(", ");
                VisitMemberBinding(node.Bindings[i]);
            }
            Out('}');
        }

        private void VisitMemberBinding(MemberBinding binding)
        {
            Out(binding.Member.Name);
            MemberAssignment assignment = binding as MemberAssignment;
            if (assignment != null)
            {
                Out(" = ");
                Visit(assignment.Expression);
                return;
            }
            Out(" = {");
            MemberMemberBinding members = binding as MemberMemberBinding;
            if (members != null)
            {
                for (int i = 0; i < members.Bindings.Count; i++)
                {
                    if (i > 0) Out(", ");
                    VisitMemberBinding(members.Bindings[i]);
                }
            }
            else
            {
                MemberListBinding list = (MemberListBinding)binding;
                for (int i = 0; i < list.Initializers.Count; i++)
                {
                    if (i > 0) Out(", ");
                    VisitElementInit(list.Initializers[i]);
                }
            }
            Out('}');
        }

        private void VisitElementInit(ElementInit initializer)
        {
            Out(initializer.AddMethod.ToString());
            Out('(');
            VisitList(initializer.Arguments, ", ");
            Out(')');
        }

        private void VisitListInit(ListInitExpression node)
        {
            Visit(node.NewExpression);
            Out(" {");
            for (int i = 0; i < node.Initializers.Count; i++)
            {
                if (i > 0) Out(", ");
                VisitElementInit(node.Initializers[i]);
            }
            Out('}');
        }

        private void VisitInvocation(InvocationExpression node)
        {
            Out("Invoke(");
            Visit(node.Expression);
            for (int i = 0; i < node.Arguments.Count; i++)
            {
                Out(", ");
                Visit(node.Arguments[i]);
            }
            Out(')');
        }

        private void VisitTypeBinary(TypeBinaryExpression node)
        {
            Out('(');
            Visit(node.Expression);
            Out(node.NodeType == ExpressionType.TypeIs ? " Is " : " TypeEqual ");
            Out(node.TypeOperand.Name);
            Out(')');
        }
    }
}
