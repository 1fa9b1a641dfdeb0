using System.Runtime.CompilerServices;

namespace System.Text
{
    // double and float in the standard formats with a precision — E, F, G, N, P, C — laid out as .NET's
    // NumberToString lays out its number buffer with the invariant culture. The digits are the exact value's, rounded
    // at the precision with ties to the even digit (runtime-c/src/exact_digits.c), which is what .NET Core 3.0+'s
    // Dragon4 with a cutoff produces; a float is formatted through its (exact) double value. "R", and "G" without a
    // precision, are the shortest round-trip text (Number.DoubleToString), not formatted here.
    internal static unsafe class FloatFormatter
    {
        private const int DigitsMax = 1120; // KILN_EXACT_DIGITS_MAX of runtime-c/src/runtime.h

        // .NET's number buffer: digits (ASCII, no trailing zeros, none for zero), value = 0.digits · 10^Scale
        private struct Digits
        {
            public byte* Text;
            public int Count;
            public int Scale;
            public bool Negative;

            public char At(int i) { return i < Count ? (char)Text[i] : '0'; }
        }

        // Counts the characters of a layout (Chars null), then writes them into a string of that length.
        private struct Output
        {
            public char* Chars;
            public int Length;

            public void Put(char c)
            {
                if (Chars != null) Chars[Length] = c;
                Length++;
            }

            public void Put(char c, int count) { for (int i = 0; i < count; i++) Put(c); }
        }

        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern int ExactDigits(double value, int count, int significant, byte* digits, int* scale);

        // value finite; kind a letter of "EeFfNnPpCcGg"; precision -1 for the format's default (G: shortest, which the
        // caller handles) or 0 to 999,999,999.
        internal static string Format(double value, char kind, int precision)
        {
            byte* buffer = stackalloc byte[DigitsMax];
            Digits number;
            number.Text = buffer;
            number.Negative = BitConverter.DoubleToInt64Bits(value) < 0;
            double magnitude = number.Negative ? -value : value;
            int scale = 0;
            switch (kind)
            {
                case 'E': case 'e':
                    if (precision < 0) precision = 6;
                    number.Count = magnitude == 0 ? 0 : ExactDigits(magnitude, precision + 1, 1, buffer, &scale);
                    break;
                case 'G': case 'g':
                    number.Count = magnitude == 0 ? 0 : ExactDigits(magnitude, precision, 1, buffer, &scale);
                    break;
                case 'P': case 'p':
                    // the exact value's digits with two more decimals, the point moved: no rounding of value * 100
                    if (precision < 0) precision = 2;
                    number.Count = magnitude == 0 ? 0 : ExactDigits(magnitude, precision + 2, 0, buffer, &scale);
                    if (number.Count > 0) scale += 2;
                    break;
                default: // F, N, C: digits after the point
                    if (precision < 0) precision = 2;
                    number.Count = magnitude == 0 ? 0 : ExactDigits(magnitude, precision, 0, buffer, &scale);
                    break;
            }
            number.Scale = scale;
            Output counting = new Output();
            Lay(ref counting, ref number, kind, precision);
            string text = string.FastAllocateString(counting.Length);
            fixed (char* chars = text)
            {
                Output writing = new Output();
                writing.Chars = chars;
                Lay(ref writing, ref number, kind, precision);
            }
            return text;
        }

        private static void Lay(ref Output o, ref Digits number, char kind, int precision)
        {
            switch (kind)
            {
                case 'E': case 'e':
                    if (number.Negative) o.Put('-');
                    Scientific(ref o, ref number, precision, kind);
                    break;
                case 'G': case 'g':
                    if (number.Negative) o.Put('-');
                    General(ref o, ref number, precision, kind == 'G' ? 'E' : 'e');
                    break;
                case 'F': case 'f':
                    if (number.Negative) o.Put('-');
                    Fixed(ref o, ref number, precision, false);
                    break;
                case 'N': case 'n':
                    if (number.Negative) o.Put('-');
                    Fixed(ref o, ref number, precision, true);
                    break;
                case 'P': case 'p':
                    // the invariant patterns "n %" and "-n %"
                    if (number.Negative) o.Put('-');
                    Fixed(ref o, ref number, precision, true);
                    o.Put(' ');
                    o.Put('%');
                    break;
                default:
                    // the invariant patterns "¤n" and "(¤n)"
                    if (number.Negative) o.Put('(');
                    o.Put('\u00a4');
                    Fixed(ref o, ref number, precision, true);
                    if (number.Negative) o.Put(')');
                    break;
            }
        }

        // "d.ddddE+ddd": precision digits after the point, a sign and at least three digits in the exponent.
        private static void Scientific(ref Output o, ref Digits number, int precision, char exponentChar)
        {
            o.Put(number.At(0));
            if (precision > 0) o.Put('.');
            for (int i = 1; i <= precision; i++) o.Put(number.At(i));
            Exponent(ref o, number.Count == 0 ? 0 : number.Scale - 1, exponentChar, 3);
        }

        // Fixed notation for decimal exponents from -5 up to below the precision, else scientific with at least two
        // exponent digits; no trailing zeros.
        private static void General(ref Output o, ref Digits number, int precision, char exponentChar)
        {
            int position = number.Scale;
            bool scientific = position > precision || position < -3;
            if (scientific) position = 1;
            int next = 0;
            if (position > 0)
            {
                for (int i = 0; i < position; i++) o.Put(number.At(next++));
            }
            else
            {
                o.Put('0');
            }
            if (next < number.Count || position < 0)
            {
                o.Put('.');
                for (; position < 0; position++) o.Put('0');
                while (next < number.Count) o.Put(number.At(next++));
            }
            if (scientific) Exponent(ref o, number.Scale - 1, exponentChar, 2);
        }

        // The integer digits (with a comma between groups of three when grouped), then `decimals` digits after a point.
        private static void Fixed(ref Output o, ref Digits number, int decimals, bool grouped)
        {
            int position = number.Scale;
            int next = 0;
            if (position > 0)
            {
                for (int i = 0; i < position; i++)
                {
                    if (grouped && i > 0 && (position - i) % 3 == 0) o.Put(',');
                    o.Put(number.At(next++));
                }
            }
            else
            {
                o.Put('0');
            }
            if (decimals <= 0) return;
            o.Put('.');
            int zeros = position < 0 ? Math.Min(-position, decimals) : 0;
            o.Put('0', zeros);
            for (int i = zeros; i < decimals; i++) o.Put(number.At(next++));
        }

        private static void Exponent(ref Output o, int exponent, char exponentChar, int minDigits)
        {
            o.Put(exponentChar);
            o.Put(exponent < 0 ? '-' : '+');
            if (exponent < 0) exponent = -exponent;
            int digits = exponent >= 100 ? 3 : exponent >= 10 ? 2 : 1;
            o.Put('0', minDigits - digits);
            if (digits >= 3) o.Put((char)('0' + exponent / 100));
            if (digits >= 2) o.Put((char)('0' + exponent / 10 % 10));
            o.Put((char)('0' + exponent % 10));
        }
    }
}
