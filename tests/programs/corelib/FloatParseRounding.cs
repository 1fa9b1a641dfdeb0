// expect-stdout-file: FloatParseRounding.out
// double.Parse and float.Parse round correctly (as .NET Core 3.0+; Mono's parser loses the last bit on some long
// digit strings and reads floats through doubles): each text's bits are printed in hex. Covers the exact fast path
// (up to 15-19 digits with exponents within ±22) and the texts beyond it: 17-20+ digit strings, halfway cases
// between two doubles and two floats (exactly halfway, a digit above, a digit below), subnormals, the largest
// finite values and the overflow to infinity, ±0, and integers just above 2^53 and 2^24.
using System;
using System.Globalization;

class FloatParseRounding
{
    static void Both(string text)
    {
        double d = double.Parse(text, CultureInfo.InvariantCulture);
        float f = float.Parse(text, CultureInfo.InvariantCulture);
        Console.WriteLine(text + " -> " + BitConverter.DoubleToInt64Bits(d).ToString("X16") + " "
            + BitConverter.ToInt32(BitConverter.GetBytes(f), 0).ToString("X8"));
    }

    static void Main()
    {
        string[] texts =
        {
            "0", "-0", "0.000", "-0.0e10", "1", "-1", "0.1", "0.2", "0.3", "123.456", "-98765.4321e-3",
            "1e22", "1e23", "9e22", "123e25", "1e-22", "1e-23", "4.35e-15", "3.14159265358979",
            // integers around 2^53 and 2^24: halfway between two doubles/floats goes to the even one
            "9007199254740992", "9007199254740993", "9007199254740995", "9007199254740993.0000000001",
            "16777216", "16777217", "16777219", "16777217.000001", "33554434", "33554435",
            // 17 and more significant digits
            "0.30000000000000004", "2.2250738585072014E-308", "1.7976931348623157E+308", "123456789012345678901234567890",
            "0.1000000000000000055511151231257827021181583404541015625", "0.1000000000000000055511151231257827021181583404541015624",
            "0.1000000000000000055511151231257827021181583404541015626",
            // the double halfway between 1 and its successor, and a digit either side of it
            "1.00000000000000011102230246251565404236316680908203125", "1.00000000000000011102230246251565404236316680908203124",
            "1.00000000000000011102230246251565404236316680908203126",
            // the float halfway between 1 and its successor: the double nearest the text is the midpoint itself
            "1.000000059604644775390625", "1.0000000596046448", "1.0000000596046447", "1.00000017881393432617187",
            "1.00000017881393432617188", "7.038531E-26", "3.4028235E+38", "3.40282356779733661637539395458142568448E+38",
            "3.4028236E+38", "1.17549435E-38", "1.4E-45", "7.0064923E-46", "7.0064924E-46",
            // subnormal doubles, the smallest and its halfway point, underflow and overflow
            "4.9406564584124654E-324", "2.4703282292062327E-324", "2.4703282292062328E-324", "5e-324", "1e-400",
            "2.2250738585072011E-308", "1.7976931348623159E+308", "1e309", "-1e400",
            // long texts
            "3.14159265358979323846264338327950288419716939937510582097494459230781640628620899862803482534211706798214808651",
            "0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000012345",
            "12345678901234567890123456789012345678901234567890e-30",
        };
        foreach (string text in texts) Both(text);
        // what ToString("R") prints reads back to the same bits
        var random = new Random(7);
        int bad = 0;
        for (int i = 0; i < 20000; i++)
        {
            double d = BitConverter.Int64BitsToDouble((long)(random.NextDouble() * long.MaxValue) ^ ((long)random.Next() << 40));
            if (double.IsNaN(d) || double.IsInfinity(d)) continue;
            if (double.Parse(d.ToString("R", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) != d) bad++;
            float f = (float)(random.NextDouble() * Math.Pow(10, random.Next(-40, 39)));
            if (float.Parse(f.ToString("R", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) != f) bad++;
        }
        Console.WriteLine("round trips failed: " + bad);
    }
}
