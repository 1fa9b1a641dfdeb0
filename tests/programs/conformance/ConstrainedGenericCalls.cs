// Self-checking: calls on values of generic type T — interface methods, ToString/Equals/GetHashCode, mutation
// through ref T, default(T), T compared with null, and constrained calls on structs vs classes.
using System;
using System.Collections.Generic;

interface ICounter { int Next(); int Value { get; } }

struct StructCounter : ICounter
{
    int n;
    public int Next() { return ++n; }
    public int Value { get { return n; } }
    public override string ToString() { return "S" + n; }
}

class ClassCounter : ICounter
{
    int n;
    public int Next() { return ++n; }
    public int Value { get { return n; } }
    public override string ToString() { return "C" + n; }
}

struct NoOverrides { public int X; }

class ConstrainedGenericCalls
{
    static int failures;

    static void Check(string what, string got, string expected)
    {
        if (got != expected) { Console.WriteLine("FAIL " + what + ": got " + got + ", expected " + expected); failures++; }
    }

    static int BumpCopy<T>(T c) where T : ICounter { c.Next(); return c.Next(); }
    static int BumpRef<T>(ref T c) where T : ICounter { c.Next(); return c.Next(); }
    static string Describe<T>(T value) { return value.ToString() + "/" + value.GetType().Name; }
    static bool Same<T>(T a, T b) { return a.Equals(b); }
    static int Hash<T>(T value) { return value.GetHashCode(); }
    static bool IsNull<T>(T value) { return value == null; }
    static T Default<T>() { return default(T); }
    static string ViaInterface(ICounter c) { c.Next(); return c.ToString(); }
    static T[] Fill<T>(int n) where T : ICounter, new()
    {
        var arr = new T[n];
        for (int i = 0; i < n; i++) { arr[i] = new T(); for (int k = 0; k <= i; k++) arr[i].Next(); }
        return arr;
    }
    static int Sum<T>(List<T> items) where T : ICounter { int s = 0; foreach (T item in items) s += item.Value; return s; }

    static int Main()
    {
        var s = new StructCounter();
        Check("struct by value", BumpCopy(s) + "," + s.Value, "2,0");
        Check("struct by ref", BumpRef(ref s) + "," + s.Value, "2,2");
        var c = new ClassCounter();
        Check("class by value shares", BumpCopy(c) + "," + c.Value, "2,2");
        Check("class by ref", BumpRef(ref c) + "," + c.Value, "4,4");

        Check("ToString struct override", Describe(s), "S2/StructCounter");
        Check("ToString class override", Describe(c), "C4/ClassCounter");
        Check("ToString int", Describe(42), "42/Int32");
        Check("ToString struct without override", Describe(new NoOverrides()), "NoOverrides/NoOverrides");
        Check("Equals struct default", Same(new NoOverrides { X = 1 }, new NoOverrides { X = 1 }).ToString(), "True");
        Check("Equals struct differs", Same(new NoOverrides { X = 1 }, new NoOverrides { X = 2 }).ToString(), "False");
        Check("Equals class identity", Same(new ClassCounter(), new ClassCounter()).ToString(), "False");
        Check("Equals ints", Same(3, 3).ToString() + Same(3, 4), "TrueFalse");
        Check("Equals strings", Same("ab", "a" + "b").ToString(), "True");
        Check("GetHashCode int", Hash(12345).ToString(), "12345");
        Check("GetHashCode equal structs", (Hash(new NoOverrides { X = 9 }) == Hash(new NoOverrides { X = 9 })).ToString(), "True");

        Check("null test on struct is false", IsNull(5).ToString() + IsNull(new NoOverrides()), "FalseFalse");
        Check("null test on class", IsNull<string>(null).ToString() + IsNull("x"), "TrueFalse");
        Check("null test on nullable", IsNull<int?>(null).ToString() + IsNull<int?>(1), "TrueFalse");
        Check("default values", Default<int>() + "|" + (Default<string>() == null) + "|" + Default<NoOverrides>().X + "|" + Default<double>(), "0|True|0|0");

        Check("interface call boxes a copy", ViaInterface(s) + "," + s.Value, "S3,2");
        StructCounter[] filled = Fill<StructCounter>(3);
        Check("new T() structs", filled[0].Value + "," + filled[2].Value, "1,3");
        ClassCounter[] filledC = Fill<ClassCounter>(2);
        Check("new T() classes", filledC[1].ToString(), "C2");
        var list = new List<StructCounter>(filled);
        Check("constrained in foreach", Sum(list).ToString(), "6");

        // mutating a struct element of a generic array through a generic ref
        BumpRef(ref filled[0]);
        Check("ref to generic array element", filled[0].Value.ToString(), "3");
        // List<T> indexer returns a copy: mutation does not stick
        var copyOut = list[0];
        copyOut.Next();
        Check("List element copy", list[0].Value + "," + copyOut.Value, "1,2");

        if (failures == 0) { Console.WriteLine("PASS"); return 100; }
        return 1;
    }
}
