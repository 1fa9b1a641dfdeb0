namespace System.Collections.Generic
{
    // Bucket counts and bucket indexes of Dictionary and HashSet, as .NET's HashHelpers: prime sizes (at least double
    // the old one when growing), so that regular keys (multiples of 8, of 1000, ...) spread over all buckets, and the
    // remainder by Lemire's multiply-shift (FastMod) instead of a division.
    internal static class HashBuckets
    {
        private static readonly int[] s_primes =
        {
            3, 7, 11, 17, 23, 29, 37, 47, 59, 71, 89, 107, 131, 163, 197, 239, 293, 353, 431, 521, 631, 761, 919,
            1103, 1327, 1597, 1931, 2333, 2801, 3371, 4049, 4861, 5839, 7013, 8419, 10103, 12143, 14591,
            17519, 21023, 25229, 30293, 36353, 43627, 52361, 62851, 75431, 90523, 108631, 130363, 156437,
            187751, 225307, 270371, 324449, 389357, 467237, 560689, 672827, 807403, 968897, 1162687, 1395263,
            1674319, 2009191, 2411033, 2893249, 3471899, 4166287, 4999559, 5999471, 7199369
        };

        // The largest prime below Array.MaxLength, where growth stops.
        private const int MaxPrime = 0x7FFFFFC3;

        internal static int PrimeAtLeast(int min)
        {
            foreach (int prime in s_primes)
            {
                if (prime >= min) return prime;
            }
            for (int candidate = min | 1; candidate < int.MaxValue; candidate += 2)
            {
                if (IsPrime(candidate) && (candidate - 1) % 101 != 0) return candidate;
            }
            return min;
        }

        private static bool IsPrime(int candidate)
        {
            int limit = (int)Math.Sqrt(candidate);
            for (int divisor = 3; divisor <= limit; divisor += 2)
            {
                if (candidate % divisor == 0) return false;
            }
            return true;
        }

        internal static int GrownSize(int oldSize)
        {
            int doubled = 2 * oldSize;
            if ((uint)doubled > MaxPrime && MaxPrime > oldSize) return MaxPrime;
            return PrimeAtLeast(doubled);
        }

        // ulong.MaxValue / size + 1, for Index.
        internal static ulong Multiplier(int size) { return ulong.MaxValue / (uint)size + 1; }

        // hash % size for a non-negative hash, given Multiplier(size).
        internal static int Index(int hash, int size, ulong multiplier)
        {
            return (int)(uint)((((multiplier * (uint)hash) >> 32) + 1) * (uint)size >> 32);
        }
    }
}
