namespace System.Text
{
    // Custom numeric format strings ("#,##0.00", "0.0E+0", "+0;-0;zero", "0.0 'kg'", "#,##0,,") with the invariant
    // culture's symbols, over a number given as decimal digits:
    //   - up to three sections separated by ';' (positive, negative, zero); a missing or empty section means the first;
    //     the negative section prints no minus sign; a value that rounds to zero uses the zero section;
    //   - '0' (digit or zero) and '#' (digit if any) placeholders and the first '.'; integer digits beyond the
    //     placeholders all print at the first one, '#' after the first '0' prints zeros too;
    //   - ',' between integer placeholders turns grouping on; commas right before the point (or the end of the
    //     integer placeholders) divide by 1000 each; '%' multiplies by 100 and '‰' by 1000;
    //   - "E0", "E+0", "E-0" (and 'e') start an exponent with at least as many digits as zeros;
    //   - '...' and "..." quote literals, '\' escapes one character, every other character is printed as is.
    // Numbers round half away from zero on their decimal digits, as .NET's formatting does.
    internal static class CustomNumberFormat
    {
        // What one section asks for.
        private struct Layout
        {
            public int IntCount;      // placeholders before the point
            public int FracCount;     // placeholders after it
            public int MinInt;        // integer digits always printed (from the first '0')
            public int MinFrac;       // fraction digits always printed (up to the last '0')
            public bool Grouping;
            public int Shift;         // power of ten applied to the value (%, ‰, scaling commas)
            public bool Scientific;
            public bool ExponentPlus;
            public int ExponentDigits;
        }

        // value = 0.digits × 10^point; digits has no leading zeros and is "" for zero.
        internal static string Format(bool negative, string digits, int point, string format) { return Format(negative, digits, point, format, false); }

        // signedZero: a double or float, whose negative values keep their sign when they round to zero in the first
        // section ((-0.1).ToString("0") is "-0" since .NET Core 3.0, as is -0.0 itself); integers and decimals do not.
        internal static string Format(bool negative, string digits, int point, string format, bool signedZero)
        {
            digits = TrimZeros(digits);
            if (digits.Length == 0) point = 0;
            bool zero = digits.Length == 0;
            int start = SectionStart(format, zero ? 2 : negative ? 1 : 0);
            Layout layout;
            string rounded;
            int p;
            while (true)
            {
                layout = Scan(format, start);
                p = point;
                rounded = digits;
                if (rounded.Length > 0) p += layout.Shift;
                if (layout.Scientific) rounded = Round(rounded, ref p, layout.IntCount + layout.FracCount);
                else rounded = Round(rounded, ref p, p + layout.FracCount);
                if (rounded.Length == 0 && !zero)
                {
                    // rounded away: print as zero, in the zero section if there is one
                    zero = true;
                    int zeroStart = SectionStart(format, 2);
                    if (zeroStart != start) { start = zeroStart; continue; }
                }
                break;
            }
            int exponent = 0;
            if (layout.Scientific)
            {
                if (rounded.Length > 0) exponent = p - layout.IntCount;
                p = layout.IntCount;
            }
            if (rounded.Length == 0) p = 0;

            // integer and fraction digits to print
            StringBuilder intDigits = new StringBuilder();
            for (int i = 0; i < p; i++) intDigits.Append(i < rounded.Length ? rounded[i] : '0');
            if (intDigits.Length < layout.MinInt) intDigits.Insert(0, new string('0', layout.MinInt - intDigits.Length));
            StringBuilder fracDigits = new StringBuilder();
            for (int i = p; i < rounded.Length; i++) fracDigits.Append(i < 0 ? '0' : rounded[i]);
            while (fracDigits.Length < layout.MinFrac) fracDigits.Append('0');

            StringBuilder sb = new StringBuilder();
            if (negative && (!zero || signedZero) && start == 0) sb.Append('-');
            int L = intDigits.Length, P = layout.IntCount;
            int intSeen = 0, fracSeen = 0;
            bool afterPoint = false, intWritten = false;
            for (int i = start; i < format.Length; i++)
            {
                char c = format[i];
                if (c == ';') break;
                switch (c)
                {
                    case '0':
                    case '#':
                        if (!afterPoint)
                        {
                            // placeholder k shows digit k + L - P; the first one also shows every digit before it
                            int last = intSeen + L - P;
                            int first = intSeen == 0 ? 0 : last;
                            for (int j = first < 0 ? 0 : first; j <= last; j++)
                            {
                                sb.Append(intDigits[j]);
                                int remaining = L - 1 - j;
                                if (layout.Grouping && remaining > 0 && remaining % 3 == 0) sb.Append(',');
                            }
                            intSeen++;
                            intWritten = true;
                        }
                        else
                        {
                            if (fracSeen < fracDigits.Length) sb.Append(fracDigits[fracSeen]);
                            fracSeen++;
                        }
                        break;
                    case '.':
                        if (afterPoint) break;
                        afterPoint = true;
                        if (!intWritten) AppendAll(sb, intDigits, layout.Grouping);
                        intWritten = true;
                        if (fracDigits.Length > 0) sb.Append('.');
                        break;
                    case ',':
                        break;
                    case 'E':
                    case 'e':
                    {
                        int zeros;
                        bool plus;
                        int next = ExponentEnd(format, i, out zeros, out plus);
                        if (next < 0) { sb.Append(c); break; }
                        if (!intWritten) { AppendAll(sb, intDigits, layout.Grouping); intWritten = true; }
                        sb.Append(c);
                        if (exponent < 0) sb.Append('-');
                        else if (plus) sb.Append('+');
                        string e = Number.Int64ToString(exponent < 0 ? -exponent : exponent);
                        for (int k = e.Length; k < zeros; k++) sb.Append('0');
                        sb.Append(e);
                        i = next - 1;
                        break;
                    }
                    case '\'':
                    case '"':
                    {
                        int close = format.IndexOf(c, i + 1);
                        if (close < 0) close = format.Length;
                        sb.Append(format, i + 1, close - i - 1);
                        i = close;
                        break;
                    }
                    case '\\':
                        if (i + 1 < format.Length) { sb.Append(format[i + 1]); i++; }
                        break;
                    default:
                        sb.Append(c);
                        break;
                }
            }
            return sb.ToString();
        }

        private static void AppendAll(StringBuilder sb, StringBuilder digits, bool grouping)
        {
            for (int j = 0; j < digits.Length; j++)
            {
                sb.Append(digits[j]);
                int remaining = digits.Length - 1 - j;
                if (grouping && remaining > 0 && remaining % 3 == 0) sb.Append(',');
            }
        }

        // Where section n (0, 1 or 2) starts; 0 when the format has no such section or it is empty.
        private static int SectionStart(string format, int n)
        {
            if (n == 0) return 0;
            int found = 0;
            for (int i = 0; i < format.Length; i++)
            {
                char c = format[i];
                if (c == '\'' || c == '"')
                {
                    int close = format.IndexOf(c, i + 1);
                    i = close < 0 ? format.Length : close;
                }
                else if (c == '\\') i++;
                else if (c == ';' && ++found == n)
                    return i + 1 < format.Length && format[i + 1] != ';' ? i + 1 : 0;
            }
            return 0;
        }

        // If format[i] ('E' or 'e') starts an exponent ("E0", "E+00", "e-0"), the index after it, else -1.
        private static int ExponentEnd(string format, int i, out int zeros, out bool plus)
        {
            zeros = 0;
            plus = false;
            int j = i + 1;
            if (j < format.Length && (format[j] == '+' || format[j] == '-')) { plus = format[j] == '+'; j++; }
            while (j < format.Length && format[j] == '0') { zeros++; j++; }
            return zeros > 0 ? j : -1;
        }

        private static Layout Scan(string format, int start)
        {
            Layout l = new Layout();
            bool afterPoint = false;
            int firstZero = -1;       // index among integer placeholders of the first '0'
            int lastZeroFrac = -1;    // index among fraction placeholders of the last '0'
            bool anyZeroInt = false;
            int commaAt = -1, commaRun = 0;
            for (int i = start; i < format.Length; i++)
            {
                char c = format[i];
                if (c == ';') break;
                switch (c)
                {
                    case '0':
                    case '#':
                        if (afterPoint)
                        {
                            if (c == '0') lastZeroFrac = l.FracCount;
                            l.FracCount++;
                        }
                        else
                        {
                            if (c == '0' && !anyZeroInt) { anyZeroInt = true; firstZero = l.IntCount; }
                            l.IntCount++;
                        }
                        break;
                    case '.':
                        afterPoint = true;
                        break;
                    case ',':
                        // a run of commas at one position: grouping if placeholders follow, scaling if not
                        if (l.IntCount > 0 && !afterPoint)
                        {
                            if (commaAt == l.IntCount) commaRun++;
                            else
                            {
                                if (commaAt >= 0) l.Grouping = true;
                                commaAt = l.IntCount;
                                commaRun = 1;
                            }
                        }
                        break;
                    case '%': l.Shift += 2; break;
                    case '\u2030': l.Shift += 3; break;
                    case 'E':
                    case 'e':
                    {
                        int zeros;
                        bool plus;
                        int next = ExponentEnd(format, i, out zeros, out plus);
                        if (next >= 0 && !l.Scientific)
                        {
                            l.Scientific = true;
                            l.ExponentPlus = plus;
                            l.ExponentDigits = zeros;
                        }
                        if (next >= 0) i = next - 1;
                        break;
                    }
                    case '\'':
                    case '"':
                    {
                        int close = format.IndexOf(c, i + 1);
                        i = close < 0 ? format.Length : close;
                        break;
                    }
                    case '\\':
                        i++;
                        break;
                }
            }
            if (commaAt >= 0)
            {
                if (commaAt == l.IntCount) l.Shift -= 3 * commaRun;
                else l.Grouping = true;
            }
            l.MinInt = anyZeroInt ? l.IntCount - firstZero : 0;
            l.MinFrac = lastZeroFrac + 1;
            return l;
        }

        private static string TrimZeros(string digits)
        {
            int n = digits.Length;
            while (n > 0 && digits[n - 1] == '0') n--;
            int s = 0;
            while (s < n && digits[s] == '0') s++;
            return s == 0 && n == digits.Length ? digits : digits.Substring(s, n - s);
        }

        // Keeps `keep` leading digits, rounding half away from zero; "" when nothing is left. A carry out of the
        // first digit moves the point.
        private static string Round(string digits, ref int point, int keep)
        {
            if (keep >= digits.Length) return digits;
            if (keep < 0 || digits[keep] < '5') return keep <= 0 ? "" : TrimZeros(digits.Substring(0, keep));
            char[] kept = digits.Substring(0, keep).ToCharArray();
            int i = keep - 1;
            while (i >= 0 && kept[i] == '9') { kept[i] = '0'; i--; }
            if (i >= 0)
            {
                kept[i]++;
                return TrimZeros(new string(kept));
            }
            point++;
            return "1";
        }

        // ---- the numbers' digits ----

        internal static string FormatInteger(bool negative, ulong magnitude, string format)
        {
            string digits = Number.UInt64ToString(magnitude);
            return Format(negative, digits == "0" ? "" : digits, digits.Length, format);
        }

        // Doubles are first rounded to `significant` digits (15 for double, 7 for float), as .NET does for custom
        // formats, so 1.005 with "0.00" prints 1.01 like the source literal suggests.
        internal static string FormatDouble(double value, int significant, string format)
        {
            bool negative = value < 0 || (value == 0 && 1 / value < 0);
            if (value == 0) return Format(negative, "", 0, format, true);
            // "d.ddddE+ddd"
            string e = FloatFormatter.Format(negative ? -value : value, 'E', significant - 1);
            int ePos = e.IndexOf('E');
            StringBuilder digits = new StringBuilder();
            for (int i = 0; i < ePos; i++) if (e[i] != '.') digits.Append(e[i]);
            int exponent = int.Parse(e.Substring(ePos + 1));
            return Format(negative, digits.ToString(), exponent + 1, format, true);
        }
    }
}
