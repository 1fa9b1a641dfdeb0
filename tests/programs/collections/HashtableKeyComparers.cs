// Hashtable's protected key comparison: subclasses that override GetHash and KeyEquals, the obsolete protected
// comparer and hcp (mono's mcs test test-174 sets comparer = null in a constructor), EqualityComparer, the
// constructors with a load factor or the obsolete provider pair, and Clone keeping the comparer.
#pragma warning disable 618
using System;
using System.Collections;

class CaseInsensitiveTable : Hashtable
{
    protected override int GetHash(object key) { return ((string)key).ToUpperInvariant().GetHashCode(); }
    protected override bool KeyEquals(object item, object key)
    {
        return string.Equals(((string)item).ToUpperInvariant(), ((string)key).ToUpperInvariant());
    }
}

class UpperHash : IHashCodeProvider
{
    public int GetHashCode(object obj) { return obj.ToString().ToUpperInvariant().GetHashCode(); }
}

class IgnoreCaseOrder : IComparer
{
    public int Compare(object a, object b) { return string.Compare(a.ToString().ToUpperInvariant(), b.ToString().ToUpperInvariant(), StringComparison.Ordinal); }
}

class LegacyTable : Hashtable
{
    public LegacyTable(bool ignoreCase)
    {
        comparer = null;
        Show("comparer after = null");
        if (ignoreCase)
        {
            hcp = new UpperHash();
            comparer = new IgnoreCaseOrder();
            Show("after hcp and comparer");
        }
    }

    public void Show(string when)
    {
        Console.WriteLine("{0}: comparer {1}, hcp {2}, EqualityComparer {3}", when,
            comparer == null ? "null" : comparer.GetType().Name,
            hcp == null ? "null" : hcp.GetType().Name,
            EqualityComparer == null ? "null" : "set");
    }
}

class WithEqualityComparer : Hashtable
{
    public WithEqualityComparer() : base(StringComparer.OrdinalIgnoreCase) { }

    public void Show()
    {
        Console.WriteLine("EqualityComparer is OrdinalIgnoreCase: {0}", object.ReferenceEquals(EqualityComparer, StringComparer.OrdinalIgnoreCase));
        try
        {
            Console.WriteLine("comparer: {0}", comparer);
        }
        catch (ArgumentException e)
        {
            Console.WriteLine("comparer: ArgumentException");
        }
    }
}

class NoOrder
{
    public override int GetHashCode() { return 7; }
}

class Program
{
    static string SortedKeys(Hashtable t)
    {
        ArrayList keys = new ArrayList(t.Keys);
        keys.Sort();
        return string.Join(",", (string[])keys.ToArray(typeof(string)));
    }

    static void Main()
    {
        var ci = new CaseInsensitiveTable();
        ci["Alpha"] = 1;
        ci["ALPHA"] = 2;
        ci.Add("beta", 3);
        Console.WriteLine("overrides: count {0}, alpha {1}, BETA {2}, has Beta {3}", ci.Count, ci["alpha"], ci["BETA"], ci.ContainsKey("Beta"));
        try { ci.Add("Beta", 4); } catch (ArgumentException) { Console.WriteLine("Add of Beta: ArgumentException"); }
        ci.Remove("ALPHA");
        Console.WriteLine("after Remove: {0}", SortedKeys(ci));

        var plain = new LegacyTable(false);
        plain[1] = "one";
        plain[1] = "uno";
        plain["k"] = "v";
        Console.WriteLine("comparer = null: count {0}, 1 -> {1}, k -> {2}", plain.Count, plain[1], plain["k"]);
        var a = new NoOrder();
        var b = new NoOrder();
        plain[a] = "a";
        Console.WriteLine("same key again: {0}", plain[a]);
        try { plain[b] = "b"; Console.WriteLine("unordered keys: {0}", plain.Count); }
        catch (ArgumentException) { Console.WriteLine("unordered keys: ArgumentException"); }

        var legacy = new LegacyTable(true);
        legacy["Key"] = 1;
        legacy["KEY"] = 2;
        Console.WriteLine("legacy ignore case: count {0}, key -> {1}", legacy.Count, legacy["key"]);

        new WithEqualityComparer().Show();

        var obsolete = new Hashtable(new UpperHash(), new IgnoreCaseOrder());
        obsolete["x"] = 1;
        obsolete["X"] = 2;
        Console.WriteLine("obsolete constructor: count {0}, x -> {1}", obsolete.Count, obsolete["x"]);

        var cloned = (Hashtable)new Hashtable(StringComparer.OrdinalIgnoreCase) { { "One", 1 }, { "Two", 2 } }.Clone();
        cloned["ONE"] = 11;
        Console.WriteLine("clone: count {0}, one -> {1}, keys {2}", cloned.Count, cloned["one"], SortedKeys(cloned));

        var sized = new Hashtable(10, 0.5f);
        sized["a"] = 1;
        Console.WriteLine("load factor 0.5: {0}", sized["a"]);
        foreach (float bad in new[] { 0.05f, 1.5f, float.NaN })
        {
            try { new Hashtable(4, bad); Console.WriteLine("load factor {0}: accepted", bad); }
            catch (ArgumentOutOfRangeException e) { Console.WriteLine("load factor {0}: {1}", bad, e.ParamName); }
        }
        try { new Hashtable(-1); } catch (ArgumentOutOfRangeException e) { Console.WriteLine("capacity -1: {0}", e.ParamName); }
    }
}
