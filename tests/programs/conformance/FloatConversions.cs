// Self-checking: in-range floating point to integer conversions truncate toward zero; integer to float rounds.
using System;

class FloatConversions
{
    static int failures;

    static void Check(string what, long got, long expected)
    {
        if (got != expected) { Console.WriteLine("FAIL " + what + ": got " + got + ", expected " + expected); failures++; }
    }

    static void CheckD(string what, double got, double expected)
    {
        if (got != expected) { Console.WriteLine("FAIL " + what + ": got " + got + ", expected " + expected); failures++; }
    }

    static double D(double x) { return x; }
    static float F(float x) { return x; }
    static long L(long x) { return x; }

    static int Main()
    {
        double[] inputs = { 0.0, 0.4, 0.5, 0.6, 1.5, 2.5, -0.4, -0.5, -1.5, -2.5, 123456.789, -98765.4321, 2147483647.0, -2147483648.0, 1e-300 };
        long[] truncated = { 0, 0, 0, 0, 1, 2, 0, 0, -1, -2, 123456, -98765, 2147483647, -2147483648, 0 };
        for (int i = 0; i < inputs.Length; i++)
        {
            Check("(int)" + inputs[i], (int)D(inputs[i]), truncated[i]);
            Check("(long)" + inputs[i], (long)D(inputs[i]), truncated[i]);
        }
        Check("(long)1e18", (long)D(1e18), 1000000000000000000L);
        Check("(long)-9.2e18", (long)D(-9.2e18), -9200000000000000000L);
        Check("(uint)4e9", (uint)D(4e9), 4000000000L);
        Check("(ulong)1.8e19", (long)(ulong)D(1.8e19), unchecked((long)18000000000000000000UL));
        Check("(byte)200.9", (byte)D(200.9), 200);
        Check("(short)-300.7", (short)D(-300.7), -300);
        Check("(char)65.9", (char)D(65.9), 65);
        Check("(sbyte)-100.2", (sbyte)D(-100.2), -100);
        Check("(int)float 16777217", (int)F(16777217f), 16777216);
        Check("(int)-3.99f", (int)F(-3.99f), -3);

        // Math rounding functions
        CheckD("Floor -1.5", Math.Floor(D(-1.5)), -2);
        CheckD("Ceiling -1.5", Math.Ceiling(D(-1.5)), -1);
        CheckD("Truncate -1.7", Math.Truncate(D(-1.7)), -1);
        CheckD("Round 2.5 (banker's)", Math.Round(D(2.5)), 2);
        CheckD("Round 3.5", Math.Round(D(3.5)), 4);
        CheckD("Round -2.5", Math.Round(D(-2.5)), -2);
        CheckD("Round 2.6", Math.Round(D(2.6)), 3);
        CheckD("Round 0.49999999999999994", Math.Round(D(0.49999999999999994)), 0);

        // integer -> floating point
        CheckD("long max -> double", (double)L(long.MaxValue), 9223372036854775807.0);
        CheckD("2^53+1 -> double", (double)L(9007199254740993L), 9007199254740992.0);
        CheckD("2^53+3 -> double", (double)L(9007199254740995L), 9007199254740996.0);
        Check("int -> float rounding", (long)(float)L(16777217), 16777216);
        Check("int -> float rounding 2", (long)(float)L(16777219), 16777220);
        CheckD("int min -> double", (double)(int)L(int.MinValue), -2147483648.0);

        // float <-> double
        float third = F(1f) / F(3f);
        double widened = third;
        CheckD("float widen exact", widened, 0.3333333432674408);
        Check("double->float->double", (float)D(0.1) == 0.1f ? 1 : 0, 1);
        CheckD("double->float rounding", (double)(float)D(1.00000009), 1.0000001192092896);
        CheckD("double->float ties to even", (double)(float)D(1.00000005960464477539), 1.0);

        // checked conversions at the edges
        Check("checked (int)2147483647.9", checked((int)D(2147483647.9)), int.MaxValue);
        Check("checked (int)-2147483648.9", checked((int)D(-2147483648.9)), int.MinValue);
        bool threw = false;
        try { Check("unreached", checked((int)D(2147483648.0)), 0); } catch (OverflowException) { threw = true; }
        Check("checked (int)2^31 throws", threw ? 1 : 0, 1);
        threw = false;
        try { Check("unreached", checked((long)D(9223372036854775808.0)), 0); } catch (OverflowException) { threw = true; }
        Check("checked (long)2^63 throws", threw ? 1 : 0, 1);
        threw = false;
        try { Check("unreached", checked((byte)D(-1.0)), 0); } catch (OverflowException) { threw = true; }
        Check("checked (byte)-1.0 throws", threw ? 1 : 0, 1);
        Check("checked (ulong)1.5e19", (long)(checked((ulong)D(1.5e19)) / 1000), 15000000000000000L);

        // mixed arithmetic promotes to double
        int n = 7;
        CheckD("int/2.0", n / 2.0, 3.5);
        CheckD("int/2", n / 2, 3.0);
        CheckD("long*0.5f", L(9) * 0.5f, 4.5);

        if (failures == 0) { Console.WriteLine("PASS"); return 100; }
        return 1;
    }
}
