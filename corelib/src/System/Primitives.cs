namespace System
{
    public struct Boolean : IComparable, IComparable<bool>, IEquatable<bool>, IConvertible
    {
        private bool m_value;

        public int CompareTo(object obj)
        {
            if (obj == null) return 1;
            if (!(obj is bool)) throw new ArgumentException("Object must be of type Boolean.");
            return CompareTo((bool)obj);
        }

        public static readonly string TrueString = "True";
        public static readonly string FalseString = "False";

        public override string ToString() { return m_value ? "True" : "False"; }
        public override bool Equals(object obj) { return obj is bool && m_value == (bool)obj; }
        public bool Equals(bool obj) { return m_value == obj; }
        public override int GetHashCode() { return m_value ? 1 : 0; }
        public int CompareTo(bool value) { return m_value == value ? 0 : m_value ? 1 : -1; }
        public string ToString(IFormatProvider provider) { return ToString(); }

        public static bool Parse(string value)
        {
            if (value == null) throw new ArgumentNullException("value");
            bool result;
            if (!TryParse(value, out result)) throw new FormatException("String '" + value + "' was not recognized as a valid Boolean.");
            return result;
        }

        // "True" or "False" in any case, with white space (and trailing NULs) around it
        public static bool TryParse(string value, out bool result)
        {
            result = false;
            if (value == null) return false;
            string s = value.Trim().TrimEnd('\0');
            if (s.Length == 4 && s.ToLowerInvariant() == "true") { result = true; return true; }
            return s.Length == 5 && s.ToLowerInvariant() == "false";
        }

        // IConvertible, explicit as in .NET: each conversion is Convert's for this type
        public TypeCode GetTypeCode() { return TypeCode.Boolean; }
        bool IConvertible.ToBoolean(IFormatProvider provider) { return Convert.ToBoolean(m_value); }
        char IConvertible.ToChar(IFormatProvider provider) { throw TypeCodes.InvalidCast("Boolean", "Char"); }
        sbyte IConvertible.ToSByte(IFormatProvider provider) { return Convert.ToSByte(m_value); }
        byte IConvertible.ToByte(IFormatProvider provider) { return Convert.ToByte(m_value); }
        short IConvertible.ToInt16(IFormatProvider provider) { return Convert.ToInt16(m_value); }
        ushort IConvertible.ToUInt16(IFormatProvider provider) { return Convert.ToUInt16(m_value); }
        int IConvertible.ToInt32(IFormatProvider provider) { return Convert.ToInt32(m_value); }
        uint IConvertible.ToUInt32(IFormatProvider provider) { return Convert.ToUInt32(m_value); }
        long IConvertible.ToInt64(IFormatProvider provider) { return Convert.ToInt64(m_value); }
        ulong IConvertible.ToUInt64(IFormatProvider provider) { return Convert.ToUInt64(m_value); }
        float IConvertible.ToSingle(IFormatProvider provider) { return Convert.ToSingle(m_value); }
        double IConvertible.ToDouble(IFormatProvider provider) { return Convert.ToDouble(m_value); }
        decimal IConvertible.ToDecimal(IFormatProvider provider) { return Convert.ToDecimal(m_value); }
        DateTime IConvertible.ToDateTime(IFormatProvider provider) { throw TypeCodes.InvalidCast("Boolean", "DateTime"); }
        object IConvertible.ToType(Type type, IFormatProvider provider) { return Convert.DefaultToType(this, type, provider); }
    }

    public struct SByte : IComparable, IComparable<sbyte>, IEquatable<sbyte>, IFormattable, IConvertible
    {
        private sbyte m_value;

        public string ToString(string format) { return System.Text.Formatter.FormatInteger(m_value, false, 0, format, 8); }
        public string ToString(string format, IFormatProvider provider) { return ToString(format); }
        public string ToString(IFormatProvider provider) { return ToString(); }
        public static sbyte Parse(string s)
        {
            sbyte result;
            if (!TryParse(s, out result)) throw Number.IntegerParseFailure(s, "a signed byte");
            return result;
        }
        public static sbyte Parse(string s, IFormatProvider provider) { return Parse(s); }
        public static sbyte Parse(string s, System.Globalization.NumberStyles style) { return Parse(s, style, null); }
        public static sbyte Parse(string s, System.Globalization.NumberStyles style, IFormatProvider provider)
        {
            long value;
            int status = Number.ParseIntegerStyle(s, style, 8, false, out value);
            if (status != Number.ParseOk) throw Number.IntegerStyleFailure(s, status, "a signed byte");
            return (sbyte)value;
        }
        public static bool TryParse(string s, System.Globalization.NumberStyles style, IFormatProvider provider, out sbyte result)
        {
            long value;
            result = 0;
            if (Number.ParseIntegerStyle(s, style, 8, false, out value) != Number.ParseOk) return false;
            result = (sbyte)value;
            return true;
        }
        public static bool TryParse(string s, IFormatProvider provider, out sbyte result) { return TryParse(s, out result); }
        public static bool TryParse(string s, out sbyte result)
        {
            long value;
            result = 0;
            if (!Number.TryParseInteger(s, out value) || value < (long)MinValue || (false && (ulong)value > (ulong)MaxValue) || (!false && value > (long)MaxValue)) return false;
            result = (sbyte)value;
            return true;
        }

        public int CompareTo(object obj)
        {
            if (obj == null) return 1;
            if (!(obj is sbyte)) throw new ArgumentException("Object must be of type SByte.");
            return CompareTo((sbyte)obj);
        }

        public const sbyte MinValue = -128;
        public const sbyte MaxValue = 127;
        public override string ToString() { return Number.Int64ToString(m_value); }
        public override bool Equals(object obj) { return obj is sbyte && m_value == (sbyte)obj; }
        public bool Equals(sbyte obj) { return m_value == obj; }
        public override int GetHashCode() { return (int)m_value; }
        public int CompareTo(sbyte value) { return m_value < value ? -1 : m_value > value ? 1 : 0; }

        // IConvertible, explicit as in .NET: each conversion is Convert's for this type
        public TypeCode GetTypeCode() { return TypeCode.SByte; }
        bool IConvertible.ToBoolean(IFormatProvider provider) { return Convert.ToBoolean(m_value); }
        char IConvertible.ToChar(IFormatProvider provider) { return Convert.ToChar(m_value); }
        sbyte IConvertible.ToSByte(IFormatProvider provider) { return Convert.ToSByte(m_value); }
        byte IConvertible.ToByte(IFormatProvider provider) { return Convert.ToByte(m_value); }
        short IConvertible.ToInt16(IFormatProvider provider) { return Convert.ToInt16(m_value); }
        ushort IConvertible.ToUInt16(IFormatProvider provider) { return Convert.ToUInt16(m_value); }
        int IConvertible.ToInt32(IFormatProvider provider) { return Convert.ToInt32(m_value); }
        uint IConvertible.ToUInt32(IFormatProvider provider) { return Convert.ToUInt32(m_value); }
        long IConvertible.ToInt64(IFormatProvider provider) { return Convert.ToInt64(m_value); }
        ulong IConvertible.ToUInt64(IFormatProvider provider) { return Convert.ToUInt64(m_value); }
        float IConvertible.ToSingle(IFormatProvider provider) { return Convert.ToSingle(m_value); }
        double IConvertible.ToDouble(IFormatProvider provider) { return Convert.ToDouble(m_value); }
        decimal IConvertible.ToDecimal(IFormatProvider provider) { return Convert.ToDecimal(m_value); }
        DateTime IConvertible.ToDateTime(IFormatProvider provider) { throw TypeCodes.InvalidCast("SByte", "DateTime"); }
        object IConvertible.ToType(Type type, IFormatProvider provider) { return Convert.DefaultToType(this, type, provider); }
    }

    public struct Byte : IComparable, IComparable<byte>, IEquatable<byte>, IFormattable, IConvertible
    {
        private byte m_value;

        public string ToString(string format) { return System.Text.Formatter.FormatInteger(0, true, (ulong)m_value, format, 8); }
        public string ToString(string format, IFormatProvider provider) { return ToString(format); }
        public string ToString(IFormatProvider provider) { return ToString(); }
        public static byte Parse(string s)
        {
            byte result;
            if (!TryParse(s, out result)) throw Number.IntegerParseFailure(s, "an unsigned byte");
            return result;
        }
        public static byte Parse(string s, IFormatProvider provider) { return Parse(s); }
        public static byte Parse(string s, System.Globalization.NumberStyles style) { return Parse(s, style, null); }
        public static byte Parse(string s, System.Globalization.NumberStyles style, IFormatProvider provider)
        {
            long value;
            int status = Number.ParseIntegerStyle(s, style, 8, true, out value);
            if (status != Number.ParseOk) throw Number.IntegerStyleFailure(s, status, "an unsigned byte");
            return (byte)value;
        }
        public static bool TryParse(string s, System.Globalization.NumberStyles style, IFormatProvider provider, out byte result)
        {
            long value;
            result = 0;
            if (Number.ParseIntegerStyle(s, style, 8, true, out value) != Number.ParseOk) return false;
            result = (byte)value;
            return true;
        }
        public static bool TryParse(string s, IFormatProvider provider, out byte result) { return TryParse(s, out result); }
        public static bool TryParse(string s, out byte result)
        {
            long value;
            result = 0;
            if (!Number.TryParseInteger(s, out value) || value < (long)MinValue || (true && (ulong)value > (ulong)MaxValue) || (!true && value > (long)MaxValue)) return false;
            result = (byte)value;
            return true;
        }

        public int CompareTo(object obj)
        {
            if (obj == null) return 1;
            if (!(obj is byte)) throw new ArgumentException("Object must be of type Byte.");
            return CompareTo((byte)obj);
        }

        public const byte MinValue = 0;
        public const byte MaxValue = 255;
        public override string ToString() { return Number.UInt64ToString(m_value); }
        public override bool Equals(object obj) { return obj is byte && m_value == (byte)obj; }
        public bool Equals(byte obj) { return m_value == obj; }
        public override int GetHashCode() { return (int)m_value; }
        public int CompareTo(byte value) { return m_value < value ? -1 : m_value > value ? 1 : 0; }

        // IConvertible, explicit as in .NET: each conversion is Convert's for this type
        public TypeCode GetTypeCode() { return TypeCode.Byte; }
        bool IConvertible.ToBoolean(IFormatProvider provider) { return Convert.ToBoolean(m_value); }
        char IConvertible.ToChar(IFormatProvider provider) { return Convert.ToChar(m_value); }
        sbyte IConvertible.ToSByte(IFormatProvider provider) { return Convert.ToSByte(m_value); }
        byte IConvertible.ToByte(IFormatProvider provider) { return Convert.ToByte(m_value); }
        short IConvertible.ToInt16(IFormatProvider provider) { return Convert.ToInt16(m_value); }
        ushort IConvertible.ToUInt16(IFormatProvider provider) { return Convert.ToUInt16(m_value); }
        int IConvertible.ToInt32(IFormatProvider provider) { return Convert.ToInt32(m_value); }
        uint IConvertible.ToUInt32(IFormatProvider provider) { return Convert.ToUInt32(m_value); }
        long IConvertible.ToInt64(IFormatProvider provider) { return Convert.ToInt64(m_value); }
        ulong IConvertible.ToUInt64(IFormatProvider provider) { return Convert.ToUInt64(m_value); }
        float IConvertible.ToSingle(IFormatProvider provider) { return Convert.ToSingle(m_value); }
        double IConvertible.ToDouble(IFormatProvider provider) { return Convert.ToDouble(m_value); }
        decimal IConvertible.ToDecimal(IFormatProvider provider) { return Convert.ToDecimal(m_value); }
        DateTime IConvertible.ToDateTime(IFormatProvider provider) { throw TypeCodes.InvalidCast("Byte", "DateTime"); }
        object IConvertible.ToType(Type type, IFormatProvider provider) { return Convert.DefaultToType(this, type, provider); }
    }

    public struct Int16 : IComparable, IComparable<short>, IEquatable<short>, IFormattable, IConvertible
    {
        private short m_value;

        public string ToString(string format) { return System.Text.Formatter.FormatInteger(m_value, false, 0, format, 16); }
        public string ToString(string format, IFormatProvider provider) { return ToString(format); }
        public string ToString(IFormatProvider provider) { return ToString(); }
        public static short Parse(string s)
        {
            short result;
            if (!TryParse(s, out result)) throw Number.IntegerParseFailure(s, "an Int16");
            return result;
        }
        public static short Parse(string s, IFormatProvider provider) { return Parse(s); }
        public static short Parse(string s, System.Globalization.NumberStyles style) { return Parse(s, style, null); }
        public static short Parse(string s, System.Globalization.NumberStyles style, IFormatProvider provider)
        {
            long value;
            int status = Number.ParseIntegerStyle(s, style, 16, false, out value);
            if (status != Number.ParseOk) throw Number.IntegerStyleFailure(s, status, "an Int16");
            return (short)value;
        }
        public static bool TryParse(string s, System.Globalization.NumberStyles style, IFormatProvider provider, out short result)
        {
            long value;
            result = 0;
            if (Number.ParseIntegerStyle(s, style, 16, false, out value) != Number.ParseOk) return false;
            result = (short)value;
            return true;
        }
        public static bool TryParse(string s, IFormatProvider provider, out short result) { return TryParse(s, out result); }
        public static bool TryParse(string s, out short result)
        {
            long value;
            result = 0;
            if (!Number.TryParseInteger(s, out value) || value < (long)MinValue || (false && (ulong)value > (ulong)MaxValue) || (!false && value > (long)MaxValue)) return false;
            result = (short)value;
            return true;
        }

        public int CompareTo(object obj)
        {
            if (obj == null) return 1;
            if (!(obj is short)) throw new ArgumentException("Object must be of type Int16.");
            return CompareTo((short)obj);
        }

        public const short MinValue = -32768;
        public const short MaxValue = 32767;
        public override string ToString() { return Number.Int64ToString(m_value); }
        public override bool Equals(object obj) { return obj is short && m_value == (short)obj; }
        public bool Equals(short obj) { return m_value == obj; }
        public override int GetHashCode() { return (int)m_value; }
        public int CompareTo(short value) { return m_value < value ? -1 : m_value > value ? 1 : 0; }

        // IConvertible, explicit as in .NET: each conversion is Convert's for this type
        public TypeCode GetTypeCode() { return TypeCode.Int16; }
        bool IConvertible.ToBoolean(IFormatProvider provider) { return Convert.ToBoolean(m_value); }
        char IConvertible.ToChar(IFormatProvider provider) { return Convert.ToChar(m_value); }
        sbyte IConvertible.ToSByte(IFormatProvider provider) { return Convert.ToSByte(m_value); }
        byte IConvertible.ToByte(IFormatProvider provider) { return Convert.ToByte(m_value); }
        short IConvertible.ToInt16(IFormatProvider provider) { return Convert.ToInt16(m_value); }
        ushort IConvertible.ToUInt16(IFormatProvider provider) { return Convert.ToUInt16(m_value); }
        int IConvertible.ToInt32(IFormatProvider provider) { return Convert.ToInt32(m_value); }
        uint IConvertible.ToUInt32(IFormatProvider provider) { return Convert.ToUInt32(m_value); }
        long IConvertible.ToInt64(IFormatProvider provider) { return Convert.ToInt64(m_value); }
        ulong IConvertible.ToUInt64(IFormatProvider provider) { return Convert.ToUInt64(m_value); }
        float IConvertible.ToSingle(IFormatProvider provider) { return Convert.ToSingle(m_value); }
        double IConvertible.ToDouble(IFormatProvider provider) { return Convert.ToDouble(m_value); }
        decimal IConvertible.ToDecimal(IFormatProvider provider) { return Convert.ToDecimal(m_value); }
        DateTime IConvertible.ToDateTime(IFormatProvider provider) { throw TypeCodes.InvalidCast("Int16", "DateTime"); }
        object IConvertible.ToType(Type type, IFormatProvider provider) { return Convert.DefaultToType(this, type, provider); }
    }

    public struct UInt16 : IComparable, IComparable<ushort>, IEquatable<ushort>, IFormattable, IConvertible
    {
        private ushort m_value;

        public string ToString(string format) { return System.Text.Formatter.FormatInteger(0, true, (ulong)m_value, format, 16); }
        public string ToString(string format, IFormatProvider provider) { return ToString(format); }
        public string ToString(IFormatProvider provider) { return ToString(); }
        public static ushort Parse(string s)
        {
            ushort result;
            if (!TryParse(s, out result)) throw Number.IntegerParseFailure(s, "a UInt16");
            return result;
        }
        public static ushort Parse(string s, IFormatProvider provider) { return Parse(s); }
        public static ushort Parse(string s, System.Globalization.NumberStyles style) { return Parse(s, style, null); }
        public static ushort Parse(string s, System.Globalization.NumberStyles style, IFormatProvider provider)
        {
            long value;
            int status = Number.ParseIntegerStyle(s, style, 16, true, out value);
            if (status != Number.ParseOk) throw Number.IntegerStyleFailure(s, status, "a UInt16");
            return (ushort)value;
        }
        public static bool TryParse(string s, System.Globalization.NumberStyles style, IFormatProvider provider, out ushort result)
        {
            long value;
            result = 0;
            if (Number.ParseIntegerStyle(s, style, 16, true, out value) != Number.ParseOk) return false;
            result = (ushort)value;
            return true;
        }
        public static bool TryParse(string s, IFormatProvider provider, out ushort result) { return TryParse(s, out result); }
        public static bool TryParse(string s, out ushort result)
        {
            long value;
            result = 0;
            if (!Number.TryParseInteger(s, out value) || value < (long)MinValue || (true && (ulong)value > (ulong)MaxValue) || (!true && value > (long)MaxValue)) return false;
            result = (ushort)value;
            return true;
        }

        public int CompareTo(object obj)
        {
            if (obj == null) return 1;
            if (!(obj is ushort)) throw new ArgumentException("Object must be of type UInt16.");
            return CompareTo((ushort)obj);
        }

        public const ushort MinValue = 0;
        public const ushort MaxValue = 65535;
        public override string ToString() { return Number.UInt64ToString(m_value); }
        public override bool Equals(object obj) { return obj is ushort && m_value == (ushort)obj; }
        public bool Equals(ushort obj) { return m_value == obj; }
        public override int GetHashCode() { return (int)m_value; }
        public int CompareTo(ushort value) { return m_value < value ? -1 : m_value > value ? 1 : 0; }

        // IConvertible, explicit as in .NET: each conversion is Convert's for this type
        public TypeCode GetTypeCode() { return TypeCode.UInt16; }
        bool IConvertible.ToBoolean(IFormatProvider provider) { return Convert.ToBoolean(m_value); }
        char IConvertible.ToChar(IFormatProvider provider) { return Convert.ToChar(m_value); }
        sbyte IConvertible.ToSByte(IFormatProvider provider) { return Convert.ToSByte(m_value); }
        byte IConvertible.ToByte(IFormatProvider provider) { return Convert.ToByte(m_value); }
        short IConvertible.ToInt16(IFormatProvider provider) { return Convert.ToInt16(m_value); }
        ushort IConvertible.ToUInt16(IFormatProvider provider) { return Convert.ToUInt16(m_value); }
        int IConvertible.ToInt32(IFormatProvider provider) { return Convert.ToInt32(m_value); }
        uint IConvertible.ToUInt32(IFormatProvider provider) { return Convert.ToUInt32(m_value); }
        long IConvertible.ToInt64(IFormatProvider provider) { return Convert.ToInt64(m_value); }
        ulong IConvertible.ToUInt64(IFormatProvider provider) { return Convert.ToUInt64(m_value); }
        float IConvertible.ToSingle(IFormatProvider provider) { return Convert.ToSingle(m_value); }
        double IConvertible.ToDouble(IFormatProvider provider) { return Convert.ToDouble(m_value); }
        decimal IConvertible.ToDecimal(IFormatProvider provider) { return Convert.ToDecimal(m_value); }
        DateTime IConvertible.ToDateTime(IFormatProvider provider) { throw TypeCodes.InvalidCast("UInt16", "DateTime"); }
        object IConvertible.ToType(Type type, IFormatProvider provider) { return Convert.DefaultToType(this, type, provider); }
    }

    public struct Int32 : IComparable, IComparable<int>, IEquatable<int>, IFormattable, IConvertible
    {
        private int m_value;

        public string ToString(string format) { return System.Text.Formatter.FormatInteger(m_value, false, 0, format, 32); }
        public string ToString(string format, IFormatProvider provider) { return ToString(format); }
        public string ToString(IFormatProvider provider) { return ToString(); }
        public static int Parse(string s)
        {
            int result;
            if (!TryParse(s, out result)) throw Number.IntegerParseFailure(s, "an Int32");
            return result;
        }
        public static int Parse(string s, IFormatProvider provider) { return Parse(s); }
        public static int Parse(string s, System.Globalization.NumberStyles style) { return Parse(s, style, null); }
        public static int Parse(string s, System.Globalization.NumberStyles style, IFormatProvider provider)
        {
            long value;
            int status = Number.ParseIntegerStyle(s, style, 32, false, out value);
            if (status != Number.ParseOk) throw Number.IntegerStyleFailure(s, status, "an Int32");
            return (int)value;
        }
        public static bool TryParse(string s, System.Globalization.NumberStyles style, IFormatProvider provider, out int result)
        {
            long value;
            result = 0;
            if (Number.ParseIntegerStyle(s, style, 32, false, out value) != Number.ParseOk) return false;
            result = (int)value;
            return true;
        }
        public static bool TryParse(string s, IFormatProvider provider, out int result) { return TryParse(s, out result); }
        public static bool TryParse(string s, out int result)
        {
            long value;
            result = 0;
            if (!Number.TryParseInteger(s, out value) || value < (long)MinValue || (false && (ulong)value > (ulong)MaxValue) || (!false && value > (long)MaxValue)) return false;
            result = (int)value;
            return true;
        }

        public int CompareTo(object obj)
        {
            if (obj == null) return 1;
            if (!(obj is int)) throw new ArgumentException("Object must be of type Int32.");
            return CompareTo((int)obj);
        }

        public const int MinValue = -2147483647 - 1;
        public const int MaxValue = 2147483647;
        public override string ToString() { return Number.Int64ToString(m_value); }
        public override bool Equals(object obj) { return obj is int && m_value == (int)obj; }
        public bool Equals(int obj) { return m_value == obj; }
        public override int GetHashCode() { return (int)m_value; }
        public int CompareTo(int value) { return m_value < value ? -1 : m_value > value ? 1 : 0; }

        // IConvertible, explicit as in .NET: each conversion is Convert's for this type
        public TypeCode GetTypeCode() { return TypeCode.Int32; }
        bool IConvertible.ToBoolean(IFormatProvider provider) { return Convert.ToBoolean(m_value); }
        char IConvertible.ToChar(IFormatProvider provider) { return Convert.ToChar(m_value); }
        sbyte IConvertible.ToSByte(IFormatProvider provider) { return Convert.ToSByte(m_value); }
        byte IConvertible.ToByte(IFormatProvider provider) { return Convert.ToByte(m_value); }
        short IConvertible.ToInt16(IFormatProvider provider) { return Convert.ToInt16(m_value); }
        ushort IConvertible.ToUInt16(IFormatProvider provider) { return Convert.ToUInt16(m_value); }
        int IConvertible.ToInt32(IFormatProvider provider) { return Convert.ToInt32(m_value); }
        uint IConvertible.ToUInt32(IFormatProvider provider) { return Convert.ToUInt32(m_value); }
        long IConvertible.ToInt64(IFormatProvider provider) { return Convert.ToInt64(m_value); }
        ulong IConvertible.ToUInt64(IFormatProvider provider) { return Convert.ToUInt64(m_value); }
        float IConvertible.ToSingle(IFormatProvider provider) { return Convert.ToSingle(m_value); }
        double IConvertible.ToDouble(IFormatProvider provider) { return Convert.ToDouble(m_value); }
        decimal IConvertible.ToDecimal(IFormatProvider provider) { return Convert.ToDecimal(m_value); }
        DateTime IConvertible.ToDateTime(IFormatProvider provider) { throw TypeCodes.InvalidCast("Int32", "DateTime"); }
        object IConvertible.ToType(Type type, IFormatProvider provider) { return Convert.DefaultToType(this, type, provider); }
    }

    public struct UInt32 : IComparable, IComparable<uint>, IEquatable<uint>, IFormattable, IConvertible
    {
        private uint m_value;

        public string ToString(string format) { return System.Text.Formatter.FormatInteger(0, true, (ulong)m_value, format, 32); }
        public string ToString(string format, IFormatProvider provider) { return ToString(format); }
        public string ToString(IFormatProvider provider) { return ToString(); }
        public static uint Parse(string s)
        {
            uint result;
            if (!TryParse(s, out result)) throw Number.IntegerParseFailure(s, "a UInt32");
            return result;
        }
        public static uint Parse(string s, IFormatProvider provider) { return Parse(s); }
        public static uint Parse(string s, System.Globalization.NumberStyles style) { return Parse(s, style, null); }
        public static uint Parse(string s, System.Globalization.NumberStyles style, IFormatProvider provider)
        {
            long value;
            int status = Number.ParseIntegerStyle(s, style, 32, true, out value);
            if (status != Number.ParseOk) throw Number.IntegerStyleFailure(s, status, "a UInt32");
            return (uint)value;
        }
        public static bool TryParse(string s, System.Globalization.NumberStyles style, IFormatProvider provider, out uint result)
        {
            long value;
            result = 0;
            if (Number.ParseIntegerStyle(s, style, 32, true, out value) != Number.ParseOk) return false;
            result = (uint)value;
            return true;
        }
        public static bool TryParse(string s, IFormatProvider provider, out uint result) { return TryParse(s, out result); }
        public static bool TryParse(string s, out uint result)
        {
            long value;
            result = 0;
            if (!Number.TryParseInteger(s, out value) || value < (long)MinValue || (true && (ulong)value > (ulong)MaxValue) || (!true && value > (long)MaxValue)) return false;
            result = (uint)value;
            return true;
        }

        public int CompareTo(object obj)
        {
            if (obj == null) return 1;
            if (!(obj is uint)) throw new ArgumentException("Object must be of type UInt32.");
            return CompareTo((uint)obj);
        }

        public const uint MinValue = 0;
        public const uint MaxValue = 4294967295;
        public override string ToString() { return Number.UInt64ToString(m_value); }
        public override bool Equals(object obj) { return obj is uint && m_value == (uint)obj; }
        public bool Equals(uint obj) { return m_value == obj; }
        public override int GetHashCode() { return (int)m_value; }
        public int CompareTo(uint value) { return m_value < value ? -1 : m_value > value ? 1 : 0; }

        // IConvertible, explicit as in .NET: each conversion is Convert's for this type
        public TypeCode GetTypeCode() { return TypeCode.UInt32; }
        bool IConvertible.ToBoolean(IFormatProvider provider) { return Convert.ToBoolean(m_value); }
        char IConvertible.ToChar(IFormatProvider provider) { return Convert.ToChar(m_value); }
        sbyte IConvertible.ToSByte(IFormatProvider provider) { return Convert.ToSByte(m_value); }
        byte IConvertible.ToByte(IFormatProvider provider) { return Convert.ToByte(m_value); }
        short IConvertible.ToInt16(IFormatProvider provider) { return Convert.ToInt16(m_value); }
        ushort IConvertible.ToUInt16(IFormatProvider provider) { return Convert.ToUInt16(m_value); }
        int IConvertible.ToInt32(IFormatProvider provider) { return Convert.ToInt32(m_value); }
        uint IConvertible.ToUInt32(IFormatProvider provider) { return Convert.ToUInt32(m_value); }
        long IConvertible.ToInt64(IFormatProvider provider) { return Convert.ToInt64(m_value); }
        ulong IConvertible.ToUInt64(IFormatProvider provider) { return Convert.ToUInt64(m_value); }
        float IConvertible.ToSingle(IFormatProvider provider) { return Convert.ToSingle(m_value); }
        double IConvertible.ToDouble(IFormatProvider provider) { return Convert.ToDouble(m_value); }
        decimal IConvertible.ToDecimal(IFormatProvider provider) { return Convert.ToDecimal(m_value); }
        DateTime IConvertible.ToDateTime(IFormatProvider provider) { throw TypeCodes.InvalidCast("UInt32", "DateTime"); }
        object IConvertible.ToType(Type type, IFormatProvider provider) { return Convert.DefaultToType(this, type, provider); }
    }

    public struct Int64 : IComparable, IComparable<long>, IEquatable<long>, IFormattable, IConvertible
    {
        private long m_value;

        public string ToString(string format) { return System.Text.Formatter.FormatInteger(m_value, false, 0, format, 64); }
        public string ToString(string format, IFormatProvider provider) { return ToString(format); }
        public string ToString(IFormatProvider provider) { return ToString(); }
        public static long Parse(string s)
        {
            long result;
            if (!TryParse(s, out result)) throw Number.IntegerParseFailure(s, "an Int64");
            return result;
        }
        public static long Parse(string s, IFormatProvider provider) { return Parse(s); }
        public static long Parse(string s, System.Globalization.NumberStyles style) { return Parse(s, style, null); }
        public static long Parse(string s, System.Globalization.NumberStyles style, IFormatProvider provider)
        {
            long value;
            int status = Number.ParseIntegerStyle(s, style, 64, false, out value);
            if (status != Number.ParseOk) throw Number.IntegerStyleFailure(s, status, "an Int64");
            return (long)value;
        }
        public static bool TryParse(string s, System.Globalization.NumberStyles style, IFormatProvider provider, out long result)
        {
            long value;
            result = 0;
            if (Number.ParseIntegerStyle(s, style, 64, false, out value) != Number.ParseOk) return false;
            result = (long)value;
            return true;
        }
        public static bool TryParse(string s, IFormatProvider provider, out long result) { return TryParse(s, out result); }
        public static bool TryParse(string s, out long result)
        {
            long value;
            result = 0;
            if (!Number.TryParseInteger(s, out value) || value < (long)MinValue || (false && (ulong)value > (ulong)MaxValue) || (!false && value > (long)MaxValue)) return false;
            result = (long)value;
            return true;
        }

        public int CompareTo(object obj)
        {
            if (obj == null) return 1;
            if (!(obj is long)) throw new ArgumentException("Object must be of type Int64.");
            return CompareTo((long)obj);
        }

        public const long MinValue = -9223372036854775807 - 1;
        public const long MaxValue = 9223372036854775807;
        public override string ToString() { return Number.Int64ToString(m_value); }
        public override bool Equals(object obj) { return obj is long && m_value == (long)obj; }
        public bool Equals(long obj) { return m_value == obj; }
        public override int GetHashCode() { return (int)m_value ^ (int)(m_value >> 32); }
        public int CompareTo(long value) { return m_value < value ? -1 : m_value > value ? 1 : 0; }

        // IConvertible, explicit as in .NET: each conversion is Convert's for this type
        public TypeCode GetTypeCode() { return TypeCode.Int64; }
        bool IConvertible.ToBoolean(IFormatProvider provider) { return Convert.ToBoolean(m_value); }
        char IConvertible.ToChar(IFormatProvider provider) { return Convert.ToChar(m_value); }
        sbyte IConvertible.ToSByte(IFormatProvider provider) { return Convert.ToSByte(m_value); }
        byte IConvertible.ToByte(IFormatProvider provider) { return Convert.ToByte(m_value); }
        short IConvertible.ToInt16(IFormatProvider provider) { return Convert.ToInt16(m_value); }
        ushort IConvertible.ToUInt16(IFormatProvider provider) { return Convert.ToUInt16(m_value); }
        int IConvertible.ToInt32(IFormatProvider provider) { return Convert.ToInt32(m_value); }
        uint IConvertible.ToUInt32(IFormatProvider provider) { return Convert.ToUInt32(m_value); }
        long IConvertible.ToInt64(IFormatProvider provider) { return Convert.ToInt64(m_value); }
        ulong IConvertible.ToUInt64(IFormatProvider provider) { return Convert.ToUInt64(m_value); }
        float IConvertible.ToSingle(IFormatProvider provider) { return Convert.ToSingle(m_value); }
        double IConvertible.ToDouble(IFormatProvider provider) { return Convert.ToDouble(m_value); }
        decimal IConvertible.ToDecimal(IFormatProvider provider) { return Convert.ToDecimal(m_value); }
        DateTime IConvertible.ToDateTime(IFormatProvider provider) { throw TypeCodes.InvalidCast("Int64", "DateTime"); }
        object IConvertible.ToType(Type type, IFormatProvider provider) { return Convert.DefaultToType(this, type, provider); }
    }

    public struct UInt64 : IComparable, IComparable<ulong>, IEquatable<ulong>, IFormattable, IConvertible
    {
        private ulong m_value;

        public string ToString(string format) { return System.Text.Formatter.FormatInteger(0, true, (ulong)m_value, format, 64); }
        public string ToString(string format, IFormatProvider provider) { return ToString(format); }
        public string ToString(IFormatProvider provider) { return ToString(); }
        public static ulong Parse(string s)
        {
            ulong result;
            if (!TryParse(s, out result)) throw Number.IntegerParseFailure(s, "a UInt64");
            return result;
        }
        public static ulong Parse(string s, IFormatProvider provider) { return Parse(s); }
        public static ulong Parse(string s, System.Globalization.NumberStyles style) { return Parse(s, style, null); }
        public static ulong Parse(string s, System.Globalization.NumberStyles style, IFormatProvider provider)
        {
            long value;
            int status = Number.ParseIntegerStyle(s, style, 64, true, out value);
            if (status != Number.ParseOk) throw Number.IntegerStyleFailure(s, status, "a UInt64");
            return (ulong)value;
        }
        public static bool TryParse(string s, System.Globalization.NumberStyles style, IFormatProvider provider, out ulong result)
        {
            long value;
            result = 0;
            if (Number.ParseIntegerStyle(s, style, 64, true, out value) != Number.ParseOk) return false;
            result = (ulong)value;
            return true;
        }
        public static bool TryParse(string s, IFormatProvider provider, out ulong result) { return TryParse(s, out result); }
        public static bool TryParse(string s, out ulong result) { return Number.TryParseUnsigned(s, out result); }

        public int CompareTo(object obj)
        {
            if (obj == null) return 1;
            if (!(obj is ulong)) throw new ArgumentException("Object must be of type UInt64.");
            return CompareTo((ulong)obj);
        }

        public const ulong MinValue = 0;
        public const ulong MaxValue = 18446744073709551615;
        public override string ToString() { return Number.UInt64ToString(m_value); }
        public override bool Equals(object obj) { return obj is ulong && m_value == (ulong)obj; }
        public bool Equals(ulong obj) { return m_value == obj; }
        public override int GetHashCode() { return (int)m_value ^ (int)(m_value >> 32); }
        public int CompareTo(ulong value) { return m_value < value ? -1 : m_value > value ? 1 : 0; }

        // IConvertible, explicit as in .NET: each conversion is Convert's for this type
        public TypeCode GetTypeCode() { return TypeCode.UInt64; }
        bool IConvertible.ToBoolean(IFormatProvider provider) { return Convert.ToBoolean(m_value); }
        char IConvertible.ToChar(IFormatProvider provider) { return Convert.ToChar(m_value); }
        sbyte IConvertible.ToSByte(IFormatProvider provider) { return Convert.ToSByte(m_value); }
        byte IConvertible.ToByte(IFormatProvider provider) { return Convert.ToByte(m_value); }
        short IConvertible.ToInt16(IFormatProvider provider) { return Convert.ToInt16(m_value); }
        ushort IConvertible.ToUInt16(IFormatProvider provider) { return Convert.ToUInt16(m_value); }
        int IConvertible.ToInt32(IFormatProvider provider) { return Convert.ToInt32(m_value); }
        uint IConvertible.ToUInt32(IFormatProvider provider) { return Convert.ToUInt32(m_value); }
        long IConvertible.ToInt64(IFormatProvider provider) { return Convert.ToInt64(m_value); }
        ulong IConvertible.ToUInt64(IFormatProvider provider) { return Convert.ToUInt64(m_value); }
        float IConvertible.ToSingle(IFormatProvider provider) { return Convert.ToSingle(m_value); }
        double IConvertible.ToDouble(IFormatProvider provider) { return Convert.ToDouble(m_value); }
        decimal IConvertible.ToDecimal(IFormatProvider provider) { return Convert.ToDecimal(m_value); }
        DateTime IConvertible.ToDateTime(IFormatProvider provider) { throw TypeCodes.InvalidCast("UInt64", "DateTime"); }
        object IConvertible.ToType(Type type, IFormatProvider provider) { return Convert.DefaultToType(this, type, provider); }
    }

    public struct IntPtr
    {
        private unsafe void* m_value;
        public static readonly IntPtr Zero;
        public static int Size { get { return 8; } }
        public unsafe IntPtr(long value) { m_value = (void*)value; }
        public unsafe IntPtr(int value) { m_value = (void*)value; }
        [CLSCompliant(false)]
        public unsafe IntPtr(void* value) { m_value = value; }
        public unsafe long ToInt64() { return (long)m_value; }
        public unsafe int ToInt32() { return (int)(long)m_value; }
        public unsafe override string ToString() { return Number.Int64ToString((long)m_value); }
        public unsafe override int GetHashCode() { long v = (long)m_value; return (int)v ^ (int)(v >> 32); }
        public unsafe override bool Equals(object obj) { return obj is IntPtr && m_value == ((IntPtr)obj).m_value; }
        public static unsafe bool operator ==(IntPtr a, IntPtr b) { return a.m_value == b.m_value; }
        public static unsafe bool operator !=(IntPtr a, IntPtr b) { return a.m_value != b.m_value; }
        public static unsafe explicit operator long(IntPtr p) { return (long)p.m_value; }
        public static unsafe explicit operator IntPtr(long v) { IntPtr p; p.m_value = (void*)v; return p; }
        [CLSCompliant(false)]
        public static unsafe explicit operator void*(IntPtr p) { return p.m_value; }
        [CLSCompliant(false)]
        public static unsafe explicit operator IntPtr(void* v) { IntPtr p; p.m_value = v; return p; }
        public static unsafe explicit operator int(IntPtr p) { return checked((int)(long)p.m_value); }
        public static explicit operator IntPtr(int v) { return new IntPtr(v); }
        [CLSCompliant(false)]
        public unsafe void* ToPointer() { return m_value; }
        public static unsafe IntPtr operator +(IntPtr p, int offset) { return (IntPtr)((byte*)p.m_value + offset); }
        public static unsafe IntPtr operator -(IntPtr p, int offset) { return (IntPtr)((byte*)p.m_value - offset); }
        public static IntPtr Add(IntPtr p, int offset) { return p + offset; }
        public static IntPtr Subtract(IntPtr p, int offset) { return p - offset; }
    }

    [CLSCompliant(false)]
    public struct UIntPtr
    {
        private unsafe void* m_value;
        public static readonly UIntPtr Zero;
        public static int Size { get { return 8; } }
        public unsafe UIntPtr(ulong value) { m_value = (void*)value; }
        public unsafe UIntPtr(uint value) { m_value = (void*)value; }
        public unsafe UIntPtr(void* value) { m_value = value; }
        public unsafe ulong ToUInt64() { return (ulong)m_value; }
        public unsafe uint ToUInt32() { return checked((uint)(ulong)m_value); }
        public unsafe void* ToPointer() { return m_value; }
        public unsafe override string ToString() { return Number.UInt64ToString((ulong)m_value); }
        public unsafe override int GetHashCode() { ulong v = (ulong)m_value; return (int)v ^ (int)(v >> 32); }
        public unsafe override bool Equals(object obj) { return obj is UIntPtr && m_value == ((UIntPtr)obj).m_value; }
        public static unsafe bool operator ==(UIntPtr a, UIntPtr b) { return a.m_value == b.m_value; }
        public static unsafe bool operator !=(UIntPtr a, UIntPtr b) { return a.m_value != b.m_value; }
        public static unsafe explicit operator ulong(UIntPtr p) { return (ulong)p.m_value; }
        public static unsafe explicit operator uint(UIntPtr p) { return checked((uint)(ulong)p.m_value); }
        public static unsafe explicit operator UIntPtr(ulong v) { UIntPtr p; p.m_value = (void*)v; return p; }
        public static unsafe explicit operator UIntPtr(uint v) { UIntPtr p; p.m_value = (void*)v; return p; }
        public static unsafe explicit operator void*(UIntPtr p) { return p.m_value; }
        public static unsafe explicit operator UIntPtr(void* v) { UIntPtr p; p.m_value = v; return p; }
    }

    public struct Single : IComparable, IComparable<float>, IEquatable<float>, IFormattable, IConvertible
    {
        private float m_value;

        public string ToString(string format)
        {
            return System.Text.Formatter.FormatDouble(m_value, format, true);
        }
        public string ToString(string format, IFormatProvider provider) { return ToString(format); }
        public string ToString(IFormatProvider provider) { return ToString(); }
        public static float Parse(string s)
        {
            float result;
            if (!TryParse(s, out result)) throw Number.ParseFailure(s);
            return result;
        }
        public static float Parse(string s, IFormatProvider provider) { return Parse(s); }
        public static float Parse(string s, System.Globalization.NumberStyles style) { return Parse(s, style, null); }
        public static float Parse(string s, System.Globalization.NumberStyles style, IFormatProvider provider)
        {
            float result;
            if (!TryParse(s, style, provider, out result)) throw Number.ParseFailure(s);
            return result;
        }
        public static bool TryParse(string s, System.Globalization.NumberStyles style, IFormatProvider provider, out float result) { return Number.TryParseSingle(s, style, out result); }
        public static bool TryParse(string s, IFormatProvider provider, out float result) { return TryParse(s, out result); }
        public static bool TryParse(string s, out float result) { return Number.TryParseSingle(s, out result); }

        public int CompareTo(object obj)
        {
            if (obj == null) return 1;
            if (!(obj is float)) throw new ArgumentException("Object must be of type Single.");
            return CompareTo((float)obj);
        }
        public const float MinValue = -3.40282347E+38f;
        public const float MaxValue = 3.40282347E+38f;
        public const float Epsilon = 1.401298E-45f;
        public const float NaN = 0.0f / 0.0f;
        public const float PositiveInfinity = 1.0f / 0.0f;
        public const float NegativeInfinity = -1.0f / 0.0f;
        public static bool IsNaN(float f) { return f != f; }
        public static bool IsInfinity(float f) { return f == PositiveInfinity || f == NegativeInfinity; }
        public static bool IsPositiveInfinity(float f) { return f == PositiveInfinity; }
        public static bool IsNegativeInfinity(float f) { return f == NegativeInfinity; }
        public static bool IsFinite(float f) { return f - f == 0.0f; }
        public bool Equals(float obj) { return m_value == obj || (IsNaN(m_value) && IsNaN(obj)); }
        public int CompareTo(float value) { return m_value < value ? -1 : m_value > value ? 1 : m_value == value ? 0 : IsNaN(m_value) ? (IsNaN(value) ? 0 : -1) : 1; }
        public override string ToString() { return Number.SingleToString(m_value); }
        public override bool Equals(object obj) { return obj is float && (m_value == (float)obj || (IsNaN(m_value) && IsNaN((float)obj))); }
        // the bits, with every NaN and both zeros hashing alike (they compare equal)
        public override unsafe int GetHashCode()
        {
            float v = m_value;
            int bits = *(int*)&v;
            if (((bits - 1) & 0x7fffffff) >= 0x7f800000) bits &= 0x7f800000;
            return bits;
        }
        public static unsafe bool IsNegative(float f) { return *(int*)&f < 0; }

        // IConvertible, explicit as in .NET: each conversion is Convert's for this type
        public TypeCode GetTypeCode() { return TypeCode.Single; }
        bool IConvertible.ToBoolean(IFormatProvider provider) { return Convert.ToBoolean(m_value); }
        char IConvertible.ToChar(IFormatProvider provider) { throw TypeCodes.InvalidCast("Single", "Char"); }
        sbyte IConvertible.ToSByte(IFormatProvider provider) { return Convert.ToSByte(m_value); }
        byte IConvertible.ToByte(IFormatProvider provider) { return Convert.ToByte(m_value); }
        short IConvertible.ToInt16(IFormatProvider provider) { return Convert.ToInt16(m_value); }
        ushort IConvertible.ToUInt16(IFormatProvider provider) { return Convert.ToUInt16(m_value); }
        int IConvertible.ToInt32(IFormatProvider provider) { return Convert.ToInt32(m_value); }
        uint IConvertible.ToUInt32(IFormatProvider provider) { return Convert.ToUInt32(m_value); }
        long IConvertible.ToInt64(IFormatProvider provider) { return Convert.ToInt64(m_value); }
        ulong IConvertible.ToUInt64(IFormatProvider provider) { return Convert.ToUInt64(m_value); }
        float IConvertible.ToSingle(IFormatProvider provider) { return Convert.ToSingle(m_value); }
        double IConvertible.ToDouble(IFormatProvider provider) { return Convert.ToDouble(m_value); }
        decimal IConvertible.ToDecimal(IFormatProvider provider) { return Convert.ToDecimal(m_value); }
        DateTime IConvertible.ToDateTime(IFormatProvider provider) { throw TypeCodes.InvalidCast("Single", "DateTime"); }
        object IConvertible.ToType(Type type, IFormatProvider provider) { return Convert.DefaultToType(this, type, provider); }
    }

    public struct Double : IComparable, IComparable<double>, IEquatable<double>, IFormattable, IConvertible
    {
        private double m_value;

        public string ToString(string format) { return System.Text.Formatter.FormatDouble(m_value, format); }
        public string ToString(string format, IFormatProvider provider) { return ToString(format); }
        public string ToString(IFormatProvider provider) { return ToString(); }
        public static double Parse(string s)
        {
            double result;
            if (!TryParse(s, out result)) throw Number.ParseFailure(s);
            return result;
        }
        public static double Parse(string s, IFormatProvider provider) { return Parse(s); }
        public static double Parse(string s, System.Globalization.NumberStyles style) { return Parse(s, style, null); }
        public static double Parse(string s, System.Globalization.NumberStyles style, IFormatProvider provider)
        {
            double result;
            if (!TryParse(s, style, provider, out result)) throw Number.ParseFailure(s);
            return result;
        }
        public static bool TryParse(string s, System.Globalization.NumberStyles style, IFormatProvider provider, out double result) { return Number.TryParseDouble(s, style, out result); }
        public static bool TryParse(string s, IFormatProvider provider, out double result) { return TryParse(s, out result); }
        public static bool TryParse(string s, out double result)
        {
            double value;
            bool ok = Number.TryParseDouble(s, out value);
            result = (double)value;
            return ok;
        }

        public int CompareTo(object obj)
        {
            if (obj == null) return 1;
            if (!(obj is double)) throw new ArgumentException("Object must be of type Double.");
            return CompareTo((double)obj);
        }
        public const double MinValue = -1.7976931348623157E+308;
        public const double MaxValue = 1.7976931348623157E+308;
        public const double Epsilon = 4.94065645841247E-324;
        public const double NaN = 0.0 / 0.0;
        public const double PositiveInfinity = 1.0 / 0.0;
        public const double NegativeInfinity = -1.0 / 0.0;
        public static bool IsNaN(double d) { return d != d; }
        public bool Equals(double obj) { return m_value == obj || (IsNaN(m_value) && IsNaN(obj)); }
        public int CompareTo(double value) { return m_value < value ? -1 : m_value > value ? 1 : m_value == value ? 0 : IsNaN(m_value) ? (IsNaN(value) ? 0 : -1) : 1; }
        public static bool IsInfinity(double d) { return d == PositiveInfinity || d == NegativeInfinity; }
        public static bool IsPositiveInfinity(double d) { return d == PositiveInfinity; }
        public static bool IsNegativeInfinity(double d) { return d == NegativeInfinity; }
        public static bool IsFinite(double d) { return d - d == 0.0; }
        public override string ToString() { return Number.DoubleToString(m_value); }
        public override bool Equals(object obj) { return obj is double && (m_value == (double)obj || (IsNaN(m_value) && IsNaN((double)obj))); }
        public override unsafe int GetHashCode()
        {
            double v = m_value;
            long bits = *(long*)&v;
            if (((bits - 1) & 0x7fffffffffffffffL) >= 0x7ff0000000000000L) bits &= 0x7ff0000000000000L;
            return (int)bits ^ (int)(bits >> 32);
        }
        public static unsafe bool IsNegative(double d) { return *(long*)&d < 0; }

        // IConvertible, explicit as in .NET: each conversion is Convert's for this type
        public TypeCode GetTypeCode() { return TypeCode.Double; }
        bool IConvertible.ToBoolean(IFormatProvider provider) { return Convert.ToBoolean(m_value); }
        char IConvertible.ToChar(IFormatProvider provider) { throw TypeCodes.InvalidCast("Double", "Char"); }
        sbyte IConvertible.ToSByte(IFormatProvider provider) { return Convert.ToSByte(m_value); }
        byte IConvertible.ToByte(IFormatProvider provider) { return Convert.ToByte(m_value); }
        short IConvertible.ToInt16(IFormatProvider provider) { return Convert.ToInt16(m_value); }
        ushort IConvertible.ToUInt16(IFormatProvider provider) { return Convert.ToUInt16(m_value); }
        int IConvertible.ToInt32(IFormatProvider provider) { return Convert.ToInt32(m_value); }
        uint IConvertible.ToUInt32(IFormatProvider provider) { return Convert.ToUInt32(m_value); }
        long IConvertible.ToInt64(IFormatProvider provider) { return Convert.ToInt64(m_value); }
        ulong IConvertible.ToUInt64(IFormatProvider provider) { return Convert.ToUInt64(m_value); }
        float IConvertible.ToSingle(IFormatProvider provider) { return Convert.ToSingle(m_value); }
        double IConvertible.ToDouble(IFormatProvider provider) { return Convert.ToDouble(m_value); }
        decimal IConvertible.ToDecimal(IFormatProvider provider) { return Convert.ToDecimal(m_value); }
        DateTime IConvertible.ToDateTime(IFormatProvider provider) { throw TypeCodes.InvalidCast("Double", "DateTime"); }
        object IConvertible.ToType(Type type, IFormatProvider provider) { return Convert.DefaultToType(this, type, provider); }
    }
}
