namespace System
{
    public enum TypeCode
    {
        Empty = 0,
        Object = 1,
        DBNull = 2,
        Boolean = 3,
        Char = 4,
        SByte = 5,
        Byte = 6,
        Int16 = 7,
        UInt16 = 8,
        Int32 = 9,
        UInt32 = 10,
        Int64 = 11,
        UInt64 = 12,
        Single = 13,
        Double = 14,
        Decimal = 15,
        DateTime = 16,
        String = 18,
    }

    // Conversion of a value to each of the core library's primitive types (Convert's object overloads use it).
    public interface IConvertible
    {
        TypeCode GetTypeCode();
        bool ToBoolean(IFormatProvider provider);
        char ToChar(IFormatProvider provider);
        sbyte ToSByte(IFormatProvider provider);
        byte ToByte(IFormatProvider provider);
        short ToInt16(IFormatProvider provider);
        ushort ToUInt16(IFormatProvider provider);
        int ToInt32(IFormatProvider provider);
        uint ToUInt32(IFormatProvider provider);
        long ToInt64(IFormatProvider provider);
        ulong ToUInt64(IFormatProvider provider);
        float ToSingle(IFormatProvider provider);
        double ToDouble(IFormatProvider provider);
        decimal ToDecimal(IFormatProvider provider);
        DateTime ToDateTime(IFormatProvider provider);
        string ToString(IFormatProvider provider);
        object ToType(Type conversionType, IFormatProvider provider);
    }

    // The type code of a type, by identity (enums by their underlying type).
    internal static class TypeCodes
    {
        internal static TypeCode Of(Type type)
        {
            if (type == null) return TypeCode.Empty;
            if (type.IsEnum) type = Enum.GetUnderlyingType(type);
            if (type == typeof(int)) return TypeCode.Int32;
            if (type == typeof(string)) return TypeCode.String;
            if (type == typeof(bool)) return TypeCode.Boolean;
            if (type == typeof(char)) return TypeCode.Char;
            if (type == typeof(long)) return TypeCode.Int64;
            if (type == typeof(double)) return TypeCode.Double;
            if (type == typeof(byte)) return TypeCode.Byte;
            if (type == typeof(sbyte)) return TypeCode.SByte;
            if (type == typeof(short)) return TypeCode.Int16;
            if (type == typeof(ushort)) return TypeCode.UInt16;
            if (type == typeof(uint)) return TypeCode.UInt32;
            if (type == typeof(ulong)) return TypeCode.UInt64;
            if (type == typeof(float)) return TypeCode.Single;
            if (type == typeof(decimal)) return TypeCode.Decimal;
            if (type == typeof(DateTime)) return TypeCode.DateTime;
            if (type == typeof(DBNull)) return TypeCode.DBNull;
            return TypeCode.Object;
        }

        internal static InvalidCastException InvalidCast(string from, string to)
        {
            return new InvalidCastException("Invalid cast from '" + from + "' to '" + to + "'.");
        }
    }

    // The one value standing for a missing database value.
    public sealed class DBNull : IConvertible
    {
        public static readonly DBNull Value = new DBNull();

        private DBNull() { }

        public override string ToString() { return ""; }
        public string ToString(IFormatProvider provider) { return ""; }
        public TypeCode GetTypeCode() { return TypeCode.DBNull; }

        private static InvalidCastException FromDBNull() { return new InvalidCastException("Object cannot be cast from DBNull to other types."); }

        bool IConvertible.ToBoolean(IFormatProvider provider) { throw FromDBNull(); }
        char IConvertible.ToChar(IFormatProvider provider) { throw FromDBNull(); }
        sbyte IConvertible.ToSByte(IFormatProvider provider) { throw FromDBNull(); }
        byte IConvertible.ToByte(IFormatProvider provider) { throw FromDBNull(); }
        short IConvertible.ToInt16(IFormatProvider provider) { throw FromDBNull(); }
        ushort IConvertible.ToUInt16(IFormatProvider provider) { throw FromDBNull(); }
        int IConvertible.ToInt32(IFormatProvider provider) { throw FromDBNull(); }
        uint IConvertible.ToUInt32(IFormatProvider provider) { throw FromDBNull(); }
        long IConvertible.ToInt64(IFormatProvider provider) { throw FromDBNull(); }
        ulong IConvertible.ToUInt64(IFormatProvider provider) { throw FromDBNull(); }
        float IConvertible.ToSingle(IFormatProvider provider) { throw FromDBNull(); }
        double IConvertible.ToDouble(IFormatProvider provider) { throw FromDBNull(); }
        decimal IConvertible.ToDecimal(IFormatProvider provider) { throw FromDBNull(); }
        DateTime IConvertible.ToDateTime(IFormatProvider provider) { throw FromDBNull(); }
        object IConvertible.ToType(Type type, IFormatProvider provider) { return Convert.DefaultToType(this, type, provider); }
    }
}

namespace System
{
    // IConvertible on string (the text parsed as the target type) and Enum (its value, as its underlying type).
    public sealed partial class String : IConvertible
    {
        public TypeCode GetTypeCode() { return TypeCode.String; }
        public string ToString(IFormatProvider provider) { return this; }
        bool IConvertible.ToBoolean(IFormatProvider provider) { return Convert.ToBoolean(this, provider); }
        char IConvertible.ToChar(IFormatProvider provider) { return Convert.ToChar(this, provider); }
        sbyte IConvertible.ToSByte(IFormatProvider provider) { return Convert.ToSByte(this, provider); }
        byte IConvertible.ToByte(IFormatProvider provider) { return Convert.ToByte(this, provider); }
        short IConvertible.ToInt16(IFormatProvider provider) { return Convert.ToInt16(this, provider); }
        ushort IConvertible.ToUInt16(IFormatProvider provider) { return Convert.ToUInt16(this, provider); }
        int IConvertible.ToInt32(IFormatProvider provider) { return Convert.ToInt32(this, provider); }
        uint IConvertible.ToUInt32(IFormatProvider provider) { return Convert.ToUInt32(this, provider); }
        long IConvertible.ToInt64(IFormatProvider provider) { return Convert.ToInt64(this, provider); }
        ulong IConvertible.ToUInt64(IFormatProvider provider) { return Convert.ToUInt64(this, provider); }
        float IConvertible.ToSingle(IFormatProvider provider) { return Convert.ToSingle(this, provider); }
        double IConvertible.ToDouble(IFormatProvider provider) { return Convert.ToDouble(this, provider); }
        decimal IConvertible.ToDecimal(IFormatProvider provider) { return Convert.ToDecimal(this, provider); }
        DateTime IConvertible.ToDateTime(IFormatProvider provider) { return Convert.ToDateTime(this, provider); }
        object IConvertible.ToType(Type type, IFormatProvider provider) { return Convert.DefaultToType(this, type, provider); }
    }

    public abstract partial class Enum : IConvertible
    {
        public TypeCode GetTypeCode() { return TypeCodes.Of(GetType()); }

        // the value boxed as the underlying type
        private object UnderlyingValue()
        {
            long v = ValueImpl(this);
            switch (GetTypeCode())
            {
                case TypeCode.Boolean: return v != 0;
                case TypeCode.Char: return (char)v;
                case TypeCode.SByte: return (sbyte)v;
                case TypeCode.Byte: return (byte)v;
                case TypeCode.Int16: return (short)v;
                case TypeCode.UInt16: return (ushort)v;
                case TypeCode.UInt32: return (uint)v;
                case TypeCode.Int64: return v;
                case TypeCode.UInt64: return (ulong)v;
                default: return (int)v;
            }
        }

        bool IConvertible.ToBoolean(IFormatProvider provider) { return Convert.ToBoolean(UnderlyingValue(), provider); }
        char IConvertible.ToChar(IFormatProvider provider) { return Convert.ToChar(UnderlyingValue(), provider); }
        sbyte IConvertible.ToSByte(IFormatProvider provider) { return Convert.ToSByte(UnderlyingValue(), provider); }
        byte IConvertible.ToByte(IFormatProvider provider) { return Convert.ToByte(UnderlyingValue(), provider); }
        short IConvertible.ToInt16(IFormatProvider provider) { return Convert.ToInt16(UnderlyingValue(), provider); }
        ushort IConvertible.ToUInt16(IFormatProvider provider) { return Convert.ToUInt16(UnderlyingValue(), provider); }
        int IConvertible.ToInt32(IFormatProvider provider) { return Convert.ToInt32(UnderlyingValue(), provider); }
        uint IConvertible.ToUInt32(IFormatProvider provider) { return Convert.ToUInt32(UnderlyingValue(), provider); }
        long IConvertible.ToInt64(IFormatProvider provider) { return Convert.ToInt64(UnderlyingValue(), provider); }
        ulong IConvertible.ToUInt64(IFormatProvider provider) { return Convert.ToUInt64(UnderlyingValue(), provider); }
        float IConvertible.ToSingle(IFormatProvider provider) { return Convert.ToSingle(UnderlyingValue(), provider); }
        double IConvertible.ToDouble(IFormatProvider provider) { return Convert.ToDouble(UnderlyingValue(), provider); }
        decimal IConvertible.ToDecimal(IFormatProvider provider) { return Convert.ToDecimal(UnderlyingValue(), provider); }
        DateTime IConvertible.ToDateTime(IFormatProvider provider) { throw TypeCodes.InvalidCast("Enum", "DateTime"); }
        object IConvertible.ToType(Type type, IFormatProvider provider) { return Convert.DefaultToType(this, type, provider); }
    }
}
