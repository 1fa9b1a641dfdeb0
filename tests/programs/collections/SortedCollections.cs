using System;
using System.Collections.Generic;
using System.Linq;

class Reverse : IComparer<string>
{
    public int Compare(string a, string b) { return string.CompareOrdinal(b, a); }
}

class ByLength : IComparer<string>
{
    public int Compare(string a, string b) { return a.Length.CompareTo(b.Length); }
}

class SortedCollections
{
    static string Show<T>(IEnumerable<T> items) { return "[" + string.Join(", ", items) + "]"; }

    static void Try(string label, Action action)
    {
        try
        {
            action();
            Console.WriteLine(label + ": no exception");
        }
        catch (InvalidOperationException e) { Console.WriteLine(label + ": InvalidOperationException " + e.Message); }
        catch (KeyNotFoundException e) { Console.WriteLine(label + ": KeyNotFoundException " + e.Message); }
        catch (Exception e) { Console.WriteLine(label + ": " + e.GetType().Name); }
    }

    static void Main()
    {
        SortedDictionary<string, int> sd = new SortedDictionary<string, int>();
        foreach (string w in "the quick brown fox jumps over the lazy dog and the cat".Split(' '))
        {
            int n;
            sd.TryGetValue(w, out n);
            sd[w] = n + 1;
        }
        Console.WriteLine(Show(sd));
        Console.WriteLine(Show(sd.Keys) + " " + Show(sd.Values) + " " + sd.Count + " " + sd.Keys.Count);
        Console.WriteLine(sd["the"] + " " + sd.ContainsKey("fox") + " " + sd.ContainsKey("wolf") + " " + sd.ContainsValue(3) + " " + sd.ContainsValue(9));
        Console.WriteLine(sd.Remove("the") + " " + sd.Remove("the") + " " + sd.Count + " " + sd.First().Key + " " + sd.Last().Key);
        sd.Add("zebra", 0);
        sd.Add("aardvark", 0);
        Console.WriteLine(Show(sd.Keys));
        KeyValuePair<string, int>[] pairs = new KeyValuePair<string, int>[sd.Count];
        sd.CopyTo(pairs, 0);
        Console.WriteLine(pairs[0] + " " + pairs[pairs.Length - 1]);
        string[] keyArray = new string[sd.Count];
        sd.Keys.CopyTo(keyArray, 0);
        Console.WriteLine(keyArray[1]);

        SortedDictionary<string, int> reversed = new SortedDictionary<string, int>(new Reverse());
        foreach (string w in new[] { "b", "a", "d", "c" }) reversed[w] = w[0];
        Console.WriteLine(Show(reversed.Keys) + " " + Show(reversed.Values));
        SortedDictionary<string, int> fromDictionary = new SortedDictionary<string, int>(new Dictionary<string, int> { { "y", 1 }, { "x", 2 } });
        Console.WriteLine(Show(fromDictionary));
        SortedDictionary<int, string> numbers = new SortedDictionary<int, string>();
        for (int i = 20; i > 0; i -= 3) numbers[i] = "n" + i;
        Console.WriteLine(Show(numbers.Keys) + " " + numbers[11]);

        Try("missing key", () => Console.WriteLine(sd["wolf"]));
        Try("duplicate", () => sd.Add("fox", 1));
        Try("null key", () => sd.Add(null, 1));
        Try("add while enumerating", () => { foreach (var p in sd) sd["new" + p.Key] = 1; });
        Try("set while enumerating", () => { foreach (var p in sd) sd[p.Key] = 2; });
        Try("remove missing while enumerating", () => { foreach (var p in sd) sd.Remove("nothing"); });

        // SortedList
        SortedList<int, string> sl = new SortedList<int, string>();
        Console.Write("capacity:");
        foreach (int k in new[] { 50, 10, 40, 20, 30, 60 })
        {
            sl.Add(k, "v" + k);
            Console.Write(" " + sl.Capacity);
        }
        Console.WriteLine();
        Console.WriteLine(Show(sl) + " " + sl.Count);
        Console.WriteLine(sl.Keys[0] + " " + sl.Keys[5] + " " + sl.Values[2] + " " + sl.IndexOfKey(40) + " " + sl.IndexOfKey(45) + " " + sl.IndexOfValue("v60") + " " + sl.IndexOfValue("x"));
        Console.WriteLine(sl.Keys.IndexOf(20) + " " + sl.Keys.Contains(30) + " " + sl.Values.Contains("v10") + " " + sl.Values.IndexOf("v50"));
        sl.RemoveAt(0);
        sl.Remove(60);
        sl[35] = "v35";
        sl[20] = "twenty";
        Console.WriteLine(Show(sl.Keys) + " " + Show(sl.Values));
        string value;
        Console.WriteLine(sl.TryGetValue(35, out value) + " " + value + " " + sl.TryGetValue(36, out value) + " " + (value == null) + " " + sl.ContainsKey(50) + " " + sl.ContainsValue("v40"));
        sl.Capacity = sl.Count;
        Console.WriteLine(sl.Capacity);
        SortedList<string, int> byLength = new SortedList<string, int>(new ByLength());
        byLength["ccc"] = 3;
        byLength["a"] = 1;
        byLength["bb"] = 2;
        byLength["zz"] = 22;
        Console.WriteLine(Show(byLength));
        Try("list missing key", () => Console.WriteLine(sl[99]));
        Try("list duplicate", () => sl.Add(20, "x"));
        Try("list remove at", () => sl.RemoveAt(10));
        Try("list key set", () => sl.Keys[0] = 5);
        Try("list keys add", () => sl.Keys.Add(5));
        Try("list capacity", () => sl.Capacity = 1);
        Try("list modified", () => { foreach (var p in sl) sl[p.Key] = "changed"; });
        Try("list keys modified", () => { foreach (int k in sl.Keys) sl.Add(k + 1000, "x"); });
        sl.Clear();
        Console.WriteLine(sl.Count + " " + sl.Capacity);

        // SortedSet
        SortedSet<int> set = new SortedSet<int> { 5, 1, 9, 3, 7 };
        Console.WriteLine(Show(set) + " " + set.Min + " " + set.Max + " " + set.Count);
        Console.WriteLine(set.Add(3) + " " + set.Add(4) + " " + set.Remove(9) + " " + set.Remove(10) + " " + Show(set));
        Console.WriteLine(Show(set.Reverse()) + " " + new SortedSet<int>().Min + " " + new SortedSet<int>().Max);
        SortedSet<int> view = set.GetViewBetween(3, 6);
        Console.WriteLine(Show(view) + " " + view.Count + " " + view.Min + " " + view.Max + " " + view.Contains(7) + " " + view.Contains(4));
        set.Add(6);
        set.Add(2);
        Console.WriteLine(Show(view) + " " + view.Count);
        view.Add(3);
        view.Remove(4);
        Console.WriteLine(Show(set) + " " + Show(view));
        Try("view out of range", () => view.Add(100));
        Try("view bounds", () => view.GetViewBetween(1, 4));
        Console.WriteLine(Show(view.GetViewBetween(4, 6)) + " " + Show(view.Reverse()));
        SortedSet<int> other = new SortedSet<int>(new[] { 4, 5, 6, 7, 8 });
        SortedSet<int> u = new SortedSet<int>(set); u.UnionWith(other);
        SortedSet<int> i2 = new SortedSet<int>(set); i2.IntersectWith(other);
        SortedSet<int> e2 = new SortedSet<int>(set); e2.ExceptWith(other);
        SortedSet<int> s2 = new SortedSet<int>(set); s2.SymmetricExceptWith(other);
        Console.WriteLine(Show(u) + " " + Show(i2) + " " + Show(e2) + " " + Show(s2));
        Console.WriteLine(i2.IsSubsetOf(set) + " " + i2.IsProperSubsetOf(set) + " " + set.IsSupersetOf(i2) + " " + set.IsProperSupersetOf(set) + " " + set.Overlaps(other) + " " + i2.SetEquals(new[] { 6, 5, 5 }));
        Console.WriteLine(u.RemoveWhere(x => x % 2 == 0) + " " + Show(u));
        SortedSet<string> words = new SortedSet<string>(new[] { "pear", "fig", "apple", "kiwi" }, new ByLength());
        Console.WriteLine(Show(words) + " " + words.Contains("plum"));
        string actual;
        Console.WriteLine(words.TryGetValue("abcd", out actual) + " " + actual);
        Try("set modified", () => { foreach (int x in set) set.Add(x); });
        Try("set remove missing", () => { foreach (int x in set) set.Remove(1000); });
        Try("uncomparable", () => new SortedSet<object> { new object(), new object() });

        // a long random sequence of operations against a sorted list as the oracle
        SortedSet<int> tree = new SortedSet<int>();
        SortedDictionary<int, int> map = new SortedDictionary<int, int>();
        List<int> oracle = new List<int>();
        uint seed = 12345;
        int mismatches = 0;
        for (int step = 0; step < 20000; step++)
        {
            seed = seed * 1103515245 + 12345;
            int key = (int)((seed >> 8) % 500);
            bool add = ((seed >> 4) & 3) != 0;
            int at = oracle.BinarySearch(key);
            if (add)
            {
                bool added = tree.Add(key);
                map[key] = step;
                if (added != (at < 0)) mismatches++;
                if (at < 0) oracle.Insert(~at, key);
            }
            else
            {
                bool gone = tree.Remove(key);
                map.Remove(key);
                if (gone != (at >= 0)) mismatches++;
                if (at >= 0) oracle.RemoveAt(at);
            }
            if (step % 1000 == 0 && !tree.SequenceEqual(oracle)) mismatches++;
        }
        Console.WriteLine("random: " + mismatches + " mismatches, " + tree.Count + " items, " + tree.SequenceEqual(oracle) + " " + map.Keys.SequenceEqual(oracle) + " " + tree.Min + " " + tree.Max);
    }
}
