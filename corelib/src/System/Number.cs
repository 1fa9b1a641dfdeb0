using System.Runtime.CompilerServices;

namespace System
{
    // Integer and floating-point formatting with .NET's invariant output.
    internal static class Number
    {
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern string DoubleToString(double d);

        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern string SingleToString(float f);

        internal static bool TryParseInteger(string s, out long result)
        {
            result = 0;
            if (s == null) return false;
            s = s.Trim();
            if (s.Length == 0) return false;
            int i = 0;
            bool negative = false;
            if (s[0] == '-' || s[0] == '+') { negative = s[0] == '-'; i = 1; }
            if (i == s.Length) return false;
            ulong magnitude = 0;
            for (; i < s.Length; i++)
            {
                char c = s[i];
                if (c < '0' || c > '9') return false;
                if (magnitude > 922337203685477580UL) return false;
                magnitude = magnitude * 10 + (ulong)(c - '0');
            }
            if (negative)
            {
                if (magnitude > 9223372036854775808UL) return false;
                result = magnitude == 9223372036854775808UL ? long.MinValue : -(long)magnitude;
            }
            else
            {
                if (magnitude > 9223372036854775807UL) return false;
                result = (long)magnitude;
            }
            return true;
        }

        internal static bool TryParseUnsigned(string s, out ulong result)
        {
            result = 0;
            if (s == null) return false;
            s = s.Trim();
            int i = s.Length > 0 && s[0] == '+' ? 1 : 0;
            if (i == s.Length) return false;
            for (; i < s.Length; i++)
            {
                char c = s[i];
                if (c < '0' || c > '9') return false;
                ulong next = result * 10 + (ulong)(c - '0');
                if (result > 1844674407370955161UL || next < result) return false;
                result = next;
            }
            return true;
        }

        // Read the plain text FloatText returns (runtime-c/src/parse_float.c), each correctly rounded to its own
        // type: a float read as a double and then narrowed would round twice.
        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern bool ParseDoubleC(string s, ref double result);

        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern bool ParseSingleC(string s, ref float result);

        // double.Parse's default style: Float | AllowThousands
        internal static bool TryParseDouble(string s, out double result)
        {
            return TryParseDouble(s, System.Globalization.NumberStyles.Float | System.Globalization.NumberStyles.AllowThousands, out result);
        }

        internal static bool TryParseDouble(string s, System.Globalization.NumberStyles style, out double result)
        {
            string plain;
            switch (FloatText(s, style, out plain, out result))
            {
                case FloatPlain: result = 0; return ParseDoubleC(plain, ref result);
                case FloatSpecial: return true;
                default: result = 0; return false;
            }
        }

        internal static bool TryParseSingle(string s, out float result)
        {
            return TryParseSingle(s, System.Globalization.NumberStyles.Float | System.Globalization.NumberStyles.AllowThousands, out result);
        }

        internal static bool TryParseSingle(string s, System.Globalization.NumberStyles style, out float result)
        {
            string plain;
            double special;
            result = 0;
            switch (FloatText(s, style, out plain, out special))
            {
                case FloatPlain: return ParseSingleC(plain, ref result);
                case FloatSpecial: result = (float)special; return true;
                default: return false;
            }
        }

        private const int FloatNone = 0, FloatPlain = 1, FloatSpecial = 2;

        // What a floating-point text is under the style: FloatPlain with the text the runtime reads
        // ("[sign]digits[.digits][e[sign]digits]"), FloatSpecial with NaN or ±Infinity, or FloatNone.
        private static int FloatText(string s, System.Globalization.NumberStyles style, out string plain, out double special)
        {
            plain = null;
            special = 0;
            CheckStyle(style);
            if ((style & System.Globalization.NumberStyles.AllowHexSpecifier) != 0)
                throw new ArgumentException("The number style AllowHexSpecifier is not supported on floating point data types.", "style");
            if (s == null) return FloatNone;
            if (IsPlainFloat(s, style)) { plain = s; return FloatPlain; }
            int start = 0, end = s.Length;
            if ((style & System.Globalization.NumberStyles.AllowLeadingWhite) != 0) while (start < end && char.IsWhiteSpace(s[start])) start++;
            if ((style & System.Globalization.NumberStyles.AllowTrailingWhite) != 0) while (end > start && char.IsWhiteSpace(s[end - 1])) end--;
            if (start == end) return FloatNone;
            s = s.Substring(start, end - start);
            if (s == "NaN") { special = double.NaN; return FloatSpecial; }
            if (s == "Infinity" || s == "∞") { special = double.PositiveInfinity; return FloatSpecial; }
            if ((s == "-Infinity" || s == "-∞") && (style & System.Globalization.NumberStyles.AllowLeadingSign) != 0) { special = double.NegativeInfinity; return FloatSpecial; }
            plain = FloatSyntax(s, style);
            return plain == null ? FloatNone : FloatPlain;
        }

        // The common text "[sign]digits[.digits][e[sign]digits]" (at least one digit), when the style allows a sign, a
        // decimal point and an exponent: strtod reads it as it is, as it would read what FloatSyntax makes of it.
        private static bool IsPlainFloat(string s, System.Globalization.NumberStyles style)
        {
            const System.Globalization.NumberStyles needed = System.Globalization.NumberStyles.AllowLeadingSign
                | System.Globalization.NumberStyles.AllowDecimalPoint | System.Globalization.NumberStyles.AllowExponent;
            if ((style & needed) != needed) return false;
            int i = 0, n = s.Length, digits = 0;
            if (i < n && (s[i] == '-' || s[i] == '+')) i++;
            for (; i < n && s[i] >= '0' && s[i] <= '9'; i++) digits++;
            if (i < n && s[i] == '.') for (i++; i < n && s[i] >= '0' && s[i] <= '9'; i++) digits++;
            if (digits == 0) return false;
            if (i < n && (s[i] == 'e' || s[i] == 'E'))
            {
                i++;
                if (i < n && (s[i] == '-' || s[i] == '+')) i++;
                int exponentDigits = 0;
                for (; i < n && s[i] >= '0' && s[i] <= '9'; i++) exponentDigits++;
                if (exponentDigits == 0) return false;
            }
            return i == n;
        }

        // [sign](digits[,digits][.digits] | .digits)[e[sign]digits][sign], each part only where the style allows it
        // (parentheses for a negative value too), returned as "[-]digits[.digits][e[sign]digits]" for strtod, or null
        // (strtod alone would also take hex, "inf" and "nan").
        private static string FloatSyntax(string s, System.Globalization.NumberStyles style)
        {
            int i = 0;
            bool negative = false, signed = false, parens = false;
            if ((style & System.Globalization.NumberStyles.AllowParentheses) != 0 && i < s.Length && s[i] == '(') { parens = true; i++; }
            if ((style & System.Globalization.NumberStyles.AllowLeadingSign) != 0 && i < s.Length && (s[i] == '-' || s[i] == '+'))
            {
                negative = s[i] == '-';
                signed = true;
                i++;
            }
            System.Text.StringBuilder plain = new System.Text.StringBuilder();
            int digits = 0;
            for (; i < s.Length; i++)
            {
                char c = s[i];
                if (c >= '0' && c <= '9') { digits++; plain.Append(c); }
                else if (c == ',' && digits > 0 && (style & System.Globalization.NumberStyles.AllowThousands) != 0) { }
                else break;
            }
            if (i < s.Length && s[i] == '.' && (style & System.Globalization.NumberStyles.AllowDecimalPoint) != 0)
            {
                plain.Append('.');
                for (i++; i < s.Length && s[i] >= '0' && s[i] <= '9'; i++) { digits++; plain.Append(s[i]); }
            }
            if (digits == 0) return null;
            if (i < s.Length && (s[i] == 'e' || s[i] == 'E') && (style & System.Globalization.NumberStyles.AllowExponent) != 0)
            {
                int j = i + 1;
                if (j < s.Length && (s[j] == '-' || s[j] == '+')) j++;
                int exponentDigits = 0;
                for (; j < s.Length && s[j] >= '0' && s[j] <= '9'; j++) exponentDigits++;
                // "1e" is the number 1 followed by an unparsed 'e'
                if (exponentDigits > 0)
                {
                    plain.Append(s, i, j - i);
                    i = j;
                }
            }
            if ((style & System.Globalization.NumberStyles.AllowTrailingSign) != 0 && !signed && i < s.Length && (s[i] == '-' || s[i] == '+'))
            {
                negative = s[i] == '-';
                signed = true;
                i++;
            }
            if (parens)
            {
                if (i >= s.Length || s[i] != ')' || signed) return null;
                negative = true;
                i++;
            }
            if (i != s.Length) return null;
            if (plain[0] == '.') plain.Insert(0, '0');
            return negative ? "-" + plain.ToString() : plain.ToString();
        }

        // The exception int.Parse and friends throw once TryParse failed: null, not a number, or out of range for the
        // type (described as in .NET's message, e.g. "an Int32").
        internal static Exception IntegerParseFailure(string s, string typeDescription)
        {
            if (s == null) return new ArgumentNullException("s");
            string t = s.Trim();
            int i = t.Length > 0 && (t[0] == '-' || t[0] == '+') ? 1 : 0;
            bool digits = i < t.Length;
            for (; i < t.Length; i++) if (t[i] < '0' || t[i] > '9') digits = false;
            if (digits) return new OverflowException("Value was either too large or too small for " + typeDescription + ".");
            return ParseFailure(s);
        }

        internal const int ParseOk = 0;
        internal const int ParseBadFormat = 1;
        internal const int ParseOverflow = 2;
        internal const int ParseNull = 3;

        internal static Exception IntegerStyleFailure(string s, int status, string typeDescription)
        {
            if (status == ParseNull) return new ArgumentNullException("s");
            if (status == ParseOverflow) return new OverflowException("Value was either too large or too small for " + typeDescription + ".");
            return ParseFailure(s);
        }

        internal static void CheckStyle(System.Globalization.NumberStyles style)
        {
            if ((style & ~System.Globalization.NumberStyles.Any & ~System.Globalization.NumberStyles.AllowHexSpecifier) != 0)
                throw new ArgumentException("An undefined NumberStyles value is being used.", "style");
            if ((style & System.Globalization.NumberStyles.AllowHexSpecifier) != 0
                && (style & ~System.Globalization.NumberStyles.HexNumber) != 0)
                throw new ArgumentException("With the AllowHexSpecifier bit set in the enum bit field, the only other valid bits that can be combined into the enum value must be a subset of those in HexNumber.", "style");
        }

        // An integer of `bits` bits (two's complement bits for hex) as NumberStyles allows it; the value is returned
        // sign-extended (unsigned types reinterpret it).
        internal static int ParseIntegerStyle(string s, System.Globalization.NumberStyles style, int bits, bool unsigned, out long value)
        {
            value = 0;
            CheckStyle(style);
            if (s == null) return ParseNull;
            int start = 0, end = s.Length;
            if ((style & System.Globalization.NumberStyles.AllowLeadingWhite) != 0) while (start < end && char.IsWhiteSpace(s[start])) start++;
            if ((style & System.Globalization.NumberStyles.AllowTrailingWhite) != 0) while (end > start && char.IsWhiteSpace(s[end - 1])) end--;
            if ((style & System.Globalization.NumberStyles.AllowHexSpecifier) != 0) return ParseHex(s, start, end, bits, unsigned, out value);
            bool plainNegative;
            ulong plainMagnitude;
            if (IsPlainInteger(s, start, end, style, out plainNegative, out plainMagnitude))
                return InRange(plainNegative, plainMagnitude, bits, unsigned, out value);
            int i = start;
            bool negative = false, signed = false, parens = false;
            if ((style & System.Globalization.NumberStyles.AllowParentheses) != 0 && i < end && s[i] == '(') { parens = true; i++; }
            if ((style & System.Globalization.NumberStyles.AllowLeadingSign) != 0 && i < end && (s[i] == '-' || s[i] == '+'))
            {
                negative = s[i] == '-';
                signed = true;
                i++;
            }
            System.Text.StringBuilder digits = new System.Text.StringBuilder();
            int fractionDigits = 0;
            for (; i < end; i++)
            {
                char c = s[i];
                if (c >= '0' && c <= '9') digits.Append(c);
                else if (c == ',' && digits.Length > 0 && (style & System.Globalization.NumberStyles.AllowThousands) != 0) { }
                else break;
            }
            if (i < end && s[i] == '.' && (style & System.Globalization.NumberStyles.AllowDecimalPoint) != 0)
            {
                for (i++; i < end && s[i] >= '0' && s[i] <= '9'; i++) { digits.Append(s[i]); fractionDigits++; }
            }
            if (digits.Length == 0) return ParseBadFormat;
            int exponent = 0;
            if (i < end && (s[i] == 'e' || s[i] == 'E') && (style & System.Globalization.NumberStyles.AllowExponent) != 0)
            {
                int j = i + 1;
                bool negativeExponent = false;
                if (j < end && (s[j] == '-' || s[j] == '+')) { negativeExponent = s[j] == '-'; j++; }
                int k = j;
                for (; k < end && s[k] >= '0' && s[k] <= '9'; k++) if (exponent < 100000) exponent = exponent * 10 + (s[k] - '0');
                if (k > j)
                {
                    if (negativeExponent) exponent = -exponent;
                    i = k;
                }
                else exponent = 0;
            }
            if ((style & System.Globalization.NumberStyles.AllowTrailingSign) != 0 && !signed && i < end && (s[i] == '-' || s[i] == '+'))
            {
                negative = s[i] == '-';
                i++;
            }
            if (parens)
            {
                if (i >= end || s[i] != ')' || signed) return ParseBadFormat;
                negative = true;
                i++;
            }
            if (i != end) return ParseBadFormat;
            // digits * 10^(exponent - fractionDigits) must be an integer
            string text = digits.ToString();
            int shift = exponent - fractionDigits;
            if (shift < 0)
            {
                int cut = text.Length + shift;
                for (int k = cut < 0 ? 0 : cut; k < text.Length; k++) if (text[k] != '0') return ParseOverflow;
                text = cut <= 0 ? "0" : text.Substring(0, cut);
            }
            ulong magnitude = 0;
            for (int k = 0; k < text.Length; k++)
            {
                ulong digit = (ulong)(text[k] - '0');
                if (magnitude > (ulong.MaxValue - digit) / 10) return ParseOverflow;
                magnitude = magnitude * 10 + digit;
            }
            for (int k = 0; k < shift && magnitude != 0; k++)
            {
                if (magnitude > ulong.MaxValue / 10) return ParseOverflow;
                magnitude *= 10;
            }
            return InRange(negative, magnitude, bits, unsigned, out value);
        }

        // The common text, [sign]digits with at most 18 digits (no overflow of the ulong), read in one pass.
        private static bool IsPlainInteger(string s, int start, int end, System.Globalization.NumberStyles style, out bool negative, out ulong magnitude)
        {
            negative = false;
            magnitude = 0;
            int i = start;
            if (i < end && (s[i] == '-' || s[i] == '+') && (style & System.Globalization.NumberStyles.AllowLeadingSign) != 0)
            {
                negative = s[i] == '-';
                i++;
            }
            if (i == end || end - i > 18) return false;
            for (; i < end; i++)
            {
                uint digit = (uint)(s[i] - '0');
                if (digit > 9) return false;
                magnitude = magnitude * 10 + digit;
            }
            return true;
        }

        // ParseOk with the value when ±magnitude fits `bits` bits (signed or unsigned), else ParseOverflow.
        private static int InRange(bool negative, ulong magnitude, int bits, bool unsigned, out long value)
        {
            value = 0;
            ulong max = unsigned ? (bits == 64 ? ulong.MaxValue : (1UL << bits) - 1) : (1UL << (bits - 1)) - 1;
            if (unsigned)
            {
                if (negative && magnitude != 0) return ParseOverflow;
                if (magnitude > max) return ParseOverflow;
                value = (long)magnitude;
                return ParseOk;
            }
            if (magnitude > (negative ? max + 1 : max)) return ParseOverflow;
            value = negative ? (long)(0 - magnitude) : (long)magnitude;
            return ParseOk;
        }

        private static int ParseHex(string s, int start, int end, int bits, bool unsigned, out long value)
        {
            value = 0;
            if (start == end) return ParseBadFormat;
            ulong result = 0;
            int significant = 0;
            for (int i = start; i < end; i++)
            {
                char c = s[i];
                int digit = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
                if (digit < 0) return ParseBadFormat;
                if (result == 0 && digit == 0) continue;
                if (++significant > bits / 4) return ParseOverflow;
                result = (result << 4) | (uint)digit;
            }
            // the hex digits are the bits: sign-extend them for signed types
            value = unsigned || bits == 64 ? (long)result : (long)(result << (64 - bits)) >> (64 - bits);
            return ParseOk;
        }

        internal static Exception ParseFailure(string s)
        {
            if (s == null) return new ArgumentNullException("s");
            return new FormatException("The input string '" + s + "' was not in a correct format.");
        }

        // The decimal digits are counted first, then written backwards straight into the string (one allocation).
        internal static unsafe string UInt64ToString(ulong value)
        {
            int digits = CountDigits(value);
            string s = string.FastAllocateString(digits);
            fixed (char* p = s) WriteDigits(p + digits, value);
            return s;
        }

        internal static unsafe string Int64ToString(long value)
        {
            if (value >= 0) return UInt64ToString((ulong)value);
            // negate through ulong so that long.MinValue works
            ulong magnitude = (ulong)(-(value + 1)) + 1;
            int digits = CountDigits(magnitude);
            string s = string.FastAllocateString(digits + 1);
            fixed (char* p = s)
            {
                p[0] = '-';
                WriteDigits(p + 1 + digits, magnitude);
            }
            return s;
        }

        internal static int CountDigits(ulong value)
        {
            int digits = 1;
            while (value >= 100) { value /= 100; digits += 2; }
            return value >= 10 ? digits + 1 : digits;
        }

        // Writes the digits of value so that the last one is just before end.
        internal static unsafe void WriteDigits(char* end, ulong value)
        {
            while (value > uint.MaxValue)
            {
                *--end = (char)('0' + (int)(value % 10));
                value /= 10;
            }
            uint small = (uint)value;
            do
            {
                *--end = (char)('0' + (int)(small % 10));
                small /= 10;
            } while (small != 0);
        }
    }
}
