namespace System
{
    // Unsigned big integers for decimal arithmetic: little-endian arrays of Words 32-bit words, enough for a 96-bit
    // mantissa scaled by 10^56 or two mantissas multiplied, with room to spare.
    internal static class DecimalCalc
    {
        internal const int Words = 12;

        internal static uint[] FromMantissa(uint lo, uint mid, uint hi)
        {
            uint[] a = new uint[Words];
            a[0] = lo;
            a[1] = mid;
            a[2] = hi;
            return a;
        }

        internal static uint[] Copy(uint[] a)
        {
            uint[] b = new uint[Words];
            for (int i = 0; i < Words; i++) b[i] = a[i];
            return b;
        }

        internal static bool IsZero(uint[] a)
        {
            for (int i = 0; i < Words; i++) if (a[i] != 0) return false;
            return true;
        }

        internal static bool Fits96(uint[] a)
        {
            for (int i = 3; i < Words; i++) if (a[i] != 0) return false;
            return true;
        }

        // a = a * m + add
        internal static void MulAddSmall(uint[] a, uint m, uint add)
        {
            ulong carry = add;
            for (int i = 0; i < Words; i++)
            {
                ulong t = (ulong)a[i] * m + carry;
                a[i] = (uint)t;
                carry = t >> 32;
            }
            if (carry != 0) throw new OverflowException("Value was either too large or too small for a Decimal.");
        }

        internal static void MulPow10(uint[] a, int power)
        {
            while (power >= 9) { MulAddSmall(a, 1000000000, 0); power -= 9; }
            if (power > 0) MulAddSmall(a, PowerOf10(power), 0);
        }

        internal static uint PowerOf10(int power)
        {
            uint p = 1;
            for (int i = 0; i < power; i++) p *= 10;
            return p;
        }

        // a = a / d; returns the remainder
        internal static uint DivSmall(uint[] a, uint d)
        {
            ulong remainder = 0;
            for (int i = Words - 1; i >= 0; i--)
            {
                ulong t = (remainder << 32) | a[i];
                a[i] = (uint)(t / d);
                remainder = t % d;
            }
            return (uint)remainder;
        }

        internal static int Compare(uint[] a, uint[] b)
        {
            for (int i = Words - 1; i >= 0; i--)
            {
                if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
            }
            return 0;
        }

        // a += b
        internal static void Add(uint[] a, uint[] b)
        {
            ulong carry = 0;
            for (int i = 0; i < Words; i++)
            {
                ulong t = (ulong)a[i] + b[i] + carry;
                a[i] = (uint)t;
                carry = t >> 32;
            }
        }

        // a -= b, a >= b
        internal static void Subtract(uint[] a, uint[] b)
        {
            long borrow = 0;
            for (int i = 0; i < Words; i++)
            {
                long t = (long)a[i] - b[i] - borrow;
                a[i] = (uint)t;
                borrow = t < 0 ? 1 : 0;
            }
        }

        internal static uint[] Multiply(uint[] a, uint[] b)
        {
            uint[] r = new uint[Words];
            for (int i = 0; i < 4; i++)
            {
                if (a[i] == 0) continue;
                ulong carry = 0;
                for (int j = 0; i + j < Words; j++)
                {
                    ulong t = (ulong)a[i] * b[j] + r[i + j] + carry;
                    r[i + j] = (uint)t;
                    carry = t >> 32;
                }
            }
            return r;
        }

        private static int BitLength(uint[] a)
        {
            for (int i = Words - 1; i >= 0; i--)
            {
                if (a[i] == 0) continue;
                int bits = 32;
                while ((a[i] & (1u << (bits - 1))) == 0) bits--;
                return i * 32 + bits;
            }
            return 0;
        }

        private static bool Bit(uint[] a, int index) { return (a[index >> 5] & (1u << (index & 31))) != 0; }

        // a = a / b (b not zero); returns the remainder (shift and subtract)
        internal static uint[] DivRem(uint[] a, uint[] b)
        {
            uint[] remainder = new uint[Words];
            if (Compare(a, b) < 0)
            {
                for (int i = 0; i < Words; i++) { remainder[i] = a[i]; a[i] = 0; }
                return remainder;
            }
            bool small = true;
            for (int i = 1; i < Words; i++) if (b[i] != 0) small = false;
            if (small)
            {
                remainder[0] = DivSmall(a, b[0]);
                return remainder;
            }
            int bits = BitLength(a);
            uint[] quotient = new uint[Words];
            for (int i = bits - 1; i >= 0; i--)
            {
                // remainder = remainder * 2 + bit i of a
                uint carry = Bit(a, i) ? 1u : 0u;
                for (int k = 0; k < Words; k++)
                {
                    uint next = remainder[k] >> 31;
                    remainder[k] = (remainder[k] << 1) | carry;
                    carry = next;
                }
                if (Compare(remainder, b) >= 0)
                {
                    Subtract(remainder, b);
                    quotient[i >> 5] |= 1u << (i & 31);
                }
            }
            for (int i = 0; i < Words; i++) a[i] = quotient[i];
            return remainder;
        }

        // Drops `count` decimal digits from a, rounding once as `mode` says; sticky says that nonzero digits were lost
        // below them already.
        internal static void DropDigits(uint[] a, int count, bool negative, MidpointRounding mode, bool sticky)
        {
            if (count <= 0) return;
            uint last = 0;
            for (int i = 0; i < count; i++)
            {
                if (last != 0) sticky = true;
                last = DivSmall(a, 10);
            }
            if (RoundsUp(last, sticky, (a[0] & 1) != 0, negative, mode)) Increment(a);
        }

        internal static bool RoundsUp(uint lastDropped, bool sticky, bool odd, bool negative, MidpointRounding mode)
        {
            bool inexact = lastDropped != 0 || sticky;
            switch (mode)
            {
                case MidpointRounding.ToEven: return lastDropped > 5 || (lastDropped == 5 && (sticky || odd));
                case MidpointRounding.AwayFromZero: return lastDropped >= 5;
                case MidpointRounding.ToNegativeInfinity: return negative && inexact;
                case MidpointRounding.ToPositiveInfinity: return !negative && inexact;
                default: return false;
            }
        }

        internal static void Increment(uint[] a)
        {
            for (int i = 0; i < Words; i++)
            {
                if (++a[i] != 0) return;
            }
        }

        // Rounds a (at `scale`) half to even, once, to the fewest dropped digits (at least minDrop) that make it fit 96
        // bits with a scale of at most 28; sticky says that nonzero digits were already lost below a. Returns the new
        // scale.
        internal static int Reduce(uint[] a, int scale, int minDrop, bool sticky)
        {
            int drop = minDrop;
            if (scale - drop > 28) drop = scale - 28;
            if (!Fits96(a))
            {
                uint[] probe = Copy(a);
                int needed = 0;
                while (!Fits96(probe)) { DivSmall(probe, 10); needed++; }
                if (needed > drop) drop = needed;
            }
            if (drop > scale) throw new OverflowException("Value was either too large or too small for a Decimal.");
            if (drop > 0 || sticky)
            {
                DropDigits(a, drop, false, MidpointRounding.ToEven, sticky);
                scale -= drop;
            }
            if (!Fits96(a))
            {
                // rounding up carried past 96 bits: the value is now 2^96 exactly, whose last digit rounds up again
                if (scale == 0) throw new OverflowException("Value was either too large or too small for a Decimal.");
                DropDigits(a, 1, false, MidpointRounding.ToEven, false);
                scale--;
            }
            return scale;
        }

        // Decimal digits of a (destroys a), "0" for zero.
        internal static string ToDigits(uint[] a)
        {
            if (IsZero(a)) return "0";
            char[] buffer = new char[120];
            int p = buffer.Length;
            while (!IsZero(a))
            {
                uint chunk = DivSmall(a, 1000000000);
                bool more = !IsZero(a);
                for (int i = 0; i < 9 && (more || chunk != 0); i++)
                {
                    buffer[--p] = (char)('0' + chunk % 10);
                    chunk /= 10;
                }
            }
            return new string(buffer, p, buffer.Length - p);
        }
    }
}
