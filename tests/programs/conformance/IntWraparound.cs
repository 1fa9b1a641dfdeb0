// Self-checking: integer overflow wraps in unchecked context (returns 100 on success).
using System;

class IntWraparound
{
    static int failures;

    static void Check(string what, long got, long expected)
    {
        if (got != expected) { Console.WriteLine("FAIL " + what + ": got " + got + ", expected " + expected); failures++; }
    }

    static void CheckU(string what, ulong got, ulong expected)
    {
        if (got != expected) { Console.WriteLine("FAIL " + what + ": got " + got + ", expected " + expected); failures++; }
    }

    static int Add(int a, int b) { return unchecked(a + b); }
    static int Mul(int a, int b) { return unchecked(a * b); }
    static long AddL(long a, long b) { return unchecked(a + b); }
    static long MulL(long a, long b) { return unchecked(a * b); }

    static int Main()
    {
        int max = int.MaxValue, min = int.MinValue;
        Check("max+1", Add(max, 1), int.MinValue);
        Check("min-1", unchecked(min - 1), int.MaxValue);
        Check("max*2", Mul(max, 2), -2);
        Check("min*-1", Mul(min, -1), int.MinValue);
        Check("-min", unchecked(-min), int.MinValue);
        Check("max+max", Add(max, max), -2);
        Check("65536*65536", Mul(65536, 65536), 0);
        Check("46341^2", Mul(46341, 46341), -2147479015);
        Check("0x12345678*0x9abcdef", Mul(0x12345678, 0x9abcdef), -498937336);

        long lmax = long.MaxValue, lmin = long.MinValue;
        Check("lmax+1", AddL(lmax, 1), long.MinValue);
        Check("lmin*-1", MulL(lmin, -1), long.MinValue);
        Check("lmax*lmax", MulL(lmax, lmax), 1);
        Check("3^20 squared", MulL(3486784401L, 3486784401L), -6289078614652622815L);

        uint u = 0;
        u--;
        CheckU("0u-1", u, uint.MaxValue);
        u++;
        CheckU("max+1u", u, 0);
        uint big = 4000000000u;
        CheckU("u*u", unchecked(big * big), 1983905792u);
        CheckU("u mul const", unchecked(big * 3u), 3410065408u);
        ulong ul = ulong.MaxValue;
        CheckU("ulmax+1", unchecked(ul + 1), 0);
        CheckU("ulmax*ulmax", unchecked(ul * ul), 1);

        // narrowing wraps
        int v = 300;
        Check("(byte)300", (byte)v, 44);
        Check("(sbyte)200", (sbyte)(v - 100), -56);
        Check("(short)70000", (short)(v * 233 + 101), 70001 - 65536);
        Check("(ushort)-1", (ushort)(v - 301), 65535);
        long lv = 0x1_0000_0005L;
        Check("(int)long", (int)lv, 5);
        Check("(int)neglong", (int)(-lv), -5);
        Check("(uint)-1L", (uint)(lv - 0x1_0000_0006L), uint.MaxValue);

        // increments on small types wrap
        byte b = 255; b++;
        Check("byte++", b, 0);
        sbyte sb = 127; sb++;
        Check("sbyte++", sb, -128);
        short s = short.MinValue; s--;
        Check("short--", s, short.MaxValue);
        char c = '\uffff'; c++;
        Check("char++", c, 0);
        b = 200; b += 100;
        Check("byte+=", b, 44);

        // Loop accumulating a hash with wraparound (FNV-1a 32-bit)
        uint h = 2166136261u;
        foreach (char ch in "conformance")
        {
            h ^= ch;
            h = unchecked(h * 16777619u);
        }
        CheckU("fnv1a", h, FnvReference("conformance"));

        if (failures == 0) { Console.WriteLine("PASS"); return 100; }
        Console.WriteLine(failures + " failures");
        return 1;
    }

    static uint FnvReference(string s)
    {
        ulong h = 2166136261u;
        foreach (char ch in s)
        {
            h ^= ch;
            h = (h * 16777619UL) & 0xFFFFFFFFUL;
        }
        return (uint)h;
    }
}
