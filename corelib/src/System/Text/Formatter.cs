using System.Runtime.CompilerServices;

namespace System.Text
{
    // Composite formatting ("{0,-8:N2}") and the standard and simple custom numeric formats, with the invariant
    // culture's symbols.
    internal static class Formatter
    {
        internal static string Format(string format, object[] args)
        {
            if (format == null) throw new ArgumentNullException("format");
            StringBuilder sb = new StringBuilder();
            int i = 0;
            while (i < format.Length)
            {
                char c = format[i];
                if (c == '{')
                {
                    if (i + 1 < format.Length && format[i + 1] == '{') { sb.Append('{'); i += 2; continue; }
                    int close = format.IndexOf('}', i);
                    if (close < 0) throw new FormatException("Input string was not in a correct format.");
                    string item = format.Substring(i + 1, close - i - 1);
                    string spec = null;
                    int colon = item.IndexOf(':');
                    if (colon >= 0) { spec = item.Substring(colon + 1); item = item.Substring(0, colon); }
                    int alignment = 0;
                    int comma = item.IndexOf(',');
                    if (comma >= 0) { alignment = ParseInt(item.Substring(comma + 1).Trim()); item = item.Substring(0, comma); }
                    // the index starts right after the brace ("{ 0}" is malformed); spaces may follow it
                    if (item.Length == 0 || item[0] < '0' || item[0] > '9') throw new FormatException("Input string was not in a correct format.");
                    int index = ParseInt(item.TrimEnd(' '));
                    if (index < 0 || args == null || index >= args.Length)
                        throw new FormatException("Index (zero based) must be greater than or equal to zero and less than the size of the argument list.");
                    string text = FormatValue(args[index], spec);
                    if (alignment > 0) text = text.PadLeft(alignment);
                    else if (alignment < 0) text = text.PadRight(-alignment);
                    sb.Append(text);
                    i = close + 1;
                }
                else if (c == '}')
                {
                    if (i + 1 < format.Length && format[i + 1] == '}') { sb.Append('}'); i += 2; continue; }
                    throw new FormatException("Input string was not in a correct format.");
                }
                else
                {
                    sb.Append(c);
                    i++;
                }
            }
            return sb.ToString();
        }

        private static int ParseInt(string s)
        {
            if (s.Length == 0) throw new FormatException("Input string was not in a correct format.");
            return int.Parse(s);
        }

        internal static string FormatValue(object value, string spec)
        {
            if (value == null) return "";
            IFormattable formattable = value as IFormattable;
            if (formattable != null && spec != null) return formattable.ToString(spec, null);
            return value.ToString();
        }

        // ---- numbers ----

        internal static string FormatInteger(long value, bool unsigned, ulong unsignedValue, string format, int bits)
        {
            if (format == null || format.Length == 0) return unsigned ? Number.UInt64ToString(unsignedValue) : Number.Int64ToString(value);
            char kind = format[0];
            bool negative = !unsigned && value < 0;
            ulong magnitude = unsigned ? unsignedValue : negative ? (ulong)(-(value + 1)) + 1 : (ulong)value;
            // a standard format is one letter and an optional precision; anything else ("#,##0", "00") is custom
            if (!IsStandard(format)) return CustomNumberFormat.FormatInteger(negative, magnitude, format);
            int precision = format.Length > 1 ? int.Parse(format.Substring(1)) : -1;
            switch (kind)
            {
                case 'D': case 'd':
                {
                    string digits = Number.UInt64ToString(magnitude);
                    if (precision > digits.Length) digits = new string('0', precision - digits.Length) + digits;
                    return negative ? "-" + digits : digits;
                }
                case 'X': case 'x':
                {
                    ulong bitsValue = unsigned ? unsignedValue : (ulong)value;
                    if (!unsigned && bits < 64) bitsValue &= (1UL << bits) - 1;
                    string hex = Hex(bitsValue, kind == 'x');
                    if (precision > hex.Length) hex = new string('0', precision - hex.Length) + hex;
                    return hex;
                }
                case 'N': case 'n':
                    return FixedWithGroups(negative, Number.UInt64ToString(magnitude), precision < 0 ? 2 : precision, true);
                case 'F': case 'f':
                    return FixedWithGroups(negative, Number.UInt64ToString(magnitude), precision < 0 ? 2 : precision, false);
                case 'G': case 'g':
                {
                    string digits = Number.UInt64ToString(magnitude);
                    // fewer significant digits than the value has: scientific, as "1.23E+06"
                    if (precision > 0 && precision < digits.Length)
                    {
                        string e = FormatDouble(negative ? -(double)magnitude : (double)magnitude, (kind == 'G' ? "E" : "e") + (precision - 1));
                        int ePos = e.IndexOf(kind == 'G' ? 'E' : 'e');
                        string mantissa = e.Substring(0, ePos);
                        if (mantissa.IndexOf('.') >= 0) mantissa = mantissa.TrimEnd('0').TrimEnd('.');
                        int exponent = int.Parse(e.Substring(ePos + 1));
                        return mantissa + e[ePos] + "+" + (exponent < 10 ? "0" : "") + exponent;
                    }
                    return negative ? "-" + digits : digits;
                }
                case 'P': case 'p':
                    return FixedWithGroups(negative, Number.UInt64ToString(magnitude) + "00", precision < 0 ? 2 : precision, true) + " %";
                case 'C': case 'c':
                    return Currency(FixedWithGroups(negative, Number.UInt64ToString(magnitude), precision < 0 ? 2 : precision, true));
                case 'E': case 'e':
                    return FormatDouble(unsigned ? (double)unsignedValue : (double)value, format);
                default:
                    throw new FormatException("Format specifier was invalid.");
            }
        }

        // The invariant culture's currency patterns: "¤1,234.50" and "(¤1,234.50)".
        private static string Currency(string number)
        {
            if (number.Length > 0 && number[0] == '-') return "(\u00a4" + number.Substring(1) + ")";
            return "\u00a4" + number;
        }

        private static string Hex(ulong value, bool lower)
        {
            if (value == 0) return "0";
            string digits = lower ? "0123456789abcdef" : "0123456789ABCDEF";
            char[] buffer = new char[16];
            int p = 16;
            while (value != 0) { buffer[--p] = digits[(int)(value & 15)]; value >>= 4; }
            return new string(buffer, p, 16 - p);
        }

        private static string FixedWithGroups(bool negative, string integerDigits, int decimals, bool groups)
        {
            StringBuilder sb = new StringBuilder();
            if (negative) sb.Append('-');
            AppendGrouped(sb, integerDigits, groups);
            if (decimals > 0) sb.Append('.').Append('0', decimals);
            return sb.ToString();
        }

        private static void AppendGrouped(StringBuilder sb, string digits, bool groups)
        {
            for (int i = 0; i < digits.Length; i++)
            {
                if (groups && i > 0 && (digits.Length - i) % 3 == 0) sb.Append(',');
                sb.Append(digits[i]);
            }
        }

        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern string FormatDoubleC(double value, char kind, int precision);

        internal static string FormatDouble(double value, string format) { return FormatDouble(value, format, 15); }

        // customDigits: the significant digits a custom format sees (15 for double, 7 for float)
        internal static string FormatDouble(double value, string format, int customDigits)
        {
            if (format == null || format.Length == 0 || format == "G" || format == "g" || format == "R" || format == "r")
                return Number.DoubleToString(value);
            if (double.IsNaN(value)) return "NaN";
            if (value == double.PositiveInfinity) return "Infinity";
            if (value == double.NegativeInfinity) return "-Infinity";
            char kind = format[0];
            if (!IsStandard(format)) return CustomNumberFormat.FormatDouble(value, customDigits, format);
            int precision = format.Length > 1 ? int.Parse(format.Substring(1)) : -1;
            switch (kind)
            {
                case 'F': case 'f': return FormatDoubleC(value, 'F', precision < 0 ? 2 : precision);
                case 'N': case 'n': return Group(FormatDoubleC(value, 'F', precision < 0 ? 2 : precision));
                case 'P': case 'p': return Group(FormatDoubleC(value * 100, 'F', precision < 0 ? 2 : precision)) + " %";
                case 'C': case 'c': return Currency(Group(FormatDoubleC(value, 'F', precision < 0 ? 2 : precision)));
                case 'E': case 'e':
                {
                    string s = FormatDoubleC(value, 'E', precision < 0 ? 6 : precision);
                    return kind == 'e' ? s.ToLower() : s;
                }
                case 'G': case 'g': return FormatDoubleC(value, 'G', precision < 0 ? 15 : precision);
                default: throw new FormatException("Format specifier was invalid.");
            }
        }

        // One ASCII letter and up to nine digits of precision.
        internal static bool IsStandard(string format)
        {
            char c = format[0];
            if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) || format.Length > 10) return false;
            for (int i = 1; i < format.Length; i++) if (format[i] < '0' || format[i] > '9') return false;
            return true;
        }

        // "-1234567.891" → "-1,234,567.891"
        private static string Group(string fixedText)
        {
            bool negative = fixedText.Length > 0 && fixedText[0] == '-';
            string body = negative ? fixedText.Substring(1) : fixedText;
            int dot = body.IndexOf('.');
            string integer = dot < 0 ? body : body.Substring(0, dot);
            StringBuilder sb = new StringBuilder();
            if (negative) sb.Append('-');
            AppendGrouped(sb, integer, true);
            if (dot >= 0) sb.Append(body.Substring(dot));
            return sb.ToString();
        }
    }
}

namespace System
{
    public interface IFormatProvider { object GetFormat(Type formatType); }
}
