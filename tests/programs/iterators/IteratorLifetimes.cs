// Iterators with yield: try/finally inside iterators, early break and exceptions running the finally blocks,
// nested and recursive iterators, generic iterator methods, lazy evaluation order and enumerator reuse.
using System;
using System.Collections.Generic;
using System.Linq;

class Resource : IDisposable
{
    readonly string name;
    public Resource(string name) { this.name = name; Console.WriteLine("  open " + name); }
    public void Dispose() { Console.WriteLine("  close " + name); }
}

class Tree<T>
{
    public T Value; public Tree<T> Left, Right;
    public Tree(T v, Tree<T> l = null, Tree<T> r = null) { Value = v; Left = l; Right = r; }
    public IEnumerable<T> InOrder()
    {
        if (Left != null) foreach (T t in Left.InOrder()) yield return t;
        yield return Value;
        if (Right != null) foreach (T t in Right.InOrder()) yield return t;
    }
}

class IteratorLifetimes
{
    static IEnumerable<int> Numbers(string tag, int count)
    {
        Console.WriteLine("  start " + tag);
        try
        {
            for (int i = 0; i < count; i++)
            {
                Console.WriteLine("  yield " + tag + i);
                yield return i;
            }
        }
        finally
        {
            Console.WriteLine("  finally " + tag);
        }
        Console.WriteLine("  end " + tag);
    }

    static IEnumerable<string> Lines(string file)
    {
        using (var r = new Resource(file))
        {
            yield return file + ":1";
            try
            {
                yield return file + ":2";
                yield return file + ":3";
            }
            finally { Console.WriteLine("  inner finally " + file); }
        }
    }

    static IEnumerable<int> Faulty()
    {
        try
        {
            yield return 1;
            throw new InvalidOperationException("broken sequence");
        }
        finally { Console.WriteLine("  faulty finally"); }
    }

    static IEnumerable<T> Interleave<T>(IEnumerable<T> a, IEnumerable<T> b)
    {
        using (IEnumerator<T> ea = a.GetEnumerator())
        using (IEnumerator<T> eb = b.GetEnumerator())
        {
            bool more = true;
            while (more)
            {
                more = false;
                if (ea.MoveNext()) { yield return ea.Current; more = true; }
                if (eb.MoveNext()) { yield return eb.Current; more = true; }
            }
        }
    }

    static IEnumerable<long> Fibonacci()
    {
        long a = 0, b = 1;
        while (true) { yield return a; long t = a + b; a = b; b = t; }
    }

    static IEnumerable<int> Countdown(int n)
    {
        if (n < 0) yield break;
        yield return n;
        foreach (int k in Countdown(n - 1)) yield return k;
    }

    static int Main()
    {
        Console.WriteLine("full:");
        foreach (int i in Numbers("A", 2)) Console.WriteLine("  got " + i);
        Console.WriteLine("break early:");
        foreach (int i in Numbers("B", 5)) { Console.WriteLine("  got " + i); if (i == 1) break; }
        Console.WriteLine("never started:");
        var lazy = Numbers("C", 3);
        Console.WriteLine("  created, not enumerated");
        using (var e = lazy.GetEnumerator()) { }
        Console.WriteLine("linq take:");
        Console.WriteLine("  sum " + Numbers("D", 10).Take(2).Sum());
        Console.WriteLine("using in iterator:");
        foreach (string line in Lines("f1")) Console.WriteLine("  " + line);
        Console.WriteLine("first only:");
        Console.WriteLine("  " + Lines("f2").First());
        Console.WriteLine("stop inside try:");
        foreach (string line in Lines("f3")) { Console.WriteLine("  " + line); if (line.EndsWith("2")) break; }
        Console.WriteLine("exception:");
        try { foreach (int i in Faulty()) Console.WriteLine("  got " + i); }
        catch (InvalidOperationException e) { Console.WriteLine("  caught " + e.Message); }
        Console.WriteLine("exception in consumer:");
        try { foreach (int i in Numbers("E", 3)) if (i == 1) throw new ArgumentException("consumer"); }
        catch (ArgumentException e) { Console.WriteLine("  caught " + e.Message); }

        var tree = new Tree<string>("m", new Tree<string>("c", new Tree<string>("a"), new Tree<string>("f")), new Tree<string>("t", null, new Tree<string>("x")));
        Console.WriteLine("tree " + string.Join(" ", tree.InOrder()) + " count " + tree.InOrder().Count());
        Console.WriteLine("interleave " + string.Join(",", Interleave(new[] { 1, 3, 5, 7 }, new[] { 2, 4 })));
        Console.WriteLine("fib " + string.Join(",", Fibonacci().Skip(10).Take(5)) + " first>1000: " + Fibonacci().First(f => f > 1000));
        Console.WriteLine("countdown " + string.Join("", Countdown(5)) + " empty " + Countdown(-1).Count());

        // an enumerable can be enumerated more than once; each enumeration restarts it
        IEnumerable<int> twice = Numbers("F", 2);
        Console.WriteLine("twice " + twice.Sum() + " " + twice.Count());
        // manual enumerator protocol
        IEnumerator<int> en = Countdown(2).GetEnumerator();
        while (en.MoveNext()) Console.Write(en.Current + ";");
        Console.WriteLine(" after end: " + en.MoveNext());
        en.Dispose();
        // deferred execution sees later changes
        var source = new List<int> { 1, 2 };
        var doubled = source.Select(x => x * 2);
        source.Add(3);
        Console.WriteLine("deferred " + string.Join(",", doubled));
        var evaluated = new List<string>();
        var pipeline = new[] { 3, 1, 2 }.Select(x => { evaluated.Add("s" + x); return x; }).Where(x => { evaluated.Add("w" + x); return x > 1; });
        Console.WriteLine("pipeline " + string.Join(",", pipeline) + " order " + string.Join(" ", evaluated));
        return 100;
    }
}
