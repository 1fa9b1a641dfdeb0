// Self-checking: generic method type inference, overload resolution with generics, and constraints.
using System;
using System.Collections.Generic;

interface IShape { double Area(); string Name { get; } }
class Square : IShape { public double S; public Square(double s) { S = s; } public double Area() { return S * S; } public string Name { get { return "square"; } } }
class Circle : IShape { public double R; public Circle(double r) { R = r; } public double Area() { return 3 * R * R; } public string Name { get { return "circle"; } } }

class Node<T> where T : IComparable<T>
{
    public T Value; public Node<T> Left, Right;
    public Node(T v) { Value = v; }
    public void Insert(T v)
    {
        if (v.CompareTo(Value) < 0) { if (Left == null) Left = new Node<T>(v); else Left.Insert(v); }
        else { if (Right == null) Right = new Node<T>(v); else Right.Insert(v); }
    }
    public void InOrder(List<T> into)
    {
        if (Left != null) Left.InOrder(into);
        into.Add(Value);
        if (Right != null) Right.InOrder(into);
    }
}

class GenericInference
{
    static int failures;

    static void Check(string what, bool ok)
    {
        if (!ok) { Console.WriteLine("FAIL " + what); failures++; }
    }

    static T Max<T>(T a, T b) where T : IComparable<T> { return a.CompareTo(b) >= 0 ? a : b; }
    static T First<T>(T[] items) { return items[0]; }
    static TOut[] Map<TIn, TOut>(TIn[] items, Func<TIn, TOut> f)
    {
        TOut[] r = new TOut[items.Length];
        for (int i = 0; i < items.Length; i++) r[i] = f(items[i]);
        return r;
    }
    static TAcc Fold<T, TAcc>(IEnumerable<T> items, TAcc seed, Func<TAcc, T, TAcc> f)
    {
        TAcc acc = seed;
        foreach (T item in items) acc = f(acc, item);
        return acc;
    }
    static string Which<T>(T x) { return "generic"; }
    static string Which(int x) { return "int"; }
    static string Which(object x) { return "object"; }
    static T Make<T>() where T : new() { return new T(); }
    static bool IsDefault<T>(T x) { return EqualityComparer<T>.Default.Equals(x, default(T)); }
    static double TotalArea<T>(IEnumerable<T> shapes) where T : IShape
    {
        double total = 0;
        foreach (T s in shapes) total += s.Area();
        return total;
    }
    static string Kind<T>() where T : class { return "class"; }
    static string KindS<T>() where T : struct { return "struct"; }
    static void Swap<T>(ref T a, ref T b) { T t = a; a = b; b = t; }
    static KeyValuePair<K, V> Pair<K, V>(K k, V v) { return new KeyValuePair<K, V>(k, v); }

    class Widget { public int Id = 7; }

    static int Main()
    {
        Check("Max int", Max(3, 9) == 9);
        Check("Max string", Max("apple", "pear") == "pear");
        Check("Max double", Max(2.5, -1.0) == 2.5);
        Check("First inferred", First(new[] { "x", "y" }) == "x");
        string[] lens = Map(new[] { "a", "bbb", "cc" }, s => s.Length.ToString());
        Check("Map", string.Join(",", lens) == "1,3,2");
        int[] doubled = Map(new[] { 1, 2, 3 }, x => x * 2);
        Check("Map ints", doubled[2] == 6);
        Check("Fold sum", Fold(new List<int> { 1, 2, 3, 4 }, 0, (acc, x) => acc + x) == 10);
        Check("Fold concat", Fold(new[] { "a", "b" }, ">", (acc, x) => acc + x) == ">ab");

        Check("overload int exact", Which(5) == "int");
        Check("overload generic beats object for string", Which("s") == "generic");
        Check("overload explicit object", Which((object)5) == "object");
        Check("overload explicit type arg", Which<int>(5) == "generic");
        Check("overload long goes generic", Which(5L) == "generic");

        Check("new() constraint", Make<Widget>().Id == 7);
        Check("new() struct", Make<int>() == 0);
        Check("IsDefault", IsDefault(0) && !IsDefault(1) && IsDefault<string>(null) && !IsDefault("x"));
        Check("IsDefault struct", IsDefault(new KeyValuePair<int, int>()));

        var squares = new List<Square> { new Square(2), new Square(3) };
        Check("constrained interface calls", TotalArea(squares) == 13);
        var shapes = new IShape[] { new Square(1), new Circle(1) };
        Check("interface element type", TotalArea(shapes) == 4);
        Check("class constraint", Kind<string>() == "class");
        Check("struct constraint", KindS<int>() == "struct");

        int a = 1, b = 2;
        Swap(ref a, ref b);
        string sa = "l", sb = "r";
        Swap(ref sa, ref sb);
        Check("Swap", a == 2 && b == 1 && sa == "r" && sb == "l");

        var p = Pair("k", 3.5);
        Check("Pair inferred", p.Key == "k" && p.Value == 3.5);

        var root = new Node<int>(50);
        foreach (int v in new[] { 30, 70, 20, 40, 60, 80, 35 }) root.Insert(v);
        var sorted = new List<int>();
        root.InOrder(sorted);
        Check("BST in order", string.Join(" ", sorted) == "20 30 35 40 50 60 70 80");
        var sroot = new Node<string>("m");
        foreach (string v in new[] { "c", "x", "a" }) sroot.Insert(v);
        var ssorted = new List<string>();
        sroot.InOrder(ssorted);
        Check("BST strings", string.Join("", ssorted) == "acmx");

        Func<int, int, int> pick = Max;
        Check("method group with inference", pick(4, -4) == 4);

        if (failures == 0) { Console.WriteLine("PASS"); return 100; }
        return 1;
    }
}
