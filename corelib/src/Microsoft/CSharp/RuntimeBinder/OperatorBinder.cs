using System;
using System.Collections.Generic;
using System.Linq.Expressions;
using System.Linq.Expressions.Interpreter;
using System.Reflection;

namespace Microsoft.CSharp.RuntimeBinder
{
    // A unary or binary operator on dynamic operands: a user-defined operator of the operands' types when one
    // applies (overload resolution among them), else C#'s predefined operators after the numeric promotions, string
    // concatenation, delegate combination, enum arithmetic and reference equality.
    internal sealed class OperatorBinder : DynamicBinder
    {
        private readonly ExpressionType _operation;
        private readonly bool _binary;

        internal OperatorBinder(CSharpBinderFlags flags, ExpressionType operation, Type context, IEnumerable<CSharpArgumentInfo> infos, bool binary)
            : base(flags, context, infos)
        {
            _operation = WithoutAssignment(operation);
            _binary = binary;
        }

        // A compound assignment (d += x) binds the operator alone: the compiler assigns the result.
        private static ExpressionType WithoutAssignment(ExpressionType operation)
        {
            switch (operation)
            {
                case ExpressionType.AddAssign: case ExpressionType.AddAssignChecked: return ExpressionType.Add;
                case ExpressionType.SubtractAssign: case ExpressionType.SubtractAssignChecked: return ExpressionType.Subtract;
                case ExpressionType.MultiplyAssign: case ExpressionType.MultiplyAssignChecked: return ExpressionType.Multiply;
                case ExpressionType.DivideAssign: return ExpressionType.Divide;
                case ExpressionType.ModuloAssign: return ExpressionType.Modulo;
                case ExpressionType.AndAssign: return ExpressionType.And;
                case ExpressionType.OrAssign: return ExpressionType.Or;
                case ExpressionType.ExclusiveOrAssign: return ExpressionType.ExclusiveOr;
                case ExpressionType.LeftShiftAssign: return ExpressionType.LeftShift;
                case ExpressionType.RightShiftAssign: return ExpressionType.RightShift;
                case ExpressionType.PreIncrementAssign: case ExpressionType.PostIncrementAssign: return ExpressionType.Increment;
                case ExpressionType.PreDecrementAssign: case ExpressionType.PostDecrementAssign: return ExpressionType.Decrement;
                default: return operation;
            }
        }

        internal override object BindAndRun(object[] arguments, Type[] staticTypes, Type resultType)
        {
            Type[] types = ArgumentTypes(arguments, staticTypes);
            object result = _binary ? Binary(arguments[0], arguments[1], types[0], types[1]) : Unary(arguments[0], types[0]);
            return result;
        }

        private object Binary(object left, object right, Type l, Type r)
        {
            if (l != null && l.IsEnum && IsZeroConstant(1, right)) { r = l; right = Enum.ToObject(l, 0); }
            else if (r != null && r.IsEnum && IsZeroConstant(0, left)) { l = r; left = Enum.ToObject(r, 0); }
            object userResult;
            MethodBase user = UserOperator(new Type[] { l, r }, new object[] { left, right }, out userResult);
            if (user != null) return userResult;
            if (_operation == ExpressionType.Add && (l == typeof(string) || r == typeof(string)))
                return string.Concat(left == null ? null : left.ToString(), right == null ? null : right.ToString());
            bool equality = _operation == ExpressionType.Equal || _operation == ExpressionType.NotEqual;
            if (equality && (l == typeof(string) || l == null) && (r == typeof(string) || r == null))
                return (_operation == ExpressionType.Equal) == string.Equals((string)left, (string)right);
            if (equality && ReferenceEquality(l, r))
                return (_operation == ExpressionType.Equal) == ((object)left == (object)right);
            if (l != null && l == r && typeof(Delegate).IsAssignableFrom(l))
            {
                if (_operation == ExpressionType.Add) return Delegate.Combine((Delegate)left, (Delegate)right);
                if (_operation == ExpressionType.Subtract) return Delegate.Remove((Delegate)left, (Delegate)right);
            }
            if (left == null || right == null)
            {
                // a lifted operator on a null operand: no value (false for the comparisons)
                Type other = left == null ? r : l;
                if (other == null || other.IsValueType)
                    return Operators.LiftedNull(_operation, left, right, false);
                throw BinaryError(l, r);
            }
            // a predefined operator lifted over Nullable<T> runs on the values (a null operand was handled above)
            l = Nullable.GetUnderlyingType(l) ?? l;
            r = Nullable.GetUnderlyingType(r) ?? r;
            Type operand = Promoted(l, r);
            if (operand == null)
            {
                // an operand with a user-defined implicit conversion to a predefined operand type takes it
                object convertedLeft = left, convertedRight = right;
                Type lc = ThroughImplicit(ref convertedLeft, l), rc = ThroughImplicit(ref convertedRight, r);
                if (lc != l || rc != r) return Binary(convertedLeft, convertedRight, lc, rc);
                return EnumOperator(left, right, l, r);
            }
            ExpressionType kind = Has(CSharpBinderFlags.CheckedContext) ? Checked(_operation) : _operation;
            bool shift = kind == ExpressionType.LeftShift || kind == ExpressionType.RightShift;
            object a = Conversions.Convert(left, l, operand, false, false);
            object b = Conversions.Convert(right, r, shift ? typeof(int) : operand, false, false);
            try
            {
                if (operand == typeof(decimal)) return DecimalOperators.Binary(kind, (decimal)a, (decimal)b);
                return Operators.Binary(kind, a, b, new OperandFacts(operand), false);
            }
            catch (NotSupportedException)
            {
                throw BinaryError(l, r);
            }
        }

        // The literal 0, which converts to every enum type.
        private bool IsZeroConstant(int argument, object value)
        {
            return argument < Infos.Length && Infos[argument].Has(CSharpArgumentInfoFlags.Constant) && value is int && (int)value == 0;
        }

        // value converted by its type's op_Implicit to a primitive type, if the type has one; returns the new type.
        private static Type ThroughImplicit(ref object value, Type type)
        {
            if (type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal)) return type;
            foreach (MethodInfo m in type.GetMethods(BindingFlags.Public | BindingFlags.Static))
            {
                if (m.Name == "op_Implicit" && (m.ReturnType.IsPrimitive || m.ReturnType == typeof(decimal)) && m.GetParameters()[0].ParameterType == type)
                {
                    value = Invoke(m, null, new object[] { value });
                    return m.ReturnType;
                }
            }
            return type;
        }

        // Equality of references: both operands of reference types (or null) with no user-defined operator.
        private static bool ReferenceEquality(Type l, Type r)
        {
            return (l == null || !l.IsValueType) && (r == null || !r.IsValueType);
        }

        // C#'s binary numeric promotion (and bool for the logical operators), or null when neither applies.
        private Type Promoted(Type l, Type r)
        {
            if (l.IsEnum || r.IsEnum) return null;
            TypeCode a = Type.GetTypeCode(l), b = Type.GetTypeCode(r);
            if (a == TypeCode.Boolean && b == TypeCode.Boolean) return typeof(bool);
            if (!IsNumeric(a) || !IsNumeric(b)) return null;
            if (_operation == ExpressionType.LeftShift || _operation == ExpressionType.RightShift)
            {
                if (a == TypeCode.Int64 || a == TypeCode.UInt64 || a == TypeCode.UInt32) return l;
                return a >= TypeCode.Single ? null : typeof(int);
            }
            if (a == TypeCode.Decimal || b == TypeCode.Decimal)
                return a == TypeCode.Single || a == TypeCode.Double || b == TypeCode.Single || b == TypeCode.Double ? null : typeof(decimal);
            if (a == TypeCode.Double || b == TypeCode.Double) return typeof(double);
            if (a == TypeCode.Single || b == TypeCode.Single) return typeof(float);
            if (a == TypeCode.UInt64 || b == TypeCode.UInt64)
                return IsSigned(a) || IsSigned(b) ? null : typeof(ulong);
            if (a == TypeCode.Int64 || b == TypeCode.Int64) return typeof(long);
            if (a == TypeCode.UInt32 || b == TypeCode.UInt32)
                return IsSigned(a) || IsSigned(b) ? typeof(long) : typeof(uint);
            return typeof(int);
        }

        private static bool IsNumeric(TypeCode c) { return c >= TypeCode.Char && c <= TypeCode.Decimal; }

        private static bool IsSigned(TypeCode c) { return c == TypeCode.SByte || c == TypeCode.Int16 || c == TypeCode.Int32 || c == TypeCode.Int64; }

        private static ExpressionType Checked(ExpressionType kind)
        {
            switch (kind)
            {
                case ExpressionType.Add: return ExpressionType.AddChecked;
                case ExpressionType.Subtract: return ExpressionType.SubtractChecked;
                case ExpressionType.Multiply: return ExpressionType.MultiplyChecked;
                case ExpressionType.Negate: return ExpressionType.NegateChecked;
                default: return kind;
            }
        }

        // Enum operators: comparison and bitwise logic between values of one enum, E + U, U + E, E - U (an E) and
        // E - E (the underlying type).
        private object EnumOperator(object left, object right, Type l, Type r)
        {
            Type e = l.IsEnum ? l : r.IsEnum ? r : null;
            if (e == null) throw BinaryError(l, r);
            Type u = Enum.GetUnderlyingType(e);
            bool both = l == r;
            bool comparison = _operation == ExpressionType.Equal || _operation == ExpressionType.NotEqual || _operation == ExpressionType.LessThan
                || _operation == ExpressionType.LessThanOrEqual || _operation == ExpressionType.GreaterThan || _operation == ExpressionType.GreaterThanOrEqual;
            bool bitwise = _operation == ExpressionType.And || _operation == ExpressionType.Or || _operation == ExpressionType.ExclusiveOr;
            bool addsUnderlying = !both && (_operation == ExpressionType.Add || _operation == ExpressionType.Subtract && l.IsEnum);
            if (!(both && (comparison || bitwise || _operation == ExpressionType.Subtract)) && !addsUnderlying) throw BinaryError(l, r);
            object a = Conversions.Convert(left, l, u, true, false);
            object b = Conversions.Convert(right, r, u, true, false);
            Type operand = Promoted(u, u) ?? u;
            object value = Operators.Binary(_operation, Conversions.Convert(a, u, operand, false, false), Conversions.Convert(b, u, operand, false, false), new OperandFacts(operand), false);
            if (comparison) return value;
            if (both && _operation == ExpressionType.Subtract) return Conversions.Convert(value, operand, u, true, false);
            return Enum.ToObject(e, Conversions.Convert(value, operand, u, true, false));
        }

        private object Unary(object operand, Type t)
        {
            object userResult;
            MethodBase user = UserOperator(new Type[] { t }, new object[] { operand }, out userResult);
            if (user != null) return userResult;
            if (operand == null) return null;
            t = Nullable.GetUnderlyingType(t) ?? t;
            Type converted = ThroughImplicit(ref operand, t);
            if (converted != t) return Unary(operand, converted);
            if (_operation == ExpressionType.Increment || _operation == ExpressionType.Decrement)
            {
                // ++ and -- keep the operand's type (an enum's too)
                Type u = t.IsEnum ? Enum.GetUnderlyingType(t) : t;
                TypeCode c = Type.GetTypeCode(u);
                if (!IsNumeric(c)) throw UnaryError(t);
                Type wide = c == TypeCode.Decimal ? u : Promoted(u, typeof(int)) ?? u;
                object one = Conversions.Convert(1, typeof(int), wide, false, false);
                object v = Conversions.Convert(operand, t, wide, true, false);
                ExpressionType kind = _operation == ExpressionType.Increment ? ExpressionType.Add : ExpressionType.Subtract;
                object sum = wide == typeof(decimal)
                    ? (object)(kind == ExpressionType.Add ? (decimal)v + 1 : (decimal)v - 1)
                    : Operators.Binary(Has(CSharpBinderFlags.CheckedContext) ? Checked(kind) : kind, v, one, new OperandFacts(wide), false);
                object narrowed = Conversions.Convert(sum, wide, u, true, Has(CSharpBinderFlags.CheckedContext));
                return t.IsEnum ? Enum.ToObject(t, narrowed) : narrowed;
            }
            TypeCode code = Type.GetTypeCode(t);
            if (t.IsEnum)
            {
                if (_operation != ExpressionType.OnesComplement) throw UnaryError(t);
                Type u = Enum.GetUnderlyingType(t);
                return Enum.ToObject(t, Operators.Unary(ExpressionType.OnesComplement, Conversions.Convert(operand, t, u, true, false)));
            }
            if (code == TypeCode.Boolean)
            {
                if (_operation == ExpressionType.Not || _operation == ExpressionType.IsTrue || _operation == ExpressionType.IsFalse)
                    return Operators.Unary(_operation, operand);
                throw UnaryError(t);
            }
            if (!IsNumeric(code) || _operation == ExpressionType.Not || _operation == ExpressionType.IsTrue || _operation == ExpressionType.IsFalse)
                throw UnaryError(t);
            if (code == TypeCode.Decimal)
            {
                if (_operation != ExpressionType.Negate && _operation != ExpressionType.UnaryPlus) throw UnaryError(t);
                return DecimalOperators.Unary(_operation, (decimal)operand);
            }
            bool floating = code == TypeCode.Single || code == TypeCode.Double;
            if (_operation == ExpressionType.OnesComplement && floating) throw UnaryError(t);
            if (_operation == ExpressionType.Negate && code == TypeCode.UInt64) throw UnaryError(t);
            Type promoted = floating || code == TypeCode.Int64 || code == TypeCode.UInt64 ? t
                : code == TypeCode.UInt32 ? (_operation == ExpressionType.Negate ? typeof(long) : t) : typeof(int);
            ExpressionType op = Has(CSharpBinderFlags.CheckedContext) ? Checked(_operation) : _operation;
            return Operators.Unary(op, Conversions.Convert(operand, t, promoted, false, false));
        }

        // The user-defined operators of the operands' types (and their bases) applicable to the operands; runs the
        // best one. Returns null when the types define none that applies.
        private MethodBase UserOperator(Type[] types, object[] values, out object result)
        {
            result = null;
            string name = OperatorNames.MethodName(_operation, _binary);
            if (name == null) return null;
            List<MethodBase> candidates = new List<MethodBase>();
            foreach (Type t in types)
            {
                for (Type s = t == null ? null : Nullable.GetUnderlyingType(t) ?? t; s != null; s = s.BaseType)
                {
                    if (s.IsPrimitive || s == typeof(object) || s == typeof(string) || s == typeof(decimal) || s.IsEnum) break;
                    foreach (MethodInfo m in s.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly))
                    {
                        if (m.Name == name && m.GetParameters().Length == values.Length && !candidates.Contains(m)) candidates.Add(m);
                    }
                }
            }
            if (candidates.Count == 0) return null;
            // a user-defined operator on value types is lifted over their Nullable<T>: a null operand gives null
            // (false for the comparisons but !=), the others run it on the values
            Type[] operandTypes = new Type[types.Length];
            for (int i = 0; i < types.Length; i++)
            {
                operandTypes[i] = types[i] == null ? null : Nullable.GetUnderlyingType(types[i]) ?? types[i];
                if (values[i] == null && types[i] != null && operandTypes[i] != types[i])
                {
                    result = values.Length == 2 ? Operators.LiftedNull(_operation, values[0], values[1], false) : null;
                    return candidates[0];
                }
            }
            types = operandTypes;
            OverloadResolution resolution = new OverloadResolution(types);
            string failure;
            MethodBase best = resolution.Select(candidates, name, out failure);
            if (best == null) return null;
            result = Invoke(best, null, resolution.Arguments(values));
            return best;
        }

        private RuntimeBinderException BinaryError(Type l, Type r)
        {
            return new RuntimeBinderException("Operator '" + OperatorNames.Symbol(_operation, true) + "' cannot be applied to operands of type '"
                + CSharpNames.Of(l) + "' and '" + CSharpNames.Of(r) + "'");
        }

        private RuntimeBinderException UnaryError(Type t)
        {
            return new RuntimeBinderException("Operator '" + OperatorNames.Symbol(_operation, false) + "' cannot be applied to operand of type '"
                + CSharpNames.Of(t) + "'");
        }
    }

    // The C# symbol and the user-defined method name of each operator.
    internal static class OperatorNames
    {
        internal static string MethodName(ExpressionType kind, bool binary)
        {
            switch (kind)
            {
                case ExpressionType.Add: case ExpressionType.AddChecked: return "op_Addition";
                case ExpressionType.Subtract: case ExpressionType.SubtractChecked: return "op_Subtraction";
                case ExpressionType.Multiply: case ExpressionType.MultiplyChecked: return "op_Multiply";
                case ExpressionType.Divide: return "op_Division";
                case ExpressionType.Modulo: return "op_Modulus";
                case ExpressionType.And: return "op_BitwiseAnd";
                case ExpressionType.Or: return "op_BitwiseOr";
                case ExpressionType.ExclusiveOr: return "op_ExclusiveOr";
                case ExpressionType.LeftShift: return "op_LeftShift";
                case ExpressionType.RightShift: return "op_RightShift";
                case ExpressionType.Equal: return "op_Equality";
                case ExpressionType.NotEqual: return "op_Inequality";
                case ExpressionType.LessThan: return "op_LessThan";
                case ExpressionType.LessThanOrEqual: return "op_LessThanOrEqual";
                case ExpressionType.GreaterThan: return "op_GreaterThan";
                case ExpressionType.GreaterThanOrEqual: return "op_GreaterThanOrEqual";
                case ExpressionType.Negate: case ExpressionType.NegateChecked: return "op_UnaryNegation";
                case ExpressionType.UnaryPlus: return "op_UnaryPlus";
                case ExpressionType.Not: return "op_LogicalNot";
                case ExpressionType.OnesComplement: return "op_OnesComplement";
                case ExpressionType.IsTrue: return "op_True";
                case ExpressionType.IsFalse: return "op_False";
                case ExpressionType.Increment: return "op_Increment";
                case ExpressionType.Decrement: return "op_Decrement";
                default: return null;
            }
        }

        internal static string Symbol(ExpressionType kind, bool binary)
        {
            switch (kind)
            {
                case ExpressionType.Add: case ExpressionType.AddChecked: case ExpressionType.UnaryPlus: return "+";
                case ExpressionType.Subtract: case ExpressionType.SubtractChecked: case ExpressionType.Negate: case ExpressionType.NegateChecked: return "-";
                case ExpressionType.Multiply: case ExpressionType.MultiplyChecked: return "*";
                case ExpressionType.Divide: return "/";
                case ExpressionType.Modulo: return "%";
                case ExpressionType.And: return "&";
                case ExpressionType.Or: return "|";
                case ExpressionType.ExclusiveOr: return "^";
                case ExpressionType.LeftShift: return "<<";
                case ExpressionType.RightShift: return ">>";
                case ExpressionType.Equal: return "==";
                case ExpressionType.NotEqual: return "!=";
                case ExpressionType.LessThan: return "<";
                case ExpressionType.LessThanOrEqual: return "<=";
                case ExpressionType.GreaterThan: return ">";
                case ExpressionType.GreaterThanOrEqual: return ">=";
                case ExpressionType.Not: return "!";
                case ExpressionType.OnesComplement: return "~";
                case ExpressionType.IsTrue: return "true";
                case ExpressionType.IsFalse: return "false";
                case ExpressionType.Increment: return "++";
                case ExpressionType.Decrement: return "--";
                default: return kind.ToString();
            }
        }
    }
}
