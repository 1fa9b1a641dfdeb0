using System;

class DecimalTextAndConversions
{
    static void Main()
    {
        decimal[] values = { 0m, 0.00m, 1.50m, -1.50m, 1234567.891m, -0.005m, 0.0001234m, 1234.5m, 2.345m, 2.355m, -2.345m,
            79228162514264337593543950335m, 0.0000000000000000000000000001m, 999.9995m, 0.5m, 100m, 1e10m, 12.3456789m };
        string[] formats = { "G", "G3", "G10", "F", "F0", "F2", "F4", "N", "N0", "N3", "P", "P1", "E", "E2", "e4", "C", "C0",
            "0.00", "#,##0.00", "0.###", "#", "000000.0", "0.0#", "#,#", "0%" };
        foreach (decimal v in values)
        {
            Console.Write(v.ToString() + " |");
            foreach (string f in formats) Console.Write(" " + f + "=" + v.ToString(f));
            Console.WriteLine();
        }
        Console.WriteLine(string.Format("{0} {0:F1} {0:N2} {1,8:F2}| {1,-8:0.0}|", 1234.5678m, -3.14159m));
        try { (1.5m).ToString("X"); } catch (FormatException) { Console.WriteLine("bad format X"); }
        try { (1.5m).ToString("D"); } catch (FormatException) { Console.WriteLine("bad format D"); }

        string[] inputs = { "0", "1.50", "-1.50", "  42  ", "+7", "1,234,567.89", "0.000", "-0", ".5", "5.", "1.00000000000000000000000000005",
            "1.00000000000000000000000000015", "0.000000000000000000000000000051", "0.0000000000000000000000000000001",
            "79228162514264337593543950335", "79228162514264337593543950336", "-79228162514264337593543950335", "7922816251426433759354395033.55",
            "123456789012345678901234567890", "1e5", "abc", "", "1.2.3", "12-", "--1", "1 2", "$5", "0x10", "3.1415926535897932384626433832795" };
        foreach (string s in inputs)
        {
            decimal d;
            bool ok = decimal.TryParse(s, out d);
            Console.WriteLine("[" + s + "] " + ok + " " + d);
        }
        Console.WriteLine(decimal.Parse("12.50") + decimal.Parse("0.5"));
        try { decimal.Parse("x1"); } catch (FormatException) { Console.WriteLine("format"); }
        try { decimal.Parse("99999999999999999999999999999"); } catch (OverflowException) { Console.WriteLine("overflow"); }
        try { decimal.Parse(null); } catch (ArgumentNullException) { Console.WriteLine("null"); }

        decimal[] rounding = { 2.5m, 3.5m, -2.5m, 2.45m, 2.55m, -2.45m, 1.005m, 0.5m, -0.5m, 1.2345m, 9.9999m, 123.456m, -0.4m };
        foreach (decimal r in rounding)
        {
            Console.WriteLine("{0}: {1} {2} {3} {4} {5} {6} | {7} {8} {9} | {10} {11} {12} {13}", r, decimal.Round(r), Math.Round(r),
                decimal.Round(r, 1), Math.Round(r, 2), decimal.Round(r, MidpointRounding.AwayFromZero), Math.Round(r, 1, MidpointRounding.AwayFromZero),
                decimal.Truncate(r), decimal.Floor(r), decimal.Ceiling(r), Math.Floor(r), Math.Ceiling(r), Math.Truncate(r), decimal.Round(r, 10));
        }
        Console.WriteLine(Math.Round(1.2000m, 2) + " " + decimal.Round(1.2m, 5) + " " + Math.Abs(-3.50m) + " " + Math.Sign(-0.1m) + " " + Math.Sign(0m) + " " + Math.Max(1.5m, 1.50m) + " " + Math.Min(-1m, 2m));
        try { decimal.Round(1m, 29); } catch (ArgumentOutOfRangeException) { Console.WriteLine("bad decimals"); }

        int[] ints = { 0, 1, -1, int.MaxValue, int.MinValue, 123456 };
        foreach (int i in ints) Console.Write((decimal)i + " ");
        Console.WriteLine();
        long[] longs = { long.MaxValue, long.MinValue, 9007199254740993L };
        foreach (long l in longs) Console.Write((decimal)l + " ");
        Console.WriteLine((decimal)ulong.MaxValue + " " + (decimal)uint.MaxValue + " " + (decimal)(short)-5 + " " + (decimal)(byte)200 + " " + (decimal)'A');
        double[] doubles = { 0.1, 0.5, 2.5, 100.0, 1e20, 1.5e-10, 1e-29, 6e-29, -2.5, 1234567.891, 0.1 + 0.2, 1.0 / 3, 123456789.123456789, 7.9e28, 1e15 + 0.3 };
        foreach (double dd in doubles) Console.Write((decimal)dd + " ");
        Console.WriteLine();
        float[] floats = { 0.1f, 1f / 3, 16777217f, 1.5e-10f, 3.4e20f, -7.25f };
        foreach (float f in floats) Console.Write((decimal)f + " ");
        Console.WriteLine();
        double nan = double.NaN, huge = 1e30;
        float infinity = float.PositiveInfinity;
        try { Console.WriteLine((decimal)nan); } catch (OverflowException) { Console.WriteLine("NaN overflow"); }
        try { Console.WriteLine((decimal)huge); } catch (OverflowException) { Console.WriteLine("1e30 overflow"); }
        try { Console.WriteLine((decimal)infinity); } catch (OverflowException) { Console.WriteLine("infinity overflow"); }

        decimal[] outs = { 1.9m, -1.9m, 255.99m, 0.5m, -0.5m, 12345678901234.5m };
        foreach (decimal o in outs)
        {
            Console.Write((long)o + " " + (double)o + " " + ((float)o == (float)(double)o) + " ");
            try { Console.Write((int)o + " "); } catch (OverflowException) { Console.Write("int-overflow "); }
            try { Console.Write((byte)o + " "); } catch (OverflowException) { Console.Write("byte-overflow "); }
            try { Console.Write((uint)o + " "); } catch (OverflowException) { Console.Write("uint-overflow "); }
            try { Console.Write((short)o + " "); } catch (OverflowException) { Console.Write("short-overflow "); }
            try { Console.Write((int)(char)o + " "); } catch (OverflowException) { Console.Write("char-overflow "); }
            Console.WriteLine();
        }
        decimal max = decimal.MaxValue, belowLong = -9223372036854775809m, minLong = -9223372036854775808m, maxULong = 18446744073709551615m, minSByte = -128.9m;
        try { Console.WriteLine((int)max); } catch (OverflowException) { Console.WriteLine("int overflow"); }
        try { Console.WriteLine((long)belowLong); } catch (OverflowException) { Console.WriteLine("long overflow"); }
        Console.WriteLine((long)minLong + " " + (ulong)maxULong + " " + (sbyte)minSByte);
        Console.WriteLine(decimal.ToInt32(7.9m) + " " + decimal.ToInt64(-7.9m) + " " + decimal.ToDouble(0.25m) + " " + decimal.ToSingle(0.75m) + " " + decimal.ToByte(3.3m));
        decimal pointOne = 0.1m, oneAndHalf = 1.5m, several = 12345.678m, quarter = 1m / 4m;
        Console.WriteLine((double)pointOne + " " + (double)oneAndHalf + " " + (double)several + " " + (float)pointOne + " " + (double)quarter);
        Console.WriteLine(new decimal(0.1) + " " + new decimal(0.1f) + " " + new decimal(123) + " " + new decimal(-5L) + " " + new decimal(7u) + " " + new decimal(8UL));
    }
}
