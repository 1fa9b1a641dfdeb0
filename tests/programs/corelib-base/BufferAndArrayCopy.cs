// expect-stdout-file: BufferAndArrayCopy.out
// .NET words the argument errors its own way (" (Parameter 'x')", "Source array type cannot be assigned to destination
// array type.", a message for every InvalidCastException), checks element types before copying (Dog[] to Cat[] is an
// ArrayTypeMismatchException even when every element is null; string[] to int[] too), unboxes only exact types
// (Mono widens an Int16 out of an object[] into a long[]), rejects widening in ConstrainedCopy, and prints
// (float)ulong.MaxValue as 1.8446744E+19.
// Buffer (BlockCopy, ByteLength, GetByte, SetByte) and Array's non-generic statics: Copy between arrays of the same
// and of different element types (widening, boxing, unboxing, downcasts), ConstrainedCopy, Clear, Reverse, IndexOf,
// LastIndexOf, Resize, and their argument checks.
using System;
using System.Collections.Generic;

enum Color { Red, Green, Blue }
enum Small : byte { A = 1, B = 200 }

class Animal { public virtual string Name { get { return "animal"; } } public override string ToString() { return Name; } }
class Dog : Animal { public override string Name { get { return "dog"; } } }
class Cat : Animal { public override string Name { get { return "cat"; } } }

class BufferAndArrayCopy
{
    static void Try(string label, Action a)
    {
        try { a(); Console.WriteLine(label + ": ok"); }
        catch (Exception e) { Console.WriteLine(label + ": " + e.GetType().Name + ": " + e.Message.Replace("\n", " / ")); }
    }

    static string Show(Array a)
    {
        List<string> parts = new List<string>();
        foreach (object o in a) parts.Add(o == null ? "null" : o.ToString());
        return a.GetType().Name + "[" + string.Join(",", parts) + "]";
    }

    static void Main()
    {
        // ---- Buffer ----
        int[] ints = { 1, 2, 0x01020304, -1 };
        byte[] bytes = new byte[16];
        Buffer.BlockCopy(ints, 0, bytes, 0, 16);
        Console.WriteLine(BitConverter.ToString(bytes));
        short[] shorts = new short[8];
        Buffer.BlockCopy(bytes, 4, shorts, 2, 8);
        Console.WriteLine(Show(shorts));
        Buffer.BlockCopy(bytes, 0, bytes, 2, 10); // overlapping
        Console.WriteLine(BitConverter.ToString(bytes));
        double[] doubles = { 1.5, -2.25 };
        long[] longs = new long[2];
        Buffer.BlockCopy(doubles, 0, longs, 0, 16);
        Console.WriteLine(longs[0].ToString("X") + " " + longs[1].ToString("X"));
        char[] chars = "hello".ToCharArray();
        Console.WriteLine(Buffer.ByteLength(chars) + " " + Buffer.ByteLength(ints) + " " + Buffer.ByteLength(doubles) + " " + Buffer.ByteLength(new bool[3]));
        Console.WriteLine(Buffer.GetByte(ints, 8) + " " + Buffer.GetByte(ints, 11) + " " + Buffer.GetByte(chars, 2));
        Buffer.SetByte(chars, 0, (byte)'J');
        Buffer.SetByte(ints, 0, 0xFF);
        Console.WriteLine(new string(chars) + " " + ints[0]);
        Try("BlockCopy null src", () => Buffer.BlockCopy(null, 0, bytes, 0, 1));
        Try("BlockCopy null dst", () => Buffer.BlockCopy(bytes, 0, null, 0, 1));
        Try("BlockCopy strings", () => Buffer.BlockCopy(new string[1], 0, bytes, 0, 1));
        Try("BlockCopy objects dst", () => Buffer.BlockCopy(bytes, 0, new object[4], 0, 1));
        Try("BlockCopy decimals", () => Buffer.BlockCopy(new decimal[1], 0, bytes, 0, 1));
        Try("BlockCopy srcOffset", () => Buffer.BlockCopy(bytes, -1, bytes, 0, 1));
        Try("BlockCopy dstOffset", () => Buffer.BlockCopy(bytes, 0, bytes, -1, 1));
        Try("BlockCopy count", () => Buffer.BlockCopy(bytes, 0, bytes, 0, -1));
        Try("BlockCopy too long", () => Buffer.BlockCopy(ints, 8, bytes, 0, 9));
        Try("BlockCopy too long dst", () => Buffer.BlockCopy(ints, 0, bytes, 8, 9));
        Try("BlockCopy exact end", () => Buffer.BlockCopy(ints, 16, bytes, 16, 0));
        Try("ByteLength null", () => Buffer.ByteLength(null));
        Try("ByteLength strings", () => Buffer.ByteLength(new string[2]));
        Try("GetByte past end", () => Buffer.GetByte(ints, 16));
        Try("GetByte negative", () => Buffer.GetByte(ints, -1));
        Try("SetByte past end", () => Buffer.SetByte(bytes, 16, 1));

        // ---- Array.Copy, same type ----
        int[] a = { 1, 2, 3, 4, 5, 6 };
        Array.Copy(a, 0, a, 2, 4);
        Console.WriteLine(Show(a));
        Array.Copy(a, 2, a, 0, 4);
        Console.WriteLine(Show(a));
        string[] s1 = { "a", "b", "c" };
        string[] s2 = new string[5];
        Array.Copy(s1, s2, 3);
        Array.Copy(s1, 0L, s2, 3L, 2L);
        Console.WriteLine(Show(s2));
        int[,] grid = { { 1, 2, 3 }, { 4, 5, 6 } };
        int[,] grid2 = new int[2, 3];
        Array.Copy(grid, 1, grid2, 2, 4);
        Console.WriteLine(Show(grid2));

        // ---- conversions ----
        long[] wideLongs = new long[3];
        Array.Copy(new int[] { -1, 7, int.MaxValue }, wideLongs, 3);
        Console.WriteLine(Show(wideLongs));
        double[] wideDoubles = new double[3];
        Array.Copy(new char[] { 'A', 'b', 'z' }, wideDoubles, 3);
        Console.WriteLine(Show(wideDoubles));
        int[] fromBytes = new int[2];
        Array.Copy(new byte[] { 200, 7 }, fromBytes, 2);
        Console.WriteLine(Show(fromBytes));
        char[] fromBytesToChars = new char[2];
        Array.Copy(new byte[] { 65, 66 }, fromBytesToChars, 2);
        Console.WriteLine(Show(fromBytesToChars));
        float[] floats = new float[2];
        Array.Copy(new ulong[] { ulong.MaxValue, 3 }, floats, 2);
        Console.WriteLine(Show(floats));
        int[] fromColors = new int[3];
        Array.Copy(new Color[] { Color.Blue, Color.Red, Color.Green }, fromColors, 3);
        Console.WriteLine(Show(fromColors));
        Color[] toColors = new Color[2];
        Array.Copy(new int[] { 2, 1 }, toColors, 2);
        Console.WriteLine(Show(toColors));
        long[] fromColorsWide = new long[2];
        Array.Copy(new Color[] { Color.Blue, Color.Green }, fromColorsWide, 2);
        Console.WriteLine(Show(fromColorsWide));
        object[] boxed = new object[3];
        Array.Copy(new int[] { 4, 5, 6 }, boxed, 3);
        Console.WriteLine(Show(boxed) + " " + boxed[0].GetType().Name);
        IComparable[] comparables = new IComparable[2];
        Array.Copy(new double[] { 1.5, 2.5 }, comparables, 2);
        Console.WriteLine(Show(comparables));
        ValueType[] valueTypes = new ValueType[2];
        Array.Copy(new Color[] { Color.Green, Color.Blue }, valueTypes, 2);
        Console.WriteLine(Show(valueTypes));
        int[] unboxed = new int[3];
        Array.Copy(new object[] { 1, 2, 3 }, unboxed, 3);
        Console.WriteLine(Show(unboxed));
        Try("unbox and widen", () => Array.Copy(new object[] { 1, (short)2 }, new long[2], 2));
        Try("unbox enum as int", () => Array.Copy(new object[] { Color.Blue }, new int[1], 1));
        Animal[] animals = new Animal[3];
        Array.Copy(new Dog[] { new Dog(), new Dog() }, animals, 2);
        Console.WriteLine(Show(animals));
        Dog[] dogs = new Dog[2];
        Array.Copy(new Animal[] { new Dog(), null }, dogs, 2);
        Console.WriteLine(Show(dogs));
        object[] objs = new object[2];
        Array.Copy(new string[] { "x", "y" }, objs, 2);
        Console.WriteLine(Show(objs));
        string[] strs = new string[2];
        Array.Copy(new object[] { "p", "q" }, strs, 2);
        Console.WriteLine(Show(strs));

        string[] partial = { "-", "-", "-" };
        Try("downcast fails", () => Array.Copy(new object[] { "ok", 5, "late" }, partial, 3));
        Console.WriteLine(Show(partial));
        Dog[] dogs2 = new Dog[2];
        Try("cat into dogs", () => Array.Copy(new Animal[] { new Dog(), new Cat() }, dogs2, 2));
        Try("int to uint", () => Array.Copy(new int[1], new uint[1], 1));
        Try("long to int", () => Array.Copy(new long[1], new int[1], 1));
        Try("int to string", () => Array.Copy(new int[1], new string[1], 1));
        Try("string to int", () => Array.Copy(new string[1], new int[1], 1));
        Try("null to int", () => Array.Copy(new object[1], new int[1], 1));
        Try("string in object to int", () => Array.Copy(new object[] { "s" }, new int[1], 1));
        Try("long in object to int", () => Array.Copy(new object[] { 5L }, new int[1], 1));
        Try("bool to int", () => Array.Copy(new bool[1], new int[1], 1));
        Try("decimal to double", () => Array.Copy(new decimal[1], new double[1], 1));
        Try("Dog to Cat", () => Array.Copy(new Dog[1], new Cat[1], 1));
        Try("rank", () => Array.Copy(new int[2, 2], new int[4], 4));
        Try("null source", () => Array.Copy(null, new int[1], 1));
        Try("null destination", () => Array.Copy(new int[1], null, 1));
        Try("negative length", () => Array.Copy(new int[1], new int[1], -1));
        Try("negative sourceIndex", () => Array.Copy(new int[1], -1, new int[1], 0, 1));
        Try("negative destinationIndex", () => Array.Copy(new int[1], 0, new int[1], -1, 1));
        Try("source too short", () => Array.Copy(new int[2], 1, new int[5], 0, 2));
        Try("destination too short", () => Array.Copy(new int[5], 0, new int[2], 1, 2));
        Try("ConstrainedCopy same", () => Array.ConstrainedCopy(new int[] { 1 }, 0, new int[1], 0, 1));
        Try("ConstrainedCopy upcast", () => Array.ConstrainedCopy(new Dog[1], 0, new Animal[1], 0, 1));
        Try("ConstrainedCopy widen", () => Array.ConstrainedCopy(new int[1], 0, new long[1], 0, 1));

        // ---- Clear, Reverse, IndexOf, LastIndexOf, Resize ----
        int[] c = { 1, 2, 3, 4, 5 };
        Array.Clear(c, 1, 2);
        Console.WriteLine(Show(c));
        Array.Clear(c, 0, c.Length);
        Console.WriteLine(Show(c));
        Try("Clear range", () => Array.Clear(new int[3], 2, 2));
        Try("Clear negative", () => Array.Clear(new int[3], -1, 1));
        Try("Clear null", () => Array.Clear(null, 0, 0));
        Array r = new object[] { 1, "two", 3.0, null, 'c' };
        Array.Reverse(r);
        Console.WriteLine(Show(r));
        Array.Reverse(r, 1, 3);
        Console.WriteLine(Show(r));
        int[] ri = { 1, 2, 3, 4 };
        Array.Reverse((Array)ri);
        Array.Reverse(ri, 0, 2);
        Console.WriteLine(Show(ri));
        Array.Reverse<int>(ri);
        Console.WriteLine(Show(ri));
        Try("Reverse range", () => Array.Reverse(new int[3], 2, 2));
        Try("Reverse negative", () => Array.Reverse((Array)new int[3], -1, 2));
        Try("Reverse generic negative length", () => Array.Reverse(new int[3], 0, -2));
        Try("Reverse rank", () => Array.Reverse(new int[2, 2]));
        Try("Reverse null", () => Array.Reverse((Array)null));
        Array haystack = new object[] { "a", 1, null, "a", 1L, 1 };
        Console.WriteLine(Array.IndexOf(haystack, "a") + " " + Array.IndexOf(haystack, 1) + " " + Array.IndexOf(haystack, null) + " " + Array.IndexOf(haystack, 1L)
            + " " + Array.IndexOf(haystack, "zz") + " " + Array.IndexOf(haystack, "a", 1) + " " + Array.IndexOf(haystack, 1, 2, 3) + " " + Array.IndexOf(haystack, 1, 2, 4));
        Console.WriteLine(Array.LastIndexOf(haystack, "a") + " " + Array.LastIndexOf(haystack, 1) + " " + Array.LastIndexOf(haystack, null) + " " + Array.LastIndexOf(haystack, 1, 4)
            + " " + Array.LastIndexOf(haystack, 1, 4, 3) + " " + Array.LastIndexOf(new int[0], 1) + " " + Array.IndexOf((Array)new int[] { 3, 4 }, 4));
        Try("IndexOf startIndex", () => Array.IndexOf(haystack, 1, 7));
        Try("IndexOf count", () => Array.IndexOf(haystack, 1, 2, 5));
        Try("IndexOf rank", () => Array.IndexOf(new int[1, 1], 1));
        Try("LastIndexOf startIndex", () => Array.LastIndexOf(haystack, 1, 6));
        Try("LastIndexOf count", () => Array.LastIndexOf(haystack, 1, 2, 4));
        Try("IndexOf null", () => Array.IndexOf((Array)null, 1));
        int[] grow = { 1, 2 };
        Array.Resize(ref grow, 4);
        Console.WriteLine(Show(grow));
        Array.Resize(ref grow, 1);
        Console.WriteLine(Show(grow));
        string[] none = null;
        Array.Resize(ref none, 2);
        Console.WriteLine(Show(none));
        Console.WriteLine(Array.Empty<int>().Length + " " + (Array.Empty<string>() == Array.Empty<string>()));
        int[] target = new int[4];
        new int[] { 9, 8 }.CopyTo(target, 1);
        Console.WriteLine(Show(target));
        Try("CopyTo past end", () => new int[] { 9, 8 }.CopyTo(target, 3));
    }
}
