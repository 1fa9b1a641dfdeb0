// Self-checking: float (System.Single) arithmetic rounds to single precision at every operation, as .NET does,
// even when intermediate results are never stored; mixed float/double expressions are computed in double.
using System;

class Float32Precision
{
    static int failures;

    static void Check(string what, bool ok)
    {
        if (!ok) { Console.WriteLine("FAIL " + what); failures++; }
    }

    static float F(float x) { return x; }
    static double D(double x) { return x; }
    static long L(long x) { return x; }

    static float Sum(float[] values)
    {
        float s = 0;
        foreach (float v in values) s += v;
        return s;
    }

    static float Pick(bool which, float a, float b) { return which ? a : b; }

    static int Main()
    {
        float big = F(16777216f);
        Check("2^24 + 1 == 2^24 (unstored)", big + 1f == 16777216f);
        Check("2^24 + 1 - 2^24 == 0", big + 1f - big == 0f);
        Check("max * 2 is +inf (unstored)", F(float.MaxValue) * 2f == F(1f) / F(0f));
        Check("max * 2 / 2 is +inf", float.IsPositiveInfinity(F(float.MaxValue) * 2f / 2f));
        Check("tiny * tiny underflows to 0", F(1e-30f) * F(1e-30f) == 0f);
        Check("1/3 * 3 == 1", F(1f) / F(3f) * 3f == 1f);
        float third = F(1f) / F(3f);
        Check("third widened", (double)third == 0.3333333432674408);
        Check("unstored third widened", (double)(F(1f) / F(3f)) == 0.3333333432674408);
        Check("0.1f * 3 vs 0.3f", F(0.1f) * 3f != F(0.3f) || F(0.1f) * 3f == F(0.3f));
        Check("0.1f + 0.2f exact single", (double)(F(0.1f) + F(0.2f)) == 0.30000001192092896);

        // accumulating in float loses low bits; the same in double does not
        float fs = 0;
        double ds = 0;
        for (int i = 0; i < 10000; i++) { fs += F(0.1f); ds += D(0.1); }
        Check("float sum of 0.1", fs == 999.9029f);
        Check("double sum of 0.1", ds > 1000.0000000001 && ds < 1000.0000000002);
        Check("float array sum", Sum(new float[] { 1e8f, 1f, -1e8f }) == 0f);
        Check("double array sum", 1e8 + 1.0 - 1e8 == D(1.0));

        // mixed float and double widen the float first
        Check("float + double keeps double precision", F(16777216f) + D(1.0) == 16777217.0);
        Check("float * double", F(0.1f) * D(10.0) == 1.0000000149011612);
        double widened = F(0.1f);
        Check("float -> double exact", widened == 0.10000000149011612);

        // comparisons of float expressions
        float a = F(1e-8f);
        Check("1 + 1e-8 == 1 in single", F(1f) + a == 1f);
        Check("1 + 1e-8 > 1 in double", D(1.0) + a > 1.0);
        Check("conditional float merge", Pick(true, F(3.5f), F(1f)) * 2f == 7f);
        float m = (F(2f) > F(1f) ? F(16777216f) : F(0f)) + 1f;
        Check("merged then added", m == 16777216f);
        Check("merged unstored", (F(2f) > F(1f) ? F(16777216f) : F(0f)) + 1f == 16777216f);

        // integer to float rounds once to single precision
        long x = L((1L << 60) + (1L << 36) + 1);
        Check("(float)long rounds once", (float)x == (float)L((1L << 60) + (1L << 37)));
        Check("(float)int", (float)(int)L(16777217) == 16777216f);
        Check("(float)int 2", (float)(int)L(33554435) == 33554436f);
        Check("(double)(float)long", (double)(float)L(123456789) == 123456792.0);

        // float math through Math (double) and back
        float root = (float)Math.Sqrt(F(2f));
        Check("sqrt 2 single", root == 1.41421354f);
        Check("float abs", Math.Abs(F(-2.5f)) == 2.5f);
        Check("float max", Math.Max(F(1.5f), F(-3f)) == 1.5f);

        // float fields, arrays and boxing keep single values
        Holder h = new Holder();
        h.Value = F(16777216f);
        h.Value += 1f;
        Check("float field +=", h.Value == 16777216f);
        float[] arr = { F(0.5f) };
        arr[0] *= F(3f);
        Check("float element *=", arr[0] == 1.5f);
        object boxed = F(16777216f) + 1f;
        Check("boxed float", (float)boxed == 16777216f);
        Check("float sum ToString", (F(0.1f) + F(0.2f)).ToString() == "0.3");

        if (failures == 0) { Console.WriteLine("PASS"); return 100; }
        return 1;
    }

    class Holder { public float Value; }
}
