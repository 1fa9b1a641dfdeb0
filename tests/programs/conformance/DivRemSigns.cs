// Self-checking: integer division truncates toward zero; the remainder takes the sign of the dividend.
using System;

class DivRemSigns
{
    static int failures;

    static void Check(string what, long got, long expected)
    {
        if (got != expected) { Console.WriteLine("FAIL " + what + ": got " + got + ", expected " + expected); failures++; }
    }

    static int Id(int x) { return x; }
    static long IdL(long x) { return x; }

    static int Main()
    {
        int[] a = { 7, -7, 7, -7, 1, -1, 0, 100, -100, int.MaxValue, int.MinValue, int.MinValue };
        int[] b = { 3, 3, -3, -3, 2, 2, 5, 7, 7, 2, 2, 3 };
        int[] q = { 2, -2, -2, 2, 0, 0, 0, 14, -14, 1073741823, -1073741824, -715827882 };
        int[] r = { 1, -1, 1, -1, 1, -1, 0, 2, -2, 1, 0, -2 };
        for (int i = 0; i < a.Length; i++)
        {
            Check(a[i] + "/" + b[i], Id(a[i]) / Id(b[i]), q[i]);
            Check(a[i] + "%" + b[i], Id(a[i]) % Id(b[i]), r[i]);
            // identity: (a / b) * b + a % b == a
            Check("identity " + i, (a[i] / b[i]) * b[i] + a[i] % b[i], a[i]);
        }

        bool threw = false;
        try { Check("min % -1", Id(int.MinValue) % Id(-1), 0); }
        catch (OverflowException) { threw = true; }
        Check("min % -1 throws OverflowException", threw ? 1 : 0, 1);
        Check("long -9e9/7", IdL(-9000000000L) / 7, -1285714285L);
        Check("long -9e9%7", IdL(-9000000000L) % 7, -5);
        Check("long 9e9%-7", IdL(9000000000L) % -7, 5);
        Check("long min/2", IdL(long.MinValue) / 2, -4611686018427387904L);

        // unsigned division never sees negative numbers
        uint ua = 0xFFFFFFFEu;
        Check("uint div", ua / 3u, 1431655764L);
        Check("uint rem", ua % 7u, 0xFFFFFFFEL % 7);
        ulong ub = 0xFFFFFFFFFFFFFFF0UL;
        Check("ulong div", (long)(ub / 0x10UL), 0x0FFFFFFFFFFFFFFFL);
        Check("ulong rem", (long)(ub % 1000UL), 600);

        // division by constants (the compiler may strength-reduce these)
        int n = Id(-37);
        Check("-37/2", n / 2, -18);
        Check("-37%2", n % 2, -1);
        Check("-37/4", n / 4, -9);
        Check("-37%4", n % 4, -1);
        Check("-37/8", n / 8, -4);
        Check("-37%8", n % 8, -5);
        Check("-37/10", n / 10, -3);
        Check("-37%10", n % 10, -7);
        Check("-37>>2", n >> 2, -10);
        Check("-37/-4", n / -4, 9);

        // small types promote to int
        sbyte sa = -128; sbyte sb = -1;
        Check("sbyte -128/-1", sa / sb, 128);
        short sh = -32768;
        Check("short/-1", sh / Id(-1), 32768);

        // Math.DivRem
        int rem;
        int quot = Math.DivRem(-17, 5, out rem);
        Check("DivRem q", quot, -3);
        Check("DivRem r", rem, -2);

        // floating remainder follows the dividend too
        double dr = -7.5 % 2.0;
        Check("double -7.5%2", dr == -1.5 ? 1 : 0, 1);
        dr = 7.5 % -2.0;
        Check("double 7.5%-2", dr == 1.5 ? 1 : 0, 1);
        float fr = -5.25f % 2f;
        Check("float -5.25%2", fr == -1.25f ? 1 : 0, 1);

        if (failures == 0) { Console.WriteLine("PASS"); return 100; }
        return 1;
    }
}
