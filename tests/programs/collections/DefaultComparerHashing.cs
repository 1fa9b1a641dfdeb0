// Dictionary and HashSet with the default comparer called inline (DefaultOperations): ints with regular keys
// (multiples of 512 and 1024), enums over byte, long and uint, structs with IEquatable, classes with only
// Equals(object), null items, NaN keys, explicit default and custom comparers, insertion order after removals.
using System;
using System.Collections.Generic;
enum Small : byte { A, B, C }
enum Big : long { X = 1L << 40, Y = -5 }
enum U : uint { P = 1, Q = 0xFFFFFFF0 }
struct P : IEquatable<P> { public int X; public bool Equals(P o) { Console.Write("E"); return X == o.X; } public override int GetHashCode() { return X & 3; } }
class Box { public int V; public override bool Equals(object o) { return o is Box && ((Box)o).V == V; } public override int GetHashCode() { return V % 5; } }
class C
{
    static void Main()
    {
        var h = new HashSet<int>();
        for (int i = 0; i < 5000; i++) h.Add(i * 1024);
        int hits = 0;
        for (int i = 0; i < 10240; i++) if (h.Contains(i * 512)) hits++;
        Console.WriteLine(hits + " " + h.Count + " " + (h.Comparer == EqualityComparer<int>.Default));
        var d = new Dictionary<Small, string> { { Small.A, "a" }, { Small.C, "c" } };
        Console.WriteLine(d[Small.C] + d.ContainsKey(Small.B));
        var b = new Dictionary<Big, int> { { Big.X, 1 }, { Big.Y, 2 } };
        Console.WriteLine(b[Big.Y] + " " + b.ContainsKey((Big)5));
        var u = new HashSet<U> { U.P, U.Q };
        Console.WriteLine(u.Contains(U.Q) + " " + u.Contains((U)7));
        var p = new Dictionary<P, int>();
        for (int i = 0; i < 6; i++) p[new P { X = i }] = i;
        Console.WriteLine();
        Console.WriteLine(p[new P { X = 4 }]);
        var bx = new HashSet<Box>();
        for (int i = 0; i < 20; i++) bx.Add(new Box { V = i % 12 });
        Console.WriteLine(bx.Count + " " + bx.Contains(new Box { V = 11 }) + " " + bx.Contains(null));
        bx.Add(null);
        Console.WriteLine(bx.Count + " " + bx.Contains(null));
        var s = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase) { { "Ab", 1 } };
        Console.WriteLine(s["aB"]);
        var s2 = new Dictionary<string, int>(EqualityComparer<string>.Default) { { "Ab", 1 } };
        Console.WriteLine(s2.ContainsKey("ab") + " " + s2.ContainsKey("Ab") + " " + (s2.Comparer == EqualityComparer<string>.Default));
        try { s2[null] = 1; } catch (ArgumentNullException e) { Console.WriteLine("ANE " + e.ParamName); }
        try { s2.ContainsKey(null); } catch (ArgumentNullException e) { Console.WriteLine("ANE " + e.ParamName); }
        var dd = new Dictionary<double, int> { { double.NaN, 1 }, { 0.0, 2 } };
        Console.WriteLine(dd[double.NaN] + " " + dd[-0.0]);
        var hs = new HashSet<string> { "x", null, "y" };
        var other = new HashSet<string>(hs);
        other.IntersectWith(new[] { "x", null });
        Console.WriteLine(other.Count + " " + other.SetEquals(new HashSet<string> { null, "x" }));
        var keys = new List<int>();
        var order = new Dictionary<int, int>();
        for (int i = 0; i < 100; i++) order[(i * 37) % 101] = i;
        for (int i = 0; i < 100; i += 3) order.Remove((i * 37) % 101);
        for (int i = 0; i < 10; i++) order[1000 + i] = i;
        foreach (var kv in order) keys.Add(kv.Key);
        Console.WriteLine(string.Join(",", keys));
    }
}
