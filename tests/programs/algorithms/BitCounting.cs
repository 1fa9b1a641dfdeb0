using System;

class BitCounting
{
    static int Kernighan(ulong x) { int c = 0; while (x != 0) { x &= x - 1; c++; } return c; }
    static int Swar(uint x)
    {
        x = x - ((x >> 1) & 0x55555555u);
        x = (x & 0x33333333u) + ((x >> 2) & 0x33333333u);
        x = (x + (x >> 4)) & 0x0F0F0F0Fu;
        return (int)((x * 0x01010101u) >> 24);
    }
    static int LeadingZeros(uint x) { if (x == 0) return 32; int n = 0; while ((x & 0x80000000u) == 0) { n++; x <<= 1; } return n; }
    static int TrailingZeros(ulong x) { if (x == 0) return 64; int n = 0; while ((x & 1) == 0) { n++; x >>= 1; } return n; }
    static bool IsPow2(long x) { return x > 0 && (x & (x - 1)) == 0; }

    static void Main()
    {
        uint[] vals = new uint[] { 0, 1, 2, 3, 255, 256, 0x80000000u, 0xFFFFFFFFu, 0xDEADBEEFu };
        for (int i = 0; i < vals.Length; i++)
            Console.WriteLine(vals[i] + ": pop=" + Kernighan(vals[i]) + "/" + Swar(vals[i]) + " lz=" + LeadingZeros(vals[i]) + " tz=" + TrailingZeros(vals[i]));
        Console.WriteLine(Kernighan(ulong.MaxValue) + " " + TrailingZeros(1UL << 63));
        string p = "";
        for (long x = -2; x <= 70; x++) if (IsPow2(x)) p += x + " ";
        Console.WriteLine(p);
        int total = 0;
        for (uint x = 0; x < 1024; x++) total += Swar(x);
        Console.WriteLine(total);
    }
}
