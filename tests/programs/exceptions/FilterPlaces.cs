// Filters in every kind of method: generic methods and generic types, struct instance methods reading `this`,
// lambdas and closures, filters inside catch and finally handlers, filters reading arguments, struct locals and
// locals written in loops, and a filter in a catch handler of a filter clause.
using System;
using System.Collections.Generic;

struct Point
{
    public int X, Y;

    public string Probe(int limit)
    {
        try { throw new ArgumentOutOfRangeException("limit", "x too big"); }
        catch (ArgumentOutOfRangeException) when (X > limit) { return "struct filter: X=" + X + " > " + limit; }
        catch (ArgumentOutOfRangeException) when (Y > limit) { return "struct filter: Y=" + Y + " > " + limit; }
        catch (Exception) { return "struct: neither"; }
    }
}

class Box<T>
{
    readonly T value;
    public Box(T value) { this.value = value; }

    public string Check(Func<T, bool> accept)
    {
        try { throw new InvalidOperationException(value + ""); }
        catch (InvalidOperationException e) when (accept(value)) { return "Box<" + typeof(T).Name + "> accepted " + e.Message; }
        catch (InvalidOperationException) { return "Box<" + typeof(T).Name + "> rejected " + value; }
    }
}

class FilterPlaces
{
    static string Generic<T>(T item, T wanted) where T : IEquatable<T>
    {
        try { throw new KeyNotFoundException(item.ToString()); }
        catch (KeyNotFoundException) when (item.Equals(wanted)) { return "generic found " + item; }
        catch (KeyNotFoundException e) { return "generic missed " + e.Message; }
    }

    static string InHandlers(int mode)
    {
        string trace = "";
        try
        {
            try { throw new FormatException("first"); }
            catch (FormatException first)
            {
                trace += "catch;";
                try { throw new ArgumentException("second"); }
                catch (ArgumentException second) when (first.Message == "first" && mode == 1)
                {
                    trace += "inner filter in catch accepted " + second.Message + ";";
                }
            }
            finally
            {
                trace += "finally;";
                try { throw new NotSupportedException("third"); }
                catch (NotSupportedException e) when ((trace += "filter in finally;") != null && e.Message.Length == 5)
                {
                    trace += "handled in finally;";
                }
            }
        }
        catch (ArgumentException e) when (mode == 0) { trace += "outer got " + e.Message; }
        return trace;
    }

    static string Closure(int threshold)
    {
        int seen = 0;
        Func<int, string> probe = n =>
        {
            try { seen++; throw new Exception("n=" + n); }
            catch (Exception e) when (n > threshold && seen > 0) { return "closure accepted " + e.Message + " seen " + seen; }
            catch (Exception) { return "closure rejected " + n; }
        };
        return probe(threshold - 1) + " / " + probe(threshold + 1);
    }

    static string Loop(string[] words)
    {
        var found = new List<string>();
        for (int i = 0; i < words.Length; i++)
        {
            Point p = new Point { X = i, Y = words[i].Length };
            try { if (words[i].Length > 0) throw new Exception(words[i]); }
            catch (Exception e) when (p.Y > 3 && e.Message == words[i] && i % 2 == 0) { found.Add(i + ":" + e.Message); }
            catch (Exception) { found.Add("-"); }
        }
        return string.Join(",", found);
    }

    static string NestedInFilterHandler(int code)
    {
        try { throw new Exception("outer " + code); }
        catch (Exception outer) when (code > 0)
        {
            try { throw new Exception("inner"); }
            catch (Exception inner) when (outer.Message.EndsWith(code.ToString())) { return "nested " + inner.Message + " in " + outer.Message; }
        }
        catch (Exception) { return "code " + code; }
    }

    static void Main()
    {
        Console.WriteLine(new Point { X = 5, Y = 1 }.Probe(3));
        Console.WriteLine(new Point { X = 1, Y = 9 }.Probe(3));
        Console.WriteLine(new Point { X = 1, Y = 1 }.Probe(3));
        Console.WriteLine(new Box<int>(7).Check(v => v > 5));
        Console.WriteLine(new Box<string>("abc").Check(v => v.Length > 5));
        Console.WriteLine(new Box<object>(null).Check(v => v == null));
        Console.WriteLine(Generic(3, 3));
        Console.WriteLine(Generic("a", "b"));
        Console.WriteLine(InHandlers(0));
        Console.WriteLine(InHandlers(1));
        Console.WriteLine(Closure(10));
        Console.WriteLine(Loop(new[] { "alpha", "be", "gamma", "delta", "", "epsilon" }));
        Console.WriteLine(NestedInFilterHandler(0));
        Console.WriteLine(NestedInFilterHandler(4));
    }
}
