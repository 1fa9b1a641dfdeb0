// Self-checking: 64-bit integer arithmetic — multiplication with wraparound, 128-bit products built from
// 32-bit halves, Math.BigMul, unsigned division and remainder, comparisons across signedness, and bit tricks.
using System;

class LongArithmetic
{
    static int failures;

    static void Check(string what, ulong got, ulong expected)
    {
        if (got != expected) { Console.WriteLine("FAIL " + what + ": got " + got + ", expected " + expected); failures++; }
    }

    static long L(long x) { return x; }
    static ulong U(ulong x) { return x; }

    static void MulFull(ulong a, ulong b, out ulong hi, out ulong lo)
    {
        ulong aLo = a & 0xFFFFFFFF, aHi = a >> 32, bLo = b & 0xFFFFFFFF, bHi = b >> 32;
        ulong p0 = aLo * bLo, p1 = aLo * bHi, p2 = aHi * bLo, p3 = aHi * bHi;
        ulong mid = (p0 >> 32) + (p1 & 0xFFFFFFFF) + (p2 & 0xFFFFFFFF);
        lo = (p0 & 0xFFFFFFFF) | (mid << 32);
        hi = p3 + (p1 >> 32) + (p2 >> 32) + (mid >> 32);
    }

    static int PopCount(ulong x) { int n = 0; while (x != 0) { x &= x - 1; n++; } return n; }
    static int LeadingZeros(ulong x) { if (x == 0) return 64; int n = 0; while ((x & 0x8000000000000000UL) == 0) { x <<= 1; n++; } return n; }
    static ulong ReverseBits(ulong x)
    {
        ulong r = 0;
        for (int i = 0; i < 64; i++) { r = (r << 1) | (x & 1); x >>= 1; }
        return r;
    }
    static ulong Isqrt(ulong n)
    {
        ulong lo = 0, hi = 4294967295UL;
        while (lo < hi) { ulong mid = lo + (hi - lo + 1) / 2; if (mid * mid <= n) lo = mid; else hi = mid - 1; }
        return lo;
    }
    static ulong PowMod(ulong b, ulong e, ulong m)
    {
        ulong r = 1 % m;
        b %= m;
        while (e > 0)
        {
            if ((e & 1) == 1) r = MulMod(r, b, m);
            b = MulMod(b, b, m);
            e >>= 1;
        }
        return r;
    }
    static ulong MulMod(ulong a, ulong b, ulong m)
    {
        ulong r = 0;
        a %= m;
        while (b > 0)
        {
            if ((b & 1) == 1) { r += a; if (r >= m || r < a) r -= m; }
            ulong a2 = a + a;
            a = (a2 >= m || a2 < a) ? a2 - m : a2;
            b >>= 1;
        }
        return r;
    }

    static int Main()
    {
        ulong hi, lo;
        MulFull(U(ulong.MaxValue), U(ulong.MaxValue), out hi, out lo);
        Check("max*max hi", hi, 0xFFFFFFFFFFFFFFFEUL);
        Check("max*max lo", lo, 1);
        MulFull(U(0x123456789ABCDEF0UL), U(0x0FEDCBA987654321UL), out hi, out lo);
        Check("product hi", hi, 0x0121FA00AD77D742UL);
        Check("product lo", lo, 0x2236D88FE5618CF0UL);
        Check("product lo equals wrapped multiply", lo, unchecked(U(0x123456789ABCDEF0UL) * U(0x0FEDCBA987654321UL)));
        Check("BigMul", (ulong)Math.BigMul(2000000000, 2000000000), 4000000000000000000UL);
        Check("BigMul negative", (ulong)Math.BigMul(-2000000000, 2000000000), unchecked((ulong)-4000000000000000000L));

        Check("signed div", (ulong)(L(-9000000000000000000L) / 7), unchecked((ulong)-1285714285714285714L));
        Check("signed rem", (ulong)(L(-9000000000000000000L) % 7), unchecked((ulong)-2L));
        Check("unsigned div", U(18000000000000000000UL) / 7, 2571428571428571428UL);
        Check("unsigned rem", U(18000000000000000000UL) % 7, 4);
        Check("unsigned div by large", U(0xFFFFFFFFFFFFFFFFUL) / U(0x8000000000000000UL), 1);
        Check("unsigned div by 10", U(12345678901234567890UL) / 10, 1234567890123456789UL);
        Check("unsigned rem by 10", U(12345678901234567890UL) % 10, 0);
        Check("ulong compare", U(0x8000000000000000UL) > U(1) ? 1UL : 0UL, 1);
        Check("long compare", L(long.MinValue) < L(1) ? 1UL : 0UL, 1);
        Check("mixed: (ulong)-1 > 1", (ulong)L(-1) > 1 ? 1UL : 0UL, 1);

        Check("popcount", (ulong)PopCount(U(0xF0F0F0F0F0F0F0F0UL)), 32);
        Check("popcount max", (ulong)PopCount(ulong.MaxValue), 64);
        Check("leading zeros", (ulong)LeadingZeros(U(1)), 63);
        Check("leading zeros high", (ulong)LeadingZeros(U(0x00000000FFFFFFFFUL)), 32);
        Check("reverse bits", ReverseBits(U(1)), 0x8000000000000000UL);
        Check("reverse bits pattern", ReverseBits(U(0x00000000000000F1UL)), 0x8F00000000000000UL);
        Check("isqrt", Isqrt(U(999999999999999999UL)), 999999999);
        Check("isqrt exact", Isqrt(U(4294967296UL * 4294967295UL)), 4294967295UL);
        Check("powmod small", PowMod(2, 10, 1000), 24);
        Check("powmod fermat", PowMod(3, 1000000006, 1000000007), 1);
        Check("powmod large modulus", PowMod(U(1234567890123UL), U(987654321UL), U(18446744073709551557UL)), PowModCheck());

        // arithmetic shift vs logical shift on 64-bit values
        Check("sar", (ulong)(L(-256) >> 4), unchecked((ulong)-16L));
        Check("shr", U(unchecked((ulong)-256L)) >> 60, 15);
        // negation and absolute value
        Check("neg min wraps", (ulong)unchecked(-L(long.MinValue)), 0x8000000000000000UL);
        bool threw = false;
        try { Math.Abs(L(long.MinValue)); } catch (OverflowException) { threw = true; }
        Check("Abs(long.MinValue) throws", threw ? 1UL : 0UL, 1);
        Check("Abs", (ulong)Math.Abs(L(-5000000000L)), 5000000000UL);

        if (failures == 0) { Console.WriteLine("PASS"); return 100; }
        return 1;
    }

    // the same computation by repeated squaring on a 128-bit-free path (slow but independent)
    static ulong PowModCheck()
    {
        ulong m = 18446744073709551557UL, b = 1234567890123UL % m, r = 1;
        for (ulong e = 987654321UL; e > 0; e >>= 1)
        {
            if ((e & 1) == 1) r = SlowMulMod(r, b, m);
            b = SlowMulMod(b, b, m);
        }
        return r;
    }

    static ulong SlowMulMod(ulong a, ulong b, ulong m)
    {
        ulong hi, lo;
        MulFull(a, b, out hi, out lo);
        // reduce the 128-bit value hi:lo modulo m bit by bit
        ulong r = 0;
        for (int i = 127; i >= 0; i--)
        {
            ulong bit = i >= 64 ? (hi >> (i - 64)) & 1 : (lo >> i) & 1;
            bool carry = (r & 0x8000000000000000UL) != 0;
            r = (r << 1) | bit;
            if (carry || r >= m) r -= m;
        }
        return r;
    }
}
