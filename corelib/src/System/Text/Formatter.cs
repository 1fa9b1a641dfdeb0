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
                    int index = ParseInt(item.Trim());
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
            int precision = format.Length > 1 ? int.Parse(format.Substring(1)) : -1;
            bool negative = !unsigned && value < 0;
            ulong magnitude = unsigned ? unsignedValue : negative ? (ulong)(-(value + 1)) + 1 : (ulong)value;
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
                    return unsigned ? Number.UInt64ToString(unsignedValue) : Number.Int64ToString(value);
                case 'P': case 'p':
                    return FixedWithGroups(negative, Number.UInt64ToString(magnitude) + "00", precision < 0 ? 2 : precision, true) + " %";
                case 'C': case 'c':
                    return Currency(FixedWithGroups(negative, Number.UInt64ToString(magnitude), precision < 0 ? 2 : precision, true));
                case 'E': case 'e':
                    return FormatDouble(unsigned ? (double)unsignedValue : (double)value, format);
                default:
                    return FormatCustom(unsigned ? (double)unsignedValue : (double)value, format);
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

        internal static string FormatDouble(double value, string format)
        {
            if (format == null || format.Length == 0 || format == "G" || format == "g" || format == "R" || format == "r")
                return Number.DoubleToString(value);
            if (double.IsNaN(value)) return "NaN";
            if (value == double.PositiveInfinity) return "Infinity";
            if (value == double.NegativeInfinity) return "-Infinity";
            char kind = format[0];
            bool standard = format.Length == 1 || (format.Length <= 3 && IsDigits(format.Substring(1)));
            if (!standard) return FormatCustom(value, format);
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
                case 'D': case 'd': case 'X': case 'x': throw new FormatException("Format specifier was invalid.");
                default: return FormatCustom(value, format);
            }
        }

        private static bool IsDigits(string s)
        {
            for (int i = 0; i < s.Length; i++) if (!char.IsDigit(s[i])) return false;
            return s.Length > 0;
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

        // Custom formats made of '0', '#', ',' (grouping) and one '.', optionally with literal text around them.
        private static string FormatCustom(double value, string format) { return FormatCustom(value, 0m, false, format); }

        // A decimal's fixed-point text comes from its exact digits; a double's from the C library.
        internal static string FormatCustom(double value, decimal exact, bool isDecimal, string format)
        {
            int dot = format.IndexOf('.');
            string integerPart = dot < 0 ? format : format.Substring(0, dot);
            string fractionPart = dot < 0 ? "" : format.Substring(dot + 1);
            int minInteger = 0, maxFraction = 0, minFraction = 0;
            bool groups = false;
            string prefix = "", suffix = "";
            int firstPlaceholder = -1, lastPlaceholder = -1;
            for (int i = 0; i < integerPart.Length; i++)
            {
                char c = integerPart[i];
                if (c == '0' || c == '#') { if (firstPlaceholder < 0) firstPlaceholder = i; lastPlaceholder = i; }
            }
            if (firstPlaceholder < 0) return format;
            prefix = integerPart.Substring(0, firstPlaceholder);
            for (int i = firstPlaceholder; i <= lastPlaceholder; i++)
            {
                char c = integerPart[i];
                if (c == '0') minInteger++;
                else if (c == ',') groups = true;
            }
            int fractionEnd = 0;
            for (int i = 0; i < fractionPart.Length; i++)
            {
                char c = fractionPart[i];
                if (c == '0') { maxFraction++; minFraction = maxFraction; fractionEnd = i + 1; }
                else if (c == '#') { maxFraction++; fractionEnd = i + 1; }
                else break;
            }
            suffix = dot < 0 ? integerPart.Substring(lastPlaceholder + 1) : fractionPart.Substring(fractionEnd);
            // a percent sign shows the value times 100
            bool percent = format.IndexOf('%') >= 0;
            if (percent) value *= 100;
            string fixedText = isDecimal ? DecimalFormat.Fixed(exact, maxFraction, false, percent ? 2 : 0) : FormatDoubleC(value, 'F', maxFraction);
            bool negative = fixedText[0] == '-';
            if (negative) fixedText = fixedText.Substring(1);
            int p = fixedText.IndexOf('.');
            string integer = p < 0 ? fixedText : fixedText.Substring(0, p);
            string fraction = p < 0 ? "" : fixedText.Substring(p + 1);
            while (fraction.Length > minFraction && fraction[fraction.Length - 1] == '0') fraction = fraction.Substring(0, fraction.Length - 1);
            if (integer == "0" && minInteger == 0) integer = "";
            if (integer.Length < minInteger) integer = new string('0', minInteger - integer.Length) + integer;
            bool allZero = true;
            for (int i = 0; i < integer.Length; i++) if (integer[i] != '0') allZero = false;
            for (int i = 0; i < fraction.Length; i++) if (fraction[i] != '0') allZero = false;
            StringBuilder sb = new StringBuilder();
            if (negative && !allZero) sb.Append('-');
            sb.Append(prefix);
            AppendGrouped(sb, integer, groups);
            if (fraction.Length > 0) sb.Append('.').Append(fraction);
            sb.Append(suffix);
            return sb.ToString();
        }
    }
}

namespace System
{
    public interface IFormatProvider { object GetFormat(Type formatType); }
}
