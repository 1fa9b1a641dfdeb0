namespace System.Linq.Expressions.Interpreter
{
    // decimal's operators and conversions, which trees name as methods of System.Decimal (op_Addition, op_Explicit
    // ...), run here directly: a factory may find them by name at run time (Convert(e, typeof(sbyte)) of a decimal
    // finds op_Explicit), and Kiln can invoke only what the program compiled — this code compiles every one.
    internal static class DecimalOperators
    {
        internal static bool Handles(System.Reflection.MethodInfo method)
        {
            return method.DeclaringType == typeof(decimal) && method.IsStatic && method.Name.StartsWith("op_");
        }

        internal static object Binary(ExpressionType kind, decimal a, decimal b)
        {
            switch (kind)
            {
                case ExpressionType.Add: case ExpressionType.AddChecked: return a + b;
                case ExpressionType.Subtract: case ExpressionType.SubtractChecked: return a - b;
                case ExpressionType.Multiply: case ExpressionType.MultiplyChecked: return a * b;
                case ExpressionType.Divide: return a / b;
                case ExpressionType.Modulo: return a % b;
                case ExpressionType.Equal: return a == b;
                case ExpressionType.NotEqual: return a != b;
                case ExpressionType.LessThan: return a < b;
                case ExpressionType.LessThanOrEqual: return a <= b;
                case ExpressionType.GreaterThan: return a > b;
                case ExpressionType.GreaterThanOrEqual: return a >= b;
            }
            throw new NotSupportedException("The interpreter has no operator " + kind + " for System.Decimal.");
        }

        internal static object Unary(ExpressionType kind, decimal a)
        {
            switch (kind)
            {
                case ExpressionType.Negate: case ExpressionType.NegateChecked: return -a;
                case ExpressionType.UnaryPlus: return a;
            }
            throw new NotSupportedException("The interpreter has no operator " + kind + " for System.Decimal.");
        }

        // value converted by the op_Implicit or op_Explicit of decimal that method is (to or from decimal)
        internal static object Convert(object value, Type to)
        {
            if (to == typeof(decimal))
            {
                if (value is decimal) return value;
                if (value is double) return (decimal)(double)value;
                if (value is float) return (decimal)(float)value;
                if (value is ulong) return (decimal)(ulong)value;
                if (value is long) return (decimal)(long)value;
                if (value is uint) return (decimal)(uint)value;
                if (value is int) return (decimal)(int)value;
                if (value is ushort) return (decimal)(ushort)value;
                if (value is short) return (decimal)(short)value;
                if (value is byte) return (decimal)(byte)value;
                if (value is sbyte) return (decimal)(sbyte)value;
                if (value is char) return (decimal)(char)value;
                throw new InvalidCastException();
            }
            decimal d = (decimal)value;
            switch (Type.GetTypeCode(to))
            {
                case TypeCode.SByte: return (sbyte)d;
                case TypeCode.Byte: return (byte)d;
                case TypeCode.Int16: return (short)d;
                case TypeCode.UInt16: return (ushort)d;
                case TypeCode.Char: return (char)d;
                case TypeCode.Int32: return (int)d;
                case TypeCode.UInt32: return (uint)d;
                case TypeCode.Int64: return (long)d;
                case TypeCode.UInt64: return (ulong)d;
                case TypeCode.Single: return (float)d;
                case TypeCode.Double: return (double)d;
            }
            throw new InvalidCastException();
        }
    }
}
