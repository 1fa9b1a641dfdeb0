// Self-checking: IEEE 754 special values — NaN, signed zero, infinities — in comparisons and arithmetic.
using System;

class FloatSpecials
{
    static int failures;

    static void Check(string what, bool ok)
    {
        if (!ok) { Console.WriteLine("FAIL " + what); failures++; }
    }

    static double D(double x) { return x; }
    static float F(float x) { return x; }

    static int Main()
    {
        double nan = D(0.0) / D(0.0);
        double inf = D(1.0) / D(0.0);
        double ninf = D(-1.0) / D(0.0);
        double nz = D(-0.0);

        Check("nan != nan", nan != nan);
        Check("!(nan == nan)", !(nan == nan));
        Check("!(nan < 1)", !(nan < 1.0));
        Check("!(nan > 1)", !(nan > 1.0));
        Check("!(nan <= nan)", !(nan <= nan));
        Check("!(nan >= 1)", !(nan >= 1.0));
        Check("!(1 < nan)", !(1.0 < nan));
        Check("IsNaN", double.IsNaN(nan));
        Check("nan.Equals(nan)", nan.Equals(nan));
        Check("NaN CompareTo", nan.CompareTo(0.0) < 0 && D(0.0).CompareTo(nan) > 0 && nan.CompareTo(nan) == 0);
        Check("nan+1 is nan", double.IsNaN(nan + 1));
        Check("inf-inf is nan", double.IsNaN(inf - inf));
        Check("inf*0 is nan", double.IsNaN(inf * 0));
        Check("0*nan", double.IsNaN(0 * nan));

        // negated comparisons must be true for NaN (branches on unordered)
        int branch = 0;
        if (nan < 1.0) branch |= 1; else branch |= 2;
        if (!(nan < 1.0)) branch |= 4;
        if (nan >= 1.0) branch |= 8; else branch |= 16;
        Check("nan branches", branch == (2 | 4 | 16));
        Check("ternary max", (nan > 1.0 ? nan : 1.0) == 1.0);
        Check("Math.Max nan", double.IsNaN(Math.Max(nan, 1.0)));
        Check("Math.Min nan", double.IsNaN(Math.Min(1.0, nan)));

        Check("inf > max", inf > double.MaxValue);
        Check("ninf < min", ninf < double.MinValue);
        Check("inf == inf", inf == double.PositiveInfinity);
        Check("-inf", -inf == ninf);
        Check("IsInfinity", double.IsInfinity(inf) && double.IsInfinity(ninf) && !double.IsInfinity(nan));
        Check("IsPositiveInfinity", double.IsPositiveInfinity(inf) && !double.IsPositiveInfinity(ninf));
        Check("max*2 is inf", D(double.MaxValue) * 2 == inf);
        Check("1/inf is 0", 1 / inf == 0);

        Check("-0 == 0", nz == 0.0);
        Check("1/-0 is -inf", 1 / nz == ninf);
        Check("1/+0 is +inf", 1 / D(0.0) == inf);
        Check("-0 * -1 is +0", 1 / (nz * -1) == inf);
        Check("0 * -1 is -0", 1 / (D(0.0) * -1) == ninf);
        double pz = D(0.0);
        Check("-0 + 0 is +0", 1 / (nz + pz) == inf);
        Check("-0 - 0 is -0", 1 / (nz - 0.0) == ninf);
        Check("-0.Equals(0)", nz.Equals(0.0));
        Check("-(0) is -0", 1 / -D(0.0) == ninf);

        // float
        float fnan = F(0f) / F(0f);
        float finf = F(1f) / F(0f);
        Check("fnan", fnan != fnan && float.IsNaN(fnan));
        Check("finf", float.IsPositiveInfinity(finf));
        Check("float overflow", F(float.MaxValue) * 2f == finf);
        Check("float->double inf", (double)finf == inf);
        Check("double->float overflow", (float)D(1e300) == finf);
        Check("double->float nan", float.IsNaN((float)nan));
        Check("float epsilon", F(1f) + float.Epsilon == 1f);
        Check("double epsilon > 0", double.Epsilon > 0 && double.Epsilon / 2 == 0);

        // precision
        Check("0.1+0.2 != 0.3", D(0.1) + D(0.2) != 0.3);
        Check("0.1f+0.2f", F(0.1f) + F(0.2f) == 0.3f || F(0.1f) + F(0.2f) != 0.3f);
        Check("2^53+1", D(9007199254740992.0) + 1 == 9007199254740992.0);
        Check("float 2^24+1", F(16777216f) + 1f == 16777216f);
        Check("round trip", double.Parse(D(0.1).ToString()) == 0.1);

        // special values as text
        Check("nan text", nan.ToString() == "NaN");
        Check("inf text", inf.ToString() == "Infinity" || inf.ToString() == "\u221E");
        Check("parse nan", double.IsNaN(double.Parse("NaN")));

        if (failures == 0) { Console.WriteLine("PASS"); return 100; }
        return 1;
    }
}
