// Self-checking: composite formatting, interpolation, alignment, standard numeric format strings and escapes
// (invariant-culture results).
using System;

class StringFormatting
{
    static int failures;

    static void Eq(string what, string got, string expected)
    {
        if (got != expected) { Console.WriteLine("FAIL " + what + ": got [" + got + "], expected [" + expected + "]"); failures++; }
    }

    static int Main()
    {
        int n = 42;
        double d = 3.14159;
        string s = "abc";
        Eq("positional", string.Format("{0}-{1}-{0}", n, s), "42-abc-42");
        Eq("interpolation", $"{s}:{n}", "abc:42");
        Eq("expression interpolation", $"{n * 2 + 1}|{s.Length}|{(n > 40 ? "big" : "small")}", "85|3|big");
        Eq("braces escaped", string.Format("{{{0}}}", n), "{42}");
        Eq("interpolated braces", $"{{x}} {n}", "{x} 42");
        Eq("right align", string.Format("[{0,5}]", n), "[   42]");
        Eq("left align", string.Format("[{0,-5}]", n), "[42   ]");
        Eq("align strings", $"[{s,6}][{s,-6}]", "[   abc][abc   ]");
        Eq("align shorter than value", string.Format("[{0,2}]", "abcdef"), "[abcdef]");

        Eq("D", n.ToString("D5"), "00042");
        Eq("D negative", (-n).ToString("D4"), "-0042");
        Eq("X", 255.ToString("X"), "FF");
        Eq("x4", 255.ToString("x4"), "00ff");
        Eq("X negative", (-1).ToString("X"), "FFFFFFFF");
        Eq("X long", (-1L).ToString("X"), "FFFFFFFFFFFFFFFF");
        Eq("F2", d.ToString("F2"), "3.14");
        Eq("F0 rounding", 2.7.ToString("F0") + 3.2.ToString("F0"), "33");
        Eq("F3 pad", 1.5.ToString("F3"), "1.500");
        Eq("N0", 1234567.ToString("N0"), "1,234,567");
        Eq("N2", 1234.5.ToString("N2"), "1,234.50");
        Eq("format in composite", string.Format("{0:F1}|{1:D3}|{2:X2}", d, 7, 10), "3.1|007|0A");
        Eq("format in interpolation", $"{d:F3}|{n:D4}|{n,6:D3}", "3.142|0042|   042");
        Eq("E", 12345.678.ToString("E2"), "1.23E+004");
        Eq("negative F", (-0.127).ToString("F2"), "-0.13");

        // default ToString of numbers
        Eq("double default", 0.1.ToString() + "|" + 1e21.ToString() + "|" + (1.0 / 4).ToString(), "0.1|1E+21|0.25");
        Eq("double integral", 100.0.ToString() + "|" + (-2.0).ToString(), "100|-2");
        Eq("float default", 0.1f.ToString() + "|" + 1.5f.ToString(), "0.1|1.5");
        Eq("long min", long.MinValue.ToString(), "-9223372036854775808");
        Eq("int min", int.MinValue.ToString(), "-2147483648");
        Eq("bool", true.ToString() + false, "TrueFalse");
        Eq("char", 'x'.ToString() + 'y', "xy");
        Eq("small double", 1e-5.ToString(), "1E-05");
        Eq("big double", 123456789012.0.ToString(), "123456789012");

        // null and objects in formatting
        object nothing = null;
        Eq("null arg", string.Format("[{0}]", nothing), "[]");
        Eq("null interpolation", $"[{nothing}]", "[]");
        Eq("custom ToString", string.Format("{0}", new Temp(21.5)), "21.5C");
        Eq("custom in interpolation", $"{new Temp(-3)}!", "-3C!");

        // concatenation conversions
        Eq("concat number", "n=" + n + d, "n=423.14159");
        Eq("concat char arithmetic", "" + (char)('a' + 1) + ('a' + 1), "b98");
        Eq("concat null", "x" + null + nothing + "y", "xy");

        // PadLeft-based tables
        string row = "";
        foreach (int v in new[] { 1, 22, 333 }) row += v.ToString().PadLeft(4, '.');
        Eq("pad table", row, "...1..22.333");

        // Parse round trips
        Eq("int parse", int.Parse("-123").ToString(), "-123");
        Eq("long parse", long.Parse("9223372036854775807").ToString(), "9223372036854775807");
        Eq("double parse", double.Parse("2.5e3").ToString(), "2500");
        Eq("double parse exact", double.Parse("0.3") == 0.3 ? "ok" : "lost", "ok");

        if (failures == 0) { Console.WriteLine("PASS"); return 100; }
        return 1;
    }

    class Temp
    {
        double c;
        public Temp(double c) { this.c = c; }
        public override string ToString() { return c + "C"; }
    }
}
