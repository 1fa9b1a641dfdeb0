using System;

struct Money
{
    public long Cents;
    public string Currency;
    public Money(long c, string cur) { Cents = c; Currency = cur; }
    public override bool Equals(object o)
    {
        if (!(o is Money)) return false;
        Money m = (Money)o;
        return m.Cents == Cents && m.Currency == Currency;
    }
    public override int GetHashCode() { return (int)Cents * 31 + Currency.Length; }
    public static bool operator ==(Money a, Money b) { return a.Equals(b); }
    public static bool operator !=(Money a, Money b) { return !a.Equals(b); }
    public static Money operator +(Money a, Money b)
    {
        if (a.Currency != b.Currency) throw new InvalidOperationException("currency mismatch");
        return new Money(a.Cents + b.Cents, a.Currency);
    }
    public override string ToString() { return Cents + " " + Currency; }
}

class StructEquality
{
    static void Main()
    {
        Money a = new Money(150, "EUR");
        Money b = new Money(150, "EUR");
        Money c = new Money(150, "USD");
        Console.WriteLine(a == b);
        Console.WriteLine(a != c);
        Console.WriteLine(a.Equals((object)b));
        Console.WriteLine(a.Equals("EUR"));
        Console.WriteLine(a.GetHashCode() == b.GetHashCode());
        Console.WriteLine(a + b);
        try { Console.WriteLine(a + c); }
        catch (InvalidOperationException e) { Console.WriteLine("error: " + e.Message); }
        object boxedA = a;
        Console.WriteLine(boxedA.Equals(b));
    }
}
