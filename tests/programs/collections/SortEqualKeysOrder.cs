// Sorting paths (default order inlined, IComparer, Comparison, keys with items) leave equal keys in .NET's order:
// introsort is unstable, so the order of equal keys shows the exact algorithm (insertion sort under 16, median of
// three, heapsort at the depth limit). Also empty and one-element inputs, nulls, enums, and comparers that throw.
using System;
using System.Collections.Generic;

struct Tagged : IComparable<Tagged>
{
    public int Key, Tag;
    public Tagged(int key, int tag) { Key = key; Tag = tag; }
    public int CompareTo(Tagged other) { return Key.CompareTo(other.Key); }
    public override string ToString() { return Key + ":" + Tag; }
}

sealed class Name : IComparable<Name>
{
    public string Text; public int Tag;
    public int CompareTo(Name other) { return other == null ? 1 : string.CompareOrdinal(Text.Substring(0, 1), other.Text.Substring(0, 1)); }
    public override string ToString() { return Text + Tag; }
}

enum Level : short { Low = -3, Mid = 0, High = 9 }

sealed class ByKeyDescending : IComparer<Tagged>
{
    public int Compare(Tagged x, Tagged y) { return y.Key.CompareTo(x.Key); }
}

sealed class Throwing : IComparer<int>
{
    public int Compare(int x, int y) { if (x == 13 || y == 13) throw new FormatException("thirteen"); return x.CompareTo(y); }
}

static class SortEqualKeysOrder
{
    static int seed = 7;
    static int Next(int range) { seed = seed * 1103515245 + 12345; return ((seed >> 8) & 0x7FFFFF) % range; }

    static Tagged[] Make(int n, int distinct)
    {
        var a = new Tagged[n];
        for (int i = 0; i < n; i++) a[i] = new Tagged(Next(distinct), i);
        return a;
    }

    static string Show<T>(T[] a) { return string.Join(" ", a); }

    static void Main()
    {
        foreach (int n in new[] { 0, 1, 2, 3, 5, 16, 17, 40, 300 })
        {
            var a = Make(n, Math.Max(1, n / 4));
            var b = (Tagged[])a.Clone();
            var c = (Tagged[])a.Clone();
            var d = new List<Tagged>(a);
            Array.Sort(a);
            Array.Sort(b, new ByKeyDescending());
            Array.Sort(c, (x, y) => x.Key - y.Key);
            d.Sort((x, y) => y.Key.CompareTo(x.Key));
            Console.WriteLine("n=" + n + " default: " + Show(a));
            Console.WriteLine("n=" + n + " comparer: " + Show(b));
            Console.WriteLine("n=" + n + " comparison: " + Show(c));
            Console.WriteLine("n=" + n + " list comparison: " + Show(d.ToArray()));
        }

        // all keys equal: the sort's moves show directly in the tags
        var same = Make(100, 1);
        Array.Sort(same);
        Console.WriteLine("same: " + Show(same));

        // keys with items, default order and a comparer, on a range
        var keys = new int[200];
        var items = new string[200];
        for (int i = 0; i < keys.Length; i++) { keys[i] = Next(20); items[i] = "i" + i; }
        var keys2 = (int[])keys.Clone();
        var items2 = (string[])items.Clone();
        Array.Sort(keys, items);
        Console.WriteLine("keys/items: " + Show(items));
        Array.Sort(keys2, items2, 10, 150, Comparer<int>.Create((x, y) => y - x));
        Console.WriteLine("keys/items range: " + Show(items2));

        // a worst case for median-of-three that reaches the heapsort fallback
        var organ = new Tagged[512];
        for (int i = 0; i < organ.Length; i++) organ[i] = new Tagged(i < 256 ? i % 7 : (511 - i) % 7, i);
        Array.Sort(organ);
        Console.WriteLine("organ: " + Show(organ));

        var longs = new long[300];
        for (int i = 0; i < longs.Length; i++) longs[i] = ((long)Next(1000) << 33) - Next(5);
        Array.Sort(longs);
        bool ordered = true;
        for (int i = 1; i < longs.Length; i++) ordered &= longs[i - 1] <= longs[i];
        Console.WriteLine("longs ordered: " + ordered + " " + longs[0] + " " + longs[299]);

        var uints = new uint[] { 5, 0xFFFFFFFF, 0, 0x80000000, 7 };
        Array.Sort(uints);
        Console.WriteLine("uints: " + Show(uints));
        var levels = new[] { Level.High, Level.Low, Level.Mid, Level.Low, (Level)4 };
        Array.Sort(levels);
        Console.WriteLine("enums: " + Show(levels));
        var chars = "the quick brown fox".ToCharArray();
        Array.Sort(chars);
        Console.WriteLine("chars: [" + new string(chars) + "]");

        // doubles without NaN: -0 and 0 are equal keys
        var doubles = new double[40];
        var tags = new int[40];
        for (int i = 0; i < doubles.Length; i++) { doubles[i] = i % 3 == 0 ? 0.0 : i % 3 == 1 ? -0.0 : Next(4) - 2; tags[i] = i; }
        Array.Sort(doubles, tags);
        Console.WriteLine("doubles/tags: " + Show(tags));
        Console.WriteLine("doubles: " + string.Join(" ", Array.ConvertAll(doubles, x => (1 / x > 0 ? "+" : "-") + Math.Abs(x))));
        var inf = new double[] { 3, double.PositiveInfinity, -1, double.NegativeInfinity, 0.5, -1e300 };
        Array.Sort(inf);
        Console.WriteLine("infinities: " + Show(inf));
        var floats = new float[] { 2.5f, -1f, 0f, -1e30f, 0.25f };
        Array.Sort(floats);
        Console.WriteLine("floats: " + Show(floats));
        var nanKeys = new double[] { 3, double.NaN, 1, double.NaN, 2 };
        var nanItems = new[] { "a", "b", "c", "d", "e" };
        Array.Sort(nanKeys, nanItems);
        Console.WriteLine("NaN keys: " + Show(nanItems) + " / " + Show(nanKeys));

        // classes: null sorts first; equal names keep .NET's order
        var names = new Name[30];
        for (int i = 0; i < names.Length; i++) names[i] = i % 9 == 4 ? null : new Name { Text = "abc".Substring(Next(3), 1), Tag = i };
        Array.Sort(names);
        Console.WriteLine("names: " + string.Join(" ", Array.ConvertAll(names, x => x == null ? "null" : x.ToString())));
        var words = new List<string> { "pear", null, "apple", "fig", null, "banana", "Apple" };
        words.Sort(StringComparer.Ordinal);
        Console.WriteLine("words: " + string.Join(",", words.ConvertAll(w => w ?? "null")));

        // comparers that throw: InvalidOperationException with the exception inside
        var numbers = new List<int>();
        for (int i = 0; i < 30; i++) numbers.Add((i * 7) % 30);
        try { numbers.Sort(new Throwing()); Console.WriteLine("no exception"); }
        catch (InvalidOperationException e) { Console.WriteLine("comparer: " + e.InnerException.GetType().Name + " " + e.InnerException.Message); }
        try { numbers.Sort((x, y) => { if (x == 13) throw new DivideByZeroException(); return x - y; }); Console.WriteLine("no exception"); }
        catch (InvalidOperationException e) { Console.WriteLine("comparison: " + e.InnerException.GetType().Name); }
        try { Array.Sort(new[] { 1, 13 }, new Throwing()); Console.WriteLine("no exception"); }
        catch (InvalidOperationException e) { Console.WriteLine("two: " + e.InnerException.Message); }
        try { Array.Sort(new[] { 13 }, new Throwing()); Console.WriteLine("one element: not compared"); }
        catch (InvalidOperationException) { Console.WriteLine("one element: compared"); }
        try { Array.Sort(new object[] { 1, "x" }); Console.WriteLine("no exception"); }
        catch (InvalidOperationException e) { Console.WriteLine("mixed: " + e.InnerException.GetType().Name); }
        try { Array.Sort((int[])null, (x, y) => 0); }
        catch (ArgumentNullException e) { Console.WriteLine("null array: " + e.ParamName); }
        try { new List<int>().Sort((Comparison<int>)null); }
        catch (ArgumentNullException e) { Console.WriteLine("null comparison: " + e.ParamName); }
    }
}
