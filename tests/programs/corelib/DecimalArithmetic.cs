using System;

class DecimalArithmetic
{
    static void Show(string label, decimal d) { Console.WriteLine(label + " = " + d); }

    static void Main()
    {
        decimal a = 1.50m, b = 2.25m, c = -0.125m, big = 79228162514264337593543950335m, tiny = 0.0000000000000000000000000001m;
        Show("a", a); Show("b", b); Show("c", c); Show("big", big); Show("tiny", tiny);
        Show("a+b", a + b); Show("a-b", a - b); Show("a*b", a * b); Show("a/b", a / b); Show("b%a", b % a);
        Show("a+c", a + c); Show("a*c", a * c); Show("c/a", c / a); Show("-a", -a); Show("+c", +c);
        Show("1.0+2.00", 1.0m + 2.00m); Show("3.000-1", 3.000m - 1m); Show("1.5*2.0", 1.5m * 2.0m); Show("4.00/2", 4.00m / 2m);
        Show("1/3", 1m / 3m); Show("2/3", 2m / 3m); Show("-2/3", -2m / 3m); Show("1/8", 1m / 8m); Show("1.0/8", 1.0m / 8m);
        Show("10/4", 10m / 4m); Show("10/0.5", 10m / 0.5m); Show("4/0.5", 4m / 0.5m); Show("1e12/3", 1000000000000m / 3m);
        Show("1/7", 1m / 7m); Show("22/7", 22m / 7m); Show("100/3", 100m / 3m); Show("0.0001/3", 0.0001m / 3m);
        Show("big/3", big / 3m); Show("big/big", big / big); Show("big-1", big - 1m); Show("big*0.5", big * 0.5m);
        Show("tiny*0.1", tiny * 0.1m); Show("tiny/2", tiny / 2m); Show("tiny*3/2", tiny * 3m / 2m); Show("0*1.5", 0m * 1.5m);
        decimal t10 = 0.0000000001m;
        Show("t10^3", t10 * t10 * t10); Show("t10^2", t10 * t10);
        Show("5.5%2", 5.5m % 2m); Show("-7.5%2", -7.5m % 2m); Show("6.0%2", 6.0m % 2m); Show("1.5%7", 1.5m % 7m); Show("7%-3", 7m % -3m);
        Show("0.00/1", 0.00m / 1m); Show("-1.5+1.5", -1.5m + 1.5m); Show("0.1+0.2", 0.1m + 0.2m);
        Show("1.1*1.1", 1.1m * 1.1m); Show("123456789.123456789*1000", 123456789.123456789m * 1000m);
        Show("0.3333333333333333333333333333*3", 0.3333333333333333333333333333m * 3m);
        Show("12345678901234567890.12345678*98765.4321", 12345678901234567890.12345678m * 98765.4321m);
        Show("99999999999999999999999999999*1", 9999999999999999999999999999m * 1m);
        Show("1.23456789012345678901234567*1.1", 1.23456789012345678901234567m * 1.1m);
        Show("7922816251426433759354395033.5+0.06", 7922816251426433759354395033.5m + 0.06m);
        Show("0.5+0.5", 0.5m + 0.5m);
        decimal x = 1m;
        x++; Show("x++", x); x--; x--; Show("x--", x);
        decimal sum = 0m;
        for (int i = 1; i <= 100; i++) sum += 0.01m * i;
        Show("sum", sum);
        decimal product = 1m;
        for (int i = 0; i < 20; i++) product *= 1.05m;
        Show("1.05^20", product);

        try { Show("overflow", big + 1m); } catch (OverflowException e) { Console.WriteLine("overflow: " + e.Message); }
        try { Show("overflow", big * 2m); } catch (OverflowException e) { Console.WriteLine("overflow: " + e.Message); }
        try { decimal pt3 = 0.3m; Show("overflow", big / pt3); } catch (OverflowException) { Console.WriteLine("overflow"); }
        try { decimal zero = 0m; Show("div0", a / zero); } catch (DivideByZeroException e) { Console.WriteLine("divide by zero: " + e.Message); }
        try { decimal zero = 0m; Show("mod0", a % zero); } catch (DivideByZeroException) { Console.WriteLine("divide by zero"); }

        decimal[] values = { 0m, 1m, -1m, 1.0m, 1.00m, 2.5m, -2.5m, 0.1m, 0.10m, big, -big, tiny };
        foreach (decimal v in values)
        {
            Console.Write(v + ":");
            foreach (decimal w in values) Console.Write(" " + decimal.Compare(v, w) + (v == w ? "=" : v < w ? "<" : ">"));
            Console.WriteLine(" hash-equal-to-normalized " + (v.GetHashCode() == (v / 1m).GetHashCode()) + " " + v.Equals((object)w(v)) + " " + v.CompareTo((object)1m));
        }
        Console.WriteLine((1.0m).GetHashCode() == (1m).GetHashCode());
        Console.WriteLine((1.10m).GetHashCode() == (1.1m).GetHashCode());
        Console.WriteLine(decimal.Equals(2.0m, 2m) + " " + (2.0m).Equals(2m) + " " + (2.0m).Equals((object)2.0) + " " + (0m).CompareTo(null));
        Console.WriteLine(decimal.Add(1m, 2m) + " " + decimal.Subtract(1m, 2m) + " " + decimal.Multiply(1.5m, 3m) + " " + decimal.Divide(1m, 4m) + " " + decimal.Remainder(10m, 4m) + " " + decimal.Negate(5m));
        Console.WriteLine(decimal.Zero + " " + decimal.One + " " + decimal.MinusOne + " " + decimal.MaxValue + " " + decimal.MinValue);
        int[] bits = decimal.GetBits(-1.50m);
        Console.WriteLine(bits[0] + " " + bits[1] + " " + bits[2] + " " + bits[3]);
        Console.WriteLine(new decimal(bits) + " " + new decimal(150, 0, 0, true, 2) + " " + new decimal(-1, -1, -1, false, 0) + " " + new decimal(1, 0, 0, false, 28));
        try { new decimal(1, 0, 0, false, 29); } catch (ArgumentOutOfRangeException) { Console.WriteLine("bad scale"); }
        try { new decimal(new int[] { 1, 2, 3 }); } catch (ArgumentException) { Console.WriteLine("bad bits"); }
    }

    static decimal w(decimal v) { return v * 1m; }
}
