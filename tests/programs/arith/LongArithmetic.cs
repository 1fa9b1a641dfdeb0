using System;

class LongArithmetic
{
    static long MulMod(long a, long b, long m)
    {
        long r = 0;
        a %= m;
        while (b > 0) { if ((b & 1) == 1) r = (r + a) % m; a = (a * 2) % m; b >>= 1; }
        return r;
    }

    static ulong Fnv1a(string s)
    {
        ulong h = 14695981039346656037UL;
        for (int i = 0; i < s.Length; i++) { h ^= s[i]; h *= 1099511628211UL; }
        return h;
    }

    static void Main()
    {
        Console.WriteLine(MulMod(123456789012L, 987654321098L, 1000000007L));
        Console.WriteLine(Fnv1a("hello"));
        Console.WriteLine(Fnv1a(""));
        long x = 1;
        for (int i = 0; i < 62; i++) x *= 2;
        Console.WriteLine(x + " " + (x * 2) + " " + (x * 4));
        ulong ux = 1;
        for (int i = 0; i < 64; i++) ux *= 3;
        Console.WriteLine(ux);
        long a = -1234567890123L;
        Console.WriteLine(a / 1000 + " " + a % 1000 + " " + (a >> 10) + " " + ((ulong)a >> 60));
        Console.WriteLine(long.MaxValue / -1 + " " + (long.MinValue + long.MaxValue));
        uint h = 2166136261;
        for (int i = 0; i < 10; i++) h = (h ^ (uint)i) * 16777619;
        Console.WriteLine(h);
    }
}
