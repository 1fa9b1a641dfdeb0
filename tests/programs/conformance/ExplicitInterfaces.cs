// Self-checking: explicit interface implementations, same-named members on several interfaces, reimplementation.
using System;
using System.Collections;
using System.Collections.Generic;

interface IEnglish { string Hello(); int Size { get; } }
interface IFrench { string Hello(); }
interface IGreeter : IEnglish { string Greet(string who); }

class Polyglot : IEnglish, IFrench
{
    public string Hello() { return "hi (class)"; }
    string IFrench.Hello() { return "bonjour"; }
    int IEnglish.Size { get { return 7; } }
    public int Size { get { return 1; } }
}

class Greeter : IGreeter
{
    string IEnglish.Hello() { return "hello"; }
    int IEnglish.Size { get { return 2; } }
    public string Greet(string who) { return ((IEnglish)this).Hello() + ", " + who; }
}

interface ICounter { int Next(); }
class BaseCounter : ICounter
{
    protected int n;
    public int Next() { return ++n; }
}
class DoubleCounter : BaseCounter, ICounter
{
    int ICounter.Next() { n += 2; return n; }
}
class PlainDerived : BaseCounter { public new int Next() { return -1; } }

class Range : IEnumerable<int>
{
    readonly int from, to;
    public Range(int f, int t) { from = f; to = t; }
    public IEnumerator<int> GetEnumerator() { for (int i = from; i <= to; i++) yield return i; }
    IEnumerator IEnumerable.GetEnumerator() { return GetEnumerator(); }
}

struct ValueGreeter : IEnglish
{
    public int Calls;
    string IEnglish.Hello() { Calls++; return "value hello " + Calls; }
    int IEnglish.Size { get { return Calls; } }
}

class ExplicitInterfaces
{
    static int failures;

    static void Check(string what, string got, string expected)
    {
        if (got != expected) { Console.WriteLine("FAIL " + what + ": got " + got + ", expected " + expected); failures++; }
    }

    static string SayEnglish(IEnglish e) { return e.Hello(); }
    static string SayGeneric<T>(T e) where T : IEnglish { return e.Hello(); }

    static int Main()
    {
        var p = new Polyglot();
        Check("class method", p.Hello(), "hi (class)");
        Check("implicit for IEnglish", ((IEnglish)p).Hello(), "hi (class)");
        Check("explicit for IFrench", ((IFrench)p).Hello(), "bonjour");
        Check("explicit property", ((IEnglish)p).Size.ToString(), "7");
        Check("class property", p.Size.ToString(), "1");

        IGreeter g = new Greeter();
        Check("inherited interface explicit", g.Hello(), "hello");
        Check("greet", g.Greet("Ann"), "hello, Ann");
        Check("base interface size", ((IEnglish)g).Size.ToString(), "2");
        Check("generic constrained explicit", SayGeneric(new Greeter()), "hello");

        ICounter c = new DoubleCounter();
        c.Next();
        c.Next();
        Check("reimplemented interface", c.Next().ToString(), "6");
        Check("class method still base", ((BaseCounter)c).Next().ToString(), "7");
        ICounter pd = new PlainDerived();
        Check("new method does not reimplement", pd.Next().ToString(), "1");
        Check("new method direct", new PlainDerived().Next().ToString(), "-1");

        int sum = 0;
        foreach (int i in new Range(1, 10)) sum += i;
        Check("explicit IEnumerable", sum.ToString(), "55");
        IEnumerable nonGeneric = new Range(3, 5);
        string items = "";
        foreach (object o in nonGeneric) items += o;
        Check("non-generic enumerator", items, "345");

        // explicit implementation on a struct: boxed per call through the interface
        ValueGreeter vg = new ValueGreeter();
        Check("struct via interface 1", SayEnglish(vg), "value hello 1");
        Check("struct via interface 2 (new box)", SayEnglish(vg), "value hello 1");
        IEnglish boxed = vg;
        boxed.Hello();
        Check("same box keeps state", boxed.Hello(), "value hello 2");
        Check("struct original", vg.Calls.ToString(), "0");
        Check("generic on struct copies", SayGeneric(vg), "value hello 1");

        // interface type checks
        object obj = p;
        Check("is IFrench", (obj is IFrench).ToString(), "True");
        Check("is IGreeter", (obj is IGreeter).ToString(), "False");
        Check("as IEnglish", (obj as IEnglish != null).ToString(), "True");

        if (failures == 0) { Console.WriteLine("PASS"); return 100; }
        return 1;
    }
}
