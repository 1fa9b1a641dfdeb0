// Self-checking: comparisons and conversions of unsigned integers.
using System;

class UnsignedCompare
{
    static int failures;

    static void Check(string what, bool ok)
    {
        if (!ok) { Console.WriteLine("FAIL " + what); failures++; }
    }

    static uint U(uint x) { return x; }
    static ulong UL(ulong x) { return x; }
    static int I(int x) { return x; }

    static int Main()
    {
        uint big = U(0x80000000u), small = U(1);
        Check("big > small", big > small);
        Check("!(big < small)", !(big < small));
        Check("max >= 0", U(uint.MaxValue) >= U(0));
        Check("(int)big < small", (int)big < (int)small);
        Check("max > big", U(uint.MaxValue) > big);

        ulong ubig = UL(0xFFFFFFFFFFFFFFFFUL);
        Check("ulong max > 1", ubig > UL(1));
        Check("(long)ulong max == -1", (long)ubig == -1);
        Check("ulong ordering", UL(0x8000000000000000UL) > UL(0x7FFFFFFFFFFFFFFFUL));

        // uint compared with int promotes both to long
        int neg = I(-1);
        Check("uint vs -1", small > neg);
        Check("uint max vs -1", U(uint.MaxValue) > neg);
        long wide = U(uint.MaxValue);
        Check("uint widens to long zero-extended", wide == 4294967295L);
        ulong z = U(0x80000000u);
        Check("uint widens to ulong", z == 0x80000000UL);
        long sx = I(-2);
        Check("int widens sign-extended", sx == -2L);
        ulong fromNeg = (ulong)I(-2);
        Check("(ulong)-2 sign-extends", fromNeg == 0xFFFFFFFFFFFFFFFEUL);
        ulong fromNegU = (uint)I(-2);
        Check("(ulong)(uint)-2", fromNegU == 0xFFFFFFFEUL);

        // byte and ushort are zero-extended, sbyte and short sign-extended
        byte b = 0xF0; sbyte sb = unchecked((sbyte)0xF0);
        Check("byte zero-ext", (int)b == 240);
        Check("sbyte sign-ext", (int)sb == -16);
        ushort us = 0xFFFF; short s = unchecked((short)0xFFFF);
        Check("ushort zero-ext", (long)us == 65535);
        Check("short sign-ext", (long)s == -1);
        Check("char zero-ext", (int)'\uFFFF' == 65535);

        // unsigned loop down to zero
        int count = 0;
        for (uint i = U(10); i > 0; i--) count++;
        Check("uint countdown", count == 10);
        uint acc = 0;
        for (uint i = U(uint.MaxValue - 3); i != 0; i++) acc++;
        Check("uint wrap loop", acc == 4);

        // unsigned to floating point
        double d = U(uint.MaxValue);
        Check("uint->double", d == 4294967295.0);
        double dd = UL(ulong.MaxValue);
        Check("ulong->double", dd == 18446744073709551615.0);
        double d2 = UL(0x8000000000000001UL);
        Check("ulong high->double", d2 == 9223372036854775808.0);
        float f = U(0xFFFFFFFFu);
        Check("uint->float", f == 4294967296f);
        ulong back = (ulong)(UL(1UL << 63) * 1.0);
        Check("double->ulong high", back == 0x8000000000000000UL);
        uint backu = (uint)(4000000000.0 + I(0));
        Check("double->uint", backu == 4000000000u);

        // min / max / sorting of unsigned
        uint[] arr = { 5, 0x90000000u, 3, 0xFFFFFFFFu, 0 };
        Array.Sort(arr);
        Check("sorted", arr[0] == 0 && arr[1] == 3 && arr[2] == 5 && arr[3] == 0x90000000u && arr[4] == uint.MaxValue);
        Check("Math.Max uint", Math.Max(U(3), U(0xF0000000u)) == 0xF0000000u);
        Check("CompareTo", U(0xF0000000u).CompareTo(U(1)) > 0);
        Check("ulong CompareTo", UL(1).CompareTo(UL(ulong.MaxValue)) < 0);

        // unsigned ToString
        Check("uint ToString", U(uint.MaxValue).ToString() == "4294967295");
        Check("ulong ToString", UL(ulong.MaxValue).ToString() == "18446744073709551615");
        Check("byte ToString", ((byte)255).ToString() == "255");

        if (failures == 0) { Console.WriteLine("PASS"); return 100; }
        return 1;
    }
}
