// Prime sieves and number theory on fixed ranges: Eratosthenes, a segmented sieve, trial-division factorization,
// Euler's totient, Miller-Rabin with fixed witnesses, Goldbach partitions and twin primes.
using System;
using System.Collections.Generic;

class PrimesAndFactors
{
    static bool[] Sieve(int n)
    {
        var composite = new bool[n + 1];
        composite[0] = composite[1] = true;
        for (long i = 2; i * i <= n; i++)
            if (!composite[i]) for (long j = i * i; j <= n; j += i) composite[j] = true;
        return composite;
    }

    static List<long> Segment(long lo, long hi, List<int> basePrimes)
    {
        var marked = new bool[hi - lo + 1];
        foreach (int p in basePrimes)
        {
            long start = Math.Max((long)p * p, (lo + p - 1) / p * p);
            for (long j = start; j <= hi; j += p) marked[j - lo] = true;
        }
        var result = new List<long>();
        for (long v = lo; v <= hi; v++) if (!marked[v - lo] && v > 1) result.Add(v);
        return result;
    }

    static string Factor(long n)
    {
        var parts = new List<string>();
        for (long d = 2; d * d <= n; d++)
        {
            int e = 0;
            while (n % d == 0) { n /= d; e++; }
            if (e > 0) parts.Add(e == 1 ? d.ToString() : d + "^" + e);
        }
        if (n > 1) parts.Add(n.ToString());
        return string.Join(" * ", parts);
    }

    static long Phi(long n)
    {
        long result = n;
        for (long p = 2; p * p <= n; p++)
        {
            if (n % p != 0) continue;
            while (n % p == 0) n /= p;
            result -= result / p;
        }
        if (n > 1) result -= result / n;
        return result;
    }

    static ulong MulMod(ulong a, ulong b, ulong m)
    {
        ulong r = 0; a %= m;
        while (b > 0)
        {
            if ((b & 1) != 0) { ulong t = r + a; r = (t < r || t >= m) ? t - m : t; }
            ulong a2 = a + a;
            a = (a2 < a || a2 >= m) ? a2 - m : a2;
            b >>= 1;
        }
        return r;
    }

    static ulong PowMod(ulong b, ulong e, ulong m) { ulong r = 1; b %= m; while (e > 0) { if ((e & 1) != 0) r = MulMod(r, b, m); b = MulMod(b, b, m); e >>= 1; } return r; }

    static bool IsPrime(ulong n)
    {
        if (n < 2) return false;
        foreach (ulong p in new ulong[] { 2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37 }) { if (n % p == 0) return n == p; }
        ulong d = n - 1; int s = 0;
        while ((d & 1) == 0) { d >>= 1; s++; }
        foreach (ulong a in new ulong[] { 2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37 })
        {
            ulong x = PowMod(a, d, n);
            if (x == 1 || x == n - 1) continue;
            bool composite = true;
            for (int r = 1; r < s && composite; r++) { x = MulMod(x, x, n); if (x == n - 1) composite = false; }
            if (composite) return false;
        }
        return true;
    }

    static void Main()
    {
        var composite = Sieve(1000000);
        int count = 0; long sum = 0; int last = 0;
        var basePrimes = new List<int>();
        for (int i = 2; i <= 1000000; i++) if (!composite[i]) { count++; sum += i; last = i; if (i <= 1000) basePrimes.Add(i); }
        Console.WriteLine("primes below 10^6: " + count + ", sum " + sum + ", largest " + last);
        Console.WriteLine("segment [999900, 1000100]: " + string.Join(" ", Segment(999900, 1000100, basePrimes)));
        int twins = 0;
        for (int i = 3; i + 2 <= 100000; i += 2) if (!composite[i] && !composite[i + 2]) twins++;
        Console.WriteLine("twin prime pairs below 10^5: " + twins);
        foreach (long n in new long[] { 360, 97, 1001, 65536, 600851475143, 9999999967, 123456789 })
            Console.WriteLine(n + " = " + Factor(n) + ", phi = " + Phi(n));
        foreach (ulong n in new ulong[] { 1, 2, 561, 7919, 1000000007, 4294967291, 4294967297, 18446744073709551557, 18446744073709551615 })
            Console.Write(n + (IsPrime(n) ? " prime; " : " composite; "));
        Console.WriteLine();
        for (int n = 4; n <= 40; n += 6)
        {
            var parts = new List<string>();
            for (int p = 2; p <= n / 2; p++) if (!composite[p] && !composite[n - p]) parts.Add(p + "+" + (n - p));
            Console.WriteLine(n + ": " + string.Join(", ", parts));
        }
    }
}
