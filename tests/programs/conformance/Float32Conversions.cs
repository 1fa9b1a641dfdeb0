// Self-checking: conversions from and to float (System.Single) — truncation, checked range tests at the exact
// float limits, unsigned targets, float<->double<->decimal-free round trips, comparisons that mix float and
// double operands, NaN handling in float compares, and float fields/arrays/out parameters.
using System;

class Float32Conversions
{
    static int failures;

    static void Check(string what, bool ok)
    {
        if (!ok) { Console.WriteLine("FAIL " + what); failures++; }
    }

    static float F(float x) { return x; }
    static double D(double x) { return x; }
    static void Half(float x, out float h) { h = x / 2; }

    static bool Overflows(Func<long> f)
    {
        try { f(); return false; } catch (OverflowException) { return true; }
    }

    static int Main()
    {
        Check("(int)2.9f", (int)F(2.9f) == 2);
        Check("(int)-2.9f", (int)F(-2.9f) == -2);
        Check("(long)1e18f", (long)F(1e18f) == 999999984306749440L);
        Check("(uint)3e9f", (uint)F(3e9f) == 3000000000u);
        Check("(ulong)1e19f", (ulong)F(1e19f) == 9999999980506447872UL);
        Check("(short)-300.5f", (short)F(-300.5f) == -300);
        Check("(byte)255.9f", (byte)F(255.9f) == 255);
        Check("(char)65.5f", (char)F(65.5f) == 'A');

        Check("checked (int)2147483520f ok", !Overflows(() => checked((int)F(2147483520f))));
        Check("checked (int)2147483648f overflows", Overflows(() => checked((int)F(2147483648f))));
        Check("checked (int)-2147483648f ok", !Overflows(() => checked((int)F(-2147483648f))));
        Check("checked (uint)-1f overflows", Overflows(() => checked((uint)F(-1f))));
        Check("checked (uint)-0.5f ok", !Overflows(() => checked((uint)F(-0.5f))));
        Check("checked (long)NaN overflows", Overflows(() => checked((long)(F(0f) / F(0f)))));
        Check("checked (byte)256f overflows", Overflows(() => checked((byte)F(256f))));
        Check("checked (sbyte)-128.9f ok", !Overflows(() => checked((sbyte)F(-128.9f))));

        // int/long to float rounds to nearest even once
        Check("(float)16777217", (float)(int)D(16777217) == 16777216f);
        Check("(float)16777219", (float)(int)D(16777219) == 16777220f);
        Check("(float)long.MaxValue", (float)long.MaxValue == 9.223372e18f);
        Check("(float)uint.MaxValue", (float)uint.MaxValue == 4294967296f);
        Check("(float)-1L", (float)(long)D(-1) == -1f);

        // float <-> double
        float f1 = F(0.1f);
        double widened = f1;
        Check("widening is exact", widened == 0.10000000149011612);
        Check("narrowing rounds", (float)D(0.1) == f1);
        Check("narrowing overflow", float.IsPositiveInfinity((float)D(1e39)));
        Check("narrowing underflow to zero", (float)D(1e-50) == 0f);
        Check("narrowing keeps -0", 1 / (double)(float)D(-0.0) == double.NegativeInfinity);
        Check("denormal float", F(1.4e-45f) > 0f && F(1.4e-45f) / 2 == 0f);

        // mixed comparisons widen the float
        Check("0.1f != 0.1", F(0.1f) != D(0.1));
        Check("0.5f == 0.5", F(0.5f) == D(0.5));
        Check("0.1f > 0.1", F(0.1f) > D(0.1));
        float nan = F(0f) / F(0f);
        Check("float NaN compares false", !(nan < 1f) && !(nan >= 1f) && nan != nan && !(nan == D(double.NaN)));
        Check("float NaN vs double", !(nan > D(0)) && !(nan <= D(0)));
        Check("float.NaN.Equals", nan.Equals(float.NaN) && F(1f).CompareTo(nan) > 0);

        // float storage locations
        float[] arr = { F(1f), F(2f) };
        arr[0] /= 3;
        Check("array element float division", arr[0] == 0.333333343f);
        float h;
        Half(F(7f), out h);
        Check("out float", h == 3.5f);
        var holder = new Holder { Value = F(1e-3f) };
        holder.Value *= 1000;
        Check("field float multiply", holder.Value == 1f || holder.Value == 1.00000005f);
        object boxed = F(2.5f);
        Check("boxed float unbox", (float)boxed == 2.5f && boxed is float && !(boxed is double));
        Check("float to string and back", float.Parse(F(0.125f).ToString()) == 0.125f);

        // increments and compound operations stay single precision
        float big = F(16777216f);
        big++;
        Check("float ++ at 2^24", big == 16777216f);
        big += 2;
        Check("float += 2 at 2^24", big == 16777218f);
        float acc = 0;
        for (int i = 0; i < 3; i++) acc += F(0.1f);
        Check("0.1f*3 accumulated", acc == 0.3f + 0.0000000298023224f || acc == 0.3f || acc == 0.300000012f);

        if (failures == 0) { Console.WriteLine("PASS"); return 100; }
        return 1;
    }

    class Holder { public float Value; }
}
