// Standard and custom numeric format strings on int, long, double and decimal, in composite formats with
// alignment (invariant culture), printed as a table.
using System;
using System.Text;

class NumericFormats
{
    static void Row(string label, params object[] cells)
    {
        var sb = new StringBuilder();
        sb.AppendFormat("{0,-14}|", label);
        foreach (object c in cells) sb.AppendFormat("{0,12}|", c);
        Console.WriteLine(sb.ToString());
    }

    static int Main()
    {
        int[] ints = { 0, 7, -42, 1234567, int.MaxValue, int.MinValue };
        foreach (int i in ints)
        {
            Row("int " + i, i.ToString("D"), i.ToString("D8"), i.ToString("N0"), i.ToString("X"), i.ToString("G"));
            Row("", i.ToString("0000"), i.ToString("#,##0"), i.ToString("#"), i.ToString("00.00"), i.ToString("E3"));
        }
        long[] longs = { 0L, 9876543210L, -9876543210L, long.MaxValue };
        foreach (long l in longs)
        {
            Row("long", l.ToString("N"), l.ToString("x"), l.ToString("D20"), l.ToString("#,#"), l.ToString("F1"));
        }
        double[] doubles = { 0.0, 1.5, -2.25, 1234.5678, 0.000123, 98765.4321, 1e10, -0.75, 2.75, 0.1875 };
        foreach (double d in doubles)
        {
            Row("double", d.ToString("F2"), d.ToString("N3"), d.ToString("E2"), d.ToString("0.00"), d.ToString("#,##0.0"));
            Row("", d.ToString("P1"), d.ToString("0.###"), d.ToString("00.0##"), d.ToString("F0"), d.ToString("e4"));
        }
        decimal[] decs = { 0m, 1.10m, -3.14159m, 1234567.891m, 0.005m, 100m };
        foreach (decimal m in decs)
        {
            Row("decimal", m.ToString(), m.ToString("F2"), m.ToString("N1"), m.ToString("0.0000"), m.ToString("C2").Length);
        }
        // percent and per-mille, literal sections, sections with ;
        Console.WriteLine(0.256.ToString("P0") + " " + 0.256.ToString("P2") + " " + (-0.5).ToString("P"));
        Console.WriteLine(5.ToString("+0;-0;zero") + " " + (-5).ToString("+0;-0;zero") + " " + 0.ToString("+0;-0;zero"));
        Console.WriteLine(12.5.ToString("#.## 'units'") + " " + 42.ToString("'#'0") + " " + 7.ToString("\\#0"));
        Console.WriteLine(1234.ToString("0,0.00") + " " + 1234567.ToString("#,##0,") + " " + 1234567.ToString("0,,.0"));
        Console.WriteLine(string.Format("[{0,8:F3}] [{1,-8:D3}] [{2,8:X4}] [{3,-10:N2}]", Math.PI, 5, 255, 12345.678));
        Console.WriteLine(string.Format("{0:0.0%} {1:00} {2:#0.##} {3:G3}", 0.1234, 3, 3.14159, 123456));
        Console.WriteLine($"{1.0 / 3:F5} {2.0 / 3:N4} {10.0 / 4:G} {(byte)200:X2} {(short)-1:X}");
        Console.WriteLine(255.ToString("x8") + " " + ((uint)0xDEADBEEF).ToString("X") + " " + ((ulong)ulong.MaxValue).ToString("N0"));
        // custom formats round the 15-digit value half away from zero
        Console.WriteLine(0.5.ToString("0") + " " + 1.5.ToString("0") + " " + 2.5.ToString("0") + " " + (-1.5).ToString("0"));
        Console.WriteLine(1.005.ToString("0.00") + " " + 1.235.ToString("0.00") + " " + 0.045.ToString("#.##") + " " + (-0.004m).ToString("0.00"));
        Console.WriteLine(0.ToString("#") + "|" + 0.0.ToString("#.##") + "|" + 0.5.ToString("#.00") + "|" + 5.ToString("0#") + "|" + 1.5m.ToString("0.0#"));
        Console.WriteLine(12345.ToString("0.00E+0") + " " + 0.000123.ToString("0.0e-00") + " " + 12345.ToString("00.0E0") + " " + 9.99.ToString("0.0E+0"));
        Console.WriteLine((-7.5).ToString("0.0;(0.0)") + " " + (-0.01).ToString("0.0;(0.0);nil") + " " + 0.0.ToString("0.0;(0.0);nil") + " " + (-0.01m).ToString("0.0;(0.0)"));
        Console.WriteLine(1234567890123456789L.ToString("#,##0") + " " + ulong.MaxValue.ToString("0,000") + " " + 1.25m.ToString("0.0") + " " + 1234.5m.ToString("#,##0.00"));
        Console.WriteLine(123.456.ToString("G2") + " " + 0.0001234.ToString("G3") + " " + 1e14.ToString("G") + " " + 12346.0.ToString("G4"));
        return 100;
    }
}
