// Composite formatting parsed in one pass (literal runs, escaped braces next to items, alignment with spaces, the
// 1-3 argument overloads, AppendFormat into a builder that already holds text), hex with precision, integers and
// decimals written straight into their string (digit-count boundaries, minimum values, rounding carries, signs of
// values that round to zero, 96-bit mantissas), and the format errors .NET reports.
using System;
using System.Globalization;
using System.Text;

class FormatFastPaths
{
    static string Try(string format, params object[] args)
    {
        try { return "[" + string.Format(format, args) + "]"; }
        catch (FormatException) { return "FormatException"; }
    }

    static void Composite()
    {
        Console.WriteLine(string.Format("{0,8}|{1:X8}|{2,-6}|", 42, -1, "ab"));
        Console.WriteLine(string.Format("{0,8}|{1:X8}|{2,-6}|", -123456789, 255, "abcdefgh"));
        Console.WriteLine(string.Format("{0}", "only") + string.Format("<{0}{1}>", 1, 2) + string.Format("{2}{1}{0}", 'a', 'b', 'c'));
        Console.WriteLine(string.Format("{0}{1}{2}{3}{4}", 1, "two", 3.5, 'x', null));
        Console.WriteLine(string.Format("{{{0}}}|{{}}|}}{{|{0}{{|}}{0}", 7));
        Console.WriteLine(string.Format("{0, 5}|{0,-5 }|{0 ,3}|{0 , -3 :D2}|{0,0}|{0,-0}|{0,1}", 9));
        Console.WriteLine(string.Format("{0,3}|{0,-3}|{0,12:N2}|{0,-12:E2}|", 1234.5678));
        Console.WriteLine(string.Format("{0:x}|{0:X4}|{1:x2}|{1:X16}|{2:X}|{3:x1}|{4:X}|{5:X3}", 48879, -2L, (byte)200, ulong.MaxValue, (short)-1, (sbyte)-128));
        Console.WriteLine(string.Format("{0:D}|{0:D8}|{1:D3}|{2:D1}|{0:d0}", -42, 123456, 0));
        Console.WriteLine(string.Format("no items at all") + string.Format("") + "|" + string.Format("{0}", (object)null) + "|");
        int i = 17;
        string word = "kappa";
        Console.WriteLine($"item {i}: {word} = {i * -3} {i,4}|{word,-7}|{i:X4}");
        var sb = new StringBuilder("start:");
        sb.AppendFormat("{0,-4}|{1,4}", "ab", 3).AppendFormat("[{0}]", 'z').AppendFormat("{0}{1}{2}", 1, 2, 3).AppendFormat("{0}-{1}-{2}-{3}", 1, 2, 3, 4);
        Console.WriteLine(sb.ToString());
        var big = new object[12];
        for (int k = 0; k < big.Length; k++) big[k] = k * k;
        Console.WriteLine(string.Format("{11}{10,4}{0}{5:X}", big));
        Console.WriteLine(string.Format(new string('x', 300) + "{0}", 1).Length);
    }

    static void Errors()
    {
        string[] formats = { "{0", "0}", "{", "}", "{}", "{-1}", "{ 0}", "{0 }", "{0,}", "{0,-}", "{0, }", "{0,a}", "{0:x", "{1}", "{0:{}", "{0:}", "{0}}", "{{0}", "{0,999999999}", "{a}", "{0 :D3}", "{0,5 :D3}", "{0,-5:D3}" };
        foreach (string f in formats) Console.WriteLine(f + " -> " + Try(f, 5));
        try { string.Format(null, 1); } catch (ArgumentNullException) { Console.WriteLine("null format throws"); }
        try { string.Format("{0}", (object[])null); } catch (ArgumentNullException) { Console.WriteLine("null args throws"); }
        try { new StringBuilder().AppendFormat("{0}", (object[])null); } catch (ArgumentNullException) { Console.WriteLine("AppendFormat null args throws"); }
    }

    static void Integers()
    {
        long[] values = { 0, 1, -1, 9, 10, -10, 99, 100, 999, 1000, 99999, 100000, int.MaxValue, int.MinValue, 4294967295, 4294967296, -4294967296, 9999999999, 10000000000, long.MaxValue, long.MinValue, 1234567890123456789 };
        var sb = new StringBuilder();
        foreach (long v in values) sb.Append(v.ToString()).Append(' ').Append(((int)v).ToString()).Append(' ').Append(((uint)v).ToString()).Append(' ').Append(((ulong)v).ToString()).Append('|');
        Console.WriteLine(sb.ToString());
        Console.WriteLine(ulong.MaxValue.ToString() + " " + (10000000000000000000UL).ToString() + " " + short.MinValue + " " + byte.MaxValue + " " + sbyte.MinValue);
    }

    static void Decimals()
    {
        decimal[] values =
        {
            0m, 1m, -1m, 1.50m, -0.001m, 0.0000000000000000000000000001m, 123456789012345678901234.5678m, decimal.MaxValue, decimal.MinValue,
            9.995m, -9.995m, -0.005m, -0.004m, 0.5m, 2.5m, -2.5m, 999.999m, 1234567.891m, 0.04m, new decimal(0, 0, 0, true, 2), new decimal(0, 0, 0, false, 5),
            18446744073709551615m, 18446744073709551616m, 0.1234567890123456789012345678m, -79228162514264337593543950.335m, 100m, 100.00m,
        };
        var inv = CultureInfo.InvariantCulture;
        foreach (decimal d in values)
        {
            Console.WriteLine("{0} | {1} {2} {3} {4} | {5} {6} | {7} {8}", d.ToString(inv), d.ToString("F2", inv), d.ToString("F0", inv), d.ToString("F5", inv), d.ToString("f1", inv),
                d.ToString("N2", inv), d.ToString("N0", inv), d.ToString("P1", inv), d.ToString("E3", inv));
        }
    }

    static void Main()
    {
        Composite();
        Errors();
        Integers();
        Decimals();
    }
}
