using System;

class MathFunctions
{
    // Rounded so that Mono's 15-digit and .NET's shortest round-trip formatting print the same text.
    static void Show(string name, double v) { Console.WriteLine(name + " = " + Math.Round(v, 10)); }
    static void ShowF(string name, float v) { Console.WriteLine(name + " = " + Math.Round(v, 5)); }

    static void Main()
    {
        double[] values = { 0.0, 0.5, 1.5, 2.5, 0.25, 0.35, -1.5, -2.5, 3.7, -3.7, 1e300, 12345.6789 };
        foreach (double v in values)
        {
            Console.WriteLine("{0}: even {1} away {2} one digit {3} {4}", v,
                Math.Round(v), Math.Round(v, MidpointRounding.AwayFromZero), Math.Round(v, 1), Math.Round(v, 1, MidpointRounding.AwayFromZero));
        }
        Console.WriteLine(Math.Round(2.345, 2));
        Console.WriteLine(Math.Round(2.355, 2));
        Console.WriteLine(Math.Round(1.125, 2, MidpointRounding.AwayFromZero));
        Console.WriteLine(Math.Round(-1.125, 2, MidpointRounding.AwayFromZero));
        Console.WriteLine(Math.Round(123.456789, 4));
        Console.WriteLine(Math.Round(0.1 + 0.2, 15));
        try { Math.Round(1.0, 16); } catch (ArgumentOutOfRangeException) { Console.WriteLine("digits out of range"); }
        try { Math.Round(1.0, -1); } catch (ArgumentOutOfRangeException) { Console.WriteLine("digits out of range"); }

        Console.WriteLine(Math.Clamp(5, 1, 3) + " " + Math.Clamp(-5, 1, 3) + " " + Math.Clamp(2, 1, 3));
        Console.WriteLine(Math.Clamp(5L, 1L, 3L) + " " + Math.Clamp(2.5, 1.0, 2.0) + " " + Math.Clamp((byte)9, (byte)1, (byte)4));
        Console.WriteLine(Math.Clamp(7u, 1u, 3u) + " " + Math.Clamp((short)-9, (short)-4, (short)4) + " " + Math.Clamp(0.5f, 1f, 2f));
        try { Math.Clamp(1, 3, 2); } catch (ArgumentException) { Console.WriteLine("min > max"); }

        Console.WriteLine(Math.BigMul(int.MaxValue, int.MaxValue));
        Console.WriteLine(Math.BigMul(-123456789, 987654321));
        int rem;
        Console.WriteLine(Math.DivRem(17, 5, out rem) + " " + rem);
        Console.WriteLine(Math.DivRem(-17, 5, out rem) + " " + rem);
        long lrem;
        Console.WriteLine(Math.DivRem(10000000000L, 7L, out lrem) + " " + lrem);
        try { Math.DivRem(1, 0, out rem); } catch (DivideByZeroException) { Console.WriteLine("divide by zero"); }

        Show("Cbrt(27)", Math.Cbrt(27));
        Show("Cbrt(-8)", Math.Cbrt(-8));
        Show("Log10(1000)", Math.Log10(1000));
        Show("Log(8,2)", Math.Log(8, 2));
        Show("Log(100,10)", Math.Log(100, 10));
        Show("Sinh(1)", Math.Sinh(1));
        Show("Cosh(1)", Math.Cosh(1));
        Show("Tanh(0.5)", Math.Tanh(0.5));
        Show("Asinh(1)", Math.Asinh(1));
        Show("Acosh(2)", Math.Acosh(2));
        Show("Atanh(0.5)", Math.Atanh(0.5));
        Show("IEEERemainder(10,3)", Math.IEEERemainder(10, 3));
        Show("IEEERemainder(11,3)", Math.IEEERemainder(11, 3));
        Show("Sqrt(2)", Math.Sqrt(2));
        Show("Pow(2,0.5)", Math.Pow(2, 0.5));
        Show("Exp(1)", Math.Exp(1));
        Show("Atan2(1,1)", Math.Atan2(1, 1));
        Console.WriteLine(1 / Math.Abs(-0.0));
        Console.WriteLine(Math.Abs(-5) + " " + Math.Abs(-5L) + " " + Math.Abs((short)-7) + " " + Math.Abs((sbyte)-8) + " " + Math.Abs(-2.5f));
        try { Math.Abs(int.MinValue); } catch (OverflowException) { Console.WriteLine("overflow int"); }
        try { Math.Abs(short.MinValue); } catch (OverflowException) { Console.WriteLine("overflow short"); }
        try { Math.Abs(sbyte.MinValue); } catch (OverflowException) { Console.WriteLine("overflow sbyte"); }
        Console.WriteLine(Math.Sign(-3) + " " + Math.Sign(0L) + " " + Math.Sign(2.5) + " " + Math.Sign(-0.1f) + " " + Math.Sign((short)4) + " " + Math.Sign((sbyte)-4));
        try { Math.Sign(double.NaN); } catch (ArithmeticException) { Console.WriteLine("sign of NaN"); }
        Console.WriteLine(Math.Max((byte)3, (byte)9) + " " + Math.Min((sbyte)-3, (sbyte)9) + " " + Math.Max((ushort)3, (ushort)9) + " " + Math.Min((short)3, (short)-9));
        Console.WriteLine(Math.Max(1.5, double.NaN) + " " + Math.Min(double.NaN, 1.5) + " " + Math.Max(2f, 3f) + " " + Math.Min(2f, 3f));
        Console.WriteLine(Math.Max(3UL, 9UL) + " " + Math.Min(3u, 9u));
        Console.WriteLine(Math.Floor(-2.5) + " " + Math.Ceiling(-2.5) + " " + Math.Truncate(-2.7) + " " + Math.Truncate(2.7));
        Show("PI", Math.PI);
        Show("E", Math.E);

        ShowF("MathF.Sqrt(2)", MathF.Sqrt(2f));
        ShowF("MathF.Pow(2,10)", MathF.Pow(2f, 10f));
        ShowF("MathF.Sin(1)", MathF.Sin(1f));
        ShowF("MathF.Cos(1)", MathF.Cos(1f));
        ShowF("MathF.Tan(1)", MathF.Tan(1f));
        ShowF("MathF.Atan2(1,2)", MathF.Atan2(1f, 2f));
        ShowF("MathF.Exp(2)", MathF.Exp(2f));
        ShowF("MathF.Log(10)", MathF.Log(10f));
        ShowF("MathF.Log10(1000)", MathF.Log10(1000f));
        ShowF("MathF.Floor(-1.5)", MathF.Floor(-1.5f));
        ShowF("MathF.Ceiling(-1.5)", MathF.Ceiling(-1.5f));
        ShowF("MathF.Round(2.5)", MathF.Round(2.5f));
        ShowF("MathF.Round(3.5)", MathF.Round(3.5f));
        ShowF("MathF.Round(2.5,away)", MathF.Round(2.5f, MidpointRounding.AwayFromZero));
        ShowF("MathF.Round(1.2345,2)", MathF.Round(1.2345f, 2));
        ShowF("MathF.Truncate(-3.9)", MathF.Truncate(-3.9f));
        ShowF("MathF.Abs(-4)", MathF.Abs(-4f));
        ShowF("MathF.Max(1,2)", MathF.Max(1f, 2f));
        ShowF("MathF.Min(1,2)", MathF.Min(1f, 2f));
        Console.WriteLine(MathF.Sign(-2f));
        ShowF("MathF.PI", MathF.PI);
        ShowF("MathF.E", MathF.E);
    }
}
