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

        // Why an integer Parse failed, as .NET reports it: null input, digits out of the type's range, or bad text.
        internal static Exception IntegerParseFailure(string s, string overflowMessage)
        {
            if (s == null) return new ArgumentNullException("s");
            string t = s.Trim();
            int i = t.Length > 0 && (t[0] == '-' || t[0] == '+') ? 1 : 0;
            bool digits = i < t.Length;
            for (; i < t.Length && digits; i++) digits = t[i] >= '0' && t[i] <= '9';
            if (digits) return new OverflowException(overflowMessage);
            return new FormatException("Input string was not in a correct format.");
        }

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
            return ParseDoubleC(s, ref result);
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
