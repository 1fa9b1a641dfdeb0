using System;
using System.Globalization;

class ParsingWithStyles
{
    static void Try(string label, Func<object> f)
    {
        try { Console.WriteLine(label + " = " + f()); }
        catch (Exception e) { Console.WriteLine(label + " ! " + e.GetType().Name); }
    }

    static void Main()
    {
        CultureInfo inv = CultureInfo.InvariantCulture;
        Try("int \"42\" inv", () => int.Parse("42", inv));
        Try("double \"3.25\" inv", () => double.Parse("3.25", inv));
        Try("double \"1,234.5\" inv", () => double.Parse("1,234.5", inv));
        Try("float \"-0.5\" inv", () => float.Parse("-0.5", CultureInfo.CurrentCulture));
        Try("decimal \"7.10\" inv", () => decimal.Parse("7.10", inv));
        string[] hex = { "ff", "FF", "7fffffff", "80000000", "ffffffff", "100000000", "0", "00000000ff", " 1a ", "0x1a", "g", "" };
        foreach (string h in hex)
        {
            string v = h;
            Try("int hex \"" + v + "\"", () => int.Parse(v, NumberStyles.HexNumber));
            Try("uint hex \"" + v + "\"", () => uint.Parse(v, NumberStyles.HexNumber));
            Try("byte hex \"" + v + "\"", () => byte.Parse(v, NumberStyles.HexNumber, inv));
            Try("short hex \"" + v + "\"", () => short.Parse(v, NumberStyles.AllowHexSpecifier));
            Try("long hex \"" + v + "\"", () => long.Parse(v, NumberStyles.HexNumber));
            Try("ulong hex \"" + v + "\"", () => ulong.Parse(v, NumberStyles.HexNumber));
        }
        string[] styled = { "1,234", "(42)", "42-", "+7", "1.00", "1.50", "1e3", "1.5e1", "15e-1", "  8  ", "-0", "2147483648", "-2147483648", "1,2,3", ",5" };
        NumberStyles[] styles = { NumberStyles.Integer, NumberStyles.Number, NumberStyles.Float, NumberStyles.Any,
            NumberStyles.AllowThousands, NumberStyles.AllowParentheses, NumberStyles.AllowTrailingSign | NumberStyles.AllowLeadingWhite };
        foreach (string text in styled)
        {
            foreach (NumberStyles st in styles)
            {
                string v = text;
                NumberStyles style = st;
                int r;
                bool ok = int.TryParse(v, style, inv, out r);
                Console.Write("[" + v + "|" + (int)style + "] " + ok + " " + r + "; ");
            }
            Console.WriteLine();
        }
        Try("long Any \"-9223372036854775808\"", () => long.Parse("-9223372036854775808", NumberStyles.Any));
        Try("ulong Number \"18,446,744,073,709,551,615\"", () => ulong.Parse("18,446,744,073,709,551,615", NumberStyles.Number));
        Try("sbyte Integer \"-129\"", () => sbyte.Parse("-129", NumberStyles.Integer));
        Try("ushort Float \"6.5536e4\"", () => ushort.Parse("6.5536e4", NumberStyles.Float));
        Try("decimal Float \"1.5e3\"", () => decimal.Parse("1.5e3", NumberStyles.Float));
        Try("decimal Any \"-2.5E-3\"", () => decimal.Parse("-2.5E-3", NumberStyles.Any, inv));
        Try("decimal Number \"1e3\"", () => decimal.Parse("1e3", NumberStyles.Number));
        Try("decimal Float \"1e40\"", () => decimal.Parse("1e40", NumberStyles.Float));
        Try("decimal Float \"0e40\"", () => decimal.Parse("0e40", NumberStyles.Float));
        Try("double Float \"1e3\"", () => double.Parse("1e3", NumberStyles.Float, inv));
        Try("bad style", () => int.Parse("1", NumberStyles.HexNumber | NumberStyles.AllowDecimalPoint));
        Try("null", () => int.Parse(null, NumberStyles.Integer));
        decimal d;
        Console.WriteLine(decimal.TryParse("12.5", NumberStyles.Number, inv, out d) + " " + d + " " + decimal.TryParse("x", NumberStyles.Any, inv, out d) + " " + d);
        double dd;
        Console.WriteLine(double.TryParse("2.5", NumberStyles.Float, inv, out dd) + " " + dd + " " + double.TryParse("abc", NumberStyles.Any, inv, out dd) + " " + dd);
    }
}
