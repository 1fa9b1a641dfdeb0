// Operators on dynamic operands, bound on the operands' runtime types with C#'s rules: the numeric promotions
// (int+int is int, int+long long, int+double double, byte+byte int), string concatenation, comparisons, shifts,
// checked overflow, enum arithmetic, bool logic, user-defined operators (and their compound assignments), unary
// operators and ++/--.
using System;

struct Money
{
    public readonly int Cents;
    public Money(int cents) { Cents = cents; }
    public static Money operator +(Money a, Money b) { return new Money(a.Cents + b.Cents); }
    public static Money operator *(Money a, int factor) { return new Money(a.Cents * factor); }
    public static Money operator -(Money a) { return new Money(-a.Cents); }
    public static bool operator ==(Money a, Money b) { return a.Cents == b.Cents; }
    public static bool operator !=(Money a, Money b) { return a.Cents != b.Cents; }
    public static bool operator <(Money a, Money b) { return a.Cents < b.Cents; }
    public static bool operator >(Money a, Money b) { return a.Cents > b.Cents; }
    public override bool Equals(object o) { return o is Money && ((Money)o).Cents == Cents; }
    public override int GetHashCode() { return Cents; }
    public override string ToString() { return (Cents / 100) + "." + (Cents % 100).ToString("00"); }
}

[Flags]
enum Access { None = 0, Read = 1, Write = 2, Execute = 4 }

class Program
{
    static void Show(string what, dynamic value)
    {
        object o = value;
        Console.WriteLine(what + " = " + (o == null ? "null" : o + " (" + o.GetType().Name + ")"));
    }

    static void Main()
    {
        dynamic i = 7, j = 2, l = 10L, d = 0.5, f = 1.5f, s = "s", b = (byte)200, u = 3u, m = 2.25m, c = 'a';
        Show("int+int", i + j);
        Show("int/int", i / j);
        Show("int%int", i % j);
        Show("int+long", i + l);
        Show("int*double", i * d);
        Show("int+float", i + f);
        Show("float+double", f + d);
        Show("byte+byte", b + b);
        Show("uint+int", u + j);
        Show("uint+uint", u + u);
        Show("decimal*int", m * i);
        Show("char+int", c + j);
        Show("string+int", s + i);
        Show("int+string", i + s);
        Show("string+null", s + null);
        Show("int<long", i < l);
        Show("double>=int", d >= j);
        Show("int==long", i == 7L);
        Show("string==string", s == "s");
        Show("int<<2", i << 2);
        Show("long>>1", l >> 1);
        Show("int&int", i & j);
        Show("int|int", i | j);
        Show("int^int", i ^ j);
        Show("-int", -i);
        Show("~int", ~i);
        Show("-uint", -u);
        Show("-byte", -b);
        Show("!bool", !(dynamic)true);
        Show("bool&bool", (dynamic)true & false);
        Show("bool^bool", (dynamic)true ^ true);

        dynamic big = int.MaxValue;
        Show("unchecked int.MaxValue+1", unchecked(big + 1));
        try
        {
            Show("checked", checked(big + 1));
        }
        catch (OverflowException)
        {
            Console.WriteLine("checked int.MaxValue+1 threw OverflowException");
        }
        try
        {
            Show("int/0", i / 0);
        }
        catch (DivideByZeroException)
        {
            Console.WriteLine("int/0 threw DivideByZeroException");
        }

        dynamic rw = Access.Read | Access.Write;
        Show("enum|enum", rw | Access.Execute);
        Show("enum&enum", rw & Access.Write);
        Show("enum==enum", rw == (Access.Read | Access.Write));
        Show("enum+int", (dynamic)Access.Read + 1);
        Show("enum-enum", (dynamic)Access.Execute - Access.Read);
        Show("~enum", ~(dynamic)Access.None);

        dynamic price = new Money(250), tip = new Money(75);
        Show("Money+Money", price + tip);
        Show("Money*int", price * 3);
        Show("-Money", -price);
        Show("Money==Money", price == new Money(250));
        Show("Money!=Money", price != tip);
        Show("Money<Money", price < tip);
        dynamic total = price;
        total += tip;
        total *= 2;
        Show("compound Money", total);

        dynamic n = 5;
        n += 10;
        n -= 1;
        n *= 2;
        n /= 4;
        n <<= 3;
        Show("compound int", n);
        dynamic k = (short)9;
        k++;
        Show("short++", k);
        dynamic e = 1.5;
        e--;
        Show("double--", e);
        dynamic pre = 41;
        Show("++int", ++pre);

        dynamic sb = "";
        for (int x = 0; x < 3; x++) sb += x;
        Show("string+=", sb);

        dynamic o1 = new object(), o2 = new object();
        Show("ref==", o1 == o2);
        Show("ref==self", o1 == o1);
        dynamic none = null;
        Show("null==null", none == null);
        Show("obj!=null", o1 != null);
        Show("int?+null", i + (int?)null);
    }
}
