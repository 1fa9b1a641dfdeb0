// List<T>.Add's inlinable common case and growth (capacities as .NET grows them), and the == loops Array.IndexOf and
// List<T>.IndexOf/Contains use for int and long, against the EqualityComparer path of other element types (double's
// NaN equals itself there, null strings) and the argument checks.
using System;
using System.Collections.Generic;

class ListSearchFastPaths
{
    static void Main()
    {
        var ints = new List<int>();
        var capacities = new List<int>();
        for (int i = 0; i < 100; i++)
        {
            ints.Add(i * 3 - 50);
            if (capacities.Count == 0 || capacities[capacities.Count - 1] != ints.Capacity) capacities.Add(ints.Capacity);
        }
        Console.WriteLine("capacities " + string.Join(",", capacities) + " count " + ints.Count + " last " + ints[99]);
        Console.WriteLine("int: " + ints.IndexOf(-50) + " " + ints.IndexOf(247) + " " + ints.IndexOf(248) + " " + ints.IndexOf(10, 10) + " " + ints.IndexOf(10, 21) + " " + ints.IndexOf(100, 0, 50) + " " + ints.IndexOf(100, 50, 50)
            + " " + ints.Contains(int.MinValue) + " " + ints.Contains(1) + " " + ints.LastIndexOf(1));
        var longs = new List<long> { long.MinValue, -1, 0, 1L << 40, long.MaxValue, 0 };
        Console.WriteLine("long: " + longs.IndexOf(0) + " " + longs.IndexOf(1L << 40) + " " + longs.IndexOf(long.MaxValue) + " " + longs.IndexOf(0, 3) + " " + longs.Contains(1L << 41) + " " + longs.IndexOf(long.MinValue, 1));
        int[] array = { 5, 4, 3, 4, 5 };
        long[] longArray = { 7, 8, 7 };
        Console.WriteLine("arrays: " + Array.IndexOf(array, 4) + " " + Array.IndexOf(array, 4, 2) + " " + Array.IndexOf(array, 5, 1, 3) + " " + Array.IndexOf(array, 9) + " " + Array.IndexOf(longArray, 7L, 1) + " " + Array.IndexOf(new int[0], 0));
        var doubles = new List<double> { 1.5, double.NaN, -0.0 };
        Console.WriteLine("double: " + doubles.IndexOf(double.NaN) + " " + doubles.IndexOf(0.0) + " " + doubles.Contains(1.5));
        var strings = new List<string> { "a", null, "b" };
        Console.WriteLine("string: " + strings.IndexOf(null) + " " + strings.IndexOf("b") + " " + strings.Contains("c") + " " + Array.IndexOf(new object[] { 1, "x", null }, (object)"x"));
        var bytes = new List<byte> { 1, 255, 0 };
        var chars = new List<char> { 'x', 'y' };
        Console.WriteLine("small: " + bytes.IndexOf(255) + " " + bytes.IndexOf(0) + " " + chars.IndexOf('y') + " " + chars.Contains('z'));
        try { Array.IndexOf((int[])null, 1); } catch (ArgumentNullException) { Console.WriteLine("IndexOf(null) throws"); }
        try { Array.IndexOf(array, 1, 6); } catch (ArgumentOutOfRangeException) { Console.WriteLine("IndexOf start past the end throws"); }
        try { ints.IndexOf(1, 90, 20); } catch (ArgumentOutOfRangeException) { Console.WriteLine("List.IndexOf count past the end throws"); }
        var set = new HashSet<int>();
        int added = 0;
        for (int i = 0; i < 1000; i++) if (set.Add((i * 7919) % 1009)) added++;
        int found = 0;
        for (int i = -5; i < 1020; i++) if (set.Contains(i)) found++;
        Console.WriteLine("set: added " + added + " count " + set.Count + " found " + found + " again " + set.Add(0) + " " + set.Remove(0) + " " + set.Add(0));
    }
}
