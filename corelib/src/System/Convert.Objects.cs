namespace System
{
    // Convert's object overloads and ChangeType: the value converts itself through IConvertible, as in .NET (so
    // enums, DateTime, DBNull and user types that implement the interface take part).
    public static partial class Convert
    {
        public static readonly object DBNull = System.DBNull.Value;

        private static IConvertible AsConvertible(object value)
        {
            IConvertible c = value as IConvertible;
            if (c == null)
                throw new InvalidCastException("Unable to cast object of type '" + value.GetType().FullName + "' to type 'System.IConvertible'.");
            return c;
        }

        public static TypeCode GetTypeCode(object value)
        {
            if (value == null) return TypeCode.Empty;
            IConvertible c = value as IConvertible;
            return c != null ? c.GetTypeCode() : TypeCode.Object;
        }

        public static bool IsDBNull(object value)
        {
            if (value == System.DBNull.Value) return true;
            IConvertible c = value as IConvertible;
            return c != null && c.GetTypeCode() == TypeCode.DBNull;
        }

        public static bool ToBoolean(object value) { return value != null && AsConvertible(value).ToBoolean(null); }
        public static bool ToBoolean(object value, IFormatProvider provider) { return value != null && AsConvertible(value).ToBoolean(provider); }
        public static char ToChar(object value) { return value == null ? '\0' : AsConvertible(value).ToChar(null); }
        public static char ToChar(object value, IFormatProvider provider) { return value == null ? '\0' : AsConvertible(value).ToChar(provider); }
        public static sbyte ToSByte(object value) { return value == null ? (sbyte)0 : AsConvertible(value).ToSByte(null); }
        public static sbyte ToSByte(object value, IFormatProvider provider) { return value == null ? (sbyte)0 : AsConvertible(value).ToSByte(provider); }
        public static byte ToByte(object value) { return value == null ? (byte)0 : AsConvertible(value).ToByte(null); }
        public static byte ToByte(object value, IFormatProvider provider) { return value == null ? (byte)0 : AsConvertible(value).ToByte(provider); }
        public static short ToInt16(object value) { return value == null ? (short)0 : AsConvertible(value).ToInt16(null); }
        public static short ToInt16(object value, IFormatProvider provider) { return value == null ? (short)0 : AsConvertible(value).ToInt16(provider); }
        public static ushort ToUInt16(object value) { return value == null ? (ushort)0 : AsConvertible(value).ToUInt16(null); }
        public static ushort ToUInt16(object value, IFormatProvider provider) { return value == null ? (ushort)0 : AsConvertible(value).ToUInt16(provider); }
        public static int ToInt32(object value) { return value == null ? 0 : AsConvertible(value).ToInt32(null); }
        public static int ToInt32(object value, IFormatProvider provider) { return value == null ? 0 : AsConvertible(value).ToInt32(provider); }
        public static uint ToUInt32(object value) { return value == null ? 0u : AsConvertible(value).ToUInt32(null); }
        public static uint ToUInt32(object value, IFormatProvider provider) { return value == null ? 0u : AsConvertible(value).ToUInt32(provider); }
        public static long ToInt64(object value) { return value == null ? 0L : AsConvertible(value).ToInt64(null); }
        public static long ToInt64(object value, IFormatProvider provider) { return value == null ? 0L : AsConvertible(value).ToInt64(provider); }
        public static ulong ToUInt64(object value) { return value == null ? 0UL : AsConvertible(value).ToUInt64(null); }
        public static ulong ToUInt64(object value, IFormatProvider provider) { return value == null ? 0UL : AsConvertible(value).ToUInt64(provider); }
        public static float ToSingle(object value) { return value == null ? 0f : AsConvertible(value).ToSingle(null); }
        public static float ToSingle(object value, IFormatProvider provider) { return value == null ? 0f : AsConvertible(value).ToSingle(provider); }
        public static double ToDouble(object value) { return value == null ? 0d : AsConvertible(value).ToDouble(null); }
        public static double ToDouble(object value, IFormatProvider provider) { return value == null ? 0d : AsConvertible(value).ToDouble(provider); }
        public static decimal ToDecimal(object value) { return value == null ? 0m : AsConvertible(value).ToDecimal(null); }
        public static decimal ToDecimal(object value, IFormatProvider provider) { return value == null ? 0m : AsConvertible(value).ToDecimal(provider); }
        public static DateTime ToDateTime(object value) { return value == null ? new DateTime(0) : AsConvertible(value).ToDateTime(null); }
        public static DateTime ToDateTime(object value, IFormatProvider provider) { return value == null ? new DateTime(0) : AsConvertible(value).ToDateTime(provider); }

        // .NET: IConvertible values convert themselves, IFormattable ones format with the provider, others ToString().
        public static string ToString(object value) { return ToString(value, null); }
        public static string ToString(object value, IFormatProvider provider)
        {
            IConvertible c = value as IConvertible;
            if (c != null) return c.ToString(provider);
            IFormattable f = value as IFormattable;
            if (f != null) return f.ToString(null, provider);
            return value != null ? value.ToString() : "";
        }

        // ---- ChangeType ----

        public static object ChangeType(object value, Type conversionType) { return ChangeType(value, conversionType, null); }

        public static object ChangeType(object value, Type conversionType, IFormatProvider provider)
        {
            if (conversionType == null) throw new ArgumentNullException("conversionType");
            if (value == null)
            {
                if (conversionType.IsValueType) throw new InvalidCastException("Null object cannot be converted to a value type.");
                return null;
            }
            IConvertible c = value as IConvertible;
            if (c == null)
            {
                if (value.GetType() == conversionType) return value;
                throw new InvalidCastException("Object must implement IConvertible.");
            }
            if (conversionType.IsEnum) return c.ToType(conversionType, provider);
            TypeCode code = TypeCodes.Of(conversionType);
            if (IsValueCode(code)) return ToCode(c, code, provider);
            if (code == TypeCode.DBNull) throw new InvalidCastException("Object cannot be cast to DBNull.");
            if (conversionType == typeof(object)) return value;
            return c.ToType(conversionType, provider);
        }

        public static object ChangeType(object value, TypeCode typeCode) { return ChangeType(value, typeCode, null); }

        // the TypeCodes of the primitives, decimal, DateTime and string: those IConvertible converts to itself
        private static bool IsValueCode(TypeCode code) { return code >= TypeCode.Boolean && code <= TypeCode.String && code != (TypeCode)17; }

        private static object ToCode(IConvertible c, TypeCode code, IFormatProvider provider)
        {
            switch (code)
            {
                case TypeCode.Boolean: return c.ToBoolean(provider);
                case TypeCode.Char: return c.ToChar(provider);
                case TypeCode.SByte: return c.ToSByte(provider);
                case TypeCode.Byte: return c.ToByte(provider);
                case TypeCode.Int16: return c.ToInt16(provider);
                case TypeCode.UInt16: return c.ToUInt16(provider);
                case TypeCode.Int32: return c.ToInt32(provider);
                case TypeCode.UInt32: return c.ToUInt32(provider);
                case TypeCode.Int64: return c.ToInt64(provider);
                case TypeCode.UInt64: return c.ToUInt64(provider);
                case TypeCode.Single: return c.ToSingle(provider);
                case TypeCode.Double: return c.ToDouble(provider);
                case TypeCode.Decimal: return c.ToDecimal(provider);
                case TypeCode.DateTime: return c.ToDateTime(provider);
                case TypeCode.String: return c.ToString(provider);
                default: throw new ArgumentException("Unknown TypeCode value.");
            }
        }

        public static object ChangeType(object value, TypeCode typeCode, IFormatProvider provider)
        {
            if (value == null && (typeCode == TypeCode.Empty || typeCode == TypeCode.String || typeCode == TypeCode.Object)) return null;
            IConvertible c = value as IConvertible;
            if (c == null) throw new InvalidCastException("Object must implement IConvertible.");
            if (IsValueCode(typeCode)) return ToCode(c, typeCode, provider);
            switch (typeCode)
            {
                case TypeCode.Object: return value;
                case TypeCode.DBNull: throw new InvalidCastException("Object cannot be cast to DBNull.");
                case TypeCode.Empty: throw new InvalidCastException("Object cannot be cast to Empty.");
                default: throw new ArgumentException("Unknown TypeCode value.");
            }
        }

        // What IConvertible.ToType does for the core library's types: the conversions above by target type, the
        // value itself for its own type and object, an InvalidCastException for the rest.
        internal static object DefaultToType(IConvertible value, Type targetType, IFormatProvider provider)
        {
            if (targetType == null) throw new ArgumentNullException("targetType");
            if (value.GetType() == targetType) return value;
            switch (TypeCodes.Of(targetType.IsEnum ? null : targetType))
            {
                case TypeCode.Boolean: return value.ToBoolean(provider);
                case TypeCode.Char: return value.ToChar(provider);
                case TypeCode.SByte: return value.ToSByte(provider);
                case TypeCode.Byte: return value.ToByte(provider);
                case TypeCode.Int16: return value.ToInt16(provider);
                case TypeCode.UInt16: return value.ToUInt16(provider);
                case TypeCode.Int32: return value.ToInt32(provider);
                case TypeCode.UInt32: return value.ToUInt32(provider);
                case TypeCode.Int64: return value.ToInt64(provider);
                case TypeCode.UInt64: return value.ToUInt64(provider);
                case TypeCode.Single: return value.ToSingle(provider);
                case TypeCode.Double: return value.ToDouble(provider);
                case TypeCode.Decimal: return value.ToDecimal(provider);
                case TypeCode.DateTime: return value.ToDateTime(provider);
                case TypeCode.String: return value.ToString(provider);
                case TypeCode.DBNull: throw new InvalidCastException("Object cannot be cast to DBNull.");
            }
            if (targetType == typeof(object)) return value;
            if (targetType == typeof(Enum)) return (Enum)value;
            throw new InvalidCastException("Invalid cast from '" + value.GetType().FullName + "' to '" + targetType.FullName + "'.");
        }
    }
}
