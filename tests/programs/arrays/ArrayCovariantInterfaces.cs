// expect-stdout-file: ArrayCovariantInterfaces.out
// Arrays seen through the generic collection interfaces with another element type (ECMA-335 I.8.7.1, II.14.1):
// Derived[] and I[] are IEnumerable<Base>, IList<Base>, ICollection<Base>, IReadOnlyList<Base>,
// IReadOnlyCollection<Base> (and object); value-type arrays are not covariant, but arrays of integers of one size
// alias each other (int[] is a uint[] and an IList<uint>, an int-based enum's array an int[]). Casts, `is`/`as`,
// and calls through those views, including stores that must fail with ArrayTypeMismatchException.
// (Mono 6.8 says an int[] is not an IReadOnlyList<Color> although it is an IList<uint> and a Color[]; .NET decides
// every array interface by the element rule, hence the expected-output file.)
using System;
using System.Collections;
using System.Collections.Generic;

interface IShape { string Name { get; } }
interface IRound : IShape { double Radius { get; } }

class Shape : IShape
{
    public string Name { get; set; }
    public override string ToString() { return "Shape(" + Name + ")"; }
}

class Circle : Shape, IRound
{
    public double Radius { get; set; }
    public override string ToString() { return "Circle(" + Name + "," + Radius + ")"; }
}

class Square : Shape
{
    public override string ToString() { return "Square(" + Name + ")"; }
}

class Keyed : IEquatable<Keyed>
{
    public int Key;
    public bool Equals(Keyed other) { return other != null && other.Key == Key; }
    public override bool Equals(object o) { return Equals(o as Keyed); }
    public override int GetHashCode() { return Key; }
}

class SubKeyed : Keyed { }

enum Color { Red, Green, Blue }
enum Small : byte { A, B }
enum Wide : long { X = 1L << 40 }

class ArrayCovariantInterfaces
{
    static void Is(string what, bool value) { Console.WriteLine(what + ": " + value); }

    static void Interfaces(string label, object array)
    {
        Console.WriteLine("-- " + label);
        Is("IEnumerable<Shape>", array is IEnumerable<Shape>);
        Is("IList<Shape>", array is IList<Shape>);
        Is("ICollection<Shape>", array is ICollection<Shape>);
        Is("IReadOnlyList<Shape>", array is IReadOnlyList<Shape>);
        Is("IReadOnlyCollection<Shape>", array is IReadOnlyCollection<Shape>);
        Is("IList<IShape>", array is IList<IShape>);
        Is("ICollection<IRound>", array is ICollection<IRound>);
        Is("IList<object>", array is IList<object>);
        Is("IReadOnlyList<object>", array is IReadOnlyList<object>);
        Is("IList<Circle>", array is IList<Circle>);
        Is("IList<string>", array is IList<string>);
        Is("Shape[]", array is Shape[]);
        Is("IShape[]", array is IShape[]);
        Is("object[]", array is object[]);
        Is("Circle[]", array is Circle[]);
        Console.WriteLine("as IList<Shape> " + ((array as IList<Shape>) == null ? "null" : "ok")
            + ", as IList<Square> " + ((array as IList<Square>) == null ? "null" : "ok"));
    }

    static void Calls(IList<Shape> list)
    {
        Console.WriteLine("Count " + list.Count + ", IsReadOnly " + list.IsReadOnly + ", [0] " + list[0]);
        Console.WriteLine("IndexOf(last) " + list.IndexOf(list[list.Count - 1]) + ", IndexOf(new) " + list.IndexOf(new Shape { Name = "new" })
            + ", Contains(first) " + list.Contains(list[0]) + ", Contains(null) " + list.Contains(null));
        var copy = new Shape[list.Count + 1];
        list.CopyTo(copy, 1);
        Console.WriteLine("CopyTo: " + string.Join(", ", (object[])copy));
        foreach (Shape s in list) { Console.Write(s.Name + " "); }
        Console.WriteLine();
        IEnumerator e = ((IEnumerable)list).GetEnumerator();
        while (e.MoveNext()) { Console.Write(e.Current + " "); }
        Console.WriteLine();
        try { list[0] = new Square { Name = "sq" }; Console.WriteLine("stored a Square: " + list[0]); }
        catch (ArrayTypeMismatchException) { Console.WriteLine("ArrayTypeMismatchException storing a Square"); }
        try { list[0] = list[list.Count - 1]; Console.WriteLine("stored an element: " + list[0]); }
        catch (ArrayTypeMismatchException) { Console.WriteLine("ArrayTypeMismatchException storing an element"); }
        try { list.Add(new Shape()); }
        catch (NotSupportedException) { Console.WriteLine("Add: NotSupportedException"); }
        try { Console.WriteLine(list[list.Count]); }
        catch (ArgumentOutOfRangeException) { Console.WriteLine("[Count]: ArgumentOutOfRangeException"); }
        IReadOnlyList<IShape> ro = (IReadOnlyList<IShape>)list;
        Console.WriteLine("IReadOnlyList<IShape> " + ro.Count + " " + ro[ro.Count - 1].Name);
        ICollection<object> objects = (ICollection<object>)list;
        Console.WriteLine("ICollection<object> " + objects.Count + " contains [0] " + objects.Contains(list[0]));
    }

    static void ValueArrays()
    {
        Console.WriteLine("-- value-type arrays");
        object ints = new int[] { -1, 2 };
        Is("int[] is IEnumerable<object>", ints is IEnumerable<object>);
        Is("int[] is object[]", ints is object[]);
        Is("int[] is uint[]", ints is uint[]);
        Is("int[] is long[]", ints is long[]);
        Is("int[] is float[]", ints is float[]);
        Is("int[] is Color[]", ints is Color[]);
        Is("int[] is IList<uint>", ints is IList<uint>);
        Is("int[] is IReadOnlyList<Color>", ints is IReadOnlyList<Color>);
        Is("int[] is IList<long>", ints is IList<long>);
        Is("int[] is IList<object>", ints is IList<object>);
        Is("int[] is IList<int?>", ints is IList<int?>);
        uint[] asUnsigned = (uint[])ints;
        Console.WriteLine("(uint[])int[] " + asUnsigned[0] + " " + asUnsigned[1] + " " + asUnsigned.GetType().Name);
        IList<uint> unsignedList = (IList<uint>)ints;
        Console.WriteLine("IList<uint> [0] " + unsignedList[0] + ", IndexOf(2) " + unsignedList.IndexOf(2) + ", Contains(uint.MaxValue) " + unsignedList.Contains(uint.MaxValue));
        object colors = new Color[] { Color.Blue };
        Is("Color[] is int[]", colors is int[]);
        Is("Color[] is uint[]", colors is uint[]);
        Is("Color[] is IList<int>", colors is IList<int>);
        Is("Color[] is byte[]", colors is byte[]);
        Console.WriteLine("((int[])Color[])[0] " + ((int[])colors)[0]);
        object bytes = new byte[] { 200 };
        Is("byte[] is sbyte[]", bytes is sbyte[]);
        Is("byte[] is bool[]", bytes is bool[]);
        Is("byte[] is Small[]", bytes is Small[]);
        Console.WriteLine("((sbyte[])byte[])[0] " + ((sbyte[])bytes)[0]);
        object bools = new bool[1];
        Is("bool[] is byte[]", bools is byte[]);
        object chars = new char[1];
        Is("char[] is ushort[]", chars is ushort[]);
        Is("char[] is short[]", chars is short[]);
        object shorts = new short[1];
        Is("short[] is ushort[]", shorts is ushort[]);
        Is("short[] is char[]", shorts is char[]);
        object longs = new long[] { Wide.X.GetHashCode() };
        Is("long[] is ulong[]", longs is ulong[]);
        Is("long[] is Wide[]", longs is Wide[]);
        Is("long[] is double[]", longs is double[]);
        object floats = new float[1];
        Is("float[] is int[]", floats is int[]);
        object doubles = new double[1];
        Is("double[] is long[]", doubles is long[]);
    }

    static void Equality()
    {
        Console.WriteLine("-- IEquatable elements through a covariant view");
        SubKeyed[] subs = { new SubKeyed { Key = 1 }, new SubKeyed { Key = 2 } };
        IList<Keyed> keyed = subs;
        Console.WriteLine("IndexOf(Keyed 2) " + keyed.IndexOf(new Keyed { Key = 2 }) + ", Contains(Keyed 3) " + keyed.Contains(new Keyed { Key = 3 }));
    }

    static void AddRange()
    {
        // mcs's gtest-287: a List<I>'s array added to a List<object>
        var shapes = new List<IShape> { new Circle { Name = "c", Radius = 1 }, new Square { Name = "s" } };
        var all = new List<object>();
        all.AddRange(shapes.ToArray());
        all.AddRange(new Circle[] { new Circle { Name = "c2", Radius = 2 } });
        Console.WriteLine("AddRange: " + all.Count + " " + string.Join(" ", all));
        var names = new List<object>(new string[] { "a", "b" });
        names.InsertRange(1, new IShape[] { new Square { Name = "mid" } });
        Console.WriteLine("InsertRange: " + string.Join(" ", names));
        var viaLinq = new List<IShape>(new Circle[] { new Circle { Name = "l", Radius = 3 } });
        Console.WriteLine("List<IShape>(Circle[]): " + viaLinq.Count + " " + viaLinq[0]);
    }

    static void Main()
    {
        Circle[] circles = { new Circle { Name = "a", Radius = 1 }, new Circle { Name = "b", Radius = 2 } };
        Interfaces("Circle[]", circles);
        Interfaces("Shape[] holding circles", new Shape[] { circles[0] });
        Interfaces("IShape[]", new IShape[] { circles[0] });
        Interfaces("IRound[]", new IRound[] { circles[1] });
        Interfaces("object[]", new object[] { circles[1] });
        Interfaces("string[]", new string[] { "x" });
        Calls(circles);
        Calls(new Shape[] { new Square { Name = "s1" }, circles[1] });
        ValueArrays();
        Equality();
        AddRange();
    }
}
