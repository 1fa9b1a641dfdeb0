// Dictionaries keyed by user types: structs with IEquatable, classes overriding Equals/GetHashCode, custom
// IEqualityComparer<T>, colliding hash codes, mutation through the indexer, TryGetValue, exceptions on missing
// and duplicate keys, and the key/value views.
using System;
using System.Collections.Generic;
using System.Linq;

struct GridPoint : IEquatable<GridPoint>
{
    public readonly int X, Y;
    public GridPoint(int x, int y) { X = x; Y = y; }
    public bool Equals(GridPoint o) { return X == o.X && Y == o.Y; }
    public override bool Equals(object o) { return o is GridPoint && Equals((GridPoint)o); }
    public override int GetHashCode() { return X * 31 + Y; }
    public override string ToString() { return "(" + X + "," + Y + ")"; }
}

class Sku
{
    public readonly string Code;
    public readonly int Variant;
    public Sku(string code, int variant) { Code = code; Variant = variant; }
    public override bool Equals(object o)
    {
        Sku s = o as Sku;
        return s != null && s.Code == Code && s.Variant == Variant;
    }
    public override int GetHashCode() { return Code.Length; }   // deliberately weak: many collisions
    public override string ToString() { return Code + "#" + Variant; }
}

class CaseInsensitive : IEqualityComparer<string>
{
    public int Calls;
    public bool Equals(string a, string b) { Calls++; return string.Equals(a.ToLowerInvariant(), b.ToLowerInvariant()); }
    public int GetHashCode(string s) { return s.ToLowerInvariant().GetHashCode(); }
}

class ModuloComparer : IEqualityComparer<int>
{
    readonly int m;
    public ModuloComparer(int m) { this.m = m; }
    public bool Equals(int a, int b) { return a % m == b % m; }
    public int GetHashCode(int a) { return a % m; }
}

class DictionaryCustomKeys
{
    static int Main()
    {
        var grid = new Dictionary<GridPoint, char>();
        for (int y = 0; y < 3; y++)
            for (int x = 0; x < 4; x++)
                grid[new GridPoint(x, y)] = (x + y) % 2 == 0 ? '#' : '.';
        grid[new GridPoint(1, 1)] = '@';
        Console.WriteLine("grid " + grid.Count + " " + grid[new GridPoint(1, 1)] + grid[new GridPoint(3, 2)] + " " + grid.ContainsKey(new GridPoint(4, 0)));
        for (int y = 0; y < 3; y++)
        {
            for (int x = 0; x < 4; x++) Console.Write(grid[new GridPoint(x, y)]);
            Console.WriteLine();
        }
        char ch;
        Console.WriteLine("try " + grid.TryGetValue(new GridPoint(2, 2), out ch) + ch + " " + grid.TryGetValue(new GridPoint(9, 9), out ch) + (int)ch);

        var stock = new Dictionary<Sku, int>();
        string[] codes = { "AB", "CD", "EF", "ABC", "XYZ" };
        for (int i = 0; i < 20; i++) stock[new Sku(codes[i % codes.Length], i % 3)] = i;
        Console.WriteLine("stock " + stock.Count + " " + stock[new Sku("CD", 1)] + " " + stock[new Sku("XYZ", 2)]);
        foreach (var kv in stock.Where(p => p.Key.Code == "AB").OrderBy(p => p.Key.Variant)) Console.Write(kv.Key + "=" + kv.Value + " ");
        Console.WriteLine();
        try { Console.WriteLine(stock[new Sku("QQ", 0)]); }
        catch (KeyNotFoundException) { Console.WriteLine("missing key -> KeyNotFoundException"); }
        try { stock.Add(new Sku("AB", 0), 1); }
        catch (ArgumentException) { Console.WriteLine("duplicate key -> ArgumentException"); }
        Console.WriteLine("remove " + stock.Remove(new Sku("EF", 1)) + " " + stock.Remove(new Sku("EF", 1)) + " " + stock.Count);

        var cmp = new CaseInsensitive();
        var env = new Dictionary<string, string>(cmp) { { "Path", "/bin" }, { "HOME", "/root" } };
        env["path"] = "/usr/bin";
        env["Shell"] = "sh";
        Console.WriteLine("env " + env.Count + " " + env["PATH"] + " " + env["home"] + " " + env.ContainsKey("SHELL") + " compared=" + (cmp.Calls > 0));
        foreach (string k in env.Keys) Console.Write(k + " ");
        Console.WriteLine();
        var ic = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (string w in "The cat and THE dog and the Bird".Split(' ')) { int n; ic.TryGetValue(w, out n); ic[w] = n + 1; }
        foreach (var kv in ic) Console.Write(kv.Key + ":" + kv.Value + " ");
        Console.WriteLine();

        var buckets = new Dictionary<int, List<int>>(new ModuloComparer(5));
        for (int i = 0; i < 23; i++)
        {
            List<int> l;
            if (!buckets.TryGetValue(i, out l)) { l = new List<int>(); buckets.Add(i, l); }
            l.Add(i);
        }
        foreach (var kv in buckets) Console.WriteLine("bucket " + kv.Key + ": " + string.Join(",", kv.Value));

        // counting with nested dictionaries
        var sales = new Dictionary<string, Dictionary<int, decimal>>();
        string[] regions = { "north", "south", "north", "east", "south", "north" };
        decimal[] amounts = { 10.5m, 20m, 7.25m, 3m, 1.75m, 100m };
        for (int i = 0; i < regions.Length; i++)
        {
            Dictionary<int, decimal> byQuarter;
            if (!sales.TryGetValue(regions[i], out byQuarter)) sales[regions[i]] = byQuarter = new Dictionary<int, decimal>();
            int q = i % 2 + 1;
            decimal cur;
            byQuarter.TryGetValue(q, out cur);
            byQuarter[q] = cur + amounts[i];
        }
        foreach (var region in sales)
            Console.WriteLine(region.Key + " " + string.Join(" ", region.Value.OrderBy(p => p.Key).Select(p => "Q" + p.Key + "=" + p.Value)));

        var values = new List<int>(new Dictionary<char, int> { { 'a', 1 }, { 'b', 2 }, { 'c', 3 } }.Values);
        Console.WriteLine("values " + string.Join(",", values) + " sum " + values.Sum());
        var inverted = grid.GroupBy(p => p.Value).ToDictionary(g => g.Key, g => g.Count());
        Console.WriteLine("inverted " + string.Join(" ", inverted.OrderBy(p => p.Key).Select(p => p.Key + "x" + p.Value)));
        var set = new HashSet<GridPoint>(grid.Keys.Where(p => p.X == p.Y));
        Console.WriteLine("diagonal " + string.Join(" ", set) + " " + set.Contains(new GridPoint(2, 2)));
        return 100;
    }
}
