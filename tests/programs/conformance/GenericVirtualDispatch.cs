// Self-checking: generic virtual methods on classes and interfaces, overridden in derived classes, instantiated
// over value and reference types, called through base references, delegates and constrained generic code.
using System;
using System.Collections.Generic;

abstract class Formatter
{
    public virtual string Format<T>(T value) { return "[" + value + "]"; }
    public abstract string Pair<A, B>(A a, B b);
    public string Twice<T>(T value) { return Format(value) + Format(value); }
}

class Quoted : Formatter
{
    public override string Format<T>(T value) { return "'" + value + "'"; }
    public override string Pair<A, B>(A a, B b) { return Format(a) + "&" + Format(b); }
}

class Typed : Quoted
{
    public override string Format<T>(T value) { return typeof(T).Name + ":" + base.Format(value); }
}

interface IVisitor
{
    string Visit<T>(T item) where T : IComparable<T>;
    TOut Convert<TIn, TOut>(TIn input, Func<TIn, TOut> f);
}

class MaxVisitor : IVisitor
{
    public object Best;
    public string Visit<T>(T item) where T : IComparable<T>
    {
        if (Best == null || item.CompareTo((T)Best) > 0) Best = item;
        return "visited " + item;
    }
    public TOut Convert<TIn, TOut>(TIn input, Func<TIn, TOut> f) { return f(input); }
}

struct StructVisitor : IVisitor
{
    public int Count;
    public string Visit<T>(T item) where T : IComparable<T> { Count++; return "s" + Count + ":" + item; }
    public TOut Convert<TIn, TOut>(TIn input, Func<TIn, TOut> f) { Count += 10; return f(input); }
}

class GenericVirtualDispatch
{
    static int failures;

    static void Check(string what, string got, string expected)
    {
        if (got != expected) { Console.WriteLine("FAIL " + what + ": got " + got + ", expected " + expected); failures++; }
    }

    static string UseVisitor<V>(ref V v) where V : IVisitor { return v.Visit(3) + "," + v.Visit("b"); }

    static int Main()
    {
        Formatter q = new Quoted();
        Formatter t = new Typed();
        Check("override int", q.Format(5), "'5'");
        Check("override string", q.Format("x"), "'x'");
        Check("two levels", t.Format(2.5), "Double:'2.5'");
        Check("two levels struct", t.Format(new KeyValuePair<int, int>(1, 2)), "KeyValuePair`2:'[1, 2]'");
        Check("non-virtual calls virtual generic", t.Twice('c'), "Char:'c'Char:'c'");
        Check("abstract generic pair", t.Pair(1, "y"), "Int32:'1'&String:'y'");
        Check("pair through Quoted", q.Pair(true, 3L), "'True'&'3'");

        var formatters = new Formatter[] { new Quoted(), new Typed() };
        string all = "";
        foreach (Formatter f in formatters) all += f.Format<object>(null) + f.Format(new int[0].Length) + "|";
        Check("array of bases", all, "'''0'|Object:''Int32:'0'|");

        IVisitor v = new MaxVisitor();
        Check("interface generic", v.Visit(10) + ";" + v.Visit(42) + ";" + v.Visit(7), "visited 10;visited 42;visited 7");
        Check("interface generic state", ((MaxVisitor)v).Best.ToString(), "42");
        Check("interface two type args", v.Convert(21, x => x * 2.0).ToString(), "42");
        Check("interface convert ref types", v.Convert("abc", s => s.Length).ToString(), "3");

        IVisitor boxed = new StructVisitor();
        boxed.Visit("x");
        Check("struct via interface box keeps state", boxed.Visit("y"), "s2:y");
        StructVisitor sv = new StructVisitor();
        Check("constrained generic on struct", UseVisitor(ref sv), "s1:3,s2:b");
        Check("constrained call mutated by ref", sv.Count.ToString(), "2");
        sv.Convert(1, x => x);
        Check("direct struct generic call", sv.Count.ToString(), "12");

        Func<int, string> bound = q.Format<int>;
        Check("delegate to generic virtual", bound(8), "'8'");
        Func<string, string> bound2 = t.Format<string>;
        Check("delegate to derived override", bound2("z"), "String:'z'");

        if (failures == 0) { Console.WriteLine("PASS"); return 100; }
        return 1;
    }
}
