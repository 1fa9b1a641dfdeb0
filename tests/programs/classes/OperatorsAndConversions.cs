// User-defined operators and conversions on money, vectors and fractions: arithmetic, comparison, true/false,
// increment, implicit/explicit conversions (including lifted ones on nullables) and IEquatable/IComparable.
using System;
using System.Collections.Generic;

struct Fraction : IEquatable<Fraction>, IComparable<Fraction>
{
    public readonly long Num, Den;
    public Fraction(long n, long d)
    {
        if (d == 0) throw new DivideByZeroException("zero denominator");
        if (d < 0) { n = -n; d = -d; }
        long g = Gcd(Math.Abs(n), d);
        Num = n / g; Den = d / g;
    }
    static long Gcd(long a, long b) { while (b != 0) { long t = a % b; a = b; b = t; } return a == 0 ? 1 : a; }
    public static Fraction operator +(Fraction a, Fraction b) { return new Fraction(a.Num * b.Den + b.Num * a.Den, a.Den * b.Den); }
    public static Fraction operator -(Fraction a, Fraction b) { return new Fraction(a.Num * b.Den - b.Num * a.Den, a.Den * b.Den); }
    public static Fraction operator *(Fraction a, Fraction b) { return new Fraction(a.Num * b.Num, a.Den * b.Den); }
    public static Fraction operator /(Fraction a, Fraction b) { return new Fraction(a.Num * b.Den, a.Den * b.Num); }
    public static Fraction operator -(Fraction a) { return new Fraction(-a.Num, a.Den); }
    public static Fraction operator ++(Fraction a) { return new Fraction(a.Num + a.Den, a.Den); }
    public static bool operator ==(Fraction a, Fraction b) { return a.Equals(b); }
    public static bool operator !=(Fraction a, Fraction b) { return !a.Equals(b); }
    public static bool operator <(Fraction a, Fraction b) { return a.CompareTo(b) < 0; }
    public static bool operator >(Fraction a, Fraction b) { return a.CompareTo(b) > 0; }
    public static bool operator <=(Fraction a, Fraction b) { return a.CompareTo(b) <= 0; }
    public static bool operator >=(Fraction a, Fraction b) { return a.CompareTo(b) >= 0; }
    public static implicit operator Fraction(long n) { return new Fraction(n, 1); }
    public static explicit operator double(Fraction f) { return (double)f.Num / f.Den; }
    public static explicit operator Fraction(double d) { return new Fraction((long)Math.Round(d * 1000), 1000); }
    public static bool operator true(Fraction f) { return f.Num != 0; }
    public static bool operator false(Fraction f) { return f.Num == 0; }
    public static Fraction operator &(Fraction a, Fraction b) { return a.Num == 0 ? a : b; }
    public bool Equals(Fraction o) { return Num == o.Num && Den == o.Den; }
    public override bool Equals(object o) { return o is Fraction && Equals((Fraction)o); }
    public override int GetHashCode() { return (int)(Num * 397 ^ Den); }
    public int CompareTo(Fraction o) { return (Num * o.Den).CompareTo(o.Num * Den); }
    public override string ToString() { return Den == 1 ? Num.ToString() : Num + "/" + Den; }
}

struct Vec2
{
    public double X, Y;
    public Vec2(double x, double y) { X = x; Y = y; }
    public static Vec2 operator +(Vec2 a, Vec2 b) { return new Vec2(a.X + b.X, a.Y + b.Y); }
    public static Vec2 operator *(Vec2 a, double k) { return new Vec2(a.X * k, a.Y * k); }
    public static Vec2 operator *(double k, Vec2 a) { return a * k; }
    public static double operator *(Vec2 a, Vec2 b) { return a.X * b.X + a.Y * b.Y; }
    public static implicit operator Vec2(double[] xy) { return new Vec2(xy[0], xy[1]); }
    public override string ToString() { return "<" + X + "," + Y + ">"; }
}

class Money
{
    public readonly decimal Amount;
    public readonly string Currency;
    public Money(decimal amount, string currency) { Amount = amount; Currency = currency; }
    public static Money operator +(Money a, Money b)
    {
        if (a.Currency != b.Currency) throw new InvalidOperationException("currency mismatch " + a.Currency + "/" + b.Currency);
        return new Money(a.Amount + b.Amount, a.Currency);
    }
    public static Money operator *(Money a, int n) { return new Money(a.Amount * n, a.Currency); }
    public static bool operator ==(Money a, Money b)
    {
        if (ReferenceEquals(a, b)) return true;
        if ((object)a == null || (object)b == null) return false;
        return a.Amount == b.Amount && a.Currency == b.Currency;
    }
    public static bool operator !=(Money a, Money b) { return !(a == b); }
    public override bool Equals(object o) { return this == o as Money; }
    public override int GetHashCode() { return Amount.GetHashCode(); }
    public static explicit operator decimal(Money m) { return m.Amount; }
    public override string ToString() { return Amount.ToString("F2") + " " + Currency; }
}

class OperatorsAndConversions
{
    static int Main()
    {
        Fraction half = new Fraction(1, 2), third = new Fraction(1, 3);
        Console.WriteLine(half + third + " " + (half - third) + " " + half * third + " " + half / third + " " + -half);
        Fraction f = 3;
        f += half;
        f++;
        Console.WriteLine(f + " " + (double)f + " " + (Fraction)0.125 + " " + new Fraction(6, -8));
        Console.WriteLine((half > third) + " " + (half <= third) + " " + (half == new Fraction(2, 4)) + " " + (half != third) + " " + half.Equals((object)new Fraction(3, 6)));
        Fraction zero = 0;
        if (half && third) Console.WriteLine("both non-zero");
        if (zero && half) Console.WriteLine("wrong"); else Console.WriteLine("short-circuit on zero");
        Console.WriteLine(zero ? "zero true" : "zero false");
        var list = new List<Fraction> { new Fraction(3, 4), half, third, new Fraction(-1, 5), 2 };
        list.Sort();
        Console.WriteLine(string.Join(" ", list));
        Fraction sum = 0;
        for (int i = 1; i <= 10; i++) sum += new Fraction(1, i * (i + 1));
        Console.WriteLine("telescoping " + sum);
        try { Console.WriteLine(half / zero); } catch (DivideByZeroException e) { Console.WriteLine("caught " + e.Message); }

        Fraction? maybe = null;
        Fraction? other = half;
        Console.WriteLine("lifted " + (maybe + half).HasValue + " " + (other + half) + " " + (maybe == null) + " " + (other == half) + " " + (maybe < half) + " " + (other > third));

        Vec2 a = new Vec2(1, 2), b = new double[] { 3, 4 };
        Console.WriteLine((a + b) + " " + a * 2 + " " + 0.5 * b + " " + a * b);
        Vec2 acc = new Vec2();
        foreach (double[] pt in new[] { new double[] { 1, 1 }, new double[] { 2, 0.5 } }) acc += pt;
        Console.WriteLine("acc " + acc);

        Money m1 = new Money(10.50m, "EUR"), m2 = new Money(2.25m, "EUR");
        Money total = m1 + m2 * 3;
        Console.WriteLine(total + " " + (decimal)total + " " + (total == new Money(17.25m, "EUR")) + " " + (m1 == null) + " " + (null == (Money)null));
        try { Console.WriteLine(m1 + new Money(1, "USD")); } catch (InvalidOperationException e) { Console.WriteLine(e.Message); }

        // built-in conversions around user-defined ones
        int small = 7;
        Fraction fromInt = small;
        long big = 1L << 40;
        Fraction fromLong = big;
        double d = (double)new Fraction(22, 7);
        Console.WriteLine(fromInt + " " + fromLong + " " + d.ToString("F5") + " " + (int)(double)new Fraction(7, 2));
        return 100;
    }
}
