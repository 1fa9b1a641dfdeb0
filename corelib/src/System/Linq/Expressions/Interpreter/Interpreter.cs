using System.Collections;
using System.Collections.Generic;
using System.Reflection;

namespace System.Linq.Expressions.Interpreter
{
    // Evaluates a tree over object values (value types boxed, an empty Nullable<T> as null, as boxing gives it):
    // operators on primitives in Operators, calls, constructors, properties and fields through reflection.
    internal static class Interpreter
    {
        internal static object Evaluate(Expression node, Scope scope)
        {
            switch (node.NodeType)
            {
                case ExpressionType.Constant: return ((ConstantExpression)node).Value;
                case ExpressionType.Parameter: return scope.Get((ParameterExpression)node);
                case ExpressionType.Default: return Default(node.Type);
                case ExpressionType.Lambda: return ((LambdaExpression)node).MakeDelegate(scope);
                case ExpressionType.Quote:
                    // the quoted lambda keeps the scope it was quoted in: compiled later, it sees these parameters
                    return ((LambdaExpression)((UnaryExpression)node).Operand).Quoted(scope);
                case ExpressionType.Conditional:
                    {
                        ConditionalExpression c = (ConditionalExpression)node;
                        return (bool)Evaluate(c.Test, scope) ? Evaluate(c.IfTrue, scope) : Evaluate(c.IfFalse, scope);
                    }
                case ExpressionType.Call: return Call((MethodCallExpression)node, scope);
                case ExpressionType.MemberAccess: return Member((MemberExpression)node, scope);
                case ExpressionType.New: return New((NewExpression)node, scope);
                case ExpressionType.NewArrayInit: return NewArrayInit((NewArrayExpression)node, scope);
                case ExpressionType.NewArrayBounds: return NewArrayBounds((NewArrayExpression)node, scope);
                case ExpressionType.MemberInit:
                    {
                        MemberInitExpression init = (MemberInitExpression)node;
                        object instance = New(init.NewExpression, scope);
                        return Bind(instance, init.Bindings, scope);
                    }
                case ExpressionType.ListInit:
                    {
                        ListInitExpression init = (ListInitExpression)node;
                        object instance = New(init.NewExpression, scope);
                        AddElements(instance, init.Initializers, scope);
                        return instance;
                    }
                case ExpressionType.Invoke: return Invoke((InvocationExpression)node, scope);
                case ExpressionType.TypeIs:
                    {
                        TypeBinaryExpression t = (TypeBinaryExpression)node;
                        object value = Evaluate(t.Expression, scope);
                        return value != null && TypeUtils.GetNonNullableType(t.TypeOperand).IsInstanceOfType(value);
                    }
                case ExpressionType.TypeEqual:
                    {
                        TypeBinaryExpression t = (TypeBinaryExpression)node;
                        object value = Evaluate(t.Expression, scope);
                        return value != null && value.GetType() == TypeUtils.GetNonNullableType(t.TypeOperand);
                    }
                case ExpressionType.AndAlso:
                case ExpressionType.OrElse:
                    return ShortCircuit((BinaryExpression)node, scope);
                case ExpressionType.Coalesce:
                    return Coalesce((BinaryExpression)node, scope);
                case ExpressionType.ArrayIndex:
                    {
                        BinaryExpression b = (BinaryExpression)node;
                        Array array = (Array)Evaluate(b.Left, scope);
                        int index = (int)Evaluate(b.Right, scope);
                        if (array == null) throw new NullReferenceException();
                        return array.GetValue(index);
                    }
            }
            BinaryExpression binary = node as BinaryExpression;
            if (binary != null) return Binary(binary, scope);
            UnaryExpression unary = node as UnaryExpression;
            if (unary != null) return Unary(unary, scope);
            throw new NotSupportedException("The interpreter cannot run a node of type " + node.NodeType + ".");
        }

        private static object Default(Type type)
        {
            if (!type.IsValueType || type == typeof(void) || TypeUtils.IsNullable(type)) return null;
            return ArgumentConversion.Convert(null, (RuntimeType)type);
        }

        private static object[] EvaluateAll(IList<Expression> nodes, Scope scope)
        {
            object[] values = new object[nodes.Count];
            for (int i = 0; i < values.Length; i++) values[i] = Evaluate(nodes[i], scope);
            return values;
        }

        // A called method's exception reaches the caller as it is, as from compiled code.
        internal static object InvokeMethod(MethodBase method, object target, object[] args)
        {
            return method.Invoke(target, BindingFlags.DoNotWrapExceptions, null, args, null);
        }

        private static object Call(MethodCallExpression node, Scope scope)
        {
            object target = node.Object == null ? null : Evaluate(node.Object, scope);
            object[] args = EvaluateAll(node.Arguments, scope);
            if (node.Object != null && target == null) throw new NullReferenceException();
            object result = InvokeMethod(node.Method, target, args);
            WriteBack(node.Method, node.Arguments, args, scope);
            return result;
        }

        // ref and out arguments that are parameters of the tree get the values the method left in them
        private static void WriteBack(MethodBase method, IList<Expression> arguments, object[] args, Scope scope)
        {
            ParameterInfo[] ps = method.GetParameters();
            for (int i = 0; i < ps.Length; i++)
            {
                ParameterExpression p = arguments[i] as ParameterExpression;
                if (p != null && ps[i].ParameterType.IsByRef) scope.Set(p, args[i]);
            }
        }

        private static object Member(MemberExpression node, Scope scope)
        {
            object target = node.Expression == null ? null : Evaluate(node.Expression, scope);
            if (node.Expression != null && target == null) throw new NullReferenceException();
            FieldInfo field = node.Member as FieldInfo;
            if (field != null) return field.GetValue(target);
            PropertyInfo property = (PropertyInfo)node.Member;
            Array array = target as Array;
            // Array's own properties are the runtime's (no compiled getter to invoke)
            if (array != null && property.DeclaringType == typeof(Array))
            {
                if (property.Name == "Length") return array.Length;
                if (property.Name == "LongLength") return (long)array.Length;
                if (property.Name == "Rank") return array.Rank;
            }
            return InvokeMethod(property.GetGetMethod(true), target, new object[0]);
        }

        private static object New(NewExpression node, Scope scope)
        {
            if (node.Constructor == null) return Default(node.Type);
            object[] args = EvaluateAll(node.Arguments, scope);
            return node.Constructor.Invoke(BindingFlags.DoNotWrapExceptions, null, args, null);
        }

        private static object NewArrayInit(NewArrayExpression node, Scope scope)
        {
            Type element = node.Type.GetElementType();
            Array array = Array.CreateInstance(element, node.Expressions.Count);
            for (int i = 0; i < node.Expressions.Count; i++) array.SetValue(Element(Evaluate(node.Expressions[i], scope), element), i);
            return array;
        }

        // A value as an element of an array of element type: a Nullable<T> element takes the Nullable<T> struct.
        private static object Element(object value, Type element)
        {
            if (value == null || !TypeUtils.IsNullable(element)) return value;
            return ArgumentConversion.Convert(value, (RuntimeType)element);
        }

        private static object NewArrayBounds(NewArrayExpression node, Scope scope)
        {
            int[] lengths = new int[node.Expressions.Count];
            for (int i = 0; i < lengths.Length; i++)
            {
                object bound = Evaluate(node.Expressions[i], scope);
                long n = System.Convert.ToInt64(bound);
                if (n < 0) throw new OverflowException("Arithmetic operation resulted in an overflow.");
                lengths[i] = (int)n;
            }
            Type element = node.Type.GetElementType();
            return Array.CreateInstance(element, lengths[0]);
        }

        // Member bindings on instance; a struct member's bindings work on a copy that is stored back.
        private static object Bind(object instance, IList<MemberBinding> bindings, Scope scope)
        {
            foreach (MemberBinding binding in bindings)
            {
                MemberAssignment assignment = binding as MemberAssignment;
                if (assignment != null)
                {
                    SetMember(instance, binding.Member, Evaluate(assignment.Expression, scope));
                    continue;
                }
                object member = GetMember(instance, binding.Member);
                MemberMemberBinding members = binding as MemberMemberBinding;
                if (members != null)
                {
                    member = Bind(member, members.Bindings, scope);
                    if (member != null && member.GetType().IsValueType) SetMember(instance, binding.Member, member);
                }
                else
                {
                    AddElements(member, ((MemberListBinding)binding).Initializers, scope);
                }
            }
            return instance;
        }

        private static object GetMember(object instance, MemberInfo member)
        {
            FieldInfo field = member as FieldInfo;
            if (field != null) return field.GetValue(instance);
            return InvokeMethod(((PropertyInfo)member).GetGetMethod(true), instance, new object[0]);
        }

        private static void SetMember(object instance, MemberInfo member, object value)
        {
            FieldInfo field = member as FieldInfo;
            if (field != null)
            {
                field.SetValue(instance, value);
                return;
            }
            InvokeMethod(((PropertyInfo)member).GetSetMethod(true), instance, new object[] { value });
        }

        private static void AddElements(object instance, IList<ElementInit> initializers, Scope scope)
        {
            if (instance == null) throw new NullReferenceException();
            foreach (ElementInit init in initializers) InvokeMethod(init.AddMethod, instance, EvaluateAll(init.Arguments, scope));
        }

        private static object Invoke(InvocationExpression node, Scope scope)
        {
            LambdaExpression inline = node.Expression as LambdaExpression;
            object target = inline != null ? null : Evaluate(node.Expression, scope);
            LambdaExpression lambda = inline ?? target as LambdaExpression;
            object[] args = EvaluateAll(node.Arguments, scope);
            if (lambda != null) return RunLambda(lambda, args, scope);
            return InvokeDelegate((Delegate)target, args);
        }

        // A lambda of the tree applied to arguments: its body runs here, with no delegate made.
        internal static object RunLambda(LambdaExpression lambda, object[] args, Scope scope)
        {
            return Evaluate(lambda.Body, new Scope(lambda.Parameters, args, lambda.QuotedScope ?? scope));
        }

        // Each delegate of the invocation list: a compiled lambda's closure (or a call site's target) runs directly,
        // any other method through reflection (Delegate.Method: Kiln does not invoke a delegate type's Invoke by
        // reflection). The C# runtime binder invokes delegates through it too.
        internal static object InvokeDelegate(Delegate d, object[] args)
        {
            if (d == null) throw new NullReferenceException();
            object result = null;
            foreach (Delegate single in d.GetInvocationList())
            {
                StubTarget closure = single.Target as StubTarget;
                result = closure != null ? closure.Run(args) : InvokeMethod(single.Method, single.Target, args);
            }
            return result;
        }

        private static object ShortCircuit(BinaryExpression node, Scope scope)
        {
            bool andAlso = node.NodeType == ExpressionType.AndAlso;
            object left = Evaluate(node.Left, scope);
            if (node.Method != null)
            {
                // user-defined: op_False (AndAlso) or op_True (OrElse) of the left decides, else the & or | operator
                MethodInfo test = node.Method.DeclaringType.GetMethod(andAlso ? "op_False" : "op_True", BindingFlags.Public | BindingFlags.Static);
                if (test != null && (bool)InvokeMethod(test, null, new object[] { left })) return left;
                return InvokeMethod(node.Method, null, new object[] { left, Evaluate(node.Right, scope) });
            }
            if (left == null)
            {
                // bool? three-valued logic: null && false is false, null || true is true, else null
                object r = Evaluate(node.Right, scope);
                if (r != null && (bool)r != andAlso) return r;
                return null;
            }
            if ((bool)left != andAlso) return left;
            object right = Evaluate(node.Right, scope);
            if (right == null) return null;
            return right;
        }

        private static object Coalesce(BinaryExpression node, Scope scope)
        {
            object left = Evaluate(node.Left, scope);
            if (left == null) return Evaluate(node.Right, scope);
            if (node.Conversion != null) return RunLambda(node.Conversion, new object[] { left }, scope);
            return left;
        }

        private static object Binary(BinaryExpression node, Scope scope)
        {
            object left = Evaluate(node.Left, scope);
            object right = Evaluate(node.Right, scope);
            if (node.Method != null)
            {
                if (node.IsLifted && (left == null || right == null)) return Operators.LiftedNull(node.NodeType, left, right, node.LiftToNull);
                if (DecimalOperators.Handles(node.Method) && left is decimal && right is decimal)
                    return DecimalOperators.Binary(node.NodeType, (decimal)left, (decimal)right);
                return InvokeMethod(node.Method, null, new object[] { left, right });
            }
            return Operators.Binary(node.NodeType, left, right, node.Operand, node.LiftToNull);
        }

        private static object Unary(UnaryExpression node, Scope scope)
        {
            object operand = Evaluate(node.Operand, scope);
            switch (node.NodeType)
            {
                case ExpressionType.ArrayLength:
                    if (operand == null) throw new NullReferenceException();
                    return ((Array)operand).Length;
                case ExpressionType.TypeAs:
                    return operand != null && TypeUtils.GetNonNullableType(node.Type).IsInstanceOfType(operand) ? operand : null;
                case ExpressionType.Unbox:
                    if (operand == null) throw new NullReferenceException();
                    return operand;
            }
            if (node.Method != null)
            {
                if (operand == null && node.IsLifted) return null;
                if (DecimalOperators.Handles(node.Method) && operand != null)
                {
                    if (node.NodeType == ExpressionType.Convert || node.NodeType == ExpressionType.ConvertChecked)
                        return DecimalOperators.Convert(operand, TypeUtils.GetNonNullableType(node.Method.ReturnType));
                    return DecimalOperators.Unary(node.NodeType, (decimal)operand);
                }
                return InvokeMethod(node.Method, null, new object[] { operand });
            }
            if (node.NodeType == ExpressionType.Convert || node.NodeType == ExpressionType.ConvertChecked)
                return Operators.Convert(operand, node.Operand.Type, node.Type, node.NodeType == ExpressionType.ConvertChecked);
            return Operators.Unary(node.NodeType, operand);
        }
    }
}
