namespace System
{
    // Conversions between the primitive types and strings with .NET's rules: doubles round to the nearest
    // integer with ties to even, out-of-range values throw OverflowException, null strings convert to zero.
    public static partial class Convert
    {
        private static OverflowException Overflow(string typeDescription)
        {
            return new OverflowException("Value was either too large or too small for " + typeDescription + ".");
        }

        private static InvalidCastException InvalidCast(string from, string to)
        {
            return new InvalidCastException("Invalid cast from '" + from + "' to '" + to + "'.");
        }

        private static long RoundedToSigned(double value, long min, long max, string type)
        {
            double r = Math.Round(value);
            // compare in double: max + 1 is exact for every integer type (a power of two)
            if (!(r >= (double)min && r < (double)max + 1.0)) throw Overflow(type);
            return (long)r;
        }

        private static ulong RoundedToUnsigned(double value, ulong max, string type)
        {
            double r = Math.Round(value);
            if (!(r >= 0 && r < (double)max + 1.0)) throw Overflow(type);
            return (ulong)r;
        }

        private static long RoundedToSigned(decimal value, long min, long max, string type)
        {
            decimal r = decimal.Round(value);
            if (r < min || r > max) throw Overflow(type);
            return (long)r;
        }

        private static ulong RoundedToUnsigned(decimal value, ulong max, string type)
        {
            decimal r = decimal.Round(value);
            if (r < 0 || r > max) throw Overflow(type);
            return (ulong)r;
        }

        private static long SignedFromString(string value, long min, long max, string type)
        {
            if (value == null) return 0;
            long result;
            if (!Number.TryParseInteger(value, out result) || result < min || result > max) throw Number.IntegerParseFailure(value, type);
            return result;
        }

        private static ulong UnsignedFromString(string value, ulong max, string type)
        {
            if (value == null) return 0;
            ulong result;
            if (!Number.TryParseUnsigned(value, out result) || result > max)
            {
                long negative;
                // "-0" is zero; other negative numbers overflow
                if (Number.TryParseInteger(value, out negative) && negative == 0) return 0;
                throw Number.IntegerParseFailure(value, type);
            }
            return result;
        }

        // ---- Int32 ----

        public static int ToInt32(bool value) { return value ? 1 : 0; }
        public static int ToInt32(char value) { return value; }
        public static int ToInt32(sbyte value) { return value; }
        public static int ToInt32(byte value) { return value; }
        public static int ToInt32(short value) { return value; }
        public static int ToInt32(ushort value) { return value; }
        public static int ToInt32(int value) { return value; }
        public static int ToInt32(uint value) { if (value > int.MaxValue) throw Overflow("an Int32"); return (int)value; }
        public static int ToInt32(long value) { if (value < int.MinValue || value > int.MaxValue) throw Overflow("an Int32"); return (int)value; }
        public static int ToInt32(ulong value) { if (value > int.MaxValue) throw Overflow("an Int32"); return (int)value; }
        public static int ToInt32(float value) { return (int)RoundedToSigned(value, int.MinValue, int.MaxValue, "an Int32"); }
        public static int ToInt32(double value) { return (int)RoundedToSigned(value, int.MinValue, int.MaxValue, "an Int32"); }
        public static int ToInt32(decimal value) { return (int)RoundedToSigned(value, int.MinValue, int.MaxValue, "an Int32"); }
        public static int ToInt32(string value) { return (int)SignedFromString(value, int.MinValue, int.MaxValue, "an Int32"); }
        public static int ToInt32(string value, IFormatProvider provider) { return ToInt32(value); }
        public static int ToInt32(DateTime value) { throw InvalidCast("DateTime", "Int32"); }

        // ---- Int64 ----

        public static long ToInt64(bool value) { return value ? 1 : 0; }
        public static long ToInt64(char value) { return value; }
        public static long ToInt64(sbyte value) { return value; }
        public static long ToInt64(byte value) { return value; }
        public static long ToInt64(short value) { return value; }
        public static long ToInt64(ushort value) { return value; }
        public static long ToInt64(int value) { return value; }
        public static long ToInt64(uint value) { return value; }
        public static long ToInt64(long value) { return value; }
        public static long ToInt64(ulong value) { if (value > long.MaxValue) throw Overflow("an Int64"); return (long)value; }
        public static long ToInt64(float value) { return RoundedToSigned(value, long.MinValue, long.MaxValue, "an Int64"); }
        public static long ToInt64(double value) { return RoundedToSigned(value, long.MinValue, long.MaxValue, "an Int64"); }
        public static long ToInt64(decimal value) { return RoundedToSigned(value, long.MinValue, long.MaxValue, "an Int64"); }
        public static long ToInt64(string value) { return SignedFromString(value, long.MinValue, long.MaxValue, "an Int64"); }
        public static long ToInt64(string value, IFormatProvider provider) { return ToInt64(value); }

        // ---- Int16, SByte ----

        public static short ToInt16(bool value) { return value ? (short)1 : (short)0; }
        public static short ToInt16(char value) { if (value > short.MaxValue) throw Overflow("an Int16"); return (short)value; }
        public static short ToInt16(byte value) { return value; }
        public static short ToInt16(sbyte value) { return value; }
        public static short ToInt16(short value) { return value; }
        public static short ToInt16(ushort value) { if (value > short.MaxValue) throw Overflow("an Int16"); return (short)value; }
        public static short ToInt16(int value) { if (value < short.MinValue || value > short.MaxValue) throw Overflow("an Int16"); return (short)value; }
        public static short ToInt16(uint value) { if (value > short.MaxValue) throw Overflow("an Int16"); return (short)value; }
        public static short ToInt16(long value) { if (value < short.MinValue || value > short.MaxValue) throw Overflow("an Int16"); return (short)value; }
        public static short ToInt16(ulong value) { if (value > (ulong)short.MaxValue) throw Overflow("an Int16"); return (short)value; }
        public static short ToInt16(float value) { return (short)RoundedToSigned(value, short.MinValue, short.MaxValue, "an Int16"); }
        public static short ToInt16(double value) { return (short)RoundedToSigned(value, short.MinValue, short.MaxValue, "an Int16"); }
        public static short ToInt16(decimal value) { return (short)RoundedToSigned(value, short.MinValue, short.MaxValue, "an Int16"); }
        public static short ToInt16(string value) { return (short)SignedFromString(value, short.MinValue, short.MaxValue, "an Int16"); }

        public static sbyte ToSByte(bool value) { return value ? (sbyte)1 : (sbyte)0; }
        public static sbyte ToSByte(char value) { if (value > sbyte.MaxValue) throw Overflow("a signed byte"); return (sbyte)value; }
        public static sbyte ToSByte(byte value) { if (value > sbyte.MaxValue) throw Overflow("a signed byte"); return (sbyte)value; }
        public static sbyte ToSByte(short value) { if (value < sbyte.MinValue || value > sbyte.MaxValue) throw Overflow("a signed byte"); return (sbyte)value; }
        public static sbyte ToSByte(int value) { if (value < sbyte.MinValue || value > sbyte.MaxValue) throw Overflow("a signed byte"); return (sbyte)value; }
        public static sbyte ToSByte(long value) { if (value < sbyte.MinValue || value > sbyte.MaxValue) throw Overflow("a signed byte"); return (sbyte)value; }
        public static sbyte ToSByte(double value) { return (sbyte)RoundedToSigned(value, sbyte.MinValue, sbyte.MaxValue, "a signed byte"); }
        public static sbyte ToSByte(decimal value) { return (sbyte)RoundedToSigned(value, sbyte.MinValue, sbyte.MaxValue, "a signed byte"); }
        public static sbyte ToSByte(string value) { return (sbyte)SignedFromString(value, sbyte.MinValue, sbyte.MaxValue, "a signed byte"); }

        // ---- unsigned ----

        public static byte ToByte(bool value) { return value ? (byte)1 : (byte)0; }
        public static byte ToByte(char value) { if (value > byte.MaxValue) throw Overflow("an unsigned byte"); return (byte)value; }
        public static byte ToByte(sbyte value) { if (value < 0) throw Overflow("an unsigned byte"); return (byte)value; }
        public static byte ToByte(byte value) { return value; }
        public static byte ToByte(short value) { if (value < 0 || value > byte.MaxValue) throw Overflow("an unsigned byte"); return (byte)value; }
        public static byte ToByte(ushort value) { if (value > byte.MaxValue) throw Overflow("an unsigned byte"); return (byte)value; }
        public static byte ToByte(int value) { if (value < 0 || value > byte.MaxValue) throw Overflow("an unsigned byte"); return (byte)value; }
        public static byte ToByte(uint value) { if (value > byte.MaxValue) throw Overflow("an unsigned byte"); return (byte)value; }
        public static byte ToByte(long value) { if (value < 0 || value > byte.MaxValue) throw Overflow("an unsigned byte"); return (byte)value; }
        public static byte ToByte(ulong value) { if (value > byte.MaxValue) throw Overflow("an unsigned byte"); return (byte)value; }
        public static byte ToByte(float value) { return (byte)RoundedToUnsigned(value, byte.MaxValue, "an unsigned byte"); }
        public static byte ToByte(double value) { return (byte)RoundedToUnsigned(value, byte.MaxValue, "an unsigned byte"); }
        public static byte ToByte(decimal value) { return (byte)RoundedToUnsigned(value, byte.MaxValue, "an unsigned byte"); }
        public static byte ToByte(string value) { return (byte)UnsignedFromString(value, byte.MaxValue, "an unsigned byte"); }
        public static byte ToByte(string value, IFormatProvider provider) { return ToByte(value); }

        public static ushort ToUInt16(bool value) { return value ? (ushort)1 : (ushort)0; }
        public static ushort ToUInt16(char value) { return value; }
        public static ushort ToUInt16(byte value) { return value; }
        public static ushort ToUInt16(short value) { if (value < 0) throw Overflow("a UInt16"); return (ushort)value; }
        public static ushort ToUInt16(int value) { if (value < 0 || value > ushort.MaxValue) throw Overflow("a UInt16"); return (ushort)value; }
        public static ushort ToUInt16(uint value) { if (value > ushort.MaxValue) throw Overflow("a UInt16"); return (ushort)value; }
        public static ushort ToUInt16(long value) { if (value < 0 || value > ushort.MaxValue) throw Overflow("a UInt16"); return (ushort)value; }
        public static ushort ToUInt16(double value) { return (ushort)RoundedToUnsigned(value, ushort.MaxValue, "a UInt16"); }
        public static ushort ToUInt16(decimal value) { return (ushort)RoundedToUnsigned(value, ushort.MaxValue, "a UInt16"); }
        public static ushort ToUInt16(string value) { return (ushort)UnsignedFromString(value, ushort.MaxValue, "a UInt16"); }

        public static uint ToUInt32(bool value) { return value ? 1u : 0u; }
        public static uint ToUInt32(char value) { return value; }
        public static uint ToUInt32(byte value) { return value; }
        public static uint ToUInt32(ushort value) { return value; }
        public static uint ToUInt32(short value) { if (value < 0) throw Overflow("a UInt32"); return (uint)value; }
        public static uint ToUInt32(int value) { if (value < 0) throw Overflow("a UInt32"); return (uint)value; }
        public static uint ToUInt32(uint value) { return value; }
        public static uint ToUInt32(long value) { if (value < 0 || value > uint.MaxValue) throw Overflow("a UInt32"); return (uint)value; }
        public static uint ToUInt32(ulong value) { if (value > uint.MaxValue) throw Overflow("a UInt32"); return (uint)value; }
        public static uint ToUInt32(float value) { return (uint)RoundedToUnsigned(value, uint.MaxValue, "a UInt32"); }
        public static uint ToUInt32(double value) { return (uint)RoundedToUnsigned(value, uint.MaxValue, "a UInt32"); }
        public static uint ToUInt32(decimal value) { return (uint)RoundedToUnsigned(value, uint.MaxValue, "a UInt32"); }
        public static uint ToUInt32(string value) { return (uint)UnsignedFromString(value, uint.MaxValue, "a UInt32"); }

        public static ulong ToUInt64(bool value) { return value ? 1UL : 0UL; }
        public static ulong ToUInt64(char value) { return value; }
        public static ulong ToUInt64(byte value) { return value; }
        public static ulong ToUInt64(uint value) { return value; }
        public static ulong ToUInt64(int value) { if (value < 0) throw Overflow("a UInt64"); return (ulong)value; }
        public static ulong ToUInt64(long value) { if (value < 0) throw Overflow("a UInt64"); return (ulong)value; }
        public static ulong ToUInt64(ulong value) { return value; }
        public static ulong ToUInt64(double value) { return RoundedToUnsigned(value, ulong.MaxValue, "a UInt64"); }
        public static ulong ToUInt64(decimal value) { return RoundedToUnsigned(value, ulong.MaxValue, "a UInt64"); }
        public static ulong ToUInt64(string value) { return UnsignedFromString(value, ulong.MaxValue, "a UInt64"); }

        // ---- floating point and decimal ----

        public static double ToDouble(bool value) { return value ? 1 : 0; }
        public static double ToDouble(sbyte value) { return value; }
        public static double ToDouble(byte value) { return value; }
        public static double ToDouble(short value) { return value; }
        public static double ToDouble(ushort value) { return value; }
        public static double ToDouble(int value) { return value; }
        public static double ToDouble(uint value) { return value; }
        public static double ToDouble(long value) { return value; }
        public static double ToDouble(ulong value) { return value; }
        public static double ToDouble(float value) { return value; }
        public static double ToDouble(double value) { return value; }
        public static double ToDouble(decimal value) { return (double)value; }
        public static double ToDouble(char value) { throw InvalidCast("Char", "Double"); }
        public static double ToDouble(string value) { return value == null ? 0 : double.Parse(value); }
        public static double ToDouble(string value, IFormatProvider provider) { return ToDouble(value); }

        public static float ToSingle(bool value) { return value ? 1 : 0; }
        public static float ToSingle(int value) { return value; }
        public static float ToSingle(long value) { return value; }
        public static float ToSingle(float value) { return value; }
        public static float ToSingle(double value) { return (float)value; }
        public static float ToSingle(decimal value) { return (float)value; }
        public static float ToSingle(string value) { return value == null ? 0 : float.Parse(value); }
        public static float ToSingle(string value, IFormatProvider provider) { return ToSingle(value); }

        public static decimal ToDecimal(bool value) { return value ? 1 : 0; }
        public static decimal ToDecimal(int value) { return value; }
        public static decimal ToDecimal(uint value) { return value; }
        public static decimal ToDecimal(long value) { return value; }
        public static decimal ToDecimal(ulong value) { return value; }
        public static decimal ToDecimal(float value) { return (decimal)value; }
        public static decimal ToDecimal(double value) { return (decimal)value; }
        public static decimal ToDecimal(decimal value) { return value; }
        public static decimal ToDecimal(string value) { return value == null ? 0 : decimal.Parse(value); }
        public static decimal ToDecimal(string value, IFormatProvider provider) { return ToDecimal(value); }

        // ---- Boolean and Char ----

        public static bool ToBoolean(bool value) { return value; }
        public static bool ToBoolean(sbyte value) { return value != 0; }
        public static bool ToBoolean(byte value) { return value != 0; }
        public static bool ToBoolean(short value) { return value != 0; }
        public static bool ToBoolean(ushort value) { return value != 0; }
        public static bool ToBoolean(int value) { return value != 0; }
        public static bool ToBoolean(uint value) { return value != 0; }
        public static bool ToBoolean(long value) { return value != 0; }
        public static bool ToBoolean(ulong value) { return value != 0; }
        public static bool ToBoolean(float value) { return value != 0; }
        public static bool ToBoolean(double value) { return value != 0; }
        public static bool ToBoolean(decimal value) { return value != 0; }
        public static bool ToBoolean(char value) { throw InvalidCast("Char", "Boolean"); }
        public static bool ToBoolean(string value) { return value == null ? false : bool.Parse(value); }
        public static bool ToBoolean(string value, IFormatProvider provider) { return ToBoolean(value); }

        public static char ToChar(char value) { return value; }
        public static char ToChar(sbyte value) { if (value < 0) throw Overflow("a character"); return (char)value; }
        public static char ToChar(byte value) { return (char)value; }
        public static char ToChar(short value) { if (value < 0) throw Overflow("a character"); return (char)value; }
        public static char ToChar(ushort value) { return (char)value; }
        public static char ToChar(int value) { if (value < 0 || value > char.MaxValue) throw Overflow("a character"); return (char)value; }
        public static char ToChar(uint value) { if (value > char.MaxValue) throw Overflow("a character"); return (char)value; }
        public static char ToChar(long value) { if (value < 0 || value > char.MaxValue) throw Overflow("a character"); return (char)value; }
        public static char ToChar(ulong value) { if (value > char.MaxValue) throw Overflow("a character"); return (char)value; }
        public static char ToChar(bool value) { throw InvalidCast("Boolean", "Char"); }
        public static char ToChar(double value) { throw InvalidCast("Double", "Char"); }
        public static char ToChar(float value) { throw InvalidCast("Single", "Char"); }
        public static char ToChar(decimal value) { throw InvalidCast("Decimal", "Char"); }

        public static char ToChar(string value)
        {
            if (value == null) throw new ArgumentNullException("value");
            if (value.Length != 1) throw new FormatException("String must be exactly one character long.");
            return value[0];
        }

        public static char ToChar(string value, IFormatProvider provider) { return ToChar(value); }

        // ---- String ----

        public static string ToString(bool value) { return value ? "True" : "False"; }
        public static string ToString(char value) { return value.ToString(); }
        public static string ToString(sbyte value) { return value.ToString(); }
        public static string ToString(byte value) { return value.ToString(); }
        public static string ToString(short value) { return value.ToString(); }
        public static string ToString(ushort value) { return value.ToString(); }
        public static string ToString(int value) { return value.ToString(); }
        public static string ToString(uint value) { return value.ToString(); }
        public static string ToString(long value) { return value.ToString(); }
        public static string ToString(ulong value) { return value.ToString(); }
        public static string ToString(float value) { return value.ToString(); }
        public static string ToString(double value) { return value.ToString(); }
        public static string ToString(decimal value) { return value.ToString(); }
        public static string ToString(DateTime value) { return value.ToString(); }
        public static string ToString(string value) { return value; }
        public static string ToString(int value, IFormatProvider provider) { return value.ToString(); }
        public static string ToString(long value, IFormatProvider provider) { return value.ToString(); }
        public static string ToString(double value, IFormatProvider provider) { return value.ToString(); }
        public static string ToString(decimal value, IFormatProvider provider) { return value.ToString(); }

        // ---- the remaining pairs of primitive types, and DateTime ----

        public static sbyte ToSByte(sbyte value) { return value; }
        public static sbyte ToSByte(ushort value) { if (value > sbyte.MaxValue) throw Overflow("a signed byte"); return (sbyte)value; }
        public static sbyte ToSByte(uint value) { if (value > sbyte.MaxValue) throw Overflow("a signed byte"); return (sbyte)value; }
        public static sbyte ToSByte(ulong value) { if (value > (ulong)sbyte.MaxValue) throw Overflow("a signed byte"); return (sbyte)value; }
        public static sbyte ToSByte(float value) { return ToSByte((double)value); }
        public static ushort ToUInt16(sbyte value) { if (value < 0) throw Overflow("a UInt16"); return (ushort)value; }
        public static ushort ToUInt16(ushort value) { return value; }
        public static ushort ToUInt16(ulong value) { if (value > ushort.MaxValue) throw Overflow("a UInt16"); return (ushort)value; }
        public static ushort ToUInt16(float value) { return ToUInt16((double)value); }
        public static uint ToUInt32(sbyte value) { if (value < 0) throw Overflow("a UInt32"); return (uint)value; }
        public static ulong ToUInt64(sbyte value) { if (value < 0) throw Overflow("a UInt64"); return (ulong)value; }
        public static ulong ToUInt64(short value) { if (value < 0) throw Overflow("a UInt64"); return (ulong)value; }
        public static ulong ToUInt64(ushort value) { return value; }
        public static ulong ToUInt64(float value) { return ToUInt64((double)value); }
        public static float ToSingle(sbyte value) { return value; }
        public static float ToSingle(byte value) { return value; }
        public static float ToSingle(short value) { return value; }
        public static float ToSingle(ushort value) { return value; }
        public static float ToSingle(uint value) { return value; }
        public static float ToSingle(ulong value) { return value; }
        public static float ToSingle(char value) { throw InvalidCast("Char", "Single"); }
        public static decimal ToDecimal(sbyte value) { return value; }
        public static decimal ToDecimal(byte value) { return value; }
        public static decimal ToDecimal(short value) { return value; }
        public static decimal ToDecimal(ushort value) { return value; }
        public static decimal ToDecimal(char value) { throw InvalidCast("Char", "Decimal"); }

        public static short ToInt16(string value, IFormatProvider provider) { return ToInt16(value); }
        public static sbyte ToSByte(string value, IFormatProvider provider) { return ToSByte(value); }
        public static ushort ToUInt16(string value, IFormatProvider provider) { return ToUInt16(value); }
        public static uint ToUInt32(string value, IFormatProvider provider) { return ToUInt32(value); }
        public static ulong ToUInt64(string value, IFormatProvider provider) { return ToUInt64(value); }

        public static DateTime ToDateTime(DateTime value) { return value; }
        public static DateTime ToDateTime(string value) { return value == null ? new DateTime(0) : DateTime.Parse(value); }
        public static DateTime ToDateTime(string value, IFormatProvider provider) { return value == null ? new DateTime(0) : DateTime.Parse(value, provider); }
        public static DateTime ToDateTime(bool value) { throw InvalidCast("Boolean", "DateTime"); }
        public static DateTime ToDateTime(char value) { throw InvalidCast("Char", "DateTime"); }
        public static DateTime ToDateTime(sbyte value) { throw InvalidCast("SByte", "DateTime"); }
        public static DateTime ToDateTime(byte value) { throw InvalidCast("Byte", "DateTime"); }
        public static DateTime ToDateTime(short value) { throw InvalidCast("Int16", "DateTime"); }
        public static DateTime ToDateTime(ushort value) { throw InvalidCast("UInt16", "DateTime"); }
        public static DateTime ToDateTime(int value) { throw InvalidCast("Int32", "DateTime"); }
        public static DateTime ToDateTime(uint value) { throw InvalidCast("UInt32", "DateTime"); }
        public static DateTime ToDateTime(long value) { throw InvalidCast("Int64", "DateTime"); }
        public static DateTime ToDateTime(ulong value) { throw InvalidCast("UInt64", "DateTime"); }
        public static DateTime ToDateTime(float value) { throw InvalidCast("Single", "DateTime"); }
        public static DateTime ToDateTime(double value) { throw InvalidCast("Double", "DateTime"); }
        public static DateTime ToDateTime(decimal value) { throw InvalidCast("Decimal", "DateTime"); }

        public static string ToString(bool value, IFormatProvider provider) { return ToString(value); }
        public static string ToString(char value, IFormatProvider provider) { return value.ToString(); }
        public static string ToString(sbyte value, IFormatProvider provider) { return value.ToString(provider); }
        public static string ToString(byte value, IFormatProvider provider) { return value.ToString(provider); }
        public static string ToString(short value, IFormatProvider provider) { return value.ToString(provider); }
        public static string ToString(ushort value, IFormatProvider provider) { return value.ToString(provider); }
        public static string ToString(uint value, IFormatProvider provider) { return value.ToString(provider); }
        public static string ToString(ulong value, IFormatProvider provider) { return value.ToString(provider); }
        public static string ToString(float value, IFormatProvider provider) { return value.ToString(provider); }
        public static string ToString(DateTime value, IFormatProvider provider) { return value.ToString(provider); }
        public static string ToString(string value, IFormatProvider provider) { return value; }

        // ---- other bases ----

        private static void CheckBase(int toBase)
        {
            if (toBase != 2 && toBase != 8 && toBase != 10 && toBase != 16) throw new ArgumentException("Invalid Base.");
        }

        // Bases 2, 8 and 16 show the two's complement bits of the value's width.
        private static string InBase(long value, ulong bits, int toBase)
        {
            CheckBase(toBase);
            if (toBase == 10) return Number.Int64ToString(value);
            if (bits == 0) return "0";
            int shift = toBase == 2 ? 1 : toBase == 8 ? 3 : 4;
            ulong mask = (ulong)(toBase - 1);
            char[] buffer = new char[64];
            int p = 64;
            while (bits != 0)
            {
                buffer[--p] = "0123456789abcdef"[(int)(bits & mask)];
                bits >>= shift;
            }
            return new string(buffer, p, 64 - p);
        }

        public static string ToString(byte value, int toBase) { return InBase(value, value, toBase); }
        public static string ToString(short value, int toBase) { return InBase(value, (ushort)value, toBase); }
        public static string ToString(int value, int toBase) { return InBase(value, (uint)value, toBase); }
        public static string ToString(long value, int toBase) { return InBase(value, (ulong)value, toBase); }

        // Digits of the given base, hex optionally after 0x, nothing else around them. As in .NET, a 32-bit (or 64-bit)
        // accumulator reads them first: signed in base 10, else the bits of an unsigned number ("ffffffff" is -1 as an
        // Int32); narrower types then check their own range.
        private static long ParseInBase(string value, int fromBase, bool wide, bool treatAsUnsigned)
        {
            CheckBase(fromBase);
            if (value.Length == 0) throw new ArgumentOutOfRangeException("startIndex", "Index was out of range. Must be non-negative and less than the size of the collection.");
            int i = 0;
            bool negative = false;
            if (value[0] == '-')
            {
                if (fromBase != 10) throw new ArgumentException("String cannot contain a minus sign if the base is not 10.");
                if (treatAsUnsigned) throw new OverflowException("The string was being parsed as an unsigned number and could not have a negative sign.");
                negative = true;
                i = 1;
            }
            else if (value[0] == '+') i = 1;
            if (fromBase == 16 && i + 1 < value.Length && value[i] == '0' && (value[i + 1] == 'x' || value[i + 1] == 'X')) i += 2;
            bool unsigned = treatAsUnsigned || fromBase != 10;
            ulong limit = wide ? (unsigned ? ulong.MaxValue : negative ? 0x8000000000000000UL : 0x7fffffffffffffffUL)
                : (unsigned ? 0xffffffffUL : negative ? 0x80000000UL : 0x7fffffffUL);
            ulong result = 0;
            int start = i;
            bool overflow = false;
            for (; i < value.Length; i++)
            {
                char c = value[i];
                int digit = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'z' ? c - 'a' + 10 : c >= 'A' && c <= 'Z' ? c - 'A' + 10 : 99;
                if (digit >= fromBase) break;
                if (result > (limit - (ulong)digit) / (ulong)fromBase) overflow = true;
                result = result * (ulong)fromBase + (ulong)digit;
            }
            if (i == start) throw new FormatException("Could not find any recognizable digits.");
            if (i < value.Length) throw new FormatException("Additional non-parsable characters are at the end of the string.");
            if (overflow) throw Overflow(wide ? (unsigned ? "a UInt64" : "an Int64") : (unsigned ? "a UInt32" : "an Int32"));
            if (wide) return negative ? -(long)result : (long)result;
            int narrow = negative ? -(int)(uint)result : (int)(uint)result;
            return narrow;
        }

        public static int ToInt32(string value, int fromBase) { CheckBase(fromBase); return value == null ? 0 : (int)ParseInBase(value, fromBase, false, false); }
        public static long ToInt64(string value, int fromBase) { CheckBase(fromBase); return value == null ? 0 : ParseInBase(value, fromBase, true, false); }
        public static uint ToUInt32(string value, int fromBase) { CheckBase(fromBase); return value == null ? 0u : (uint)(int)ParseInBase(value, fromBase, false, true); }
        public static ulong ToUInt64(string value, int fromBase) { CheckBase(fromBase); return value == null ? 0UL : (ulong)ParseInBase(value, fromBase, true, true); }

        public static short ToInt16(string value, int fromBase)
        {
            CheckBase(fromBase);
            if (value == null) return 0;
            int r = (int)ParseInBase(value, fromBase, false, false);
            if (fromBase != 10 && (uint)r > ushort.MaxValue) throw Overflow("an Int16");
            if (fromBase != 10) return (short)r;
            if (r < short.MinValue || r > short.MaxValue) throw Overflow("an Int16");
            return (short)r;
        }

        public static sbyte ToSByte(string value, int fromBase)
        {
            CheckBase(fromBase);
            if (value == null) return 0;
            int r = (int)ParseInBase(value, fromBase, false, false);
            if (fromBase != 10 && (uint)r > byte.MaxValue) throw Overflow("a signed byte");
            if (fromBase != 10) return (sbyte)r;
            if (r < sbyte.MinValue || r > sbyte.MaxValue) throw Overflow("a signed byte");
            return (sbyte)r;
        }

        public static byte ToByte(string value, int fromBase)
        {
            CheckBase(fromBase);
            if (value == null) return 0;
            int r = (int)ParseInBase(value, fromBase, false, true);
            if (r < 0 || r > byte.MaxValue) throw Overflow("an unsigned byte");
            return (byte)r;
        }

        public static ushort ToUInt16(string value, int fromBase)
        {
            CheckBase(fromBase);
            if (value == null) return 0;
            int r = (int)ParseInBase(value, fromBase, false, true);
            if (r < 0 || r > ushort.MaxValue) throw Overflow("a UInt16");
            return (ushort)r;
        }
    }
}
