using System;
using System.Collections.Generic;

class Vector
{
    public double X { get; }
    public double Y { get; }
    public Vector(double x, double y) { X = x; Y = y; }
    public static Vector operator +(Vector a, Vector b) => new Vector(a.X + b.X, a.Y + b.Y);
    public static Vector operator *(Vector a, double k) => new Vector(a.X * k, a.Y * k);
    public static bool operator ==(Vector a, Vector b) => a.X == b.X && a.Y == b.Y;
    public static bool operator !=(Vector a, Vector b) => !(a == b);
    public override bool Equals(object o) => o is Vector v && v == this;
    public override int GetHashCode() => X.GetHashCode() ^ Y.GetHashCode();
    public override string ToString() => $"({X}, {Y})";
}

class Matrix
{
    private readonly int[,] cells = new int[3, 3];
    public int this[int r, int c] { get => cells[r, c]; set => cells[r, c] = value; }
    public int Trace => cells[0, 0] + cells[1, 1] + cells[2, 2];
}

static class Util
{
    public static int Sum(params int[] values) { int s = 0; foreach (var v in values) s += v; return s; }
    public static string Describe(string name, int age = 30, string city = "Oslo") => $"{name}/{age}/{city}";
    public static bool TryHalf(int n, out int half) { half = n / 2; return n % 2 == 0; }
    public static void Swap<T>(ref T a, ref T b) { T t = a; a = b; b = t; }
}

class ModernSyntax
{
    public string Name { get; set; } = "default";
    public List<int> Items { get; } = new List<int> { 1, 2, 3 };

    static void Main()
    {
        var v = new Vector(1, 2) + new Vector(3, 4) * 2;
        Console.WriteLine(v);
        Console.WriteLine(v == new Vector(7, 10));
        var m = new Matrix();
        m[0, 0] = 5; m[1, 1] = 6; m[2, 2] = 7;
        Console.WriteLine($"trace={m.Trace}, sum={Util.Sum(1, 2, 3, 4)}");
        Console.WriteLine(Util.Describe("Ann") + " " + Util.Describe("Bob", city: "Rome") + " " + Util.Describe("Cy", 9));
        if (Util.TryHalf(10, out int half)) Console.WriteLine("half " + half);
        int a = 1, b = 2;
        Util.Swap(ref a, ref b);
        Console.WriteLine($"{a} {b}");
        ModernSyntax s = new ModernSyntax();
        Console.WriteLine(s.Name + " " + s.Items.Count + " " + nameof(ModernSyntax.Items));
        ModernSyntax none = null;
        Console.WriteLine(none?.Name ?? "null name");
        Console.WriteLine(none?.Items?.Count ?? -1);
        object o = 42;
        if (o is int n && n > 40) Console.WriteLine("pattern " + n);
        string text = o.Classify();
        Console.WriteLine(text);
        var dict = new Dictionary<string, int> { ["one"] = 1, ["two"] = 2 };
        Console.WriteLine(dict["two"] + dict.Count);
        Func<int, int> square = x => x * x;
        Console.WriteLine(square(12));
        char c = 'x';
        Console.WriteLine($"{c}{(int)c:X}{1.5:F2}{-3,4}|");
    }
}

static class Extensions
{
    public static string Classify(this object o)
    {
        if (o is string) return "string " + o;
        if (o is int) return "int " + o;
        return "other";
    }
}
