using System.Runtime.CompilerServices;

namespace System
{
    // A seeded Random is Knuth's subtractive generator, the algorithm every .NET version uses for explicit seeds, so
    // `new Random(42)` gives .NET's sequence. Without a seed it is xoshiro256** seeded by the operating system, as in
    // .NET 6+; a derived class that overrides Sample() gets the subtractive generator so that its override is used.
    public class Random
    {
        private SubtractiveGenerator m_subtractive;
        private Xoshiro m_xoshiro;
        private static Random s_shared;

        public Random()
        {
            ulong seed = SystemSeed();
            if (GetType() == typeof(Random)) m_xoshiro = new Xoshiro(seed);
            else m_subtractive = new SubtractiveGenerator((int)(seed & 0x7fffffff));
        }

        public Random(int Seed) { m_subtractive = new SubtractiveGenerator(Seed); }

        // One instance for the whole program (the run loop is single-threaded).
        public static Random Shared { get { if (s_shared == null) s_shared = new Random(); return s_shared; } }

        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern ulong SystemSeed();

        protected virtual double Sample()
        {
            if (m_xoshiro != null) return m_xoshiro.NextDouble();
            return m_subtractive.Next() * (1.0 / int.MaxValue);
        }

        public virtual int Next()
        {
            if (m_xoshiro != null) return m_xoshiro.NextBelow(int.MaxValue);
            return m_subtractive.Next();
        }

        public virtual int Next(int maxValue)
        {
            if (maxValue < 0) throw NonNegative("maxValue", maxValue);
            if (m_xoshiro != null) return maxValue <= 1 ? 0 : m_xoshiro.NextBelow(maxValue);
            return (int)(Sample() * maxValue);
        }

        public virtual int Next(int minValue, int maxValue)
        {
            if (minValue > maxValue) throw Swapped();
            long range = (long)maxValue - minValue;
            if (m_xoshiro != null) return range <= 1 ? minValue : (int)(minValue + (long)m_xoshiro.NextBelow64((ulong)range));
            if (range <= int.MaxValue) return (int)(Sample() * range) + minValue;
            return (int)((long)(LargeRangeSample() * range) + minValue);
        }

        public virtual long NextInt64() { return NextInt64(0, long.MaxValue); }

        public virtual long NextInt64(long maxValue)
        {
            if (maxValue < 0) throw NonNegative("maxValue", maxValue);
            return NextInt64(0, maxValue);
        }

        public virtual long NextInt64(long minValue, long maxValue)
        {
            if (minValue > maxValue) throw Swapped();
            ulong range = (ulong)(maxValue - minValue);
            if (range <= 1) return minValue;
            if (m_xoshiro != null) return (long)((ulong)minValue + m_xoshiro.NextBelow64(range));
            // 64 bits from the subtractive generator: rejection over the smallest power of two covering the range
            int bits = 64;
            while (bits > 1 && (range - 1) >> (bits - 1) == 0) bits--;
            while (true)
            {
                ulong r = ((ulong)(uint)m_subtractive.Next() << 33) ^ ((ulong)(uint)m_subtractive.Next() << 2) ^ (ulong)(uint)m_subtractive.Next();
                if (bits < 64) r &= (1UL << bits) - 1;
                if (r < range) return (long)((ulong)minValue + r);
            }
        }

        public virtual double NextDouble() { return Sample(); }

        public virtual float NextSingle()
        {
            while (true)
            {
                float f = (float)Sample();
                if (f < 1.0f) return f;
            }
        }

        public virtual void NextBytes(byte[] buffer)
        {
            if (buffer == null) throw new ArgumentNullException("buffer");
            if (m_xoshiro != null)
            {
                for (int i = 0; i < buffer.Length; i++) buffer[i] = (byte)(m_xoshiro.NextUInt64() >> 56);
                return;
            }
            for (int i = 0; i < buffer.Length; i++) buffer[i] = (byte)m_subtractive.Next();
        }

        // A value in [0, 1) with more than 31 bits of spread, for ranges wider than int.MaxValue.
        private double LargeRangeSample()
        {
            int result = m_subtractive.Next();
            if (m_subtractive.Next() % 2 == 0) result = -result;
            double d = result;
            d += int.MaxValue - 1;
            d /= 2.0 * int.MaxValue - 1;
            return d;
        }

        private static ArgumentOutOfRangeException NonNegative(string name, long value)
        {
            return new ArgumentOutOfRangeException(name, value, name + " ('" + value.ToString() + "') must be a non-negative value.");
        }

        private static ArgumentOutOfRangeException Swapped()
        {
            return new ArgumentOutOfRangeException("minValue", "'minValue' cannot be greater than maxValue.");
        }

        // Knuth's subtractive generator (The Art of Computer Programming, vol. 2, 3.6) with .NET's seeding.
        private sealed class SubtractiveGenerator
        {
            private readonly int[] m_state = new int[56];
            private int m_next;
            private int m_nextPrime = 21;

            internal SubtractiveGenerator(int seed)
            {
                int[] state = m_state;
                int magnitude = seed == int.MinValue ? int.MaxValue : Math.Abs(seed);
                int value = 161803398 - magnitude;
                state[55] = value;
                int previous = 1;
                for (int i = 1; i < 55; i++)
                {
                    int slot = 21 * i % 55;
                    state[slot] = previous;
                    previous = value - previous;
                    if (previous < 0) previous += int.MaxValue;
                    value = state[slot];
                }
                for (int round = 1; round < 5; round++)
                {
                    for (int i = 1; i < 56; i++)
                    {
                        state[i] -= state[1 + (i + 30) % 55];
                        if (state[i] < 0) state[i] += int.MaxValue;
                    }
                }
            }

            // A value in [0, int.MaxValue).
            internal int Next()
            {
                int next = m_next + 1;
                if (next >= 56) next = 1;
                int nextPrime = m_nextPrime + 1;
                if (nextPrime >= 56) nextPrime = 1;
                int result = m_state[next] - m_state[nextPrime];
                if (result == int.MaxValue) result--;
                if (result < 0) result += int.MaxValue;
                m_state[next] = result;
                m_next = next;
                m_nextPrime = nextPrime;
                return result;
            }
        }

        // xoshiro256** (Blackman and Vigna), state expanded from the seed with splitmix64.
        private sealed class Xoshiro
        {
            private ulong m_s0, m_s1, m_s2, m_s3;

            internal Xoshiro(ulong seed)
            {
                m_s0 = SplitMix(ref seed);
                m_s1 = SplitMix(ref seed);
                m_s2 = SplitMix(ref seed);
                m_s3 = SplitMix(ref seed);
            }

            private static ulong SplitMix(ref ulong x)
            {
                x += 0x9e3779b97f4a7c15UL;
                ulong z = x;
                z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9UL;
                z = (z ^ (z >> 27)) * 0x94d049bb133111ebUL;
                return z ^ (z >> 31);
            }

            private static ulong Rotl(ulong x, int k) { return (x << k) | (x >> (64 - k)); }

            internal ulong NextUInt64()
            {
                ulong result = Rotl(m_s1 * 5, 7) * 9;
                ulong t = m_s1 << 17;
                m_s2 ^= m_s0;
                m_s3 ^= m_s1;
                m_s1 ^= m_s2;
                m_s0 ^= m_s3;
                m_s2 ^= t;
                m_s3 = Rotl(m_s3, 45);
                return result;
            }

            internal double NextDouble() { return (NextUInt64() >> 11) * (1.0 / (1UL << 53)); }

            internal int NextBelow(int bound) { return (int)NextBelow64((ulong)bound); }

            // Uniform in [0, bound), bound > 0: rejection over the smallest power of two covering bound.
            internal ulong NextBelow64(ulong bound)
            {
                int shift = 0;
                ulong top = bound - 1;
                while (shift < 63 && (top << shift) >> 63 == 0) shift++;
                if (top == 0) return 0;
                while (true)
                {
                    ulong r = NextUInt64() >> shift;
                    if (r < bound) return r;
                }
            }
        }
    }
}
