// Member access through dynamic receivers: fields and properties (instance, inherited, static through a dynamic
// value on the right), get, set with the value converted to the member's type, compound assignment (+=, ++ on a
// property), arrays' Length, and indexers: arrays (one and two dimensions), List<T>, Dictionary<K,V>, a class's own
// indexer with two overloads, string characters.
using System;
using System.Collections.Generic;

class Point
{
    public int X;
    public int Y { get; set; }
    public double Scale = 1;
    private readonly Dictionary<string, int> _tags = new Dictionary<string, int>();
    public int this[string tag]
    {
        get { int v; return _tags.TryGetValue(tag, out v) ? v : -1; }
        set { _tags[tag] = value; }
    }
    public string this[int a, int b] { get { return "pair " + a + "," + b; } }
    public override string ToString() { return "(" + X + ", " + Y + ") x" + Scale; }
}

class Point3 : Point
{
    public int Z { get; set; }
}

static class Settings
{
    public static int Level = 3;
    public static string Name { get; set; }
}

class Program
{
    static void Main()
    {
        dynamic p = new Point3();
        p.X = 4;
        p.Y = 5;
        p.Z = 6;
        p.Scale = 2; // int converted to double
        Console.WriteLine(p.X + p.Y + p.Z);
        Console.WriteLine(p.ToString());
        p.X += 10;
        p.Y *= 3;
        p.Y++;
        ++p.Z;
        p.Scale /= 4;
        Console.WriteLine(p);
        Console.WriteLine(p.Scale.GetType().Name);

        dynamic level = 7;
        Settings.Level = level;
        Settings.Name = (dynamic)"fast";
        Console.WriteLine(Settings.Level + " " + Settings.Name);

        dynamic numbers = new[] { 10, 20, 30 };
        Console.WriteLine(numbers.Length);
        Console.WriteLine(numbers[1]);
        numbers[2] = 33;
        numbers[0] += 1;
        dynamic index = 2L; // converted to the index type
        Console.WriteLine(numbers[0] + " " + numbers[index]);

        dynamic grid = new int[2, 3];
        grid[1, 2] = 12;
        Console.WriteLine(grid[1, 2] + " " + grid.Length + " " + grid.Rank);

        dynamic list = new List<string> { "a", "b" };
        list[1] = "B";
        list.Add("c");
        Console.WriteLine(list[0] + list[1] + list[2] + " " + list.Count);

        dynamic map = new Dictionary<string, int>();
        map["one"] = 1;
        map["two"] = 2;
        map["one"] += 10;
        Console.WriteLine(map["one"] + " " + map["two"] + " " + map.Count + " " + map.ContainsKey("two"));

        dynamic q = new Point();
        q["red"] = 5;
        q["red"] += 1;
        Console.WriteLine(q["red"] + " " + q["blue"] + " " + q[3, 4]);

        dynamic text = "dynamic";
        Console.WriteLine(text[2] + " " + text.Length + " " + text.ToUpper());
    }
}
