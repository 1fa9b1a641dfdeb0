// Core-library speed: the harness of the operations in bench/corelib/*.cs, which bench/corelib.sh compiles together
// into one program (with mcs -optimize+ for mono, with `kiln build` for Kiln). Each operation is timed inside the
// process with Stopwatch: a warm-up call, then the batch size doubles until one timed call takes at least 30 ms, then
// the best of 5 such calls; prints "name ns/op" per operation (one op is the unit the name says: one call, or one
// sort of 1000 elements, ...) and a checksum of every result at the end, so that no work can be optimized away.
// Usage: ops [FILTER]   (only operations whose name contains FILTER)
//
// Adding operations: a new file bench/corelib/SomethingOps.cs declares another part of `static partial class Ops`
// with one registration field and the method it names, e.g.
//     static partial class Ops
//     {
//         internal static readonly bool somethingArea = Area("Something", Something);
//         static void Something() { Run("Thing.Do", n => { long s = 0; for (int i = 0; i < n; i++) s += ...; return s; }); }
//     }
// (internal, not private: mcs warns of a private field that is assigned and never read.) Areas run in the order of
// their names (ordinal), each area's operations in the order it calls Run. The shared inputs below (ints, doubles,
// words, ...) are filled before any area runs. Operation names must be unique across all files (Run throws
// otherwise): the script matches Kiln's and mono's lines by name.
using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Text;

struct Point : IComparable<Point>, IEquatable<Point>
{
    public int X, Y;
    public Point(int x, int y) { X = x; Y = y; }
    public int CompareTo(Point other) { return X != other.X ? X.CompareTo(other.X) : Y.CompareTo(other.Y); }
    public bool Equals(Point other) { return X == other.X && Y == other.Y; }
    public override bool Equals(object obj) { return obj is Point && Equals((Point)obj); }
    public override int GetHashCode() { return X * 31 + Y; }
}

[Flags]
enum Access { None = 0, Read = 1, Write = 2, Execute = 4, Delete = 8 }

enum Color { Red, Green, Blue, Cyan, Magenta, Yellow }

static partial class Ops
{
    // Filled by the registration fields of every part of Ops (static initializers, in whatever order the parts
    // are compiled): created on first use so that no part depends on another's initializer having run.
    static List<KeyValuePair<string, Action>> areas;
    static HashSet<string> operationNames;

    static long checksum;
    static string filter;
    const int Size = 1000;
    static readonly int[] ints = new int[Size];
    static readonly long[] longs = new long[Size];
    static readonly double[] doubles = new double[Size];
    static readonly float[] floats = new float[Size];
    static readonly decimal[] decimals = new decimal[Size];
    static readonly string[] words = new string[Size];
    static readonly string[] intTexts = new string[Size];
    static readonly string[] longTexts = new string[Size];
    static readonly string[] doubleTexts = new string[Size];
    static readonly string[] floatTexts = new string[Size];
    static readonly string[] decimalTexts = new string[Size];
    static readonly Point[] points = new Point[Size];
    static string sentence;
    static byte[] utf8Bytes, asciiBytes, unicodeBytes;

    static bool Area(string name, Action cases)
    {
        if (areas == null) areas = new List<KeyValuePair<string, Action>>();
        areas.Add(new KeyValuePair<string, Action>(name, cases));
        return true;
    }

    static void Run(string name, Func<int, long> op)
    {
        if (!operationNames.Add(name)) throw new InvalidOperationException("two operations are named " + name);
        if (filter != null && name.IndexOf(filter, StringComparison.Ordinal) < 0) return;
        checksum += op(1);
        int n = 1;
        double best = double.MaxValue;
        var watch = new Stopwatch();
        while (true)
        {
            watch.Restart();
            checksum += op(n);
            watch.Stop();
            if (watch.Elapsed.TotalMilliseconds >= 30) break;
            n *= 2;
        }
        for (int r = 0; r < 5; r++)
        {
            watch.Restart();
            checksum += op(n);
            watch.Stop();
            best = Math.Min(best, watch.Elapsed.TotalMilliseconds * 1e6 / n);
        }
        Console.WriteLine(name + " " + best.ToString("F1", CultureInfo.InvariantCulture));
    }

    static void Setup()
    {
        var random = new Random(12345);
        string[] vocabulary = { "alpha", "Beta", "gamma", "DELTA", "epsilon", "zeta", "eta", "Theta", "iota", "kappa", "lambda", "mu" };
        for (int i = 0; i < Size; i++)
        {
            ints[i] = random.Next(int.MinValue, int.MaxValue);
            longs[i] = (long)ints[i] * random.Next(1, 1 << 30);
            doubles[i] = (random.NextDouble() - 0.5) * Math.Pow(10, random.Next(-10, 12));
            floats[i] = (float)doubles[i];
            decimals[i] = (decimal)Math.Round(doubles[i] % 1e9, 4);
            words[i] = vocabulary[i % vocabulary.Length] + random.Next(100000);
            intTexts[i] = ints[i].ToString(CultureInfo.InvariantCulture);
            longTexts[i] = longs[i].ToString(CultureInfo.InvariantCulture);
            doubleTexts[i] = doubles[i].ToString("R", CultureInfo.InvariantCulture);
            floatTexts[i] = floats[i].ToString("R", CultureInfo.InvariantCulture);
            decimalTexts[i] = decimals[i].ToString(CultureInfo.InvariantCulture);
            points[i] = new Point(random.Next(100), random.Next(1000));
        }
        var sb = new StringBuilder();
        for (int i = 0; i < 40; i++) sb.Append(vocabulary[i % vocabulary.Length]).Append(i % 7 == 0 ? ", " : " ");
        sentence = sb.Append("héllo wörld €").ToString();
        utf8Bytes = Encoding.UTF8.GetBytes(sentence);
        asciiBytes = Encoding.ASCII.GetBytes(sentence);
        unicodeBytes = Encoding.Unicode.GetBytes(sentence);
    }

    static void Main(string[] args)
    {
        filter = args.Length > 0 ? args[0] : null;
        operationNames = new HashSet<string>();
        Setup();
        var ordered = new List<KeyValuePair<string, Action>>(areas);
        ordered.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
        foreach (var area in ordered) area.Value();
        Console.WriteLine("checksum " + checksum);
    }
}
