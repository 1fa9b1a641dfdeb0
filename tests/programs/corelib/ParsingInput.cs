// Parsing user input the way command-line tools do: int/long/double/decimal/bool Parse and TryParse, with
// whitespace, signs, overflow, invalid text and NumberStyles; exceptions are reported by type.
using System;
using System.Globalization;

class ParsingInput
{
    static string TryInt(string s)
    {
        int v;
        return int.TryParse(s, out v) ? "int(" + v + ")" : "no";
    }

    static string ParseInt(string s)
    {
        try { return "int " + int.Parse(s); }
        catch (FormatException) { return "FormatException"; }
        catch (OverflowException) { return "OverflowException"; }
        catch (ArgumentNullException) { return "ArgumentNullException"; }
    }

    static string ParseLong(string s)
    {
        try { return "long " + long.Parse(s); }
        catch (Exception e) { return e.GetType().Name; }
    }

    static string ParseDouble(string s)
    {
        double d;
        if (!double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out d)) return "no";
        return d.ToString("F4");
    }

    static int Main()
    {
        string[] inputs = { "42", "  17  ", "+8", "-0", "-2147483648", "2147483647", "2147483648", "-2147483649", "", " ", "12a", "1,000",
            "0x1F", "1e3", "3.0", "٣", "--5", "+-5", "007", "\t9\n", null };
        foreach (string s in inputs)
        {
            string shown = s == null ? "null" : "'" + s.Replace("\t", "\\t").Replace("\n", "\\n") + "'";
            Console.WriteLine("{0,-14} TryParse={1,-16} Parse={2}", shown, TryInt(s), ParseInt(s));
        }
        Console.WriteLine(ParseLong("9223372036854775807") + " " + ParseLong("9223372036854775808") + " " + ParseLong("-9223372036854775808") + " " + ParseLong("x"));
        byte b;
        Console.WriteLine("byte: " + byte.TryParse("255", out b) + b + " " + byte.TryParse("256", out b) + b + " " + byte.TryParse("-1", out b));
        sbyte sb;
        short sh;
        ushort us;
        uint ui;
        ulong ul;
        Console.WriteLine("small: " + sbyte.TryParse("-128", out sb) + sb + " " + short.TryParse("32768", out sh) + " " + ushort.TryParse("65535", out us) + us
            + " " + uint.TryParse("4294967295", out ui) + ui + " " + uint.TryParse("-1", out ui) + " " + ulong.TryParse("18446744073709551615", out ul) + ul);

        string[] doubles = { "3.14", "-0.5", "1e3", "1.5E-2", "  2.25  ", ".5", "5.", "abc", "1,5", "Infinity", "-Infinity", "NaN", "1e10", "0x10", "1e", "(2.5)", "- 1", "+7.25" };
        foreach (string s in doubles) Console.Write(s.Trim() + "=>" + ParseDouble(s) + "  ");
        Console.WriteLine();
        Console.WriteLine(double.Parse("1234.5678", CultureInfo.InvariantCulture).ToString("F2") + " " + double.Parse("-1e-3").ToString("E3") + " " + float.Parse("2.5").ToString("F1"));

        // NumberStyles
        Console.WriteLine(int.Parse("1,234,567", NumberStyles.AllowThousands) + " " + int.Parse("FF", NumberStyles.HexNumber) + " " + int.Parse("  -12  ", NumberStyles.Integer)
            + " " + long.Parse("7fffffffffffffff", NumberStyles.AllowHexSpecifier) + " " + int.Parse("(42)", NumberStyles.AllowParentheses)
            + " " + int.Parse("12-", NumberStyles.AllowTrailingSign) + " " + double.Parse("1,234.5", NumberStyles.Number, CultureInfo.InvariantCulture).ToString("F1"));
        int hex;
        Console.WriteLine(int.TryParse("ffffffff", NumberStyles.HexNumber, CultureInfo.InvariantCulture, out hex) + " " + hex + " " + int.TryParse("G1", NumberStyles.HexNumber, CultureInfo.InvariantCulture, out hex));
        try { int.Parse("  12  ", NumberStyles.None); Console.WriteLine("parsed"); } catch (FormatException) { Console.WriteLine("None rejects spaces"); }

        // decimal and bool and char
        decimal m;
        Console.WriteLine(decimal.TryParse("123.4500", out m) + " " + m + " " + decimal.Parse("-0.001") + " " + decimal.TryParse("1e2", out m) + " " + decimal.Parse("1e2", NumberStyles.Float));
        bool flag;
        Console.WriteLine(bool.Parse("true") + " " + bool.Parse(" False ") + " " + bool.TryParse("yes", out flag) + " " + bool.TryParse("TRUE", out flag) + flag);
        char c;
        Console.WriteLine(char.Parse("x") + " " + char.TryParse("xy", out c) + " " + char.TryParse("", out c));

        // Convert
        Console.WriteLine(Convert.ToInt32("123") + " " + Convert.ToInt32(null) + " " + Convert.ToInt32("ff", 16) + " " + Convert.ToInt32("1010", 2) + " " + Convert.ToString(255, 2) + " " + Convert.ToString(-1, 16) + " " + Convert.ToInt64("777", 8));
        Console.WriteLine(Convert.ToInt32(2.5) + " " + Convert.ToInt32(3.5) + " " + Convert.ToInt32(-2.5) + " " + Convert.ToInt32(2.51) + " " + Convert.ToByte(true) + " " + Convert.ToBoolean("False") + " " + Convert.ToDouble("0.25"));
        try { Convert.ToByte(300); } catch (OverflowException) { Console.WriteLine("Convert.ToByte overflow"); }
        try { Convert.ToInt32("12.5"); } catch (FormatException) { Console.WriteLine("Convert.ToInt32 format"); }

        // a small calculator over tokens
        string line = "12 + 30 - x + 7 * 2";
        int total = 0, op = 1, bad = 0;
        foreach (string tok in line.Split(' '))
        {
            int n;
            if (int.TryParse(tok, out n)) total += op * n;
            else if (tok == "+") op = 1;
            else if (tok == "-") op = -1;
            else bad++;
        }
        Console.WriteLine("total=" + total + " bad=" + bad);
        return 100;
    }
}
