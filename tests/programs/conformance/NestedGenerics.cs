// Self-checking: deeply nested generic types (dictionaries of lists of arrays of pairs), generic methods over
// them, generic types closed over other generic instantiations, and statics per deep instantiation.
using System;
using System.Collections.Generic;
using System.Linq;

struct Pair<A, B> { public A First; public B Second; public Pair(A a, B b) { First = a; Second = b; } }

class Tree<T>
{
    public T Value;
    public List<Tree<T>> Children = new List<Tree<T>>();
    public static int Created;
    public Tree(T v) { Value = v; Created++; }
    public Tree<T> Add(T v) { var t = new Tree<T>(v); Children.Add(t); return t; }
    public IEnumerable<T> PreOrder() { yield return Value; foreach (var c in Children) foreach (var v in c.PreOrder()) yield return v; }
    public Tree<R> Map<R>(Func<T, R> f) { var t = new Tree<R>(f(Value)); foreach (var c in Children) t.Children.Add(c.Map(f)); return t; }
    public int Depth() { int d = 0; foreach (var c in Children) d = Math.Max(d, c.Depth()); return d + 1; }
}

class NestedGenerics
{
    static int failures;

    static void Check(string what, string got, string expected)
    {
        if (got != expected) { Console.WriteLine("FAIL " + what + ": got " + got + ", expected " + expected); failures++; }
    }

    static Dictionary<K, List<V>> GroupInto<K, V>(IEnumerable<Pair<K, V>> items)
    {
        var d = new Dictionary<K, List<V>>();
        foreach (var p in items)
        {
            List<V> list;
            if (!d.TryGetValue(p.First, out list)) { list = new List<V>(); d[p.First] = list; }
            list.Add(p.Second);
        }
        return d;
    }

    static int Main()
    {
        var index = new Dictionary<string, List<Pair<int, string[]>>>();
        index["fruit"] = new List<Pair<int, string[]>> { new Pair<int, string[]>(1, new[] { "apple", "pear" }), new Pair<int, string[]>(2, new[] { "fig" }) };
        index["veg"] = new List<Pair<int, string[]>> { new Pair<int, string[]>(3, new string[0]) };
        int words = 0;
        foreach (var kv in index) foreach (var p in kv.Value) words += p.Second.Length;
        Check("nested collection walk", words + "," + index["fruit"][0].Second[1], "3,pear");

        var grouped = GroupInto(new[] { new Pair<char, int>('a', 1), new Pair<char, int>('b', 2), new Pair<char, int>('a', 3) });
        Check("group into dictionary of lists", string.Join(",", grouped['a']) + "|" + grouped['b'].Count, "1,3|1");
        var nestedGroups = GroupInto(new[] { new Pair<string, List<int>>("x", new List<int> { 1 }), new Pair<string, List<int>>("x", new List<int> { 2, 3 }) });
        Check("lists of lists", nestedGroups["x"].Count + "," + nestedGroups["x"][1][1], "2,3");

        var t = new Tree<int>(1);
        var c2 = t.Add(2);
        c2.Add(4); c2.Add(5);
        t.Add(3).Add(6).Add(7);
        Check("tree preorder", string.Join(",", t.PreOrder()), "1,2,4,5,3,6,7");
        Check("tree depth", t.Depth().ToString(), "4");
        Tree<string> s = t.Map(v => new string('*', v));
        Check("mapped tree", string.Join("|", s.PreOrder().Take(3)), "*|**|****");
        Tree<Pair<int, Tree<string>>> wrapped = t.Map(v => new Pair<int, Tree<string>>(v, new Tree<string>(v.ToString())));
        Check("tree of pairs of trees", wrapped.Children[1].Value.Second.Value + wrapped.Depth(), "34");
        Check("statics per instantiation", Tree<int>.Created + "," + Tree<string>.Created + "," + Tree<Pair<int, Tree<string>>>.Created, "7,14,7");

        var matrix = new List<List<double?>> { new List<double?> { 1, null }, new List<double?> { null, 4 } };
        double sum = 0; int nulls = 0;
        foreach (var row in matrix) foreach (var v in row) { if (v.HasValue) sum += v.Value; else nulls++; }
        Check("nullable in nested lists", sum + "/" + nulls, "5/2");

        var cache = new Dictionary<Pair<int, int>, Dictionary<string, int>>();
        for (int i = 0; i < 3; i++)
            for (int j = 0; j < 3; j++)
                cache[new Pair<int, int>(i, j)] = new Dictionary<string, int> { { "sum", i + j }, { "prod", i * j } };
        Check("struct-keyed dictionary of dictionaries", cache[new Pair<int, int>(2, 2)]["prod"] + "," + cache.Count, "4,9");

        Func<List<Func<int, int>>, Func<int, int>> composeAll = fs => x => { foreach (var f in fs) x = f(x); return x; };
        Check("generic delegates over lists of delegates", composeAll(new List<Func<int, int>> { x => x + 1, x => x * 3 })(2).ToString(), "9");

        if (failures == 0) { Console.WriteLine("PASS"); return 100; }
        return 1;
    }
}
