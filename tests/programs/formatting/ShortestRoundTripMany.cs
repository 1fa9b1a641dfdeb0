// expect-stdout-file: ShortestRoundTripMany.out
// double and float ToString() over thousands of values from every binary exponent: random bit patterns (a fixed
// xorshift sequence), subnormals, every power of two and its neighbours, powers of ten and everyday decimals. Each
// line is the text, then "!" if it does not read back to the same value. The expected file holds .NET Core 3.0+'s
// shortest round-trip texts (Mono 6.8 prints 15 significant digits); where the gap below a power of two is half the
// gap above, the shortest text may lie on the far side of the value (2^-1017 is 7.120236347223045E-307, not
// ...0444E-307), as .NET's Grisu3/Dragon4 with unequal margins find it.
using System;

class ShortestRoundTripMany
{
    static ulong state = 0x9E3779B97F4A7C15UL;

    static ulong Next()
    {
        state ^= state >> 12;
        state ^= state << 25;
        state ^= state >> 27;
        return state * 0x2545F4914F6CDD1DUL;
    }

    static double DoubleFromBits(ulong bits) { return BitConverter.ToDouble(BitConverter.GetBytes(bits), 0); }
    static float FloatFromBits(uint bits) { return BitConverter.ToSingle(BitConverter.GetBytes(bits), 0); }

    static void Show(double d)
    {
        if (double.IsNaN(d) || double.IsInfinity(d)) return;
        string text = d.ToString();
        Console.WriteLine(text + (double.Parse(text) == d ? "" : " !"));
    }

    static void Show(float f)
    {
        if (float.IsNaN(f) || float.IsInfinity(f)) return;
        string text = f.ToString();
        Console.WriteLine(text + (float.Parse(text) == f ? "" : " !"));
    }

    static void Main()
    {
        for (int i = 0; i < 2000; i++) Show(DoubleFromBits(Next()));
        for (int i = 0; i < 300; i++) Show(DoubleFromBits(Next() & 0x000FFFFFFFFFFFFFUL));
        for (int e = -1074; e <= 1023; e += 3)
        {
            double p = Math.Pow(2, e);
            Show(p);
            Show(DoubleFromBits(BitConverter.ToUInt64(BitConverter.GetBytes(p), 0) + 1));
        }
        for (int e = -323; e <= 308; e += 7) Show(double.Parse("1e" + e));
        for (int i = 1; i <= 300; i++) Show(i / 100.0);
        Show(0.1 + 0.2);
        Show(double.MaxValue);
        Show(double.Epsilon);
        Show(9007199254740993.0);
        for (int i = 0; i < 1500; i++) Show(FloatFromBits((uint)Next()));
        for (int i = 0; i < 200; i++) Show(FloatFromBits((uint)Next() & 0x007FFFFFu));
        for (int e = -149; e <= 127; e++) Show((float)Math.Pow(2, e));
        for (int i = 1; i <= 300; i++) Show(i / 100f);
        Show(float.MaxValue);
        Show(float.Epsilon);
    }
}
