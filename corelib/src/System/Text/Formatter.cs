using System.Runtime.CompilerServices;

namespace System.Text
{
    // Composite formatting ("{0,-8:N2}") and the standard and simple custom numeric formats, with the invariant
    // culture's symbols.
    internal static class Formatter
    {
        private const int StackChars = 256;

        internal static unsafe string Format(string format, object[] args)
        {
            if (format == null) throw new ArgumentNullException("format");
            if (args == null) throw new ArgumentNullException("args");
            char* stack = stackalloc char[StackChars];
            FormatBuffer buffer = new FormatBuffer(stack, StackChars);
            AppendFormat(ref buffer, format, new FormatArguments(args));
            return buffer.ToString();
        }

        // The 1-3 argument overloads, without a params array.
        internal static unsafe string Format(string format, int count, object arg0, object arg1, object arg2)
        {
            if (format == null) throw new ArgumentNullException("format");
            char* stack = stackalloc char[StackChars];
            FormatBuffer buffer = new FormatBuffer(stack, StackChars);
            AppendFormat(ref buffer, format, new FormatArguments(count, arg0, arg1, arg2));
            return buffer.ToString();
        }

        internal static void AppendFormat(StringBuilder sb, string format, FormatArguments args)
        {
            StringBuilderOutput output = new StringBuilderOutput(sb);
            AppendFormat(ref output, format, args);
        }

        // Parses the format once, left to right, appending literal runs and formatted items straight to sb (no
        // substring per item), as .NET's AppendFormatHelper does, with its grammar: "{index[,alignment][:format]}"
        // where the index starts right after the brace, spaces may follow the index and surround the alignment,
        // the format runs to the next '}' and cannot contain '{', and "{{" / "}}" outside items are literal braces.
        private static unsafe void AppendFormat<TOutput>(ref TOutput sb, string format, FormatArguments args) where TOutput : struct, IFormatOutput
        {
            // read through a pointer: string's indexer is not inlined into every instantiation of this method
            fixed (char* text = format) AppendFormat(ref sb, format, text, args);
        }

        private static unsafe void AppendFormat<TOutput>(ref TOutput sb, string format, char* text, FormatArguments args) where TOutput : struct, IFormatOutput
        {
            int pos = 0, length = format.Length;
            while (true)
            {
                int run = pos;
                while (pos < length)
                {
                    char c = text[pos];
                    if (c == '{' || c == '}') break;
                    pos++;
                }
                sb.Append(format, run, pos - run);
                if (pos == length) return;
                char brace = text[pos++];
                if (pos < length && text[pos] == brace)
                {
                    sb.Append(brace);
                    pos++;
                    continue;
                }
                if (brace == '}') throw InvalidFormat();
                // index
                if (pos == length || !IsDigit(text[pos])) throw InvalidFormat();
                int index = 0;
                do
                {
                    index = index * 10 + (text[pos++] - '0');
                    if (index >= 1000000) throw InvalidFormat();
                } while (pos < length && IsDigit(text[pos]));
                pos = SkipSpaces(text, length, pos);
                // alignment
                int width = 0;
                bool leftAlign = false;
                if (pos < length && text[pos] == ',')
                {
                    pos = SkipSpaces(text, length, pos + 1);
                    if (pos < length && text[pos] == '-') { leftAlign = true; pos++; }
                    if (pos == length || !IsDigit(text[pos])) throw InvalidFormat();
                    do
                    {
                        width = width * 10 + (text[pos++] - '0');
                        if (width >= 1000000) throw InvalidFormat();
                    } while (pos < length && IsDigit(text[pos]));
                    pos = SkipSpaces(text, length, pos);
                }
                // format string
                string spec = null;
                if (pos == length) throw InvalidFormat();
                if (text[pos] == ':')
                {
                    int start = ++pos;
                    while (true)
                    {
                        if (pos == length || text[pos] == '{') throw InvalidFormat();
                        if (text[pos] == '}') break;
                        pos++;
                    }
                    if (pos > start) spec = Spec(format, start, pos - start);
                }
                else if (text[pos] != '}') throw InvalidFormat();
                pos++; // the closing brace
                if (index >= args.Count)
                    throw new FormatException("Index (zero based) must be greater than or equal to zero and less than the size of the argument list.");
                object value = args[index];
                if (width == 0 && spec == null && (value is int || value is long))
                {
                    // the commonest item, written without a string of its own
                    sb.AppendInteger(value is int ? (int)value : (long)value);
                    continue;
                }
                string item = FormatValue(value, spec);
                int padding = width - item.Length;
                if (!leftAlign && padding > 0) sb.Append(' ', padding);
                sb.Append(item, 0, item.Length);
                if (leftAlign && padding > 0) sb.Append(' ', padding);
            }
        }

        // The last item format seen (any thread's: a race only costs a Substring), so that a format used in a loop
        // does not allocate its item formats ("X8") on every call.
        private static string s_lastSpec;

        private static string Spec(string format, int start, int length)
        {
            string last = s_lastSpec;
            if (last != null && last.Length == length && string.CompareOrdinal(format, start, last, 0, length) == 0) return last;
            last = format.Substring(start, length);
            s_lastSpec = last;
            return last;
        }

        private static bool IsDigit(char c) { return c >= '0' && c <= '9'; }

        private static unsafe int SkipSpaces(char* text, int length, int pos)
        {
            while (pos < length && text[pos] == ' ') pos++;
            return pos;
        }

        private static FormatException InvalidFormat() { return new FormatException("Input string was not in a correct format."); }

        internal static string FormatValue(object value, string spec)
        {
            if (value == null) return "";
            IFormattable formattable = value as IFormattable;
            // as .NET: an IFormattable item without a format still gets ToString(null, provider)
            if (formattable != null) return formattable.ToString(spec, null);
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
            int precision = Precision(format);
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
                    return Hex(bitsValue, kind == 'x', precision);
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

        // The hex digits of value, with leading zeros up to minDigits, written straight into the result.
        private static unsafe string Hex(ulong value, bool lower, int minDigits)
        {
            int digits = 1;
            for (ulong rest = value >> 4; rest != 0; rest >>= 4) digits++;
            int length = digits > minDigits ? digits : minDigits;
            string text = string.FastAllocateString(length);
            string table = lower ? "0123456789abcdef" : "0123456789ABCDEF";
            fixed (char* p = text)
            {
                for (int i = length - 1; i >= 0; i--)
                {
                    p[i] = table[(int)(value & 15)];
                    value >>= 4;
                }
            }
            return text;
        }

        // The precision digits of a standard format (IsStandard: a letter and at most nine digits), or -1.
        internal static int Precision(string format)
        {
            if (format.Length < 2) return -1;
            int precision = 0;
            for (int i = 1; i < format.Length; i++) precision = precision * 10 + (format[i] - '0');
            return precision;
        }

        // "-1,234,567.00": the sign, the digits with a comma before each group of three (groups) and `decimals` zeros,
        // written straight into one string.
        private static unsafe string FixedWithGroups(bool negative, string integerDigits, int decimals, bool groups)
        {
            int n = integerDigits.Length;
            int commas = groups ? (n - 1) / 3 : 0;
            string text = string.FastAllocateString((negative ? 1 : 0) + n + commas + (decimals > 0 ? decimals + 1 : 0));
            fixed (char* p = text)
            {
                int o = 0;
                if (negative) p[o++] = '-';
                for (int i = 0; i < n; i++)
                {
                    if (commas > 0 && i > 0 && (n - i) % 3 == 0) p[o++] = ',';
                    p[o++] = integerDigits[i];
                }
                if (decimals > 0)
                {
                    p[o++] = '.';
                    for (int i = 0; i < decimals; i++) p[o++] = '0';
                }
            }
            return text;
        }

        internal static string FormatDouble(double value, string format) { return FormatDouble(value, format, false); }

        // isSingle: a float's value, whose shortest text ("R", "G", "G0") and custom formats (7 significant digits
        // where a double has 15) are its own; every other format prints the value's exact digits, the same for both.
        internal static string FormatDouble(double value, string format, bool isSingle)
        {
            if (format == null || format.Length == 0) return Shortest(value, isSingle);
            if (double.IsNaN(value)) return "NaN";
            if (value == double.PositiveInfinity) return "Infinity";
            if (value == double.NegativeInfinity) return "-Infinity";
            if (!IsStandard(format)) return CustomNumberFormat.FormatDouble(value, isSingle ? 7 : 15, format);
            char kind = format[0];
            int precision = Precision(format);
            switch (kind)
            {
                case 'R': case 'r': return Shortest(value, isSingle);
                case 'G': case 'g':
                    if (precision <= 0)
                    {
                        string shortest = Shortest(value, isSingle);
                        return kind == 'g' ? shortest.Replace('E', 'e') : shortest;
                    }
                    return FloatFormatter.Format(value, kind, precision);
                case 'F': case 'f': case 'N': case 'n': case 'P': case 'p': case 'C': case 'c': case 'E': case 'e':
                    return FloatFormatter.Format(value, kind, precision);
                default: throw new FormatException("Format specifier was invalid.");
            }
        }

        private static string Shortest(double value, bool isSingle)
        {
            return isSingle ? Number.SingleToString((float)value) : Number.DoubleToString(value);
        }

        // One ASCII letter and up to nine digits of precision.
        internal static bool IsStandard(string format)
        {
            char c = format[0];
            if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) || format.Length > 10) return false;
            for (int i = 1; i < format.Length; i++) if (format[i] < '0' || format[i] > '9') return false;
            return true;
        }

        // "-1234567.891" → "-1,234,567.891", written straight into one string
        private static unsafe string Group(string fixedText)
        {
            int start = fixedText.Length > 0 && fixedText[0] == '-' ? 1 : 0;
            int dot = fixedText.IndexOf('.');
            int integerEnd = dot < 0 ? fixedText.Length : dot;
            int n = integerEnd - start;
            int commas = n > 0 ? (n - 1) / 3 : 0;
            if (commas == 0) return fixedText;
            string text = string.FastAllocateString(fixedText.Length + commas);
            fixed (char* p = text)
            {
                int o = 0;
                if (start == 1) p[o++] = '-';
                for (int i = 0; i < n; i++)
                {
                    if (i > 0 && (n - i) % 3 == 0) p[o++] = ',';
                    p[o++] = fixedText[start + i];
                }
                for (int i = integerEnd; i < fixedText.Length; i++) p[o++] = fixedText[i];
            }
            return text;
        }
    }
}

namespace System
{
    // The arguments of a composite format: up to three in fields (the common overloads allocate no array), or an
    // array; a null array is empty.
    internal struct FormatArguments
    {
        private readonly object m_arg0, m_arg1, m_arg2;
        private readonly object[] m_args;
        private readonly int m_count;

        internal FormatArguments(object[] args)
        {
            m_arg0 = m_arg1 = m_arg2 = null;
            m_args = args;
            m_count = args == null ? 0 : args.Length;
        }

        internal FormatArguments(int count, object arg0, object arg1, object arg2)
        {
            m_arg0 = arg0;
            m_arg1 = arg1;
            m_arg2 = arg2;
            m_args = null;
            m_count = count;
        }

        internal int Count { get { return m_count; } }

        internal object this[int index]
        {
            get
            {
                if (m_args != null) return m_args[index];
                return index == 0 ? m_arg0 : index == 1 ? m_arg1 : m_arg2;
            }
        }
    }

    public interface IFormatProvider { object GetFormat(Type formatType); }
}
