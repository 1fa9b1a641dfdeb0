// Math functions with fixed-precision output (Round with MidpointRounding and digits, Floor/Ceiling/Truncate,
// Pow/Sqrt/Exp/Log, trigonometry, Min/Max/Sign/Abs, DivRem, BigMul, IEEERemainder) and char helpers
// (classification, case mapping, numeric values, char arithmetic) as text-processing code uses them.
using System;
using System.Text;

class MathAndChars
{
    static string F(double d) { return d.ToString("F6"); }

    static int Main()
    {
        double[] mids = { 0.5, 1.5, 2.5, -1.25, -1.5, 2.4999, 2.5001 };
        foreach (double m in mids)
            Console.WriteLine("Round({0}) even={1} away={2} floor={3} ceil={4} trunc={5}", m.ToString("F4"), Math.Round(m), Math.Round(m, MidpointRounding.AwayFromZero), Math.Floor(m), Math.Ceiling(m), Math.Truncate(m));
        Console.WriteLine("digits " + Math.Round(3.14159, 2) + " " + Math.Round(2.675, 2).ToString("F3") + " " + Math.Round(-1.23456, 3) + " " + Math.Round(12.5, 0, MidpointRounding.AwayFromZero) + " " + Math.Round(0.125m, 2) + " " + Math.Round(0.125m, 2, MidpointRounding.AwayFromZero) + " " + decimal.Round(2.345m, 2));
        Console.WriteLine("pow " + Math.Pow(2, 10) + " " + F(Math.Pow(2, 0.5)) + " " + Math.Pow(-8, 1.0 / 3).ToString() + " " + Math.Pow(0, 0) + " " + F(Math.Pow(10, -3)));
        Console.WriteLine("sqrt " + Math.Sqrt(144) + " " + F(Math.Sqrt(2)) + " " + double.IsNaN(Math.Sqrt(-1)) + " cbrt-ish " + F(Math.Exp(Math.Log(27) / 3)));
        Console.WriteLine("exp/log " + F(Math.Exp(1)) + " " + F(Math.Log(Math.E)) + " " + F(Math.Log10(1000)) + " " + F(Math.Log(8, 2)) + " " + Math.Log(0) + " " + F(Math.Log(100, 10)));
        Console.WriteLine("trig " + F(Math.Sin(Math.PI / 6)) + " " + F(Math.Cos(Math.PI / 3)) + " " + F(Math.Tan(Math.PI / 4)) + " " + F(Math.Atan2(1, 1) * 4) + " " + F(Math.Asin(1)) + " " + F(Math.Acos(0)) + " " + F(Math.Atan(1)));
        Console.WriteLine("hyperbolic " + F(Math.Sinh(1)) + " " + F(Math.Cosh(1)) + " " + F(Math.Tanh(0.5)));
        Console.WriteLine("minmax " + Math.Max(3, 7) + " " + Math.Min(-2L, 5L) + " " + Math.Max(2.5, double.NaN) + " " + Math.Min(1.5f, 0.5f) + " " + Math.Max((byte)3, (byte)9) + " " + Math.Min(1.1m, 1.01m));
        Console.WriteLine("sign/abs " + Math.Sign(-12) + Math.Sign(0) + Math.Sign(3.5) + " " + Math.Abs(-7) + " " + Math.Abs(-2.25) + " " + Math.Abs((short)-5) + " " + Math.Abs(-3.5m) + " " + Math.Sign(-0.0));
        int rem;
        long lrem;
        Console.WriteLine("divrem " + Math.DivRem(17, 5, out rem) + " r" + rem + " " + Math.DivRem(-17, 5, out rem) + " r" + rem + " " + Math.DivRem(100L, 7L, out lrem) + " r" + lrem + " bigmul " + Math.BigMul(int.MaxValue, int.MaxValue));
        Console.WriteLine("ieee " + Math.IEEERemainder(10, 3) + " " + Math.IEEERemainder(11, 3) + " % " + (10.0 % 3) + " " + (-10.0 % 3) + " " + (5.5 % 2));
        Console.WriteLine("constants " + F(Math.PI) + " " + F(Math.E) + " " + (double.MaxValue > 1e308) + " " + double.Epsilon.ToString("E3") + " " + int.MaxValue + " " + long.MinValue);

        // geometry
        double[] xs = { 0, 3, 3, 0 }, ys = { 0, 0, 4, 4 };
        double perimeter = 0, area = 0;
        for (int i = 0; i < 4; i++)
        {
            int j = (i + 1) % 4;
            perimeter += Math.Sqrt(Math.Pow(xs[j] - xs[i], 2) + Math.Pow(ys[j] - ys[i], 2));
            area += xs[i] * ys[j] - xs[j] * ys[i];
        }
        Console.WriteLine("rectangle perimeter " + perimeter + " area " + Math.Abs(area) / 2 + " diagonal " + Math.Sqrt(3 * 3 + 4 * 4));
        double compound = 1000 * Math.Pow(1 + 0.05 / 12, 12 * 10);
        Console.WriteLine("compound interest " + compound.ToString("F2") + " rounded " + Math.Round(compound, 1).ToString("F1"));

        // chars
        string sample = "Hello, World! 123 _ä\tÉ-x";
        var sb = new StringBuilder();
        foreach (char c in sample)
        {
            string cls = char.IsUpper(c) ? "U" : char.IsLower(c) ? "l" : char.IsDigit(c) ? "d" : char.IsWhiteSpace(c) ? "s" : char.IsPunctuation(c) ? "p" : char.IsSymbol(c) ? "y" : "?";
            sb.Append(cls);
        }
        Console.WriteLine("classes " + sb);
        Console.WriteLine("letterOrDigit " + char.IsLetterOrDigit('a') + char.IsLetterOrDigit('5') + char.IsLetterOrDigit('-') + " control " + char.IsControl('\n') + char.IsControl('a') + " separator " + char.IsSeparator(' ') + " number " + char.IsNumber('7'));
        Console.WriteLine("case " + char.ToUpper('q') + char.ToLower('Q') + char.ToUpper('ß') + char.ToLower('É') + char.ToUpperInvariant('ä') + char.ToUpper('1'));
        Console.WriteLine("numeric " + char.GetNumericValue('7') + " " + char.GetNumericValue('x') + " " + ('7' - '0') + " " + (char)('a' + 2) + " " + (int)'A' + " " + (char)66 + " " + ('z' - 'a'));
        Console.WriteLine("char methods " + 'x'.CompareTo('y') + " " + 'a'.Equals('a') + " " + char.MaxValue.GetHashCode().GetType().Name + " " + char.IsHighSurrogate('\uD83D') + char.IsSurrogate('a') + " " + char.ConvertFromUtf32(0x41) + " " + char.ConvertToUtf32("B", 0));
        int letters = 0, digits = 0, others = 0;
        foreach (char c in "Pa55w0rd!#") { if (char.IsLetter(c)) letters++; else if (char.IsDigit(c)) digits++; else others++; }
        Console.WriteLine("password stats " + letters + " " + digits + " " + others);
        char[] rot = "Hello".ToCharArray();
        for (int i = 0; i < rot.Length; i++) if (char.IsLetter(rot[i])) rot[i] = (char)((char.ToLower(rot[i]) - 'a' + 13) % 26 + 'a');
        Console.WriteLine("rot13 " + new string(rot));
        var hex = new StringBuilder();
        foreach (char c in "Kiln") hex.Append(((int)c).ToString("x2"));
        Console.WriteLine("hex " + hex + " parse back " + (char)Convert.ToInt32(hex.ToString().Substring(0, 2), 16));
        return 100;
    }
}
