// expect-stdout-file: ShortestDoubleFormatting.out
// double and float ToString() print the shortest text that parses back to the same value, in fixed notation
// unless the decimal point would sit more than 17 digits (float: 9) after the first digit or more than 3 before
// it (.NET Core 3.0 and later; Mono 6.8 prints 15 significant digits, hence the expected-output file).
using System;

class ShortestDoubleFormatting
{
    static double D(double x) { return x; }
    static float F(float x) { return x; }

    static void Show(string label, double value)
    {
        string text = value.ToString();
        Console.WriteLine(label + " = " + text + (double.Parse(text) == value ? "" : " (does not round-trip)"));
    }

    static void Main()
    {
        Show("1/3", D(1.0) / 3);
        Show("2/3", D(2.0) / 3);
        Show("0.1+0.2", D(0.1) + D(0.2));
        Show("pi", Math.PI);
        Show("e", Math.E);
        Show("sqrt 2", Math.Sqrt(D(2.0)));
        Show("1e-7", D(1e-7));
        Show("1e14", D(1e14));
        Show("1e15", D(1e15));
        Show("1e16", D(1e16));
        Show("1e17", D(1e17));
        Show("123456789012345680", D(123456789012345680.0));
        Show("0.0001", D(0.0001));
        Show("0.00001", D(0.00001));
        Show("-1.5e-7", D(-1.5e-7));
        Show("123456789.123", D(123456789.123));
        Show("2^53", D(9007199254740992.0));
        Show("max", double.MaxValue);
        Show("epsilon", double.Epsilon);
        Show("-0", -D(0.0));
        Show("1/7", D(1.0) / 7);
        Show("100/3", D(100.0) / 3);
        Show("0.1*3", D(0.1) * 3);
        Console.WriteLine("float 1/3 = " + (F(1f) / F(3f)));
        Console.WriteLine("float 0.1 = " + F(0.1f));
        Console.WriteLine("float 16777217 = " + F(16777217f));
        Console.WriteLine("float max = " + float.MaxValue);
        Console.WriteLine("float 1e8 = " + F(1e8f));
        Console.WriteLine("float 1e9 = " + F(1e9f));
        Console.WriteLine("float 123456789 = " + F(123456789f));
        Console.WriteLine("float 1e-10 = " + F(1e-10f));
        Console.WriteLine("float 2/3 widened = " + (double)(F(2f) / F(3f)));
        Console.WriteLine("R format = " + (D(1.0) / 3).ToString("R"));
        Console.WriteLine("G17 format = " + D(0.1).ToString("G17"));
    }
}
