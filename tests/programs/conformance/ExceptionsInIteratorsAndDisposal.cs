// Self-checking: exceptions interacting with iterators and Dispose — exceptions thrown by MoveNext propagate
// after finally blocks inside the iterator run, Dispose exceptions from foreach, exceptions thrown in the loop
// body dispose the enumerator, and an enumerator disposed twice runs its finally once.
using System;
using System.Collections.Generic;
using System.Text;

class ExceptionsInIteratorsAndDisposal
{
    static int failures;
    static StringBuilder log = new StringBuilder();

    static void Check(string what, string got, string expected)
    {
        if (got != expected) { Console.WriteLine("FAIL " + what + ": got " + got + ", expected " + expected); failures++; }
    }

    static string Take() { string s = log.ToString(); log.Length = 0; return s; }

    static IEnumerable<int> ThrowsAt(int n)
    {
        try
        {
            for (int i = 0; ; i++)
            {
                if (i == n) throw new InvalidOperationException("at " + i);
                log.Append("y" + i + ";");
                yield return i;
            }
        }
        finally { log.Append("fin;"); }
    }

    static IEnumerable<int> NestedFinally()
    {
        try
        {
            try { yield return 1; yield return 2; }
            finally { log.Append("inner;"); }
        }
        finally { log.Append("outer;"); }
    }

    class BadDispose : IDisposable
    {
        public void Dispose() { log.Append("dispose;"); throw new FormatException("from dispose"); }
    }

    class Seq
    {
        public E GetEnumerator() { return new E(); }
        public class E : IDisposable
        {
            int i;
            public int Current { get { return i; } }
            public bool MoveNext() { return ++i <= 2; }
            public void Dispose() { log.Append("seq dispose;"); throw new FormatException("seq dispose"); }
        }
    }

    static int Main()
    {
        string caught = "";
        try { foreach (int x in ThrowsAt(2)) log.Append("body" + x + ";"); }
        catch (InvalidOperationException e) { caught = e.Message; }
        Check("exception from MoveNext", Take() + caught, "y0;body0;y1;body1;fin;at 2");

        try { foreach (int x in ThrowsAt(5)) { if (x == 1) throw new ArgumentException("body"); } }
        catch (ArgumentException e) { caught = e.Message; }
        Check("exception in body disposes", Take() + caught, "y0;y1;fin;body");

        var e1 = NestedFinally().GetEnumerator();
        e1.MoveNext();
        e1.Dispose();
        e1.Dispose();
        Check("dispose twice runs finally once", Take(), "inner;outer;");
        Check("MoveNext after dispose", e1.MoveNext().ToString(), "False");

        var e2 = NestedFinally().GetEnumerator();
        while (e2.MoveNext()) log.Append(e2.Current + ";");
        Check("complete run", Take(), "1;2;inner;outer;");
        e2.Dispose();
        Check("dispose after completion does nothing", Take(), "");

        try { using (new BadDispose()) { log.Append("body;"); } }
        catch (FormatException e) { caught = e.Message; }
        Check("Dispose exception surfaces", Take() + caught, "body;dispose;from dispose");

        try
        {
            using (new BadDispose()) { throw new ArgumentException("body first"); }
        }
        catch (ArgumentException) { caught = "original"; }
        catch (FormatException e) { caught = "replaced by " + e.Message; }
        Check("Dispose exception replaces body exception", Take() + caught, "dispose;replaced by from dispose");

        int seen = 0;
        try { foreach (int x in new Seq()) seen += x; }
        catch (FormatException e) { caught = e.Message; }
        Check("foreach pattern enumerator Dispose throws after loop", Take() + seen + caught, "seq dispose;3seq dispose");

        // exception thrown before the first yield surfaces at the first MoveNext, not at the call
        IEnumerable<int> lazy = ThrowsAt(0);
        Check("iterator call does not run the body", Take(), "");
        try { foreach (int x in lazy) { } } catch (InvalidOperationException e) { caught = e.Message; }
        Check("first MoveNext throws", Take() + caught, "fin;at 0");

        if (failures == 0) { Console.WriteLine("PASS"); return 100; }
        return 1;
    }
}
