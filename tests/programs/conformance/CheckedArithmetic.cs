// Self-checking: checked arithmetic and conversions throw OverflowException; unchecked ones do not.
using System;

class CheckedArithmetic
{
    static int failures;

    static void Fail(string what) { Console.WriteLine("FAIL " + what); failures++; }

    static void Expect(string what, long got, long expected)
    {
        if (got != expected) Fail(what + ": got " + got + ", expected " + expected);
    }

    static bool Overflows(Func<long> f)
    {
        try { f(); return false; }
        catch (OverflowException) { return true; }
    }

    static void ExpectOverflow(string what, Func<long> f)
    {
        if (!Overflows(f)) Fail(what + " did not overflow");
    }

    static void ExpectNoOverflow(string what, Func<long> f, long expected)
    {
        try { Expect(what, f(), expected); }
        catch (OverflowException) { Fail(what + " overflowed"); }
    }

    static int Zero() { return 0; }
    static long IdL(long x) { return x; }
    static int MinusOne() { return -1; }

    static int Main()
    {
        int max = int.MaxValue, min = int.MinValue;
        long lmax = long.MaxValue, lmin = long.MinValue;
        uint umax = uint.MaxValue;
        ulong ulmax = ulong.MaxValue;

        ExpectOverflow("int add", () => checked(max + 1));
        ExpectOverflow("int sub", () => checked(min - 1));
        ExpectOverflow("int mul", () => checked(max * 2));
        ExpectOverflow("int neg", () => checked(-min));
        ExpectOverflow("int mul neg", () => checked(min * -1));
        ExpectNoOverflow("int add ok", () => checked(max - 1 + 1), int.MaxValue);
        ExpectNoOverflow("int mul ok", () => checked(46340 * 46340), 2147395600);

        ExpectOverflow("long add", () => checked(lmax + 1));
        ExpectOverflow("long mul", () => checked(lmax * 3));
        ExpectOverflow("long mul big", () => checked(IdL(4294967296L) * 4294967296L));
        ExpectNoOverflow("long mul ok", () => checked(3037000499L * 3037000499L), 9223372030926249001L);
        ExpectOverflow("long neg", () => checked(-lmin));

        ExpectOverflow("uint add", () => checked(umax + 1u));
        ExpectOverflow("uint sub", () => { uint z = 0; return checked(z - 1u); });
        ExpectOverflow("ulong add", () => (long)checked(ulmax + 1ul));
        ExpectOverflow("ulong mul", () => (long)checked(ulmax / 2 * 3));

        // MinValue / -1 throws even in unchecked context (it is an arithmetic fault)
        if (!Throws<OverflowException>(() => unchecked(min / MinusOne()))) Fail("int.MinValue / -1");
        if (!Throws<OverflowException>(() => unchecked(lmin / MinusOne()))) Fail("long.MinValue / -1");
        if (!Throws<DivideByZeroException>(() => 5 / Zero())) Fail("5 / 0");
        if (!Throws<DivideByZeroException>(() => 5 % Zero())) Fail("5 % 0");
        if (!Throws<DivideByZeroException>(() => 5L % Zero())) Fail("5L % 0");
        ExpectNoOverflow("int.MaxValue / -1", () => max / MinusOne(), -int.MaxValue);

        // checked conversions
        long big = 3000000000L;
        ExpectOverflow("(int)3e9", () => checked((int)big));
        ExpectOverflow("(uint)-1", () => checked((uint)MinusOne()));
        ExpectOverflow("(byte)256", () => checked((byte)(Zero() + 256)));
        ExpectOverflow("(sbyte)128", () => checked((sbyte)(Zero() + 128)));
        ExpectOverflow("(short)-32769", () => checked((short)(Zero() - 32769)));
        ExpectOverflow("(ushort)65536", () => checked((ushort)(Zero() + 65536)));
        ExpectOverflow("(char)-1", () => checked((char)MinusOne()));
        ExpectOverflow("(ulong)-1L", () => (long)checked((ulong)(long)MinusOne()));
        ExpectOverflow("(long)ulmax", () => checked((long)ulmax));
        ExpectNoOverflow("(byte)255", () => checked((byte)(Zero() + 255)), 255);
        ExpectNoOverflow("(sbyte)-128", () => checked((sbyte)(Zero() - 128)), -128);
        ExpectNoOverflow("(uint)3e9", () => checked((uint)big), 3000000000L);

        double d = 3e9;
        ExpectOverflow("(int)3e9d", () => checked((int)d));
        ExpectOverflow("(int)NaN", () => checked((int)(d * 0 / 0)));
        ExpectOverflow("(long)inf", () => checked((long)(d / 0)));
        ExpectOverflow("(uint)-1.0", () => checked((uint)(d - 3e9 - 1.0)));
        ExpectNoOverflow("(int)-2.9", () => checked((int)(d - 3e9 - 2.9)), -2);
        ExpectNoOverflow("(uint)-0.9", () => checked((uint)(d - 3e9 - 0.9)), 0);
        ExpectNoOverflow("(int)2147483647.5", () => checked((int)(d - 3e9 + 2147483647.5)), 2147483647);

        // compound assignment in checked context
        ExpectOverflow("+= checked", () => { int x = max; checked { x += 1; } return x; });
        ExpectOverflow("++ checked", () => { int x = max; checked { x++; } return x; });
        ExpectOverflow("byte ++ checked", () => { byte x = 255; checked { x++; } return x; });
        ExpectNoOverflow("byte ++ unchecked", () => { byte x = 255; unchecked { x++; } return x; }, 0);
        ExpectOverflow("short *= checked", () => { short x = 200; checked { x *= 200; } return x; });

        // unchecked within checked
        ExpectNoOverflow("nested unchecked", () => checked(unchecked(max + 1) + 0), int.MinValue);

        // Math.Abs(int.MinValue) overflows
        if (!Throws<OverflowException>(() => Math.Abs(min))) Fail("Math.Abs(int.MinValue)");
        Expect("Math.Abs(-5)", Math.Abs(-5), 5);

        if (failures == 0) { Console.WriteLine("PASS"); return 100; }
        return 1;
    }

    static bool Throws<T>(Func<long> f) where T : Exception
    {
        try { f(); return false; }
        catch (T) { return true; }
        catch (Exception e) { Console.WriteLine("unexpected " + e.GetType().Name); return false; }
    }
}
