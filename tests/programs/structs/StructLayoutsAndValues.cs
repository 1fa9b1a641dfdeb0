// Structs of many shapes: mixed-size fields, nested structs, structs holding references, generic structs,
// readonly structs with methods, default constructors, struct arrays sorted in place, and struct equality.
using System;
using System.Collections.Generic;

struct Mixed { public byte B; public long L; public short S; public double D; public char C; public bool F; }
struct WithRef { public string Name; public int[] Data; public Mixed Inner; }
struct Pair<A, B> { public A First; public B Second; public Pair(A a, B b) { First = a; Second = b; } public override string ToString() { return "<" + First + "," + Second + ">"; } }
struct Money : IComparable<Money>
{
    public readonly long Cents;
    public Money(long cents) { Cents = cents; }
    public Money Add(Money o) { return new Money(Cents + o.Cents); }
    public int CompareTo(Money o) { return Cents.CompareTo(o.Cents); }
    public override string ToString() { return (Cents < 0 ? "-" : "") + "$" + Math.Abs(Cents) / 100 + "." + (Math.Abs(Cents) % 100).ToString("D2"); }
}
struct Vec3
{
    public float X, Y, Z;
    public Vec3(float x, float y, float z) { X = x; Y = y; Z = z; }
    public static Vec3 operator +(Vec3 a, Vec3 b) { return new Vec3(a.X + b.X, a.Y + b.Y, a.Z + b.Z); }
    public static Vec3 operator *(Vec3 a, float k) { return new Vec3(a.X * k, a.Y * k, a.Z * k); }
    public float Dot(Vec3 o) { return X * o.X + Y * o.Y + Z * o.Z; }
    public Vec3 Cross(Vec3 o) { return new Vec3(Y * o.Z - Z * o.Y, Z * o.X - X * o.Z, X * o.Y - Y * o.X); }
    public override string ToString() { return "(" + X + ", " + Y + ", " + Z + ")"; }
}

class StructLayoutsAndValues
{
    static Mixed Make(int i)
    {
        return new Mixed { B = (byte)(i * 40), L = (long)i << 40, S = (short)(-i), D = i / 4.0, C = (char)('a' + i), F = i % 2 == 0 };
    }

    static string Show(Mixed m) { return m.B + "/" + m.L + "/" + m.S + "/" + m.D + "/" + m.C + "/" + m.F; }

    static void Main()
    {
        var arr = new Mixed[4];
        for (int i = 0; i < arr.Length; i++) arr[i] = Make(i + 1);
        foreach (var m in arr) Console.WriteLine(Show(m));
        Mixed def = new Mixed();
        Console.WriteLine("default: " + Show(def).Replace("\0", "\\0"));

        var w = new WithRef { Name = "w", Data = new[] { 1, 2 }, Inner = Make(5) };
        var w2 = w;
        w2.Name = "w2";
        w2.Data[0] = 100;
        w2.Inner.S = 99;
        Console.WriteLine(w.Name + " " + w.Data[0] + " " + w.Inner.S + " | " + w2.Name + " " + w2.Data[0] + " " + w2.Inner.S);

        var pairs = new List<Pair<string, int>> { new Pair<string, int>("b", 2), new Pair<string, int>("a", 1), new Pair<string, int>("c", 3) };
        pairs.Sort((x, y) => string.CompareOrdinal(x.First, y.First));
        Console.WriteLine(string.Join(" ", pairs));
        var nestedPair = new Pair<Pair<int, int>, Pair<char, bool>>(new Pair<int, int>(1, 2), new Pair<char, bool>('x', true));
        Console.WriteLine(nestedPair);

        var wallet = new[] { new Money(1999), new Money(-250), new Money(5), new Money(100000) };
        Array.Sort(wallet);
        Money total = new Money(0);
        foreach (var m in wallet) total = total.Add(m);
        Console.WriteLine(string.Join(" ", wallet) + " total " + total);

        var a = new Vec3(1, 0, 0);
        var b = new Vec3(0, 1, 0);
        Console.WriteLine("cross " + a.Cross(b) + " dot " + a.Dot(b) + " sum " + (a + b) * 2.5f);
        Vec3[] pts = new Vec3[3];
        pts[1].Y = 4;
        pts[2] = pts[1] + new Vec3(1, 1, 1);
        Console.WriteLine(pts[0] + " " + pts[1] + " " + pts[2]);

        object boxed = new Pair<int, string>(1, "one");
        var unboxed = (Pair<int, string>)boxed;
        Console.WriteLine(unboxed.Second + " " + boxed.Equals(new Pair<int, string>(1, "one")) + " " + boxed.Equals(new Pair<int, string>(2, "one")));
        var dict = new Dictionary<Pair<int, int>, string>();
        dict[new Pair<int, int>(1, 2)] = "a";
        dict[new Pair<int, int>(1, 2)] = "b";
        Console.WriteLine(dict.Count + " " + dict[new Pair<int, int>(1, 2)]);
    }
}
