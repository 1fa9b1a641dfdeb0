using System;
using System.Collections.Generic;
using System.Linq;

class CaseInsensitive : IEqualityComparer<string>
{
    public bool Equals(string a, string b) { return string.Equals(a.ToLowerInvariant(), b.ToLowerInvariant()); }
    public int GetHashCode(string s) { return s.ToLowerInvariant().GetHashCode(); }
}

class Mod10 : IEqualityComparer<int>
{
    public bool Equals(int a, int b) { return a % 10 == b % 10; }
    public int GetHashCode(int x) { return x % 10; }
}

struct Point
{
    public int X, Y;
    public Point(int x, int y) { X = x; Y = y; }
    public override string ToString() { return "(" + X + "," + Y + ")"; }
}

class DictionariesAndHashSets
{
    static string Sorted<T>(IEnumerable<T> items) { return "{" + string.Join(" ", items.OrderBy(x => x)) + "}"; }

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
        Dictionary<string, int> ages = new Dictionary<string, int>();
        ages.Add("ann", 31);
        ages["bob"] = 25;
        ages["cid"] = 40;
        Console.WriteLine(ages.TryAdd("ann", 99) + " " + ages.TryAdd("dee", 19) + " " + ages["ann"] + " " + ages.Count);
        foreach (KeyValuePair<string, int> pair in ages) Console.Write(pair + " ");
        Console.WriteLine();
        Console.WriteLine(string.Join(",", ages.Keys) + " | " + string.Join(",", ages.Values) + " | " + ages.Keys.Count + " " + ages.Values.Count);
        int removed;
        Console.WriteLine(ages.Remove("bob", out removed) + " " + removed + " " + ages.Remove("zed", out removed) + " " + removed);
        Console.WriteLine(ages.ContainsKey("bob") + " " + ages.ContainsValue(40) + " " + ages.ContainsValue(25));
        int found;
        Console.WriteLine(ages.TryGetValue("cid", out found) + " " + found + " " + ages.TryGetValue("zed", out found) + " " + found);
        Console.WriteLine(ages.GetValueOrDefault("cid") + " " + ages.GetValueOrDefault("zed") + " " + ages.GetValueOrDefault("zed", -1));
        ICollection<string> keys = ages.Keys;
        Console.WriteLine(keys.Contains("dee") + " " + keys.Contains("bob") + " " + keys.IsReadOnly);
        string[] keyArray = new string[5];
        ages.Keys.CopyTo(keyArray, 1);
        Console.WriteLine(string.Join("|", keyArray));
        int[] valueArray = new int[3];
        ages.Values.CopyTo(valueArray, 0);
        Console.WriteLine(Sorted(valueArray));
        Dictionary<string, int> copy = new Dictionary<string, int>(ages);
        copy["eve"] = 7;
        Console.WriteLine(copy.Count + " " + ages.Count + " " + Sorted(copy.Keys));
        IDictionary<string, int> asInterface = copy;
        Console.WriteLine(asInterface.Keys.Count + " " + asInterface.Values.Sum() + " " + asInterface.Contains(new KeyValuePair<string, int>("eve", 7)));
        IReadOnlyDictionary<string, int> readOnly = copy;
        Console.WriteLine(readOnly["eve"] + " " + readOnly.ContainsKey("ann") + " " + Sorted(readOnly.Keys));
        copy.Clear();
        Console.WriteLine(copy.Count + " " + copy.ContainsKey("eve"));
        copy["new"] = 1;
        Console.WriteLine(string.Join(",", copy.Keys));

        Dictionary<string, string> caseless = new Dictionary<string, string>(new CaseInsensitive());
        caseless["Hello"] = "a";
        caseless["HELLO"] = "b";
        caseless["world"] = "c";
        Console.WriteLine(caseless.Count + " " + caseless["hello"] + " " + caseless.ContainsKey("WORLD") + " " + string.Join(",", caseless.Keys));
        Dictionary<string, int> ordinal = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        ordinal["Key"] = 1;
        ordinal["KEY"]++;
        Console.WriteLine(ordinal["key"] + " " + ordinal.Count);

        Dictionary<Point, string> points = new Dictionary<Point, string>();
        points[new Point(1, 2)] = "a";
        points[new Point(2, 1)] = "b";
        points[new Point(1, 2)] = "c";
        Console.WriteLine(points.Count + " " + points[new Point(1, 2)]);

        Dictionary<int, int> big = new Dictionary<int, int>();
        for (int i = 0; i < 1000; i++) big[i * 7] = i;
        int hits = 0;
        for (int i = 0; i < 7000; i++) if (big.ContainsKey(i)) hits++;
        for (int i = 0; i < 1000; i += 2) big.Remove(i * 7);
        Console.WriteLine(hits + " " + big.Count + " " + big[7] + " " + big.ContainsKey(14) + " " + big.Values.Sum());

        Try("missing key", () => Console.WriteLine(ages["zed"]));
        Try("duplicate", () => ages.Add("ann", 1));
        Try("null key", () => ages.Add(null, 1));
        Try("null lookup", () => ages.ContainsKey(null));
        Try("add while enumerating", () => { foreach (string k in ages.Keys) ages["x" + k] = 1; });
        Try("values while adding", () => { foreach (int v in ages.Values) ages.Add("v" + v, v); });
        Try("key collection add", () => keys.Add("nope"));

        // hash sets
        HashSet<int> a = new HashSet<int> { 1, 2, 3, 4, 5 };
        HashSet<int> b = new HashSet<int>(new[] { 4, 5, 6, 7 });
        Console.WriteLine(a.Add(3) + " " + a.Add(6) + " " + a.Remove(6) + " " + a.Remove(60) + " " + a.Count + " " + a.Contains(2));
        HashSet<int> u = new HashSet<int>(a); u.UnionWith(b);
        HashSet<int> i2 = new HashSet<int>(a); i2.IntersectWith(b);
        HashSet<int> e2 = new HashSet<int>(a); e2.ExceptWith(b);
        HashSet<int> s2 = new HashSet<int>(a); s2.SymmetricExceptWith(new[] { 4, 5, 6, 7, 7, 6 });
        Console.WriteLine(Sorted(u) + " " + Sorted(i2) + " " + Sorted(e2) + " " + Sorted(s2));
        HashSet<int> sub = new HashSet<int> { 2, 3 };
        Console.WriteLine(sub.IsSubsetOf(a) + " " + a.IsSubsetOf(sub) + " " + sub.IsProperSubsetOf(a) + " " + a.IsProperSubsetOf(a) + " " + a.IsSubsetOf(a));
        Console.WriteLine(a.IsSupersetOf(sub) + " " + a.IsProperSupersetOf(sub) + " " + a.IsProperSupersetOf(new[] { 1, 2, 3, 4, 5, 5 }) + " " + a.IsSupersetOf(new int[0]));
        Console.WriteLine(a.Overlaps(b) + " " + a.Overlaps(new[] { 9, 10 }) + " " + a.SetEquals(new[] { 5, 4, 3, 2, 1, 1 }) + " " + a.SetEquals(b));
        Console.WriteLine(new HashSet<int>().IsSubsetOf(b) + " " + new HashSet<int>().IsProperSubsetOf(b) + " " + new HashSet<int>().Overlaps(b));
        HashSet<int> self = new HashSet<int> { 1, 2 };
        self.UnionWith(self); self.IntersectWith(self);
        Console.WriteLine(self.Count + " " + self.SetEquals(self));
        self.SymmetricExceptWith(self);
        Console.WriteLine(self.Count);
        HashSet<int> evens = new HashSet<int>(Enumerable.Range(0, 20));
        Console.WriteLine(evens.RemoveWhere(x => x % 2 == 1) + " " + Sorted(evens));
        int[] target = new int[12];
        evens.CopyTo(target, 1, 3);
        Console.WriteLine(target.Count(x => x != 0) + " " + target[0]);
        HashSet<string> names = new HashSet<string>(new[] { "Ann", "ANN", "bob" }, new CaseInsensitive());
        string actual;
        Console.WriteLine(names.Count + " " + names.Contains("BOB") + " " + names.TryGetValue("ann", out actual) + " " + actual);
        HashSet<string> withNull = new HashSet<string> { null, "x" };
        Console.WriteLine(withNull.Contains(null) + " " + withNull.Add(null) + " " + withNull.Count + " " + withNull.Remove(null) + " " + withNull.Count);
        HashSet<int> mod = new HashSet<int>(new[] { 1, 11, 21, 2 }, new Mod10());
        Console.WriteLine(mod.Count + " " + mod.Contains(31) + " " + Sorted(mod));
        HashSet<int> modB = new HashSet<int>(new[] { 3, 13 });
        modB.UnionWith(new[] { 23, 3 });
        Console.WriteLine(Sorted(modB) + " " + mod.SetEquals(new[] { 41, 12 }));
        Try("set modified", () => { foreach (int x in a) a.Add(x + 100); });
        Try("set unchanged add", () => { foreach (int x in a) a.Add(x); });
        Console.WriteLine(a.ToArray().Length + " " + a.Sum() + " " + a.Comparer.Equals(EqualityComparer<int>.Default));
    }
}
