// Closures over locals (mcs hoists them into a display class: Constant + Field, printed as value(...)), static and
// instance fields and properties, static, instance, generic and extension method calls, string concatenation and
// user-defined operators through their methods, and a compiled lambda that sees later changes of a captured local.
// In image mode the tree's Enumerable.Where<int> is the program image's instantiation of a core-library method: its
// method handle finds it in the program image's kiln.reflection_foreign_instances, not in the core image's tables.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Linq.Expressions;

struct Money
{
    public readonly decimal Amount;
    public Money(decimal amount) { Amount = amount; }
    public static Money operator +(Money a, Money b) { return new Money(a.Amount + b.Amount); }
    public static bool operator ==(Money a, Money b) { return a.Amount == b.Amount; }
    public static bool operator !=(Money a, Money b) { return a.Amount != b.Amount; }
    public override bool Equals(object o) { return o is Money && ((Money)o).Amount == Amount; }
    public override int GetHashCode() { return Amount.GetHashCode(); }
    public override string ToString() { return Amount + " EUR"; }
}

class Counter
{
    public static int Created;
    public int Value;
    public string Name { get; set; }
    public Counter() { Created++; }
    public int Add(int n) { Value += n; return Value; }
}

static class Extensions
{
    public static string Shout(this string s, int times) { return s.ToUpper() + new string('!', times); }
}

class Program
{
    static T Identity<T>(T value) { return value; }

    static void Main()
    {
        int offset = 5;
        Expression<Func<int, int>> shifted = x => x + offset;
        Console.WriteLine(shifted);
        Func<int, int> f = shifted.Compile();
        Console.WriteLine(f(1));
        offset = 50;
        Console.WriteLine(f(1));

        string prefix = "item-";
        Expression<Func<int, string>> concat = i => prefix + i;
        Console.WriteLine(concat + " -> " + concat.Compile()(7));

        Counter counter = new Counter { Value = 3, Name = "c" };
        Expression<Func<int>> field = () => counter.Value + Counter.Created;
        Console.WriteLine(field + " -> " + field.Compile()());
        Expression<Func<string>> property = () => counter.Name;
        Console.WriteLine(property + " -> " + property.Compile()());
        Expression<Func<int, int>> instanceCall = n => counter.Add(n);
        Console.WriteLine(instanceCall + " -> " + instanceCall.Compile()(4) + " " + counter.Value);

        Expression<Func<string, int>> generic = s => Identity(s.Length);
        Console.WriteLine(generic + " -> " + generic.Compile()("four"));

        Expression<Func<string, string>> extension = s => s.Shout(3);
        Console.WriteLine(extension + " -> " + extension.Compile()("hey"));

        Expression<Func<IEnumerable<int>, int>> linq = xs => xs.Where(x => x % 2 == 0).Sum();
        Console.WriteLine(linq + " -> " + linq.Compile()(new[] { 1, 2, 3, 4, 5, 6 }));

        Expression<Func<string, string, bool>> strings = (a, b) => a == b;
        Console.WriteLine(strings + " -> " + strings.Compile()("x", "x") + " " + strings.Compile()("x", "y"));

        Expression<Func<Money, Money, Money>> money = (a, b) => a + b;
        Console.WriteLine(money + " -> " + money.Compile()(new Money(1.5m), new Money(2.25m)));
        BinaryExpression sum = (BinaryExpression)money.Body;
        Console.WriteLine(sum.Method.Name + " " + sum.IsLifted);
        Expression<Func<Money, Money, bool>> same = (a, b) => a == b;
        Console.WriteLine(same + " -> " + same.Compile()(new Money(1), new Money(1)));

        Expression<Func<decimal, decimal, decimal>> dec = (a, b) => a * b + 1;
        Console.WriteLine(dec + " -> " + dec.Compile()(2.5m, 4m));

        Expression<Func<DateTime, int>> year = d => d.Year;
        Console.WriteLine(year + " -> " + year.Compile()(new DateTime(2024, 2, 29)));

        Expression<Func<string, int, char>> indexer = (s, i) => s[i];
        Console.WriteLine(indexer + " -> " + indexer.Compile()("kiln", 2));

        Expression<Func<List<string>, string>> listIndexer = l => l[1];
        Console.WriteLine(listIndexer + " -> " + listIndexer.Compile()(new List<string> { "a", "b" }));

        Expression<Func<int, string>> format = n => string.Format("{0}:{1}", n, n * 2);
        Console.WriteLine(format + " -> " + format.Compile()(21));

        Expression<Func<object, string>> toString = o => o.ToString();
        Console.WriteLine(toString + " -> " + toString.Compile()(42));

        try
        {
            Expression<Func<string, int>> nullTarget = s => s.Length;
            nullTarget.Compile()(null);
        }
        catch (NullReferenceException)
        {
            Console.WriteLine("NullReferenceException");
        }

        try
        {
            Expression<Func<string, int>> throwing = s => int.Parse(s);
            throwing.Compile()("not a number");
        }
        catch (FormatException)
        {
            Console.WriteLine("FormatException");
        }
    }
}
