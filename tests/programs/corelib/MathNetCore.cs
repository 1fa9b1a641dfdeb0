// expect-stdout-file: MathNetCore.out
// Math members that Mono's mscorlib lacks (MidpointRounding.ToZero and the directed modes, Log2, BitIncrement,
// FusedMultiplyAdd, CopySign, ILogB, ScaleB, BigMul of 64-bit values, MaxMagnitude, Tau) and .NET Core 3.0+
// formatting: shortest round-trip digits and "-0" for negative zero.
using System;

class MathNetCore
{
    static void Main()
    {
        double[] values = { 2.5, -2.5, 2.4, -2.6, 0.5, -0.5 };
        foreach (double v in values)
        {
            Console.WriteLine("{0}: zero {1} down {2} up {3} away {4} even {5}", v, Math.Round(v, MidpointRounding.ToZero),
                Math.Round(v, MidpointRounding.ToNegativeInfinity), Math.Round(v, MidpointRounding.ToPositiveInfinity),
                Math.Round(v, MidpointRounding.AwayFromZero), Math.Round(v));
        }
        Console.WriteLine(Math.Round(1.2345, 2, MidpointRounding.ToPositiveInfinity));
        Console.WriteLine(Math.Round(1.2345, 2, MidpointRounding.ToNegativeInfinity));
        Console.WriteLine(Math.Round(-1.2345, 3, MidpointRounding.ToZero));
        try { Math.Round(1.5, (MidpointRounding)7); } catch (ArgumentException e) { Console.WriteLine(e.GetType().Name); }

        Console.WriteLine(Math.Log2(1024) + " " + Math.Log2(0.125) + " " + Math.Log2(3));
        Console.WriteLine(Math.BitIncrement(1.0) + " " + Math.BitDecrement(1.0) + " " + Math.BitIncrement(0.0));
        Console.WriteLine(Math.BitIncrement(double.MaxValue) + " " + Math.BitDecrement(-double.MaxValue));
        Console.WriteLine(Math.FusedMultiplyAdd(2, 3, 4) + " " + Math.CopySign(3, -0.0) + " " + Math.CopySign(-3, 1));
        Console.WriteLine(Math.ILogB(1024) + " " + Math.ILogB(0.3) + " " + Math.ILogB(0) + " " + Math.ILogB(double.NaN));
        Console.WriteLine(Math.ScaleB(1.5, 4) + " " + Math.ScaleB(1, -2));
        Console.WriteLine(Math.MaxMagnitude(-5, 3) + " " + Math.MinMagnitude(-5, 3) + " " + Math.MaxMagnitude(-2, 2) + " " + Math.MinMagnitude(-2, 2));
        Console.WriteLine(Math.Tau + " " + Math.PI + " " + Math.E);
        Console.WriteLine(MathF.PI + " " + MathF.E + " " + MathF.Tau);

        ulong low;
        ulong high = Math.BigMul(ulong.MaxValue, ulong.MaxValue, out low);
        Console.WriteLine(high + " " + low);
        high = Math.BigMul(0x123456789abcdefUL, 0xfedcba987654321UL, out low);
        Console.WriteLine(high + " " + low);
        long slow;
        long shigh = Math.BigMul(-1L, 1L, out slow);
        Console.WriteLine(shigh + " " + slow);
        shigh = Math.BigMul(long.MinValue, long.MaxValue, out slow);
        Console.WriteLine(shigh + " " + slow);
        shigh = Math.BigMul(-123456789012L, 987654321098L, out slow);
        Console.WriteLine(shigh + " " + slow);

        Console.WriteLine(Math.Abs(-0.0) + " " + (-0.0) + " " + Math.Round(-0.4) + " " + Math.Ceiling(-0.5));
        Console.WriteLine(Math.Max(0.0, -0.0) + " " + Math.Min(0.0, -0.0) + " " + Math.Max(-0.0, 0.0) + " " + Math.Min(-0.0, 0.0));
        Console.WriteLine(Math.Sqrt(2) + " " + Math.Exp(1) + " " + Math.Atan2(1, 1));
        Console.WriteLine(MathF.Sqrt(2) + " " + MathF.Round(1.2345f, 2) + " " + MathF.Sin(0) + " " + MathF.Cbrt(64));
        Console.WriteLine(MathF.Round(2.5f, MidpointRounding.ToZero) + " " + MathF.Round(-2.5f, MidpointRounding.ToNegativeInfinity));
        Console.WriteLine(MathF.Log2(8) + " " + MathF.CopySign(2, -1) + " " + MathF.ILogB(8) + " " + MathF.ScaleB(1, 3));
        Console.WriteLine(1.0f / 3 + " " + 2.0f / 3 + " " + 0.1f + " " + (0.1f + 0.2f) + " " + float.MaxValue);
        Console.WriteLine((1.0f / 3).ToString("R") + " " + (0.1f).ToString("G") + " " + (100f / 7).ToString());
    }
}
