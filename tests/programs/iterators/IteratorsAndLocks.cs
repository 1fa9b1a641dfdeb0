using System;
using System.Collections;
using System.Collections.Generic;

class Countdown : IEnumerable<int>
{
    private readonly int from;
    public Countdown(int from) { this.from = from; }
    public IEnumerator<int> GetEnumerator()
    {
        for (int i = from; i > 0; i--) yield return i;
        yield return 0;
    }
    IEnumerator IEnumerable.GetEnumerator() { return GetEnumerator(); }
}

class Resource : IDisposable
{
    private readonly string name;
    public Resource(string name) { this.name = name; Console.WriteLine("open " + name); }
    public void Dispose() { Console.WriteLine("close " + name); }
}

class IteratorsAndLocks
{
    static readonly object Gate = new object();
    static int counter;

    static IEnumerable<string> Words()
    {
        yield return "alpha";
        try
        {
            yield return "beta";
        }
        finally
        {
            Console.WriteLine("words finally");
        }
        yield return "gamma";
    }

    static IEnumerable<int> Fibs()
    {
        int a = 0, b = 1;
        while (true)
        {
            yield return a;
            int t = a + b;
            a = b;
            b = t;
        }
    }

    static void Main()
    {
        foreach (int i in new Countdown(3)) Console.Write(i + " ");
        Console.WriteLine();
        foreach (string w in Words())
        {
            Console.WriteLine(w);
            if (w == "beta") break;
        }
        int taken = 0;
        foreach (int f in Fibs())
        {
            if (f > 100) break;
            taken++;
        }
        Console.WriteLine("fibs <= 100: " + taken);
        using (new Resource("outer"))
        using (var inner = new Resource("inner"))
        {
            Console.WriteLine("inside");
        }
        for (int i = 0; i < 5; i++)
        {
            lock (Gate)
            {
                counter += i;
            }
        }
        Console.WriteLine(counter);
        try
        {
            using (new Resource("failing"))
            {
                throw new InvalidOperationException("inside using");
            }
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine("caught " + e.Message);
        }
        IEnumerator<int> e2 = new Countdown(1).GetEnumerator();
        while (e2.MoveNext()) Console.Write(e2.Current);
        Console.WriteLine();
    }
}
