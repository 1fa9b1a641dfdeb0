// expect-stdout-file: NumberFormatEdges.out
// Standard numeric formats at the edges, as .NET Core 3.0+ prints them: doubles whose shortest text needs 17
// digits, subnormals, ±0, NaN, ±Infinity, the largest and smallest doubles and floats, powers of two and ten near
// the switch to exponent notation; "R", "G", "G17", "G9", "E", "E0", "e3", "F", "F0", "N", "N0"; integers' "X",
// "D", "N" with int.MinValue/long.MinValue. (Mono's double.ToString()/"G" print 15 digits, "R" keeps 17 where 15
// read back, -0 prints "0", and float formats see a double: the expected file is .NET's.)
using System;
using System.Globalization;

class NumberFormatEdges
{
    static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    static void Doubles(string label, double v)
    {
        Console.WriteLine(label + ": " + v.ToString(Inv) + " | " + v.ToString("R", Inv) + " | " + v.ToString("G17", Inv)
            + " | " + v.ToString("E", Inv) + " | " + v.ToString("e3", Inv) + " | " + v.ToString("E0", Inv));
        if (Math.Abs(v) < 1e20 || double.IsNaN(v) || double.IsInfinity(v))
            Console.WriteLine("    " + v.ToString("F", Inv) + " | " + v.ToString("F0", Inv) + " | " + v.ToString("F5", Inv)
                + " | " + v.ToString("N", Inv) + " | " + v.ToString("N0", Inv) + " | " + v.ToString("G5", Inv));
    }

    static void Floats(string label, float v)
    {
        Console.WriteLine(label + ": " + v.ToString(Inv) + " | " + v.ToString("R", Inv) + " | " + v.ToString("G9", Inv)
            + " | " + v.ToString("E", Inv) + " | " + v.ToString("F2", Inv) + " | " + v.ToString("N1", Inv));
    }

    static void Main()
    {
        Doubles("0.1+0.2", 0.1 + 0.2);
        Doubles("1/3", 1.0 / 3);
        Doubles("2/3", 2.0 / 3);
        Doubles("pi", Math.PI);
        Doubles("17 digits", 9007199254740993.0 / 3);
        Doubles("5e-324", double.Epsilon);
        Doubles("subnormal", 2.2250738585072009E-308);
        Doubles("min normal", 2.2250738585072014E-308);
        Doubles("max", double.MaxValue);
        Doubles("-max", double.MinValue);
        Doubles("+0", 0.0);
        Doubles("-0", -0.0);
        Doubles("NaN", double.NaN);
        Doubles("+inf", double.PositiveInfinity);
        Doubles("-inf", double.NegativeInfinity);
        Doubles("2^53", 9007199254740992.0);
        Doubles("2^63", 9223372036854775808.0);
        Doubles("1e15", 1e15);
        Doubles("1e16", 1e16);
        Doubles("1e17", 1e17);
        Doubles("123456789012345680", 123456789012345680.0);
        Doubles("1e-4", 1e-4);
        Doubles("1e-5", 1e-5);
        Doubles("0.000123456789", 0.000123456789);
        Doubles("-1.5", -1.5);
        Doubles("2.5", 2.5);
        Doubles("0.125", 0.125);
        Doubles("999999.5", 999999.5);
        Doubles("9.9999999999999995", 9.9999999999999995);
        Doubles("1234567.891", -1234567.891);
        Floats("float max", float.MaxValue);
        Floats("float min", float.MinValue);
        Floats("float epsilon", float.Epsilon);
        Floats("float min normal", 1.17549435E-38f);
        Floats("float 0.1", 0.1f);
        Floats("float 1/3", 1f / 3);
        Floats("float 16777217", 16777216f + 1f);
        Floats("float 1e9", 1e9f);
        Floats("float 1.23456789e8", 123456789f);
        Floats("float -0", -0f);
        Floats("float NaN", float.NaN);
        Floats("float -inf", float.NegativeInfinity);
        Floats("float 7.038531E-26", 7.038531E-26f);
        int[] ints = { 0, 1, -1, 255, int.MaxValue, int.MinValue, 1000000 };
        foreach (int i in ints)
            Console.WriteLine(i.ToString(Inv) + ": " + i.ToString("X", Inv) + " " + i.ToString("x8", Inv) + " " + i.ToString("D12", Inv)
                + " " + i.ToString("N", Inv) + " " + i.ToString("N0", Inv) + " " + i.ToString("E2", Inv) + " " + i.ToString("G3", Inv));
        long[] longs = { long.MinValue, long.MaxValue, -1L, 1L << 40 };
        foreach (long l in longs)
            Console.WriteLine(l.ToString(Inv) + ": " + l.ToString("X", Inv) + " " + l.ToString("X20", Inv) + " " + l.ToString("N0", Inv) + " " + l.ToString("E", Inv));
        Console.WriteLine(ulong.MaxValue.ToString("X") + " " + ulong.MaxValue.ToString("N0", Inv) + " " + ((byte)200).ToString("X") + " " + ((short)-2).ToString("X"));
        decimal[] decimals = { 0m, -0.0m, 1.5m, -2.5m, 79228162514264337593543950335m, 0.0000000000000000000000000001m, 123.4500m };
        foreach (decimal m in decimals)
            Console.WriteLine(m.ToString(Inv) + ": " + m.ToString("F", Inv) + " " + m.ToString("F0", Inv) + " " + m.ToString("N3", Inv) + " " + m.ToString("E", Inv) + " " + m.ToString("G", Inv));
    }
}
