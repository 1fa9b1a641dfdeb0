// Self-checking: user-defined arithmetic, comparison, equality, true/false, increment and conversion operators.
using System;

struct Fraction
{
    public readonly long Num, Den;
    public Fraction(long n, long d)
    {
        if (d == 0) throw new DivideByZeroException();
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
    public static bool operator ==(Fraction a, Fraction b) { return a.Num == b.Num && a.Den == b.Den; }
    public static bool operator !=(Fraction a, Fraction b) { return !(a == b); }
    public static bool operator <(Fraction a, Fraction b) { return a.Num * b.Den < b.Num * a.Den; }
    public static bool operator >(Fraction a, Fraction b) { return b < a; }
    public static bool operator <=(Fraction a, Fraction b) { return !(b < a); }
    public static bool operator >=(Fraction a, Fraction b) { return !(a < b); }
    public static implicit operator Fraction(long n) { return new Fraction(n, 1); }
    public static explicit operator double(Fraction f) { return (double)f.Num / f.Den; }
    public static explicit operator long(Fraction f) { return f.Num / f.Den; }
    public override bool Equals(object o) { return o is Fraction && (Fraction)o == this; }
    public override int GetHashCode() { return (int)(Num * 31 + Den); }
    public override string ToString() { return Den == 1 ? Num.ToString() : Num + "/" + Den; }
}

class Tri
{
    public readonly int State; // -1 false, 0 unknown, 1 true
    public Tri(int s) { State = s; }
    public static bool operator true(Tri t) { return t.State == 1; }
    public static bool operator false(Tri t) { return t.State == -1; }
    public static Tri operator &(Tri a, Tri b) { return new Tri(Math.Min(a.State, b.State)); }
    public static Tri operator |(Tri a, Tri b) { return new Tri(Math.Max(a.State, b.State)); }
    public static Tri operator !(Tri a) { return new Tri(-a.State); }
    public override string ToString() { return State == 1 ? "T" : State == -1 ? "F" : "?"; }
}

class Celsius
{
    public double Degrees;
    public Celsius(double d) { Degrees = d; }
    public static implicit operator Celsius(Fahrenheit f) { return new Celsius((f.Degrees - 32) * 5 / 9); }
}

class Fahrenheit
{
    public double Degrees;
    public Fahrenheit(double d) { Degrees = d; }
    public static explicit operator Fahrenheit(Celsius c) { return new Fahrenheit(c.Degrees * 9 / 5 + 32); }
}

class UserOperators
{
    static int failures;
    static int evaluated;

    static void Check(string what, string got, string expected)
    {
        if (got != expected) { Console.WriteLine("FAIL " + what + ": got " + got + ", expected " + expected); failures++; }
    }

    static Tri Eval(Tri t) { evaluated++; return t; }

    static int Main()
    {
        var half = new Fraction(1, 2);
        var third = new Fraction(1, 3);
        Check("add", (half + third).ToString(), "5/6");
        Check("sub", (half - third).ToString(), "1/6");
        Check("mul", (half * third).ToString(), "1/6");
        Check("div", (half / third).ToString(), "3/2");
        Check("neg", (-half).ToString(), "-1/2");
        Check("normalized", new Fraction(6, -8).ToString(), "-3/4");
        Check("implicit from long", (half + 2).ToString(), "5/2");
        Check("explicit to double", ((double)new Fraction(3, 4)).ToString(), "0.75");
        Check("explicit to long", ((long)new Fraction(7, 2)).ToString(), "3");
        Check("==", (new Fraction(2, 4) == half).ToString(), "True");
        Check("!=", (half != third).ToString(), "True");
        Check("<", (third < half).ToString(), "True");
        Check(">=", (half >= half).ToString(), "True");
        Check("Equals", half.Equals(new Fraction(3, 6)).ToString(), "True");
        Fraction f = half;
        f++;
        Check("++", f.ToString(), "3/2");
        Fraction g = half;
        Fraction before = g++;
        Check("postfix value", before + " " + g, "1/2 3/2");
        f += third;
        Check("+= uses +", f.ToString(), "11/6");
        Fraction sum = 0;
        for (int i = 1; i <= 4; i++) sum += new Fraction(1, i * (i + 1));
        Check("telescoping sum", sum.ToString(), "4/5");

        // true/false operators and short-circuit && ||
        Tri t = new Tri(1), fl = new Tri(-1), u = new Tri(0);
        evaluated = 0;
        Tri r1 = Eval(fl) && Eval(t);
        Check("&& short-circuits on false", r1 + "/" + evaluated, "F/1");
        evaluated = 0;
        Tri r2 = Eval(t) || Eval(fl);
        Check("|| short-circuits on true", r2 + "/" + evaluated, "T/1");
        evaluated = 0;
        Tri r3 = Eval(u) && Eval(t);
        Check("&& with unknown evaluates both", r3 + "/" + evaluated, "?/2");
        string branch = u ? "yes" : "no";
        Check("if on unknown", branch, "no");
        branch = t ? "yes" : "no";
        Check("if on true", branch, "yes");
        Check("!", (!fl).ToString(), "T");
        int loops = 0;
        Tri cond = new Tri(1);
        while (cond) { loops++; if (loops == 3) cond = new Tri(0); }
        Check("while on operator true", loops.ToString(), "3");

        // conversions between classes
        Celsius c = new Fahrenheit(212);
        Check("implicit class conversion", c.Degrees.ToString(), "100");
        Fahrenheit back = (Fahrenheit)new Celsius(-40);
        Check("explicit class conversion", back.Degrees.ToString(), "-40");

        // operators through generic helpers are resolved statically: object == compares references
        object o1 = new Fraction(1, 2), o2 = new Fraction(1, 2);
        Check("object == on boxes", (o1 == o2).ToString(), "False");
        Check("object Equals on boxes", o1.Equals(o2).ToString(), "True");

        if (failures == 0) { Console.WriteLine("PASS"); return 100; }
        return 1;
    }
}
