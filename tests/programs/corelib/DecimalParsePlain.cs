// decimal.Parse of the plain "[sign]digits[.digits]" text read straight into a 64-bit mantissa, at the edges of that
// path and beyond it (the general parser): trailing zeros kept in the scale, leading zeros, 19 and 20 significant
// digits, 28 and 29 decimals, 96-bit values, -0, ".5" and "5.", and texts the plain path declines (whitespace,
// thousands, exponents, trailing signs, bad input).
using System;
using System.Globalization;

class DecimalParsePlain
{
    static void Show(string text)
    {
        decimal d;
        if (decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out d))
        {
            int[] bits = decimal.GetBits(d);
            Console.WriteLine("[" + text + "] " + d.ToString(CultureInfo.InvariantCulture) + " scale " + ((bits[3] >> 16) & 0xFF) + (bits[3] < 0 ? " negative" : ""));
        }
        else Console.WriteLine("[" + text + "] no");
        try { Console.WriteLine("  Parse " + decimal.Parse(text, CultureInfo.InvariantCulture)); }
        catch (Exception e) { Console.WriteLine("  " + e.GetType().Name); }
    }

    static void Main()
    {
        string[] texts =
        {
            "0", "-0", "0.000", "-0.00", "1", "-1", "1.500", "0001.2500", "0.05", ".5", "5.", "-.25", "+7.0",
            "1234567890123456789", "12345678901234567890", "9999999999999999999", "18446744073709551615",
            "0.1234567890123456789", "1.2345678901234567890", "0.0000000000000000000000000001", "0.00000000000000000000000000001",
            "0.00000000000000000000000000015", "79228162514264337593543950335", "79228162514264337593543950336",
            "-79228162514264337593543950335", "7922816251426433759354395033.5", "3.1415926535897932384626433833",
            " 12.5 ", "1,234.5", "1e3", "12-", ".", "", "-", "1.2.3", "abc",
        };
        foreach (string text in texts) Show(text);
    }
}
