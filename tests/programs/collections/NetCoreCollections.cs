// expect-stdout-file: NetCoreCollections.out
// What .NET Core does and Mono does not: removing from, overwriting in and clearing a Dictionary or HashSet while
// enumerating it are allowed (only adding a key invalidates enumerators); argument exceptions name their parameter
// as "(Parameter 'name')"; newer members (List.EnsureCapacity, SortedList.GetKeyAtIndex, FirstOrDefault with a
// default, Zip into tuples, KeyValuePair.Create and Deconstruct).
using System;
using System.Collections.Generic;
using System.Linq;

class NetCoreCollections
{
    static void Try(string label, Action action)
    {
        try
        {
            action();
            Console.WriteLine(label + ": ok");
        }
        catch (Exception e) { Console.WriteLine(label + ": " + e.GetType().Name + ": " + e.Message); }
    }

    static IEnumerable<int> Three()
    {
        yield return 1;
        yield return 2;
        yield return 3;
    }

    static void Main()
    {
        Dictionary<int, string> d = new Dictionary<int, string>();
        for (int i = 0; i < 6; i++) d[i] = "v" + i;
        foreach (KeyValuePair<int, string> pair in d)
        {
            if (pair.Key % 2 == 0) d.Remove(pair.Key);
            else d[pair.Key] = pair.Value.ToUpper();
        }
        Console.WriteLine(d.Count + " " + string.Join(",", d));
        foreach (int key in d.Keys) d.Remove(key);
        Console.WriteLine(d.Count);
        d[1] = "a";
        d[2] = "b";
        foreach (string value in d.Values) d.Clear();
        Console.WriteLine(d.Count);
        d[7] = "seven";
        Try("add during enumeration", () => { foreach (var p in d) d[p.Key + 1] = "x"; });

        HashSet<int> set = new HashSet<int>(Enumerable.Range(0, 10));
        foreach (int x in set) if (x % 3 != 0) set.Remove(x);
        Console.WriteLine(string.Join(",", set.OrderBy(x => x)));
        Try("set add during enumeration", () => { foreach (int x in set) set.Add(x + 100); });

        List<int> list = new List<int> { 1, 2, 3 };
        Try("list index", () => Console.WriteLine(list[5]));
        Try("list insert", () => list.Insert(9, 0));
        Try("list capacity", () => list.Capacity = 1);
        Try("list range", () => list.GetRange(-1, 2));
        Try("null argument", () => list.AddRange(null));
        Try("sorted list index", () => new SortedList<int, int>().RemoveAt(3));
        Try("sorted list duplicate", () => new SortedList<string, int> { { "k", 1 }, { "k", 2 } });
        Try("dictionary duplicate", () => new Dictionary<string, int> { { "k", 1 }, { "k", 2 } });
        Try("sorted dictionary duplicate", () => new SortedDictionary<string, int> { { "k", 1 }, { "k", 2 } });
        Try("range", () => Enumerable.Range(0, -1));
        Try("null source", () => Enumerable.Select<int, int>(null, x => x));
        Try("element at", () => Three().ElementAt(5));

        Console.WriteLine(list.EnsureCapacity(10) + " " + list.Capacity + " " + list.EnsureCapacity(2));
        SortedList<string, int> sorted = new SortedList<string, int> { { "b", 2 }, { "a", 1 } };
        Console.WriteLine(sorted.GetKeyAtIndex(0) + sorted.GetValueAtIndex(1));
        sorted.SetValueAtIndex(0, 10);
        Console.WriteLine(sorted["a"]);
        Console.WriteLine(new int[0].FirstOrDefault(-1) + " " + list.LastOrDefault(x => x > 5, 99) + " " + new string[0].SingleOrDefault("none"));
        foreach (var pair in new[] { 1, 2, 3 }.Zip(new[] { "one", "two" })) Console.Write(pair.Item1 + "=" + pair.Item2 + " ");
        Console.WriteLine();
        Console.WriteLine(string.Join(" ", new[] { 1, 2, 3 }.Zip(new[] { 'a', 'b', 'c' })));
        var kv = KeyValuePair.Create("key", 5);
        string k;
        int v;
        kv.Deconstruct(out k, out v);
        Console.WriteLine(k + v);
    }
}
