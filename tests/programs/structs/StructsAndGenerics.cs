// Struct-heavy code: structs implementing generic interfaces, constrained generic algorithms over them, boxing
// copies, mutation through interfaces, static generic caches and nested generic types.
using System;
using System.Collections.Generic;

interface IShape { double Area(); string Name { get; } }
interface IScalable<T> { T Scale(double factor); }
interface ICounter { int Count { get; } void Increment(); }

struct Rect : IShape, IScalable<Rect>, IEquatable<Rect>, IComparable<Rect>
{
    public double W, H;
    public Rect(double w, double h) { W = w; H = h; }
    public double Area() { return W * H; }
    public string Name { get { return "Rect(" + W + "x" + H + ")"; } }
    public Rect Scale(double f) { return new Rect(W * f, H * f); }
    public bool Equals(Rect o) { return W == o.W && H == o.H; }
    public override bool Equals(object o) { return o is Rect && Equals((Rect)o); }
    public override int GetHashCode() { return W.GetHashCode() ^ (H.GetHashCode() * 31); }
    public int CompareTo(Rect o) { return Area().CompareTo(o.Area()); }
}

struct Circle : IShape, IScalable<Circle>
{
    public double R;
    public Circle(double r) { R = r; }
    public double Area() { return 3 * R * R; }
    public string Name { get { return "Circle(" + R + ")"; } }
    public Circle Scale(double f) { return new Circle(R * f); }
}

struct Counter : ICounter
{
    int count;
    public int Count { get { return count; } }
    public void Increment() { count++; }
}

struct Pair<TFirst, TSecond>
{
    public TFirst First;
    public TSecond Second;
    public Pair(TFirst a, TSecond b) { First = a; Second = b; }
    public Pair<TSecond, TFirst> Swap() { return new Pair<TSecond, TFirst>(Second, First); }
    public override string ToString() { return "(" + First + ", " + Second + ")"; }
}

static class TypeCache<T>
{
    public static int Hits;
    public static readonly string Label = Make();
    // an explicit static constructor makes initialization precise: at the first access, not at some earlier time
    static TypeCache() { }
    static string Make() { Console.WriteLine("  init cache for " + typeof(T).Name); return "<" + typeof(T).Name + ">"; }
}

static class Algorithms
{
    public static T Max<T>(IList<T> items) where T : IComparable<T>
    {
        T best = items[0];
        for (int i = 1; i < items.Count; i++) if (items[i].CompareTo(best) > 0) best = items[i];
        return best;
    }

    public static double TotalArea<T>(T[] shapes) where T : struct, IShape
    {
        double sum = 0;
        foreach (T s in shapes) sum += s.Area();
        return sum;
    }

    public static T Grow<T>(T shape, int times) where T : IScalable<T>
    {
        for (int i = 0; i < times; i++) shape = shape.Scale(2);
        return shape;
    }

    public static void Bump<T>(ref T counter) where T : ICounter { counter.Increment(); }
    public static void BumpCopy<T>(T counter) where T : ICounter { counter.Increment(); }

    public static string Describe<T>(T value)
    {
        TypeCache<T>.Hits++;
        return TypeCache<T>.Label + value;
    }

    public static T DefaultOf<T>() { return default(T); }
}

class StructsAndGenerics
{
    static int Main()
    {
        var rects = new List<Rect> { new Rect(2, 3), new Rect(1, 10), new Rect(4, 1) };
        Console.WriteLine("max rect " + Algorithms.Max(rects).Name);
        Console.WriteLine("max int " + Algorithms.Max(new[] { 3, 9, -2 }) + " max string " + Algorithms.Max(new List<string> { "pear", "apple", "zucchini" }));
        Console.WriteLine("areas " + Algorithms.TotalArea(rects.ToArray()) + " " + Algorithms.TotalArea(new[] { new Circle(1), new Circle(2) }));
        Console.WriteLine("grow " + Algorithms.Grow(new Rect(1, 2), 3).Name + " " + Algorithms.Grow(new Circle(1.5), 2).Name);

        Counter c = new Counter();
        Algorithms.Bump(ref c);
        Algorithms.Bump(ref c);
        Algorithms.BumpCopy(c);
        Console.WriteLine("counter " + c.Count);
        ICounter boxed = c;
        boxed.Increment();
        boxed.Increment();
        Console.WriteLine("boxed " + boxed.Count + " original " + c.Count);
        Counter unboxed = (Counter)boxed;
        unboxed.Increment();
        Console.WriteLine("unboxed " + unboxed.Count + " boxed still " + boxed.Count);

        Counter[] counters = new Counter[3];
        counters[1].Increment();
        foreach (Counter k in counters) k.Increment();
        Console.WriteLine("array " + counters[0].Count + counters[1].Count + counters[2].Count);
        var list = new List<Counter> { new Counter() };
        Counter fromList = list[0];
        fromList.Increment();
        Console.WriteLine("list copy " + list[0].Count + " " + fromList.Count);

        IShape[] shapes = { new Rect(1, 1), new Circle(1), new Rect(2, 2) };
        foreach (IShape s in shapes) Console.Write(s.Name + "=" + s.Area() + " ");
        Console.WriteLine();

        var set = new HashSet<Rect> { new Rect(1, 2), new Rect(1, 2), new Rect(2, 1) };
        Console.WriteLine("set " + set.Count + " contains " + set.Contains(new Rect(2, 1)));
        var dict = new Dictionary<Rect, string>();
        dict[new Rect(3, 3)] = "square";
        Console.WriteLine("dict " + dict[new Rect(3, 3)] + " " + dict.ContainsKey(new Rect(3, 4)));
        rects.Sort();
        foreach (Rect r in rects) Console.Write(r.Area() + " ");
        Console.WriteLine();

        var p = new Pair<int, string>(7, "seven");
        Pair<string, int> q = p.Swap();
        var nested = new Pair<Pair<int, string>, List<Pair<char, bool>>>(p, new List<Pair<char, bool>> { new Pair<char, bool>('x', true) });
        Console.WriteLine(p + " " + q + " " + nested.First.Second.Length + " " + nested.Second[0]);

        Console.WriteLine(Algorithms.Describe(5) + " " + Algorithms.Describe(6) + " " + Algorithms.Describe("s") + " " + Algorithms.Describe(new Rect(1, 1).Area()));
        Console.WriteLine("hits " + TypeCache<int>.Hits + " " + TypeCache<string>.Hits + " " + TypeCache<double>.Hits + " " + TypeCache<long>.Hits);
        Console.WriteLine("defaults [" + Algorithms.DefaultOf<int>() + "][" + Algorithms.DefaultOf<string>() + "][" + Algorithms.DefaultOf<Rect>().Area() + "][" + Algorithms.DefaultOf<Pair<int, int>>() + "]");
        Rect? maybe = null;
        Console.WriteLine("nullable struct " + maybe.HasValue + " " + (maybe ?? new Rect(5, 5)).Area() + " " + maybe.GetValueOrDefault().W);
        maybe = new Rect(2, 2);
        Console.WriteLine("nullable set " + maybe.Value.Name + " " + maybe.Equals(new Rect(2, 2)) + " " + maybe.Value.Equals(new Rect(2, 3)));
        return 100;
    }
}
