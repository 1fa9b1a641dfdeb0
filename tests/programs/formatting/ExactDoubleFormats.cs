// expect-stdout-file: ExactDoubleFormats.out
// The standard formats with a precision print a double's exact binary value correctly rounded, ties to the even
// digit (.NET Core 3.0+'s Dragon4 with a cutoff; Mono rounds 15 digits): G17 and other significant-digit counts, E,
// F, N, P and C with the invariant culture, floats through their exact value, and R/G as the shortest round-trip
// text. Each line starts with the value's bits, so the expected text can be derived from them alone:
// ExactDoubleFormats.out was written by scripts/expected-double-formats.py, which computes .NET's layout from Python's
// exact decimal arithmetic — a second, independent implementation of the digits. Values: halfway cases, powers of
// ten, subnormals, the extremes, random bits and everyday magnitudes from a fixed xorshift sequence.
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

class ExactDoubleFormats
{
    static readonly string[] DoubleFormats = { "R", "G", "G17", "G15", "G5", "G1", "g7", "E", "E0", "E3", "E16", "e4", "F0", "F2", "F6", "F20", "N2", "P1", "C" };
    static readonly string[] FloatFormats = { "R", "G9", "G17", "E3", "F3", "N1" };

    static ulong state = 0x9E3779B97F4A7C15UL;
    static ulong Next()
    {
        state ^= state >> 12;
        state ^= state << 25;
        state ^= state >> 27;
        return state * 0x2545F4914F6CDD1DUL;
    }

    static void Print(double value)
    {
        var line = new StringBuilder();
        line.Append(BitConverter.DoubleToInt64Bits(value).ToString("X16"));
        foreach (string f in DoubleFormats) line.Append(' ').Append(value.ToString(f, CultureInfo.InvariantCulture));
        Console.WriteLine(line.ToString());
        float single = (float)value;
        line.Clear();
        line.Append("  f ").Append(BitConverter.ToInt32(BitConverter.GetBytes(single), 0).ToString("X8"));
        foreach (string f in FloatFormats) line.Append(' ').Append(single.ToString(f, CultureInfo.InvariantCulture));
        Console.WriteLine(line.ToString());
    }

    static void Main()
    {
        var values = new List<double> { 0.125, 0.375, 2.5, 1.5, 0.5, 0.05, 0.15, 0.25, 0.35, 0.0046, 0.006, 0.0095, 0.005,
            9.995, 99.5, 999999.5, 0.9999999999999999, 1e23, 5e-324, 1.5e-323, double.MaxValue, 2.2250738585072014e-308,
            2.225073858507201e-308, 0.1, 1.0 / 3, -1234567.891, 12.345, 1234.5, 123456789012345680.0, 9007199254740993.0,
            1e15, 1e16, 1e17, 1e-5, 1e-4, 0.0001234, 0.00001234, -0.0, 0.0, 1e21, 123.456, -9.87654321e-7, 3.4028235e38,
            1.401298464324817e-45 };
        for (int e = -320; e <= 308; e += 17) values.Add(double.Parse("1e" + e, CultureInfo.InvariantCulture));
        for (int i = 0; i < 24; i++) values.Add(i + 0.5);
        for (int i = 1; i < 24; i += 2) values.Add(i / 8.0);
        for (int i = 0; i < 60; i++)
        {
            double random = BitConverter.Int64BitsToDouble((long)Next());
            if (!double.IsNaN(random) && !double.IsInfinity(random)) values.Add(random);
        }
        for (int i = 0; i < 15; i++) values.Add(BitConverter.Int64BitsToDouble((long)(Next() & 0x000FFFFFFFFFFFFFUL)));
        for (int i = 0; i < 60; i++)
        {
            double unit = (Next() >> 11) * (1.0 / (1UL << 53)) - 0.5;
            values.Add(unit * Math.Pow(10, (int)(Next() % 24) - 12));
        }
        foreach (double v in values) Print(v);
    }
}
