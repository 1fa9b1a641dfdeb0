using System.Globalization;

namespace System
{
    public struct Char : IComparable, IComparable<char>, IEquatable<char>, IConvertible
    {
        private char m_value;

        public const char MinValue = '\0';
        public const char MaxValue = '\uffff';

        public int CompareTo(object obj)
        {
            if (obj == null) return 1;
            if (!(obj is char)) throw new ArgumentException("Object must be of type Char.");
            return CompareTo((char)obj);
        }

        public override string ToString() { return new string(m_value, 1); }
        public string ToString(IFormatProvider provider) { return new string(m_value, 1); }
        public static string ToString(char c) { return new string(c, 1); }
        public override bool Equals(object obj) { return obj is char && m_value == (char)obj; }
        public bool Equals(char obj) { return m_value == obj; }
        public override int GetHashCode() { return (int)m_value | ((int)m_value << 16); }
        public int CompareTo(char value) { return m_value - value; }

        public static char Parse(string s)
        {
            if (s == null) throw new ArgumentNullException("s");
            if (s.Length != 1) throw new FormatException("String must be exactly one character long.");
            return s[0];
        }

        public static bool TryParse(string s, out char result)
        {
            result = '\0';
            if (s == null || s.Length != 1) return false;
            result = s[0];
            return true;
        }

        // ---- classification (CharCategory holds the Unicode categories) ----

        public static UnicodeCategory GetUnicodeCategory(char c) { return CharCategory.Of(c); }
        public static UnicodeCategory GetUnicodeCategory(string s, int index) { return CategoryAt(s, index); }

        public static bool IsDigit(char c)
        {
            if (c <= 0xff) return c >= '0' && c <= '9';
            return CharCategory.Of(c) == UnicodeCategory.DecimalDigitNumber;
        }

        public static bool IsLetter(char c)
        {
            if (c < 0x80) return ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
            return CharCategory.IsLetter(CharCategory.Of(c));
        }

        public static bool IsLetterOrDigit(char c) { return IsLetter(c) || IsDigit(c); }

        public static bool IsUpper(char c)
        {
            if (c < 0x80) return c >= 'A' && c <= 'Z';
            return CharCategory.Of(c) == UnicodeCategory.UppercaseLetter;
        }

        public static bool IsLower(char c)
        {
            if (c < 0x80) return c >= 'a' && c <= 'z';
            return CharCategory.Of(c) == UnicodeCategory.LowercaseLetter;
        }

        public static bool IsWhiteSpace(char c)
        {
            if (c == ' ' || (c >= '\t' && c <= '\r') || c == '\u00a0' || c == '\u0085') return true;
            if (c < 0x1680) return false;
            UnicodeCategory category = CharCategory.Of(c);
            return category == UnicodeCategory.SpaceSeparator || category == UnicodeCategory.LineSeparator
                || category == UnicodeCategory.ParagraphSeparator;
        }

        public static bool IsPunctuation(char c)
        {
            UnicodeCategory category = CharCategory.Of(c);
            return category >= UnicodeCategory.ConnectorPunctuation && category <= UnicodeCategory.OtherPunctuation;
        }

        public static bool IsSymbol(char c)
        {
            UnicodeCategory category = CharCategory.Of(c);
            return category >= UnicodeCategory.MathSymbol && category <= UnicodeCategory.OtherSymbol;
        }

        public static bool IsSeparator(char c)
        {
            UnicodeCategory category = CharCategory.Of(c);
            return category == UnicodeCategory.SpaceSeparator || category == UnicodeCategory.LineSeparator
                || category == UnicodeCategory.ParagraphSeparator;
        }

        public static bool IsNumber(char c)
        {
            UnicodeCategory category = CharCategory.Of(c);
            return category >= UnicodeCategory.DecimalDigitNumber && category <= UnicodeCategory.OtherNumber;
        }

        public static bool IsControl(char c) { return c < 0x20 || (c >= 0x7f && c < 0xa0); }
        public static bool IsSurrogate(char c) { return c >= '\ud800' && c <= '\udfff'; }
        public static bool IsHighSurrogate(char c) { return c >= '\ud800' && c <= '\udbff'; }
        public static bool IsLowSurrogate(char c) { return c >= '\udc00' && c <= '\udfff'; }
        public static bool IsSurrogatePair(char highSurrogate, char lowSurrogate) { return IsHighSurrogate(highSurrogate) && IsLowSurrogate(lowSurrogate); }
        public static bool IsAscii(char c) { return c < 0x80; }
        public static bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }
        public static bool IsAsciiLetter(char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
        public static bool IsAsciiLetterUpper(char c) { return c >= 'A' && c <= 'Z'; }
        public static bool IsAsciiLetterLower(char c) { return c >= 'a' && c <= 'z'; }
        public static bool IsAsciiLetterOrDigit(char c) { return IsAsciiLetter(c) || IsAsciiDigit(c); }
        public static bool IsAsciiHexDigit(char c) { return IsAsciiDigit(c) || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f'); }
        public static bool IsBetween(char c, char minInclusive, char maxInclusive) { return (uint)(c - minInclusive) <= (uint)(maxInclusive - minInclusive); }

        private static char At(string s, int index)
        {
            if (s == null) throw new ArgumentNullException("s");
            if ((uint)index >= (uint)s.Length) throw new ArgumentOutOfRangeException("index", "Index was out of range. Must be non-negative and less than the size of the collection.");
            return s[index];
        }

        // As in .NET, the overloads that can meet a letter, digit, number, mark or symbol outside the BMP classify the
        // surrogate pair starting at index; the others look at the code unit alone.
        private static UnicodeCategory CategoryAt(string s, int index) { At(s, index); return CharCategory.Of(s, index); }

        public static bool IsDigit(string s, int index) { return CategoryAt(s, index) == UnicodeCategory.DecimalDigitNumber; }
        public static bool IsLetter(string s, int index) { return CharCategory.IsLetter(CategoryAt(s, index)); }

        public static bool IsLetterOrDigit(string s, int index)
        {
            UnicodeCategory category = CategoryAt(s, index);
            return CharCategory.IsLetter(category) || category == UnicodeCategory.DecimalDigitNumber;
        }

        public static bool IsUpper(string s, int index) { return CategoryAt(s, index) == UnicodeCategory.UppercaseLetter; }
        public static bool IsLower(string s, int index) { return CategoryAt(s, index) == UnicodeCategory.LowercaseLetter; }
        public static bool IsWhiteSpace(string s, int index) { return IsWhiteSpace(At(s, index)); }

        public static bool IsPunctuation(string s, int index)
        {
            UnicodeCategory category = CategoryAt(s, index);
            return category >= UnicodeCategory.ConnectorPunctuation && category <= UnicodeCategory.OtherPunctuation;
        }

        public static bool IsSymbol(string s, int index)
        {
            UnicodeCategory category = CategoryAt(s, index);
            return category >= UnicodeCategory.MathSymbol && category <= UnicodeCategory.OtherSymbol;
        }

        public static bool IsSeparator(string s, int index) { return IsSeparator(At(s, index)); }

        public static bool IsNumber(string s, int index)
        {
            UnicodeCategory category = CategoryAt(s, index);
            return category >= UnicodeCategory.DecimalDigitNumber && category <= UnicodeCategory.OtherNumber;
        }

        public static bool IsControl(string s, int index) { return IsControl(At(s, index)); }
        public static bool IsSurrogate(string s, int index) { return IsSurrogate(At(s, index)); }
        public static bool IsHighSurrogate(string s, int index) { return IsHighSurrogate(At(s, index)); }
        public static bool IsLowSurrogate(string s, int index) { return IsLowSurrogate(At(s, index)); }

        public static bool IsSurrogatePair(string s, int index)
        {
            At(s, index);
            return index + 1 < s.Length && IsSurrogatePair(s[index], s[index + 1]);
        }

        // ---- case ----

        public static char ToUpper(char c) { return ToUpperInvariant(c); }
        public static char ToLower(char c) { return ToLowerInvariant(c); }
        public static char ToUpper(char c, CultureInfo culture) { return ToUpperInvariant(c); }
        public static char ToLower(char c, CultureInfo culture) { return ToLowerInvariant(c); }

        public static char ToUpperInvariant(char c)
        {
            if (c < 0x80) return c >= 'a' && c <= 'z' ? (char)(c - 32) : c;
            return (char)CharCategory.ToUpper(c);
        }

        public static char ToLowerInvariant(char c)
        {
            if (c < 0x80) return c >= 'A' && c <= 'Z' ? (char)(c + 32) : c;
            return (char)CharCategory.ToLower(c);
        }

        // ---- numbers and code points ----

        public static double GetNumericValue(char c)
        {
            if (c >= '0' && c <= '9') return c - '0';
            return CharCategory.NumericValue(c);
        }

        public static double GetNumericValue(string s, int index) { return CharUnicodeInfo.GetNumericValue(s, index); }

        public static string ConvertFromUtf32(int utf32)
        {
            if (utf32 < 0 || utf32 > 0x10ffff || (utf32 >= 0xd800 && utf32 <= 0xdfff))
                throw new ArgumentOutOfRangeException("utf32", "A valid UTF32 value is between 0x000000 and 0x10ffff, inclusive, and should not include surrogate codepoint values (0x00d800 ~ 0x00dfff).");
            if (utf32 < 0x10000) return new string((char)utf32, 1);
            utf32 -= 0x10000;
            return new string(new char[] { (char)(0xd800 + (utf32 >> 10)), (char)(0xdc00 + (utf32 & 0x3ff)) });
        }

        public static int ConvertToUtf32(char highSurrogate, char lowSurrogate)
        {
            if (!IsHighSurrogate(highSurrogate)) throw new ArgumentOutOfRangeException("highSurrogate", "A valid high surrogate character is between 0xd800 and 0xdbff, inclusive.");
            if (!IsLowSurrogate(lowSurrogate)) throw new ArgumentOutOfRangeException("lowSurrogate", "A valid low surrogate character is between 0xdc00 and 0xdfff, inclusive.");
            return ((highSurrogate - 0xd800) << 10) + (lowSurrogate - 0xdc00) + 0x10000;
        }

        public static int ConvertToUtf32(string s, int index)
        {
            char c = At(s, index);
            if (IsHighSurrogate(c))
            {
                if (index + 1 < s.Length && IsLowSurrogate(s[index + 1])) return ConvertToUtf32(c, s[index + 1]);
                throw new ArgumentException("Found a high surrogate char without a following low surrogate at index: " + index + ". The input may not be in this encoding, or may not contain valid Unicode (UTF-16) characters.", "s");
            }
            if (IsLowSurrogate(c))
                throw new ArgumentException("Found a low surrogate char without a preceding high surrogate at index: " + index + ". The input may not be in this encoding, or may not contain valid Unicode (UTF-16) characters.", "s");
            return c;
        }

        // IConvertible, explicit as in .NET: each conversion is Convert's for this type
        public TypeCode GetTypeCode() { return TypeCode.Char; }
        bool IConvertible.ToBoolean(IFormatProvider provider) { throw TypeCodes.InvalidCast("Char", "Boolean"); }
        char IConvertible.ToChar(IFormatProvider provider) { return Convert.ToChar(m_value); }
        sbyte IConvertible.ToSByte(IFormatProvider provider) { return Convert.ToSByte(m_value); }
        byte IConvertible.ToByte(IFormatProvider provider) { return Convert.ToByte(m_value); }
        short IConvertible.ToInt16(IFormatProvider provider) { return Convert.ToInt16(m_value); }
        ushort IConvertible.ToUInt16(IFormatProvider provider) { return Convert.ToUInt16(m_value); }
        int IConvertible.ToInt32(IFormatProvider provider) { return Convert.ToInt32(m_value); }
        uint IConvertible.ToUInt32(IFormatProvider provider) { return Convert.ToUInt32(m_value); }
        long IConvertible.ToInt64(IFormatProvider provider) { return Convert.ToInt64(m_value); }
        ulong IConvertible.ToUInt64(IFormatProvider provider) { return Convert.ToUInt64(m_value); }
        float IConvertible.ToSingle(IFormatProvider provider) { throw TypeCodes.InvalidCast("Char", "Single"); }
        double IConvertible.ToDouble(IFormatProvider provider) { throw TypeCodes.InvalidCast("Char", "Double"); }
        decimal IConvertible.ToDecimal(IFormatProvider provider) { throw TypeCodes.InvalidCast("Char", "Decimal"); }
        DateTime IConvertible.ToDateTime(IFormatProvider provider) { throw TypeCodes.InvalidCast("Char", "DateTime"); }
        object IConvertible.ToType(Type type, IFormatProvider provider) { return Convert.DefaultToType(this, type, provider); }
    }
}
