using System;

struct Frac
{
    public readonly long Num, Den;
    public Frac(long n, long d)
    {
        if (d == 0) throw new DivideByZeroException();
        if (d < 0) { n = -n; d = -d; }
        long g = Gcd(n < 0 ? -n : n, d);
        Num = n / g; Den = d / g;
    }
    static long Gcd(long a, long b) { while (b != 0) { long t = a % b; a = b; b = t; } return a == 0 ? 1 : a; }
    public static Frac operator +(Frac a, Frac b) { return new Frac(a.Num * b.Den + b.Num * a.Den, a.Den * b.Den); }
    public static Frac operator -(Frac a, Frac b) { return new Frac(a.Num * b.Den - b.Num * a.Den, a.Den * b.Den); }
    public static Frac operator *(Frac a, Frac b) { return new Frac(a.Num * b.Num, a.Den * b.Den); }
    public static Frac operator /(Frac a, Frac b) { return new Frac(a.Num * b.Den, a.Den * b.Num); }
    public static Frac operator -(Frac a) { return new Frac(-a.Num, a.Den); }
    public static bool operator <(Frac a, Frac b) { return a.Num * b.Den < b.Num * a.Den; }
    public static bool operator >(Frac a, Frac b) { return b < a; }
    public static implicit operator Frac(long v) { return new Frac(v, 1); }
    public static explicit operator long(Frac f) { return f.Num / f.Den; }
    public override string ToString() { return Den == 1 ? Num.ToString() : Num + "/" + Den; }
}

class OperatorOverloading
{
    static void Main()
    {
        Frac h = new Frac(1, 2), t = new Frac(1, 3);
        Console.WriteLine(h + t);
        Console.WriteLine(h - t);
        Console.WriteLine(h * t);
        Console.WriteLine(h / t);
        Console.WriteLine(-h);
        Console.WriteLine((h < t) + " " + (h > t));
        Frac sum = 0;
        for (int i = 1; i <= 10; i++) sum = sum + new Frac(1, i * (i + 1));
        Console.WriteLine(sum);
        Frac big = (Frac)7 / 2;
        Console.WriteLine(big + " " + (long)big);
        try { Frac bad = h / 0; Console.WriteLine(bad); }
        catch (DivideByZeroException) { Console.WriteLine("zero denominator"); }
        Frac x = 5;
        x += new Frac(2, 4);
        Console.WriteLine(x);
    }
}
