// Self-checking: System.Math on values with exactly representable results — Sqrt, Pow, Abs, Sign, Min/Max,
// Floor/Ceiling/Truncate/Round, Exp/Log at exact points, trigonometry at 0, Clamp and integer overloads.
using System;

class MathFunctions
{
    static int failures;

    static void Check(string what, double got, double expected)
    {
        if (!(got == expected || (double.IsNaN(got) && double.IsNaN(expected))))
        { Console.WriteLine("FAIL " + what + ": got " + got + ", expected " + expected); failures++; }
    }

    static double D(double x) { return x; }

    static int Main()
    {
        Check("sqrt 16", Math.Sqrt(D(16)), 4);
        Check("sqrt 2 squared", Math.Sqrt(D(2)) * Math.Sqrt(D(2)), 2.0000000000000004);
        Check("sqrt -1", Math.Sqrt(D(-1)), double.NaN);
        Check("sqrt 0", Math.Sqrt(D(-0.0)), -0.0);
        Check("sqrt inf", Math.Sqrt(double.PositiveInfinity), double.PositiveInfinity);
        Check("pow 2^10", Math.Pow(D(2), 10), 1024);
        Check("pow 2^-2", Math.Pow(D(2), -2), 0.25);
        Check("pow x^0", Math.Pow(D(123.456), 0), 1);
        Check("pow 0^0", Math.Pow(D(0), 0), 1);
        Check("pow NaN^0", Math.Pow(double.NaN, 0), 1);
        Check("pow 1^NaN", Math.Pow(D(1), double.NaN), 1);
        Check("pow -8^(1/3)", Math.Pow(D(-8), 1.0 / 3), double.NaN);
        Check("pow 10^15", Math.Pow(D(10), 15), 1e15);
        Check("pow 9^0.5", Math.Pow(D(9), 0.5), 3);
        Check("exp 0", Math.Exp(D(0)), 1);
        Check("log 1", Math.Log(D(1)), 0);
        Check("log 0", Math.Log(D(0)), double.NegativeInfinity);
        Check("log -1", Math.Log(D(-1)), double.NaN);
        Check("log10 1000", Math.Log10(D(1000)), 3);
        Check("log e", Math.Log(Math.E), 1);
        Check("sin 0", Math.Sin(D(0)), 0);
        Check("cos 0", Math.Cos(D(0)), 1);
        Check("tan 0", Math.Tan(D(0)), 0);
        Check("atan2 0,1", Math.Atan2(D(0), D(1)), 0);
        Check("atan2 1,0 = pi/2", Math.Atan2(D(1), D(0)), Math.PI / 2);
        Check("atan 1 = pi/4", Math.Atan(D(1)), Math.PI / 4);
        Check("acos 1", Math.Acos(D(1)), 0);
        Check("asin 2 is NaN", Math.Asin(D(2)), double.NaN);

        Check("abs", Math.Abs(D(-3.5)), 3.5);
        Check("abs -0", 1 / Math.Abs(D(-0.0)), double.PositiveInfinity);
        Check("sign", Math.Sign(D(-2.5)) + 10 * Math.Sign(D(0)) + 100 * Math.Sign(D(7)), 99);
        bool threw = false;
        try { Math.Sign(double.NaN); } catch (ArithmeticException) { threw = true; }
        Check("sign NaN throws", threw ? 1 : 0, 1);
        Check("int sign", Math.Sign(-5) + Math.Sign(0) + Math.Sign(9L), 0);
        Check("max", Math.Max(D(1.5), D(-2)), 1.5);
        Check("min", Math.Min(D(1.5), D(-2)), -2);
        Check("max -0 vs 0", 1 / Math.Max(D(-0.0), D(0.0)), double.PositiveInfinity);
        Check("min -0 vs 0", 1 / Math.Min(D(0.0), D(-0.0)), double.NegativeInfinity);
        Check("int max/min", Math.Max(3, 7) - Math.Min(-3, 7L), 10);
        Check("clamp", Math.Clamp(15, 0, 10) + Math.Clamp(-5, 0, 10) + Math.Clamp(5, 0, 10), 15);

        Check("floor", Math.Floor(D(2.7)) + Math.Floor(D(-2.1)), -1);
        Check("ceiling", Math.Ceiling(D(2.1)) + Math.Ceiling(D(-2.7)), 1);
        Check("truncate", Math.Truncate(D(2.9)) + Math.Truncate(D(-2.9)), 0);
        Check("round halves to even", Math.Round(D(0.5)) + Math.Round(D(1.5)) + Math.Round(D(2.5)) + Math.Round(D(-0.5)), 4);
        Check("round non-halves", Math.Round(D(2.4999)) + Math.Round(D(-2.6)), -1);
        Check("floor -0.5 is -1", Math.Floor(D(-0.5)), -1);
        Check("ceiling -0.5 is -0", 1 / Math.Ceiling(D(-0.5)), double.NegativeInfinity);
        Check("floor of large", Math.Floor(D(4503599627370497.0)), 4503599627370497.0);
        Check("IEEERemainder-like via %", D(10) % 3, 1);
        Check("% negative", D(-10) % 3, -1);
        Check("% by infinity", D(5.5) % double.PositiveInfinity, 5.5);
        Check("% of infinity", double.PositiveInfinity % D(2), double.NaN);

        Check("PI", Math.PI, 3.141592653589793);
        Check("E", Math.E, 2.718281828459045);
        float f = (float)Math.Sqrt(D(2));
        Check("float sqrt", f, 1.41421353816986083984375);
        Check("abs int", Math.Abs(-7) + Math.Abs(7), 14);
        Check("abs long", Math.Abs(-7000000000L), 7000000000);
        Check("abs float", Math.Abs(-1.25f), 1.25);

        if (failures == 0) { Console.WriteLine("PASS"); return 100; }
        return 1;
    }
}
