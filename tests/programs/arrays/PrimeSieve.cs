using System;

class PrimeSieve
{
    static bool[] Sieve(int n)
    {
        bool[] composite = new bool[n + 1];
        composite[0] = composite[1] = true;
        for (int i = 2; (long)i * i <= n; i++)
            if (!composite[i])
                for (int j = i * i; j <= n; j += i) composite[j] = true;
        return composite;
    }

    static void Main()
    {
        bool[] c = Sieve(100000);
        int count = 0;
        long sum = 0;
        int last = 0;
        for (int i = 0; i < c.Length; i++) if (!c[i]) { count++; sum += i; last = i; }
        Console.WriteLine(count + " primes, sum " + sum + ", largest " + last);
        string first = "";
        for (int i = 0, k = 0; k < 15; i++) if (!c[i]) { first += i + " "; k++; }
        Console.WriteLine(first);
        int twins = 0;
        for (int i = 3; i + 2 < c.Length; i++) if (!c[i] && !c[i + 2]) twins++;
        Console.WriteLine("twin pairs " + twins);
        int maxGap = 0, gapAt = 0, prev = 2;
        for (int i = 3; i < c.Length; i++) if (!c[i]) { if (i - prev > maxGap) { maxGap = i - prev; gapAt = prev; } prev = i; }
        Console.WriteLine("max gap " + maxGap + " after " + gapAt);
    }
}
