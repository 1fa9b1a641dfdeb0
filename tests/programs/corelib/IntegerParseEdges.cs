// int/long/uint/byte/short Parse and TryParse with NumberStyles at the edges of the one-pass path for plain
// "[sign]digits" text (at most 18 digits) and the general path beyond it: MinValue/MaxValue and one past them,
// 18/19/20-digit longs, leading zeros, signs the style forbids, "-0" for unsigned types, whitespace, thousands and
// exponents; and ToString("N") of integers (grouping written into one string).
using System;
using System.Globalization;

class IntegerParseEdges
{
    static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    static void Try(string text, NumberStyles style)
    {
        int i; long l; uint u; short sh; byte b;
        string r = "[" + text + "] " + style + ":";
        r += int.TryParse(text, style, Inv, out i) ? " int " + i : " int -";
        r += long.TryParse(text, style, Inv, out l) ? " long " + l : " long -";
        r += uint.TryParse(text, style, Inv, out u) ? " uint " + u : " uint -";
        r += short.TryParse(text, style, Inv, out sh) ? " short " + sh : " short -";
        r += byte.TryParse(text, style, Inv, out b) ? " byte " + b : " byte -";
        try { r += " Parse " + long.Parse(text, style, Inv); }
        catch (Exception e) { r += " " + e.GetType().Name; }
        Console.WriteLine(r);
    }

    static void Main()
    {
        string[] texts =
        {
            "0", "-0", "+0", "7", "-7", "+7", "255", "256", "-128", "-129", "32767", "-32768", "32768",
            "2147483647", "2147483648", "-2147483648", "-2147483649", "4294967295", "4294967296",
            "000000000000000000042", "123456789012345678", "-123456789012345678", "1234567890123456789",
            "9223372036854775807", "9223372036854775808", "-9223372036854775808", "-9223372036854775809",
            "18446744073709551615", "99999999999999999999", " 12 ", "\t-12\n", "1,234", "1e3", "1.0", "1.5",
            "", "-", "+", "--1", "1-", "(12)", "12a", "0x10",
        };
        NumberStyles[] styles = { NumberStyles.Integer, NumberStyles.None, NumberStyles.AllowLeadingSign, NumberStyles.Number, NumberStyles.Float | NumberStyles.AllowThousands, NumberStyles.Any };
        foreach (NumberStyles style in styles)
            foreach (string text in texts) Try(text, style);
        int[] values = { 0, 7, -7, 999, 1000, -1000, 999999, 1000000, int.MaxValue, int.MinValue };
        foreach (int v in values)
            Console.WriteLine(v.ToString("N", Inv) + " " + v.ToString("N0", Inv) + " " + v.ToString("N3", Inv) + " " + ((long)v * 1000003).ToString("N1", Inv) + " " + v.ToString("F1", Inv));
        Console.WriteLine(long.MinValue.ToString("N", Inv) + " " + ulong.MaxValue.ToString("N0", Inv));
        double[] doubles = { 0.75, -999.3, 1234.5678, -1234567.891, 1e15, 123456789.3 };
        foreach (double d in doubles) Console.WriteLine(d.ToString("N", Inv) + " " + d.ToString("N0", Inv) + " " + d.ToString("N4", Inv));
    }
}
