// string.Format's stack buffer and direct integer items: results longer than the buffer (several growths), int and
// long extremes with and without alignment, item formats of the same length one after another (the reused format
// string must match exactly), escaped braces, null and custom IFormattable items, params arrays, and
// StringBuilder.AppendFormat keeping what it appended before a bad item.
using System;
using System.Text;

sealed class Money : IFormattable
{
    public decimal Amount;
    public string ToString(string format, IFormatProvider provider) { return "<" + (format ?? "null") + ":" + Amount + ">"; }
    public override string ToString() { return "Money(" + Amount + ")"; }
}

static class FormatBufferPaths
{
    static void Main()
    {
        Console.WriteLine(string.Format("{0}|{1}|{2}", int.MinValue, long.MinValue, long.MaxValue));
        Console.WriteLine(string.Format("{0}|{1}|{2}", 0, -1, (long)int.MaxValue + 1));
        Console.WriteLine(string.Format("[{0,5}] [{0,-5}] [{1,12}] [{1,-12}]", -42, 1234567890123L));
        Console.WriteLine(string.Format("{0:X8} {1:D8} {0:X8} {1:x8} {0:N0} {1:D3} {0:x2}", 255, 77));
        Console.WriteLine(string.Format("{0:X4}{0:D4}{0:X4}", 3000));
        Console.WriteLine(string.Format("{{{0}}} {{}} }}{{ {1}", 5, "x"));
        Console.WriteLine(string.Format("a{0}b{1}c", null, (object)null) + "|" + string.Format("{0}", (short)-7) + "|" + string.Format("{0}", 5u) + "|" + string.Format("{0}", (byte)200));
        var money = new Money { Amount = 12.5m };
        Console.WriteLine(string.Format("{0} {0:C2} {0,20:F}", money));
        Console.WriteLine(string.Format("{0} {1} {2} {3} {4} {5}", 1, 2L, "three", 4.5, 'c', true));

        var sb = new StringBuilder();
        for (int i = 0; i < 300; i++) sb.Append("{").Append(i % 7).Append(i % 3 == 0 ? ",6" : "").Append("}-");
        string big = string.Format(sb.ToString(), 10, -20, "thirty", 40L, 5.5, int.MinValue, "");
        Console.WriteLine(big.Length + " " + big.Substring(0, 80) + " ... " + big.Substring(big.Length - 60));
        string wide = string.Format("{0,300}|{1,-600}|{2}", "x", 7, new string('y', 1000));
        Console.WriteLine(wide.Length + " " + wide.IndexOf('x') + " " + wide.IndexOf('7') + " " + wide.LastIndexOf('y'));

        var builder = new StringBuilder("start:");
        try { builder.AppendFormat("ok {0} then {1", 1, 2); }
        catch (FormatException) { Console.WriteLine("bad item, builder has [" + builder + "]"); }
        builder.AppendFormat("{0,4}|{1:X}|{2}", -3, 255L, "z");
        Console.WriteLine(builder.ToString());
        foreach (string bad in new[] { "{", "}", "{0", "{a}", "{0,}", "{0:{}", "x}y", "{1}" })
        {
            try { Console.WriteLine(string.Format(bad, 1)); }
            catch (FormatException) { Console.WriteLine("FormatException for " + bad); }
        }
        try { string.Format(null, 1); }
        catch (ArgumentNullException e) { Console.WriteLine("null format: " + e.ParamName); }
        Console.WriteLine("[" + string.Format("") + "] [" + string.Format("{0}", "") + "] [" + string.Format("plain") + "]");
        long total = 0;
        for (int i = -1000; i < 1000; i += 7) total += string.Format("{0}:{1}", i, (long)i * 1000003).Length;
        Console.WriteLine("total " + total);
        Console.WriteLine($"interpolated {int.MaxValue} {-5L} {"s"} {12:X4} {3,4}");
    }
}
