// Object and collection initializers, nested initializers, index initializers, auto-properties with
// initializers, anonymous types (ToString and Equals), and the evaluation order of initializer members.
using System;
using System.Collections.Generic;

class Address { public string City { get; set; } public string Zip { get; set; } public override string ToString() { return City + "/" + Zip; } }

class Customer
{
    public string Name { get; set; }
    public int Level { get; set; } = 1;
    public Address Home { get; } = new Address();
    public List<string> Tags { get; } = new List<string> { "new" };
    public Dictionary<string, int> Scores { get; set; }
    public override string ToString()
    {
        return Name + " L" + Level + " @" + Home + " [" + string.Join(",", Tags) + "]" + (Scores == null ? "" : " scores=" + Scores.Count);
    }
}

class Logged
{
    public static List<string> Log = new List<string>();
    int a, b;
    public int A { get { return a; } set { Log.Add("A=" + value); a = value; } }
    public int B { get { return b; } set { Log.Add("B=" + value); b = value; } }
    public Logged() { Log.Add("ctor"); }
}

class ObjectInitializers
{
    static int counter;
    static int Next() { return ++counter; }

    static void Main()
    {
        var c = new Customer { Name = "Ada", Level = 3 };
        Console.WriteLine(c);
        var d = new Customer { Name = "Bob", Home = { City = "Oslo", Zip = "0150" }, Tags = { "vip", "eu" } };
        Console.WriteLine(d);
        var e = new Customer { Name = "Cy", Scores = new Dictionary<string, int> { { "math", 90 }, { "art", 75 } } };
        Console.WriteLine(e + " math=" + e.Scores["math"]);
        var f = new Customer { Name = "Di", Scores = new Dictionary<string, int> { ["x"] = 1, ["y"] = 2, ["x"] = 3 } };
        Console.WriteLine(f + " x=" + f.Scores["x"]);

        var l = new Logged { B = Next(), A = Next() };
        Console.WriteLine(string.Join(" ", Logged.Log) + " -> " + l.A + "," + l.B);

        var list = new List<int> { 1, 2, 3 };
        var nested = new List<List<int>> { new List<int> { 1 }, new List<int>(), new List<int> { 2, 3 } };
        Console.WriteLine(list.Count + " " + nested.Count + " " + nested[2][1]);
        int[] arr = { 5, 6, 7 };
        int[,] grid = { { 1, 2 }, { 3, 4 } };
        string[] words = new[] { "x", "y" };
        Console.WriteLine(arr[2] + grid[1, 0] + words[1]);

        var anon = new { Name = "point", X = 3, Y = 4 };
        var same = new { Name = "point", X = 3, Y = 4 };
        var other = new { Name = "point", X = 3, Y = 5 };
        Console.WriteLine(anon);
        Console.WriteLine(anon.Equals(same) + " " + anon.Equals(other) + " " + (anon.GetHashCode() == same.GetHashCode()));
        Console.WriteLine(anon.X * anon.Y + " " + anon.Name.ToUpper());
        var items = new[] { new { K = "a", V = 1 }, new { K = "b", V = 2 } };
        int total = 0;
        foreach (var it in items) total += it.V;
        Console.WriteLine(items[1].K + total);
        var empty = new { };
        Console.WriteLine("[" + empty + "]");
    }
}
