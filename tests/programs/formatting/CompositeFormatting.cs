// Composite formatting corner cases: alignment with format, escaped braces, custom IFormattable types,
// interpolation, format errors reported as FormatException, and a receipt printed with column layout.
using System;
using System.Collections.Generic;
using System.Text;

class Temperature : IFormattable
{
    readonly double celsius;
    public Temperature(double c) { celsius = c; }
    public string ToString(string format, IFormatProvider provider)
    {
        if (string.IsNullOrEmpty(format)) format = "C";
        switch (format.ToUpperInvariant())
        {
            case "C": return celsius.ToString("F1") + "°C";
            case "F": return (celsius * 9 / 5 + 32).ToString("F1") + "°F";
            case "K": return (celsius + 273.15).ToString("F2") + "K";
            default: throw new FormatException("unknown temperature format '" + format + "'");
        }
    }
    public override string ToString() { return ToString("C", null); }
}

struct Version3
{
    public int Major, Minor, Patch;
    public override string ToString() { return Major + "." + Minor + "." + Patch; }
}

class CompositeFormatting
{
    static string TryFormat(string format, params object[] args)
    {
        try { return string.Format(format, args); }
        catch (FormatException) { return "FormatException"; }
    }

    static int Main()
    {
        var t = new Temperature(21.5);
        Console.WriteLine(string.Format("{0} | {0:F} | {0:k} | [{0,10:C}] | [{0,-10:F}]", t));
        Console.WriteLine($"interpolated {t:F} and {t}");
        Console.WriteLine(TryFormat("{0:X}", t));
        var v = new Version3 { Major = 1, Minor = 12, Patch = 3 };
        Console.WriteLine("[{0,8}] [{0,-8}] [{1,3}] [{2}]", v, "x", null);
        Console.WriteLine("{{literal}} {{{0}}} {0}{{", 5);
        Console.WriteLine(TryFormat("{0} {1}", 1));
        Console.WriteLine(TryFormat("{0", 1));
        Console.WriteLine(TryFormat("0}", 1));
        Console.WriteLine(TryFormat("{-1}", 1));
        Console.WriteLine(TryFormat("{ 0 }", 1));
        Console.WriteLine(TryFormat("{0,5 }|", 1));
        Console.WriteLine(TryFormat("{0:D3}{1:N1}", 7, 1234.56));
        Console.WriteLine(string.Format("{0,6:P1}|{1,-6:D2}|{2,8:E1}|{3,5}|{4,-5}|", 0.0637, 3, 1234.5, true, 'c'));
        Console.WriteLine(string.Format("{0:0.0}|{0:#,0}|{0:000000}|{1:0.##%}|{2:#,##0.00;(#,##0.00);zero}|{3:#,##0.00;(#,##0.00);zero}|{4:#,##0.00;(#,##0.00);zero}", 12345.678, 0.4567, -9876.5, 0, 42));
        int w = 12;
        string[] names = { "Coffee", "Bagel with cream cheese", "Tea" };
        decimal[] prices = { 3.5m, 4.25m, 2m };
        int[] qty = { 2, 1, 3 };
        var receipt = new StringBuilder();
        receipt.AppendLine(new string('=', 36));
        decimal total = 0;
        for (int i = 0; i < names.Length; i++)
        {
            string name = names[i].Length > w ? names[i].Substring(0, w - 1) + "~" : names[i];
            decimal line = prices[i] * qty[i];
            total += line;
            receipt.AppendFormat("{0,-12} {1,3} x {2,6:F2} = {3,7:F2}", name, qty[i], prices[i], line).AppendLine();
        }
        receipt.AppendLine(new string('-', 36));
        receipt.AppendFormat("{0,-25}{1,11:N2}", "TOTAL", total).AppendLine();
        receipt.AppendFormat("{0,-25}{1,11:N2}", "VAT 20%", total * 0.2m).AppendLine();
        receipt.AppendFormat("{0,-25}{1,11:N2}", "GRAND TOTAL", total * 1.2m).AppendLine();
        Console.Write(receipt);
        var rows = new List<object[]> { new object[] { "id", "name", "score" }, new object[] { 1, "alice", 93.5 }, new object[] { 22, "bob", 7.25 }, new object[] { 333, "carol", 100.0 } };
        foreach (var r in rows) Console.WriteLine("|{0,5}|{1,-8}|{2,8}|", r[0], r[1], r[2] is double ? ((double)r[2]).ToString("F2") : r[2]);
        Console.WriteLine($"{"left",-8}|{"right",8}|{42,6:D4}|{3.14159,9:F3}|{-5,4}|{(object)null,3}|");
        object[] many = new object[12];
        for (int i = 0; i < many.Length; i++) many[i] = i * i;
        Console.WriteLine(string.Format("{11} {10} {0} {5}", many));
        Console.WriteLine(string.Concat("a", 1, 2.5f, 'c', true, null, 3m, (byte)4) + " " + string.Format("{0}{1}{2}{3}", 'x', 1u, 2ul, (sbyte)-3));
        Console.WriteLine("{0:yes;no;zero} {1:yes;no;zero} {2:yes;no;zero}", 1, -1, 0);
        return 100;
    }
}
