namespace System.Linq.Expressions.Interpreter
{
    // The predefined operators on boxed primitive values with C#'s semantics: checked and unchecked arithmetic,
    // .NET's division and shift rules, IEEE comparisons, and lifting (a null operand of a nullable operator).
    internal static class Operators
    {
        internal static object LiftedNull(ExpressionType kind, object left, object right, bool liftToNull)
        {
            switch (kind)
            {
                case ExpressionType.Equal: return liftToNull ? null : (object)(left == null && right == null);
                case ExpressionType.NotEqual: return liftToNull ? null : (object)!(left == null && right == null);
                case ExpressionType.LessThan:
                case ExpressionType.LessThanOrEqual:
                case ExpressionType.GreaterThan:
                case ExpressionType.GreaterThanOrEqual:
                    return liftToNull ? null : (object)false;
                default: return null;
            }
        }

        internal static object Binary(ExpressionType kind, object left, object right, OperandFacts operand, bool liftToNull)
        {
            if (left == null || right == null)
            {
                if (operand.Code == TypeCode.Boolean && (kind == ExpressionType.And || kind == ExpressionType.Or))
                    return LiftedLogic(kind == ExpressionType.And, left, right);
                if (!operand.IsValueType && (kind == ExpressionType.Equal || kind == ExpressionType.NotEqual))
                    return (kind == ExpressionType.Equal) == ((object)left == (object)right);
                return LiftedNull(kind, left, right, liftToNull);
            }
            if (kind == ExpressionType.Equal || kind == ExpressionType.NotEqual)
            {
                bool equal = Equal(left, right, operand.IsValueType);
                return kind == ExpressionType.Equal ? equal : !equal;
            }
            if (operand.IsEnum)
            {
                object l = System.Convert.ChangeType(left, operand.Underlying);
                object r = System.Convert.ChangeType(right, operand.Underlying);
                return Binary(kind, l, r, operand.UnderlyingFacts, liftToNull);
            }
            TypeCode code = operand.Code;
            if (kind == ExpressionType.LeftShift || kind == ExpressionType.RightShift)
            {
                // the count is an int whatever the shifted type
                if (code == TypeCode.Int64) return Int64(kind, (long)left, ToLong(right) & 63);
                if (code == TypeCode.UInt64) return UInt64(kind, (ulong)left, (ulong)(ToLong(right) & 63));
                return Small(kind, left, right, code);
            }
            switch (code)
            {
                case TypeCode.Boolean: return Bool(kind, (bool)left, (bool)right);
                case TypeCode.Int64: return Int64(kind, (long)left, (long)right);
                case TypeCode.UInt64: return UInt64(kind, (ulong)left, (ulong)right);
                case TypeCode.Double: return Double(kind, (double)left, (double)right);
                case TypeCode.Single:
                    {
                        object r = Double(kind, (float)left, (float)right);
                        return r is double ? (object)(float)(double)r : r;
                    }
                case TypeCode.Int32: case TypeCode.Int16: case TypeCode.SByte:
                case TypeCode.UInt32: case TypeCode.UInt16: case TypeCode.Byte: case TypeCode.Char:
                    return Small(kind, left, right, code);
            }
            throw new NotSupportedException("The interpreter has no operator " + kind + " for " + operand.Type + ".");
        }

        private static object LiftedLogic(bool and, object left, object right)
        {
            if (left != null && (bool)left != and) return left;
            if (right != null && (bool)right != and) return right;
            return null;
        }

        private static bool Equal(object left, object right, bool valueType)
        {
            if (!valueType) return (object)left == (object)right;
            if (left is double) return (double)left == (double)right;
            if (left is float) return (float)left == (float)right;
            return left.Equals(right);
        }

        private static object Bool(ExpressionType kind, bool a, bool b)
        {
            switch (kind)
            {
                case ExpressionType.And: return a & b;
                case ExpressionType.Or: return a | b;
                case ExpressionType.ExclusiveOr: return a ^ b;
            }
            throw new NotSupportedException("The interpreter has no operator " + kind + " for System.Boolean.");
        }

        // Operand types of 32 bits or fewer, computed exactly in 64 bits and narrowed back.
        private static object Small(ExpressionType kind, object left, object right, TypeCode code)
        {
            long a = ToLong(left), b = ToLong(right);
            bool unsigned = code == TypeCode.UInt32 || code == TypeCode.UInt16 || code == TypeCode.Byte || code == TypeCode.Char;
            long r;
            switch (kind)
            {
                case ExpressionType.Add: case ExpressionType.AddChecked: r = a + b; break;
                case ExpressionType.Subtract: case ExpressionType.SubtractChecked: r = a - b; break;
                case ExpressionType.Multiply: case ExpressionType.MultiplyChecked: r = a * b; break;
                case ExpressionType.Divide:
                    if (b == 0) throw new DivideByZeroException();
                    if (code == TypeCode.Int32 && a == int.MinValue && b == -1) throw new OverflowException("Arithmetic operation resulted in an overflow.");
                    r = a / b; break;
                case ExpressionType.Modulo:
                    if (b == 0) throw new DivideByZeroException();
                    if (code == TypeCode.Int32 && a == int.MinValue && b == -1) throw new OverflowException("Arithmetic operation resulted in an overflow.");
                    r = a % b; break;
                case ExpressionType.And: r = a & b; break;
                case ExpressionType.Or: r = a | b; break;
                case ExpressionType.ExclusiveOr: r = a ^ b; break;
                case ExpressionType.LeftShift: r = a << (int)(b & Mask(code)); break;
                case ExpressionType.RightShift: r = a >> (int)(b & Mask(code)); break;
                case ExpressionType.LessThan: return a < b;
                case ExpressionType.LessThanOrEqual: return a <= b;
                case ExpressionType.GreaterThan: return a > b;
                case ExpressionType.GreaterThanOrEqual: return a >= b;
                default: throw new NotSupportedException("The interpreter has no operator " + kind + ".");
            }
            bool check = kind == ExpressionType.AddChecked || kind == ExpressionType.SubtractChecked || kind == ExpressionType.MultiplyChecked;
            return Narrow(r, code, check);
        }

        private static int Mask(TypeCode code) { return code == TypeCode.Int64 || code == TypeCode.UInt64 ? 63 : 31; }

        private static long ToLong(object v)
        {
            if (v is int) return (int)v;
            if (v is uint) return (uint)v;
            if (v is short) return (short)v;
            if (v is ushort) return (ushort)v;
            if (v is sbyte) return (sbyte)v;
            if (v is byte) return (byte)v;
            if (v is char) return (char)v;
            if (v is long) return (long)v;
            if (v is bool) return (bool)v ? 1 : 0;
            return System.Convert.ToInt64(v);
        }

        private static object Narrow(long r, TypeCode code, bool check)
        {
            switch (code)
            {
                case TypeCode.Int32: return check ? checked((int)r) : unchecked((int)r);
                case TypeCode.UInt32: return check ? checked((uint)r) : unchecked((uint)r);
                case TypeCode.Int16: return check ? checked((short)r) : unchecked((short)r);
                case TypeCode.UInt16: return check ? checked((ushort)r) : unchecked((ushort)r);
                case TypeCode.SByte: return check ? checked((sbyte)r) : unchecked((sbyte)r);
                case TypeCode.Byte: return check ? checked((byte)r) : unchecked((byte)r);
                case TypeCode.Char: return check ? checked((char)r) : unchecked((char)r);
                default: return r;
            }
        }

        private static object Int64(ExpressionType kind, long a, long b)
        {
            switch (kind)
            {
                case ExpressionType.Add: return unchecked(a + b);
                case ExpressionType.AddChecked: return checked(a + b);
                case ExpressionType.Subtract: return unchecked(a - b);
                case ExpressionType.SubtractChecked: return checked(a - b);
                case ExpressionType.Multiply: return unchecked(a * b);
                case ExpressionType.MultiplyChecked: return checked(a * b);
                case ExpressionType.Divide: return a / b;
                case ExpressionType.Modulo: return a % b;
                case ExpressionType.And: return a & b;
                case ExpressionType.Or: return a | b;
                case ExpressionType.ExclusiveOr: return a ^ b;
                case ExpressionType.LeftShift: return a << (int)b;
                case ExpressionType.RightShift: return a >> (int)b;
                case ExpressionType.LessThan: return a < b;
                case ExpressionType.LessThanOrEqual: return a <= b;
                case ExpressionType.GreaterThan: return a > b;
                case ExpressionType.GreaterThanOrEqual: return a >= b;
            }
            throw new NotSupportedException("The interpreter has no operator " + kind + " for System.Int64.");
        }

        private static object UInt64(ExpressionType kind, ulong a, ulong b)
        {
            switch (kind)
            {
                case ExpressionType.Add: return unchecked(a + b);
                case ExpressionType.AddChecked: return checked(a + b);
                case ExpressionType.Subtract: return unchecked(a - b);
                case ExpressionType.SubtractChecked: return checked(a - b);
                case ExpressionType.Multiply: return unchecked(a * b);
                case ExpressionType.MultiplyChecked: return checked(a * b);
                case ExpressionType.Divide: return a / b;
                case ExpressionType.Modulo: return a % b;
                case ExpressionType.And: return a & b;
                case ExpressionType.Or: return a | b;
                case ExpressionType.ExclusiveOr: return a ^ b;
                case ExpressionType.LeftShift: return a << (int)b;
                case ExpressionType.RightShift: return a >> (int)b;
                case ExpressionType.LessThan: return a < b;
                case ExpressionType.LessThanOrEqual: return a <= b;
                case ExpressionType.GreaterThan: return a > b;
                case ExpressionType.GreaterThanOrEqual: return a >= b;
            }
            throw new NotSupportedException("The interpreter has no operator " + kind + " for System.UInt64.");
        }

        private static object Double(ExpressionType kind, double a, double b)
        {
            switch (kind)
            {
                case ExpressionType.Add: case ExpressionType.AddChecked: return a + b;
                case ExpressionType.Subtract: case ExpressionType.SubtractChecked: return a - b;
                case ExpressionType.Multiply: case ExpressionType.MultiplyChecked: return a * b;
                case ExpressionType.Divide: return a / b;
                case ExpressionType.Modulo: return a % b;
                case ExpressionType.Power: return Math.Pow(a, b);
                case ExpressionType.LessThan: return a < b;
                case ExpressionType.LessThanOrEqual: return a <= b;
                case ExpressionType.GreaterThan: return a > b;
                case ExpressionType.GreaterThanOrEqual: return a >= b;
            }
            throw new NotSupportedException("The interpreter has no operator " + kind + " for System.Double.");
        }

        internal static object Unary(ExpressionType kind, object operand)
        {
            if (operand == null) return null;
            switch (kind)
            {
                case ExpressionType.UnaryPlus: return operand;
                case ExpressionType.IsTrue: return (bool)operand;
                case ExpressionType.IsFalse: return !(bool)operand;
            }
            if (operand is bool && kind == ExpressionType.Not) return !(bool)operand;
            bool check = kind == ExpressionType.NegateChecked;
            bool negate = kind == ExpressionType.Negate || check;
            if (operand is double) return -(double)operand;
            if (operand is float) return -(float)operand;
            if (operand is long)
            {
                long v = (long)operand;
                return negate ? (check ? checked(-v) : unchecked(-v)) : ~v;
            }
            if (operand is ulong) return ~(ulong)operand;
            TypeCode code = Type.GetTypeCode(operand.GetType());
            if (operand.GetType().IsEnum) throw new NotSupportedException("The interpreter has no operator " + kind + " for an enum.");
            long x = ToLong(operand);
            if (negate) return Narrow(-x, code, check);
            return Narrow(~x, code, false);
        }

        // Convert of a value: numeric conversions (checked or not), nullable wrapping and unwrapping, enums, boxing
        // and reference casts (InvalidCastException as castclass throws it).
        internal static object Convert(object value, Type from, Type to, bool check)
        {
            Type target = TypeUtils.GetNonNullableType(to);
            if (value == null)
            {
                if (to.IsValueType && !TypeUtils.IsNullable(to)) throw new InvalidOperationException("Nullable object must have a value.");
                return null;
            }
            if (to == typeof(void)) return null;
            Type source = value.GetType();
            if (target.IsInstanceOfType(value) && !(target.IsEnum && source != target)) return value;
            if (TypeUtils.IsConvertible(source) && TypeUtils.IsConvertible(target) && source.IsValueType && target.IsValueType)
            {
                Type targetPrimitive = target.IsEnum ? Enum.GetUnderlyingType(target) : target;
                object converted = Primitive(value, Type.GetTypeCode(targetPrimitive), check);
                return target.IsEnum ? Enum.ToObject(target, converted) : converted;
            }
            if (!target.IsInstanceOfType(value))
                throw new InvalidCastException("Unable to cast object of type '" + source + "' to type '" + target + "'.");
            return value;
        }

        private static object Primitive(object value, TypeCode to, bool check)
        {
            if (value.GetType().IsEnum) value = System.Convert.ChangeType(value, Enum.GetUnderlyingType(value.GetType()));
            if (value is double || value is float)
            {
                double d = value is double ? (double)value : (float)value;
                return FromDouble(d, to, check);
            }
            if (value is ulong) return FromUInt64((ulong)value, to, check);
            return FromInt64(ToLong(value), to, check);
        }

        private static object FromInt64(long v, TypeCode to, bool check)
        {
            switch (to)
            {
                case TypeCode.SByte: return check ? checked((sbyte)v) : unchecked((sbyte)v);
                case TypeCode.Byte: return check ? checked((byte)v) : unchecked((byte)v);
                case TypeCode.Int16: return check ? checked((short)v) : unchecked((short)v);
                case TypeCode.UInt16: return check ? checked((ushort)v) : unchecked((ushort)v);
                case TypeCode.Char: return check ? checked((char)v) : unchecked((char)v);
                case TypeCode.Int32: return check ? checked((int)v) : unchecked((int)v);
                case TypeCode.UInt32: return check ? checked((uint)v) : unchecked((uint)v);
                case TypeCode.Int64: return v;
                case TypeCode.UInt64: return check ? checked((ulong)v) : unchecked((ulong)v);
                case TypeCode.Single: return (float)v;
                case TypeCode.Double: return (double)v;
                case TypeCode.Boolean: return v != 0;
            }
            throw new InvalidCastException();
        }

        private static object FromUInt64(ulong v, TypeCode to, bool check)
        {
            switch (to)
            {
                case TypeCode.SByte: return check ? checked((sbyte)v) : unchecked((sbyte)v);
                case TypeCode.Byte: return check ? checked((byte)v) : unchecked((byte)v);
                case TypeCode.Int16: return check ? checked((short)v) : unchecked((short)v);
                case TypeCode.UInt16: return check ? checked((ushort)v) : unchecked((ushort)v);
                case TypeCode.Char: return check ? checked((char)v) : unchecked((char)v);
                case TypeCode.Int32: return check ? checked((int)v) : unchecked((int)v);
                case TypeCode.UInt32: return check ? checked((uint)v) : unchecked((uint)v);
                case TypeCode.Int64: return check ? checked((long)v) : unchecked((long)v);
                case TypeCode.UInt64: return v;
                case TypeCode.Single: return (float)v;
                case TypeCode.Double: return (double)v;
                case TypeCode.Boolean: return v != 0;
            }
            throw new InvalidCastException();
        }

        private static object FromDouble(double v, TypeCode to, bool check)
        {
            switch (to)
            {
                case TypeCode.SByte: return check ? checked((sbyte)v) : unchecked((sbyte)v);
                case TypeCode.Byte: return check ? checked((byte)v) : unchecked((byte)v);
                case TypeCode.Int16: return check ? checked((short)v) : unchecked((short)v);
                case TypeCode.UInt16: return check ? checked((ushort)v) : unchecked((ushort)v);
                case TypeCode.Char: return check ? checked((char)v) : unchecked((char)v);
                case TypeCode.Int32: return check ? checked((int)v) : unchecked((int)v);
                case TypeCode.UInt32: return check ? checked((uint)v) : unchecked((uint)v);
                case TypeCode.Int64: return check ? checked((long)v) : unchecked((long)v);
                case TypeCode.UInt64: return check ? checked((ulong)v) : unchecked((ulong)v);
                case TypeCode.Single: return (float)v;
                case TypeCode.Double: return v;
                case TypeCode.Boolean: return v != 0;
            }
            throw new InvalidCastException();
        }
    }

    // The facts about an operand type the operators need on every evaluation, found once per node.
    internal sealed class OperandFacts
    {
        internal readonly Type Type;
        internal readonly TypeCode Code;
        internal readonly bool IsValueType;
        internal readonly bool IsEnum;
        internal readonly Type Underlying;
        internal readonly OperandFacts UnderlyingFacts;

        internal OperandFacts(Type type)
        {
            Type = type;
            IsValueType = type.IsValueType;
            IsEnum = type.IsEnum;
            Code = IsEnum ? TypeCode.Object : Type.GetTypeCode(type);
            if (IsEnum)
            {
                Underlying = Enum.GetUnderlyingType(type);
                UnderlyingFacts = new OperandFacts(Underlying);
            }
        }
    }
}
