// Self-checking: iterators are lazy, run finally blocks on completion and on Dispose (foreach break),
// restart per GetEnumerator call, and compose (nested iterators, yield break, iterator state per instance).
using System;
using System.Collections.Generic;
using System.Text;

class IteratorSemantics
{
    static int failures;
    static StringBuilder log = new StringBuilder();

    static void Check(string what, string got, string expected)
    {
        if (got != expected) { Console.WriteLine("FAIL " + what + ": got " + got + ", expected " + expected); failures++; }
    }

    static string Take() { string s = log.ToString(); log.Length = 0; return s; }

    static IEnumerable<int> Counted(int n)
    {
        log.Append("start;");
        try
        {
            for (int i = 0; i < n; i++)
            {
                log.Append("yield" + i + ";");
                yield return i;
            }
        }
        finally { log.Append("finally;"); }
        log.Append("end;");
    }

    static IEnumerable<int> UntilNegative(int[] values)
    {
        foreach (int v in values)
        {
            if (v < 0) yield break;
            yield return v;
        }
    }

    static IEnumerable<int> Fib()
    {
        int a = 0, b = 1;
        while (true)
        {
            yield return a;
            int t = a + b; a = b; b = t;
        }
    }

    static IEnumerable<T> Take<T>(IEnumerable<T> source, int n)
    {
        if (n <= 0) yield break;
        foreach (T item in source)
        {
            yield return item;
            if (--n == 0) yield break;
        }
    }

    static IEnumerable<int> Flatten(IEnumerable<IEnumerable<int>> lists)
    {
        foreach (var list in lists)
            foreach (int x in list)
                yield return x;
    }

    static IEnumerable<string> NestedFinally()
    {
        try
        {
            try
            {
                yield return "a";
                yield return "b";
            }
            finally { log.Append("inner;"); }
            yield return "c";
        }
        finally { log.Append("outer;"); }
    }

    static IEnumerable<int> TreeWalk(int depth, int value)
    {
        yield return value;
        if (depth > 0)
        {
            foreach (int x in TreeWalk(depth - 1, value * 2)) yield return x;
            foreach (int x in TreeWalk(depth - 1, value * 2 + 1)) yield return x;
        }
    }

    static string Join(IEnumerable<int> xs)
    {
        var sb = new StringBuilder();
        foreach (int x in xs) { if (sb.Length > 0) sb.Append(','); sb.Append(x); }
        return sb.ToString();
    }

    static int Main()
    {
        var seq = Counted(3);
        Check("lazy: nothing ran", Take(), "");
        Check("full run", Join(seq), "0,1,2");
        Check("full run log", Take(), "start;yield0;yield1;yield2;finally;end;");

        foreach (int x in Counted(5)) { if (x == 1) break; }
        Check("break disposes and runs finally", Take(), "start;yield0;yield1;finally;");

        var e = Counted(2).GetEnumerator();
        e.MoveNext();
        Check("partial", Take(), "start;yield0;");
        e.Dispose();
        Check("explicit dispose", Take(), "finally;");
        Check("MoveNext after dispose", e.MoveNext().ToString(), "False");
        Take();

        Check("yield break", Join(UntilNegative(new[] { 1, 2, -1, 3 })), "1,2");
        Check("infinite fib taken", Join(Take(Fib(), 10)), "0,1,1,2,3,5,8,13,21,34");
        Check("take zero", Join(Take(Fib(), 0)), "");

        // each GetEnumerator starts over
        var fib = Take(Fib(), 3);
        Check("first enumeration", Join(fib), "0,1,1");
        Check("second enumeration", Join(fib), "0,1,1");

        var lists = new List<IEnumerable<int>> { new[] { 1, 2 }, new int[0], UntilNegative(new[] { 3, -4 }), Take(Fib(), 2) };
        Check("flatten", Join(Flatten(lists)), "1,2,3,0,1");

        string letters = "";
        foreach (string s in NestedFinally()) letters += s;
        Check("nested finally complete", letters + "|" + Take(), "abc|inner;outer;");
        foreach (string s in NestedFinally()) { if (s == "a") break; }
        Check("nested finally on break", Take(), "inner;outer;");
        foreach (string s in NestedFinally()) { if (s == "c") break; }
        Check("break after inner finished", Take(), "inner;outer;");

        Check("recursive iterators", Join(TreeWalk(2, 1)), "1,2,4,5,3,6,7");

        // Current stays at the last value; two enumerators are independent
        var e1 = Take(Fib(), 5).GetEnumerator();
        var e2 = Take(Fib(), 5).GetEnumerator();
        e1.MoveNext(); e1.MoveNext(); e1.MoveNext();
        e2.MoveNext();
        Check("independent enumerators", e1.Current + "," + e2.Current, "1,0");

        // exception thrown from an iterator body surfaces at MoveNext, and finally runs
        string caught = "";
        try
        {
            foreach (int x in Failing()) caught += x;
        }
        catch (InvalidOperationException ex) { caught += ":" + ex.Message; }
        Check("exception from iterator", caught + "|" + Take(), "12:stop|cleanup;");

        if (failures == 0) { Console.WriteLine("PASS"); return 100; }
        return 1;
    }

    static IEnumerable<int> Failing()
    {
        try
        {
            yield return 1;
            yield return 2;
            throw new InvalidOperationException("stop");
        }
        finally { log.Append("cleanup;"); }
    }
}
