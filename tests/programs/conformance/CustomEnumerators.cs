// Self-checking: foreach over the GetEnumerator pattern (no interfaces), struct enumerators (copy semantics),
// enumerators with Dispose, IEnumerable<T> implemented by hand, modifying collections during enumeration.
using System;
using System.Collections;
using System.Collections.Generic;

class Countdown
{
    readonly int from;
    public Countdown(int from) { this.from = from; }
    public Enumerator GetEnumerator() { return new Enumerator(from); }
    public struct Enumerator
    {
        int current;
        public Enumerator(int from) { current = from + 1; }
        public int Current { get { return current; } }
        public bool MoveNext() { return --current > 0; }
    }
}

class Disposing
{
    public static int Disposed;
    public Enumerator GetEnumerator() { return new Enumerator(); }
    public class Enumerator : IDisposable
    {
        int i;
        public int Current { get { return i * i; } }
        public bool MoveNext() { return ++i <= 3; }
        public void Dispose() { Disposed++; }
    }
}

class Range : IEnumerable<int>
{
    readonly int start, count;
    public Range(int start, int count) { this.start = start; this.count = count; }
    public IEnumerator<int> GetEnumerator() { return new RangeEnumerator(start, count); }
    IEnumerator IEnumerable.GetEnumerator() { return GetEnumerator(); }

    class RangeEnumerator : IEnumerator<int>
    {
        readonly int start, count;
        int index = -1;
        public static int Resets;
        public RangeEnumerator(int s, int c) { start = s; count = c; }
        public int Current { get { return start + index; } }
        object IEnumerator.Current { get { return Current; } }
        public bool MoveNext() { return ++index < count; }
        public void Reset() { index = -1; Resets++; }
        public void Dispose() { }
    }
}

class CustomEnumerators
{
    static int failures;

    static void Check(string what, string got, string expected)
    {
        if (got != expected) { Console.WriteLine("FAIL " + what + ": got " + got + ", expected " + expected); failures++; }
    }

    static int Main()
    {
        string s = "";
        foreach (int i in new Countdown(5)) s += i;
        Check("pattern enumerator", s, "54321");

        // a struct enumerator is copied: advancing a copy does not move the original
        var e = new Countdown(3).GetEnumerator();
        e.MoveNext();
        var copy = e;
        copy.MoveNext();
        Check("struct enumerator copies", e.Current + "," + copy.Current, "3,2");

        s = "";
        foreach (int sq in new Disposing()) s += sq + " ";
        Check("class enumerator", s.Trim(), "1 4 9");
        Check("disposed once", Disposing.Disposed.ToString(), "1");
        foreach (int sq in new Disposing()) { if (sq == 4) break; }
        Check("disposed on break", Disposing.Disposed.ToString(), "2");
        try { foreach (int sq in new Disposing()) { if (sq == 1) throw new InvalidOperationException(); } } catch (InvalidOperationException) { }
        Check("disposed on exception", Disposing.Disposed.ToString(), "3");

        int total = 0;
        foreach (int x in new Range(10, 5)) total += x;
        Check("IEnumerable<T> by hand", total.ToString(), "60");
        IEnumerable<int> asInterface = new Range(1, 3);
        var list = new List<int>(asInterface);
        Check("List from IEnumerable", string.Join(",", list), "1,2,3");
        IEnumerable nonGeneric = new Range(7, 2);
        s = "";
        foreach (object o in nonGeneric) s += o.GetType().Name + o;
        Check("non-generic view boxes", s, "Int327Int328");
        var it = asInterface.GetEnumerator();
        it.MoveNext(); it.MoveNext();
        it.Reset();
        it.MoveNext();
        Check("Reset", it.Current.ToString(), "1");

        // modifying a List during foreach throws InvalidOperationException
        var nums = new List<int> { 1, 2, 3 };
        bool threw = false;
        try { foreach (int n in nums) if (n == 2) nums.Add(4); }
        catch (InvalidOperationException) { threw = true; }
        Check("modification detected", threw.ToString(), "True");
        var dict = new Dictionary<int, int> { { 1, 1 }, { 2, 2 } };
        threw = false;
        try { foreach (var kv in dict) dict[kv.Key + 10] = 0; }
        catch (InvalidOperationException) { threw = true; }
        Check("dictionary modification detected", threw.ToString(), "True");

        // foreach over arrays of various kinds
        int[,] grid = { { 1, 2 }, { 3, 4 } };
        s = "";
        foreach (int g in grid) s += g;
        Check("md array foreach", s, "1234");
        string[] words = { "a", "b" };
        s = "";
        foreach (var w in words) s += w.ToUpper();
        Check("string array foreach", s, "AB");
        s = "";
        foreach (char c in "héllo") s += (int)c + ".";
        Check("string foreach", s, "104.233.108.108.111.");

        if (failures == 0) { Console.WriteLine("PASS"); return 100; }
        return 1;
    }
}
