// Self-checking: structs much larger than registers — passed and returned by value, stored in arrays, lists and
// dictionaries, boxed, compared with the default field-wise Equals (including reference fields), captured by
// lambdas, and mutated through ref parameters; lambdas inside struct methods work on a copy of this.
using System;
using System.Collections.Generic;

struct Big
{
    public long A, B, C, D, E, F, G, H;
    public string Name;
    public double Weight;
    public Big(long seed, string name)
    {
        A = seed; B = seed * 2; C = seed * 3; D = seed * 4; E = seed * 5; F = seed * 6; G = seed * 7; H = seed * 8;
        Name = name; Weight = seed / 2.0;
    }
    public long Sum() { return A + B + C + D + E + F + G + H; }
    public Big Scaled(long k) { Big r = this; r.A *= k; r.H *= k; r.Name = Name + "*" + k; return r; }
    public Func<long> SumLater() { Big self = this; return () => self.Sum(); }
    public void Bump() { A++; H++; }
}

struct Wrapper { public Big Inner; public int Tag; }

class LargeStructs
{
    static int failures;

    static void Check(string what, string got, string expected)
    {
        if (got != expected) { Console.WriteLine("FAIL " + what + ": got " + got + ", expected " + expected); failures++; }
    }

    static Big Pass(Big b) { b.A = -1; return b; }
    static void Mutate(ref Big b) { b.B = 1000; b.Name = "mutated"; }
    static Big Pick(bool first, Big x, Big y) { return first ? x : y; }
    static T Identity<T>(T value) { return value; }

    static int Main()
    {
        var b = new Big(1, "one");
        Check("sum", b.Sum().ToString(), "36");
        Big copy = Pass(b);
        Check("by value in, by value out", b.A + "," + copy.A + "," + copy.H, "1,-1,8");
        Mutate(ref b);
        Check("by ref", b.B + b.Name, "1000mutated");
        Check("method returning modified copy", b.Scaled(10).A + "," + b.Scaled(10).Name + "," + b.A, "10,mutated*10,1");
        Check("select between two", Pick(false, new Big(2, "two"), new Big(3, "three")).Name, "three");
        Check("generic identity", Identity(new Big(4, "four")).Sum().ToString(), "144");

        var arr = new Big[3];
        for (int i = 0; i < arr.Length; i++) arr[i] = new Big(i + 1, "e" + i);
        arr[1].Bump();
        Check("array element in place", arr[1].A + "," + arr[1].H + "," + arr[1].Sum(), "3,17,74");
        var list = new List<Big>(arr);
        var fromList = list[2];
        fromList.Bump();
        Check("list returns copies", list[2].A + "," + fromList.A, "3,4");
        list[2] = fromList;
        Check("list set", list[2].A.ToString(), "4");

        var dict = new Dictionary<string, Big>();
        foreach (var e in arr) dict[e.Name] = e;
        Check("dictionary of big structs", dict["e1"].Sum() + "," + dict.Count, "74,3");

        object boxed = arr[0];
        arr[0].A = 99;
        Check("box is a snapshot", ((Big)boxed).A + "," + arr[0].A, "1,99");
        Check("default Equals field-wise", new Big(5, "x").Equals(new Big(5, "x")).ToString(), "True");
        Check("default Equals string field by value", new Big(5, "x").Equals(new Big(5, new string('x', 1))).ToString(), "True");
        Check("default Equals differs", new Big(5, "x").Equals(new Big(5, "y")).ToString() + new Big(5, "x").Equals(new Big(6, "x")), "FalseFalse");
        Check("hash consistent", (new Big(5, "x").GetHashCode() == new Big(5, "x").GetHashCode()).ToString(), "True");

        // lambda inside a struct method captures a copy of this
        var s = new Big(1, "s");
        Func<long> later = s.SumLater();
        s.A = 1000;
        Check("struct lambda captured copy of this", later().ToString(), "36");
        Big captured = new Big(2, "c");
        Func<long> outer = () => captured.Sum();
        captured.A = 100;
        Check("lambda capturing a local struct sees changes", outer().ToString(), "170");

        var w = new Wrapper { Inner = new Big(1, "in"), Tag = 7 };
        var w2 = w;
        w2.Inner.Bump();
        Check("nested big struct copy", w.Inner.A + "," + w2.Inner.A + "," + w2.Tag, "1,2,7");
        Wrapper[] ws = new Wrapper[2];
        ws[1].Inner.Name = "deep";
        ws[1].Inner.Bump();
        Check("nested struct in array", ws[1].Inner.Name + ws[1].Inner.A, "deep1");

        if (failures == 0) { Console.WriteLine("PASS"); return 100; }
        return 1;
    }
}
