// Self-checking: using statements dispose in reverse order, on exceptions and early returns; nested and
// multiple declarations; struct disposables; null resources; disposing iterators through foreach.
using System;
using System.Collections.Generic;
using System.Text;

class Resource : IDisposable
{
    public static StringBuilder Log = new StringBuilder();
    public readonly string Name;
    public bool Disposed;
    public Resource(string name) { Name = name; Log.Append("open " + name + ";"); }
    public void Use() { if (Disposed) throw new ObjectDisposedException(Name); Log.Append("use " + Name + ";"); }
    public void Dispose() { Disposed = true; Log.Append("close " + Name + ";"); }
}

struct ValueResource : IDisposable
{
    public int Id;
    public void Dispose() { Resource.Log.Append("value close " + Id + ";"); }
}

class ObjectDisposedException : InvalidOperationException
{
    public ObjectDisposedException(string name) : base("disposed " + name) { }
}

class DisposePatterns
{
    static int failures;

    static void Check(string what, string got, string expected)
    {
        if (got != expected) { Console.WriteLine("FAIL " + what + ": got " + got + ", expected " + expected); failures++; }
    }

    static string Take() { string s = Resource.Log.ToString(); Resource.Log.Length = 0; return s; }

    static int EarlyReturn()
    {
        using (var r = new Resource("ret"))
        {
            r.Use();
            return 7;
        }
    }

    static IEnumerable<int> Numbers()
    {
        using (new Resource("iter"))
        {
            yield return 1;
            yield return 2;
            yield return 3;
        }
    }

    static int Main()
    {
        using (var a = new Resource("a"))
        {
            a.Use();
        }
        Check("basic", Take(), "open a;use a;close a;");

        using (var a = new Resource("a"))
        using (var b = new Resource("b"))
        {
            b.Use();
        }
        Check("nested reverse order", Take(), "open a;open b;use b;close b;close a;");

        using (Resource x = new Resource("x"), y = new Resource("y"))
        {
            x.Use();
        }
        Check("multiple declarators", Take(), "open x;open y;use x;close y;close x;");

        try
        {
            using (var e = new Resource("e"))
            {
                throw new FormatException("inside");
            }
        }
        catch (FormatException ex) { Resource.Log.Append("caught " + ex.Message + ";"); }
        Check("dispose before catch", Take(), "open e;close e;caught inside;");

        Check("early return value", EarlyReturn().ToString(), "7");
        Check("dispose on return", Take(), "open ret;use ret;close ret;");

        Resource nothing = null;
        using (nothing) { Resource.Log.Append("body;"); }
        Check("null resource skipped", Take(), "body;");

        using (var v = new ValueResource { Id = 5 }) { Resource.Log.Append("value body;"); }
        Check("struct disposable", Take(), "value body;value close 5;");

        Resource kept;
        using (kept = new Resource("k")) { }
        bool threw = false;
        try { kept.Use(); } catch (ObjectDisposedException) { threw = true; }
        Check("disposed object rejects use", threw + "|" + Take(), "True|open k;close k;");

        int sum = 0;
        foreach (int i in Numbers()) { sum += i; if (i == 2) break; }
        Check("foreach break disposes iterator", sum + "|" + Take(), "3|open iter;close iter;");
        sum = 0;
        foreach (int i in Numbers()) sum += i;
        Check("foreach complete disposes iterator", sum + "|" + Take(), "6|open iter;close iter;");

        // explicit try/finally equivalent
        var r2 = new Resource("manual");
        try { r2.Use(); }
        finally { ((IDisposable)r2).Dispose(); }
        Check("manual pattern", Take(), "open manual;use manual;close manual;");

        // exception in Dispose propagates after the body
        string result = "";
        try
        {
            using (var bad = new BadDispose()) { result += "body "; }
        }
        catch (InvalidOperationException e) { result += e.Message; }
        Check("Dispose exception", result, "body dispose failed");

        if (failures == 0) { Console.WriteLine("PASS"); return 100; }
        return 1;
    }

    class BadDispose : IDisposable
    {
        public void Dispose() { throw new InvalidOperationException("dispose failed"); }
    }
}
