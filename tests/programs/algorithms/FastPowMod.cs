using System;

class FastPowMod
{
    static long PowMod(long b, long e, long m)
    {
        long r = 1 % m;
        b %= m;
        while (e > 0)
        {
            if ((e & 1) == 1) r = r * b % m;
            b = b * b % m;
            e >>= 1;
        }
        return r;
    }

    static bool MillerRabin(long n)
    {
        if (n < 2) return false;
        long[] bases = new long[] { 2, 3, 5, 7, 11, 13 };
        for (int i = 0; i < bases.Length; i++) if (n % bases[i] == 0) return n == bases[i];
        long d = n - 1; int s = 0;
        while ((d & 1) == 0) { d >>= 1; s++; }
        for (int i = 0; i < bases.Length; i++)
        {
            long x = PowMod(bases[i], d, n);
            if (x == 1 || x == n - 1) continue;
            bool composite = true;
            for (int r = 1; r < s; r++) { x = x * x % n; if (x == n - 1) { composite = false; break; } }
            if (composite) return false;
        }
        return true;
    }

    static void Main()
    {
        Console.WriteLine(PowMod(2, 10, 1000000007) + " " + PowMod(3, 200, 1000000007) + " " + PowMod(7, 0, 13) + " " + PowMod(5, 3, 1));
        Console.WriteLine(PowMod(2, 1000000006, 1000000007));
        string primes = "";
        for (long n = 1000000; n < 1000100; n++) if (MillerRabin(n)) primes += n + " ";
        Console.WriteLine(primes);
        Console.WriteLine(MillerRabin(2147483647) + " " + MillerRabin(561) + " " + MillerRabin(999999937));
    }
}
