using System.Text;

namespace System
{
    // decimal to text and back, invariant culture. Formats work on the exact digits and round half away from zero,
    // as .NET's number formatting does; parsing rounds half to even beyond 28 decimals.
    internal static class DecimalFormat
    {
        internal const int ParseOk = 0;
        internal const int ParseBadFormat = 1;
        internal const int ParseOverflow = 2;

        // value = 0.digits * 10^point; digits has no leading zeros and is "" for zero
        private static string Digits(decimal d, out int point)
        {
            string s = d.MantissaDigits();
            if (s == "0") { point = 0; return ""; }
            point = s.Length - d.ScaleInternal;
            return s;
        }

        private static string TrimZeros(string digits)
        {
            int n = digits.Length;
            while (n > 0 && digits[n - 1] == '0') n--;
            return n == digits.Length ? digits : digits.Substring(0, n);
        }

        // Keeps `keep` leading digits, rounding half away from zero; "" when nothing is left.
        private static string RoundDigits(string digits, ref int point, int keep)
        {
            if (keep >= digits.Length) return TrimZeros(digits);
            if (keep < 0) return "";
            if (digits[keep] < '5') return TrimZeros(digits.Substring(0, keep));
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

        // "-1234.50" (frac decimals, optional groups) of d times 10^shift, no sign when it rounds to zero
        internal static string Fixed(decimal d, int frac, bool groups, int shift)
        {
            int point;
            string digits = Digits(d, out point);
            return FixedFromDigits(digits, point + shift, d.IsNegativeInternal, frac, groups);
        }

        internal static string Fixed(decimal d, int frac, bool groups) { return Fixed(d, frac, groups, 0); }

        // Rounds digits to point + frac places (half away from zero) in a small buffer, then writes the text straight
        // into the result: sign, integer digits (with groups), point, frac digits.
        private static unsafe string FixedFromDigits(string digits, int point, bool negative, int frac, bool groups)
        {
            if (digits.Length == 0) point = 0;
            int keep = point + frac;
            char* kept = stackalloc char[digits.Length + 1];
            int count = keep < 0 ? 0 : keep < digits.Length ? keep : digits.Length;
            for (int i = 0; i < count; i++) kept[i] = digits[i];
            if (keep >= 0 && keep < digits.Length && digits[keep] >= '5')
            {
                int i = keep - 1;
                while (i >= 0 && kept[i] == '9') { kept[i] = '0'; i--; }
                if (i >= 0) kept[i]++;
                else { kept[0] = '1'; count = 1; point++; }
            }
            // digits have no leading zero, so anything kept is not zero: only then is there a sign
            bool sign = negative && count > 0;
            int integerDigits = point > 0 ? point : 1;
            int separators = groups && point > 3 ? (point - 1) / 3 : 0;
            string text = string.FastAllocateString((sign ? 1 : 0) + integerDigits + separators + (frac > 0 ? frac + 1 : 0));
            fixed (char* start = text)
            {
                char* p = start;
                if (sign) *p++ = '-';
                if (point <= 0) *p++ = '0';
                for (int i = 0; i < point; i++)
                {
                    if (separators > 0 && i > 0 && (point - i) % 3 == 0) *p++ = ',';
                    *p++ = i < count ? kept[i] : '0';
                }
                if (frac > 0)
                {
                    *p++ = '.';
                    for (int i = 0; i < frac; i++)
                    {
                        int index = point + i;
                        *p++ = index >= 0 && index < count ? kept[index] : '0';
                    }
                }
            }
            return text;
        }

        // Every digit of the mantissa, trailing zeros included: 1.50m is "1.50".
        private static unsafe string General(decimal d)
        {
            string s = d.MantissaDigits();
            int scale = d.ScaleInternal;
            bool sign = d.IsNegativeInternal && s != "0";
            if (scale == 0) return sign ? "-" + s : s;
            int integerDigits = s.Length - scale; // none or less: "0.000ddd"
            string text = string.FastAllocateString((sign ? 1 : 0) + (integerDigits > 0 ? s.Length : 1 + scale) + 1);
            fixed (char* start = text)
            fixed (char* digits = s)
            {
                char* p = start;
                if (sign) *p++ = '-';
                if (integerDigits > 0)
                {
                    for (int i = 0; i < integerDigits; i++) *p++ = digits[i];
                    *p++ = '.';
                    for (int i = integerDigits; i < s.Length; i++) *p++ = digits[i];
                }
                else
                {
                    *p++ = '0';
                    *p++ = '.';
                    for (int i = integerDigits; i < 0; i++) *p++ = '0';
                    for (int i = 0; i < s.Length; i++) *p++ = digits[i];
                }
            }
            return text;
        }

        private static void AppendExponent(StringBuilder sb, char e, int exponent, int minDigits)
        {
            sb.Append(e);
            sb.Append(exponent < 0 ? '-' : '+');
            string text = Number.Int64ToString(exponent < 0 ? -exponent : exponent);
            for (int i = text.Length; i < minDigits; i++) sb.Append('0');
            sb.Append(text);
        }

        private static bool IsStandard(string format)
        {
            char c = format[0];
            if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) || format.Length > 10) return false;
            for (int i = 1; i < format.Length; i++) if (format[i] < '0' || format[i] > '9') return false;
            return true;
        }

        internal static string Format(decimal d, string format)
        {
            if (format == null || format.Length == 0) return General(d);
            if (!IsStandard(format))
            {
                int point;
                string digits = Digits(d, out point);
                return System.Text.CustomNumberFormat.Format(d.IsNegativeInternal, digits, point, format);
            }
            char kind = format[0];
            int precision = System.Text.Formatter.Precision(format);
            switch (kind)
            {
                case 'G': case 'g':
                    if (precision < 0) return General(d);
                    return GeneralWithPrecision(d, precision, kind == 'g' ? 'e' : 'E');
                case 'F': case 'f': return Fixed(d, precision < 0 ? 2 : precision, false);
                case 'N': case 'n': return Fixed(d, precision < 0 ? 2 : precision, true);
                case 'P': case 'p':
                {
                    int point;
                    string digits = Digits(d, out point);
                    return FixedFromDigits(digits, point + 2, d.IsNegativeInternal, precision < 0 ? 2 : precision, true) + " %";
                }
                case 'C': case 'c':
                {
                    string text = Fixed(Decimal.Abs(d), precision < 0 ? 2 : precision, true);
                    bool negative = d.IsNegativeInternal && Fixed(d, precision < 0 ? 2 : precision, false)[0] == '-';
                    return negative ? "(\u00a4" + text + ")" : "\u00a4" + text;
                }
                case 'E': case 'e': return Scientific(d, precision < 0 ? 6 : precision, kind);
                default: throw new FormatException("Format specifier was invalid.");
            }
        }

        // d.dddE+ddd with `precision` decimals
        private static string Scientific(decimal d, int precision, char e)
        {
            int point;
            string digits = Digits(d, out point);
            digits = RoundDigits(digits, ref point, precision + 1);
            StringBuilder sb = new StringBuilder();
            if (d.IsNegativeInternal && digits.Length > 0) sb.Append('-');
            sb.Append(digits.Length > 0 ? digits[0] : '0');
            if (precision > 0)
            {
                sb.Append('.');
                for (int i = 1; i <= precision; i++) sb.Append(i < digits.Length ? digits[i] : '0');
            }
            AppendExponent(sb, e, digits.Length > 0 ? point - 1 : 0, 3);
            return sb.ToString();
        }

        // "G<n>": n significant digits without trailing zeros; scientific when the point is far away
        private static string GeneralWithPrecision(decimal d, int precision, char e)
        {
            int point;
            string digits = Digits(d, out point);
            if (precision == 0) precision = digits.Length == 0 ? 1 : digits.Length;
            digits = RoundDigits(digits, ref point, precision);
            if (digits.Length == 0) return "0";
            StringBuilder sb = new StringBuilder();
            if (d.IsNegativeInternal) sb.Append('-');
            if (point > precision || point < -3)
            {
                sb.Append(digits[0]);
                if (digits.Length > 1) sb.Append('.').Append(digits, 1, digits.Length - 1);
                AppendExponent(sb, e, point - 1, 2);
                return sb.ToString();
            }
            if (point <= 0)
            {
                sb.Append("0.");
                sb.Append('0', -point);
                sb.Append(digits);
                return sb.ToString();
            }
            for (int i = 0; i < point; i++) sb.Append(i < digits.Length ? digits[i] : '0');
            if (digits.Length > point) sb.Append('.').Append(digits, point, digits.Length - point);
            return sb.ToString();
        }

        internal static int TryParse(string s, out decimal result) { return TryParse(s, false, out result); }

        // The common text, [sign]digits[.digits] with at most 19 significant digits and 28 decimals, read straight into a
        // 64-bit mantissa (no array arithmetic); anything else is left to the general parser.
        private static bool TryParsePlain(string s, out decimal result)
        {
            result = 0m;
            int i = 0, n = s.Length;
            bool negative = false;
            if (i < n && (s[i] == '-' || s[i] == '+')) negative = s[i++] == '-';
            ulong mantissa = 0;
            int significant = 0, scale = 0;
            bool any = false, point = false;
            for (; i < n; i++)
            {
                char c = s[i];
                if (c == '.' && !point) { point = true; continue; }
                uint digit = (uint)(c - '0');
                if (digit > 9) return false;
                any = true;
                if (point) scale++;
                if (significant == 0 && digit == 0) continue;
                if (++significant > 19) return false;
                mantissa = mantissa * 10 + digit;
            }
            if (!any || scale > 28) return false;
            result = Decimal.FromUInt64(mantissa, negative && (mantissa != 0 || scale != 0), scale);
            return true;
        }

        // NumberStyles.Number: [ws][sign]digits[,digits...][.digits][sign][ws]; with allowExponent an e[sign]digits
        // may follow the digits (NumberStyles.Float, Any).
        internal static int TryParse(string s, bool allowExponent, out decimal result)
        {
            if (TryParsePlain(s, out result)) return ParseOk;
            string t = s.Trim();
            int i = 0;
            bool negative = false, signed = false;
            if (i < t.Length && (t[i] == '-' || t[i] == '+'))
            {
                negative = t[i] == '-';
                signed = true;
                i++;
            }
            uint[] m = new uint[DecimalCalc.Words];
            int kept = 0, scale = 0, lostIntegerDigits = 0;
            bool any = false, point = false, sticky = false;
            for (; i < t.Length; i++)
            {
                char c = t[i];
                if (c >= '0' && c <= '9')
                {
                    any = true;
                    if (kept == 0 && c == '0')
                    {
                        if (point) scale++;
                        continue;
                    }
                    if (kept < 60)
                    {
                        DecimalCalc.MulAddSmall(m, 10, (uint)(c - '0'));
                        kept++;
                        if (point) scale++;
                    }
                    else if (point) { if (c != '0') sticky = true; }
                    else lostIntegerDigits++;
                }
                else if (c == '.' && !point) point = true;
                else if (c == ',' && !point && any) { }
                else break;
            }
            if (!any) return ParseBadFormat;
            if (allowExponent && i < t.Length && (t[i] == 'e' || t[i] == 'E'))
            {
                int j = i + 1;
                bool negativeExponent = false;
                if (j < t.Length && (t[j] == '-' || t[j] == '+')) { negativeExponent = t[j] == '-'; j++; }
                int exponent = 0, k = j;
                for (; k < t.Length && t[k] >= '0' && t[k] <= '9'; k++) if (exponent < 100000) exponent = exponent * 10 + (t[k] - '0');
                if (k == j) return ParseBadFormat;
                i = k;
                scale += negativeExponent ? exponent : -exponent;
                if (scale < 0)
                {
                    if (DecimalCalc.IsZero(m)) scale = 0;
                    else
                    {
                        if (-scale > 60) return ParseOverflow;
                        try { DecimalCalc.MulPow10(m, -scale); } catch (OverflowException) { return ParseOverflow; }
                        scale = 0;
                    }
                }
            }
            if (i < t.Length && !signed && (t[i] == '-' || t[i] == '+'))
            {
                negative = t[i] == '-';
                i++;
            }
            if (i != t.Length) return ParseBadFormat;
            if (lostIntegerDigits > 0) return ParseOverflow;
            try
            {
                scale = DecimalCalc.Reduce(m, scale, 0, sticky);
            }
            catch (OverflowException)
            {
                return ParseOverflow;
            }
            // "-0" is zero without a sign, as .NET's parser gives it ("-0.00" keeps the sign in its flags)
            result = Decimal.FromParts(m, negative && (scale != 0 || !DecimalCalc.IsZero(m)), scale);
            return ParseOk;
        }
    }
}
