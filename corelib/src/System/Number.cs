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

        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern bool ParseDoubleC(string s, ref double result);

        internal static bool TryParseDouble(string s, out double result)
        {
            result = 0;
            if (s == null) return false;
            s = s.Trim();
            if (s.Length == 0) return false;
            if (s == "NaN") { result = double.NaN; return true; }
            if (s == "Infinity" || s == "∞") { result = double.PositiveInfinity; return true; }
            if (s == "-Infinity" || s == "-∞") { result = double.NegativeInfinity; return true; }
            string plain = FloatSyntax(s);
            return plain != null && ParseDoubleC(plain, ref result);
        }

        // NumberStyles.Float | AllowThousands: [sign](digits[,digits][.digits] | .digits)[e[sign]digits], returned
        // without group separators for strtod, or null (strtod alone would also take hex, "inf" and "nan").
        private static string FloatSyntax(string s)
        {
            int i = 0;
            if (i < s.Length && (s[i] == '-' || s[i] == '+')) i++;
            int digits = 0;
            bool groups = false;
            for (; i < s.Length; i++)
            {
                char c = s[i];
                if (c >= '0' && c <= '9') digits++;
                else if (c == ',' && digits > 0) groups = true;
                else break;
            }
            if (i < s.Length && s[i] == '.')
            {
                for (i++; i < s.Length && s[i] >= '0' && s[i] <= '9'; i++) digits++;
            }
            if (digits == 0) return null;
            if (i < s.Length && (s[i] == 'e' || s[i] == 'E'))
            {
                i++;
                if (i < s.Length && (s[i] == '-' || s[i] == '+')) i++;
                int exponentDigits = 0;
                for (; i < s.Length && s[i] >= '0' && s[i] <= '9'; i++) exponentDigits++;
                if (exponentDigits == 0) return null;
            }
            if (i != s.Length) return null;
            return groups ? s.Replace(",", "") : s;
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

        internal static Exception ParseFailure(string s)
        {
            if (s == null) return new ArgumentNullException("s");
            return new FormatException("The input string '" + s + "' was not in a correct format.");
        }

        internal static string UInt64ToString(ulong value)
        {
            if (value == 0) return "0";
            char[] buffer = new char[20];
            int p = 20;
            while (value != 0)
            {
                buffer[--p] = (char)('0' + (int)(value % 10));
                value /= 10;
            }
            return new string(buffer, p, 20 - p);
        }

        internal static string Int64ToString(long value)
        {
            if (value >= 0) return UInt64ToString((ulong)value);
            // negate through ulong so that long.MinValue works
            ulong magnitude = (ulong)(-(value + 1)) + 1;
            char[] buffer = new char[20];
            int p = 20;
            while (magnitude != 0)
            {
                buffer[--p] = (char)('0' + (int)(magnitude % 10));
                magnitude /= 10;
            }
            buffer[--p] = '-';
            return new string(buffer, p, 20 - p);
        }
    }
}
