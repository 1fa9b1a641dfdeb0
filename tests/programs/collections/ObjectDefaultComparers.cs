// Comparer<T>.Default and EqualityComparer<T>.Default for the types without a typed comparer: Nullable<> (null
// sorts first and equals null), reference types with null, user structs through IComparable<T>/IComparable and
// Equals(object) overrides, and enums — and the sorts and hash tables that use them.
using System;
using System.Collections.Generic;
using System.Linq;

struct Version2 : IComparable<Version2>
{
    public int Major, Minor;
    public Version2(int major, int minor) { Major = major; Minor = minor; }
    public int CompareTo(Version2 other) { return Major != other.Major ? Major.CompareTo(other.Major) : Minor.CompareTo(other.Minor); }
    public override bool Equals(object obj) { return obj is Version2 && ((Version2)obj).Major == Major && ((Version2)obj).Minor == Minor; }
    public override int GetHashCode() { return Major * 100 + Minor; }
    public override string ToString() { return Major + "." + Minor; }
}

struct Legacy : IComparable
{
    public int Value;
    public Legacy(int value) { Value = value; }
    public int CompareTo(object other) { return Value.CompareTo(((Legacy)other).Value); }
    public override string ToString() { return "L" + Value; }
}

struct Plain { public int A; }

enum Level { Low = 1, High = 3, Mid = 2 }

class Name : IComparable<Name>
{
    public string Text;
    public Name(string text) { Text = text; }
    public int CompareTo(Name other) { return other == null ? 1 : string.CompareOrdinal(Text, other.Text); }
    public override string ToString() { return Text; }
}

class ObjectDefaultComparers
{
    static void Show<T>(string label, T[] values)
    {
        var comparer = Comparer<T>.Default;
        var equality = EqualityComparer<T>.Default;
        var cells = new List<string>();
        foreach (T a in values)
            foreach (T b in values)
                cells.Add(Math.Sign(comparer.Compare(a, b)) + (equality.Equals(a, b) ? "=" : ""));
        var sorted = (T[])values.Clone();
        Array.Sort(sorted);
        Console.WriteLine(label + ": " + string.Join(" ", cells));
        Console.WriteLine("  sorted " + string.Join(", ", sorted.Select(v => v == null ? "null" : v.ToString())) +
                          ", distinct " + new HashSet<T>(values).Count + ", IndexOf last " + Array.IndexOf(values, values[values.Length - 1]));
    }

    static void Main()
    {
        Show("int?", new int?[] { 3, null, -1, 3, null });
        Show("double?", new double?[] { double.NaN, null, 0.5 });
        Show("string", new[] { "b", null, "a", "B", null });
        Show("Name", new[] { new Name("x"), null, new Name("a") });
        Show("Version2", new[] { new Version2(1, 2), new Version2(0, 9), new Version2(1, 2), new Version2(1, 0) });
        Show("Legacy", new[] { new Legacy(5), new Legacy(-2), new Legacy(5) });
        Show("Level", new[] { Level.High, Level.Low, Level.Mid, Level.Low });
        Show("DateTime", new[] { new DateTime(2020, 1, 2), new DateTime(2019, 5, 5), new DateTime(2020, 1, 2) });
        var plain = EqualityComparer<Plain>.Default;
        Console.WriteLine("Plain equal " + plain.Equals(new Plain { A = 1 }, new Plain { A = 1 }) + " " + plain.Equals(new Plain { A = 1 }, new Plain { A = 2 }) +
                          ", same hash " + (plain.GetHashCode(new Plain { A = 7 }) == plain.GetHashCode(new Plain { A = 7 })));
        try
        {
            Comparer<Plain>.Default.Compare(new Plain(), new Plain());
            Console.WriteLine("Plain compared");
        }
        catch (ArgumentException) { Console.WriteLine("Plain: ArgumentException"); }
        var byVersion = new Dictionary<Version2, string> { { new Version2(2, 1), "two-one" } };
        Console.WriteLine("lookup " + byVersion[new Version2(2, 1)] + ", nullable key count " + new Dictionary<int?, int> { { 1, 1 }, { 2, 2 } }.Count);
        var list = new List<int?> { 4, null, 2 };
        list.Sort();
        Console.WriteLine("List<int?> " + string.Join(",", list.Select(v => v.HasValue ? v.ToString() : "null")) + ", Contains null " + list.Contains(null) + ", IndexOf 2 " + list.IndexOf(2));
    }
}
