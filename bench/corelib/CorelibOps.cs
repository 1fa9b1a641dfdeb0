// Core-library speed: each operation timed inside the process with Stopwatch. A warm-up call, then the batch size
// doubles until one timed call takes at least 30 ms, then the best of 5 such calls; prints "name ns/op" per
// operation (one op is the unit the name says: one call, or one sort of 1000 elements, ...) and a checksum of every
// result at the end, so that no work can be optimized away. Built by mcs for both Kiln and mono (bench/corelib.sh).
// Usage: CorelibOps [FILTER]   (only operations whose name contains FILTER)
using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
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

static class CorelibOps
{
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
    static readonly string[] doubleTexts = new string[Size];
    static readonly string[] decimalTexts = new string[Size];
    static readonly Point[] points = new Point[Size];
    static string sentence;
    static byte[] utf8Bytes, asciiBytes, unicodeBytes;

    static void Run(string name, Func<int, long> op)
    {
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
            doubleTexts[i] = doubles[i].ToString("R", CultureInfo.InvariantCulture);
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
        Setup();
        Numbers();
        Formatting();
        Strings();
        Encodings();
        Lists();
        Sorting();
        HashTables();
        OtherCollections();
        Linq();
        Miscellaneous();
        Console.WriteLine("checksum " + checksum);
    }

    static void Numbers()
    {
        var inv = CultureInfo.InvariantCulture;
        Run("int.ToString", n => { long s = 0; for (int i = 0; i < n; i++) s += ints[i % Size].ToString().Length; return s; });
        Run("int.ToString(X)", n => { long s = 0; for (int i = 0; i < n; i++) s += ints[i % Size].ToString("X").Length; return s; });
        Run("int.ToString(N)", n => { long s = 0; for (int i = 0; i < n; i++) s += ints[i % Size].ToString("N", inv).Length; return s; });
        Run("int.Parse", n => { long s = 0; for (int i = 0; i < n; i++) s += int.Parse(intTexts[i % Size], inv); return s; });
        Run("long.ToString", n => { long s = 0; for (int i = 0; i < n; i++) s += longs[i % Size].ToString().Length; return s; });
        Run("long.Parse", n => { long s = 0; for (int i = 0; i < n; i++) s += long.Parse(intTexts[i % Size], inv); return s; });
        Run("double.ToString", n => { long s = 0; for (int i = 0; i < n; i++) s += doubles[i % Size].ToString(inv).Length; return s; });
        Run("double.ToString(R)", n => { long s = 0; for (int i = 0; i < n; i++) s += doubles[i % Size].ToString("R", inv).Length; return s; });
        Run("double.ToString(F2)", n => { long s = 0; for (int i = 0; i < n; i++) s += doubles[i % Size].ToString("F2", inv).Length; return s; });
        Run("double.ToString(N)", n => { long s = 0; for (int i = 0; i < n; i++) s += doubles[i % Size].ToString("N", inv).Length; return s; });
        Run("double.ToString(E)", n => { long s = 0; for (int i = 0; i < n; i++) s += doubles[i % Size].ToString("E", inv).Length; return s; });
        Run("double.Parse", n => { long s = 0; for (int i = 0; i < n; i++) s += (long)double.Parse(doubleTexts[i % Size], inv); return s; });
        Run("float.ToString", n => { long s = 0; for (int i = 0; i < n; i++) s += floats[i % Size].ToString(inv).Length; return s; });
        Run("float.ToString(F2)", n => { long s = 0; for (int i = 0; i < n; i++) s += floats[i % Size].ToString("F2", inv).Length; return s; });
        Run("decimal.ToString", n => { long s = 0; for (int i = 0; i < n; i++) s += decimals[i % Size].ToString(inv).Length; return s; });
        Run("decimal.ToString(F2)", n => { long s = 0; for (int i = 0; i < n; i++) s += decimals[i % Size].ToString("F2", inv).Length; return s; });
        Run("decimal.Parse", n => { long s = 0; for (int i = 0; i < n; i++) s += (long)decimal.Parse(decimalTexts[i % Size], inv); return s; });
    }

    static void Formatting()
    {
        Run("string.Format(align,X8)", n => { long s = 0; for (int i = 0; i < n; i++) s += string.Format("{0,8}|{1:X8}|{2,-6}", i, ints[i % Size], "ab").Length; return s; });
        Run("interpolation", n => { long s = 0; for (int i = 0; i < n; i++) s += $"item {i}: {words[i % Size]} = {ints[i % Size]}".Length; return s; });
        Run("StringBuilder.Append x20", n =>
        {
            long s = 0;
            for (int i = 0; i < n; i++)
            {
                var sb = new StringBuilder();
                for (int j = 0; j < 10; j++) sb.Append(words[(i + j) % Size]).Append(j);
                s += sb.ToString().Length;
            }
            return s;
        });
        Run("string.Concat(4)", n => { long s = 0; for (int i = 0; i < n; i++) s += string.Concat(words[i % Size], "-", words[(i + 1) % Size], "!").Length; return s; });
    }

    static void Strings()
    {
        Run("IndexOf(Ordinal)", n => { long s = 0; for (int i = 0; i < n; i++) s += sentence.IndexOf("wörld", StringComparison.Ordinal); return s; });
        Run("IndexOf(char)", n => { long s = 0; for (int i = 0; i < n; i++) s += sentence.IndexOf('€'); return s; });
        Run("Contains", n => { long s = 0; for (int i = 0; i < n; i++) s += sentence.Contains("lambda mu") ? 1 : 0; return s; });
        Run("Replace", n => { long s = 0; for (int i = 0; i < n; i++) s += sentence.Replace("gamma", "GAMMA!").Length; return s; });
        Run("Split", n => { long s = 0; for (int i = 0; i < n; i++) s += sentence.Split(' ').Length; return s; });
        Run("Join", n => { long s = 0; for (int i = 0; i < n; i++) s += string.Join(", ", words, i % 900, 50).Length; return s; });
        Run("Trim", n => { long s = 0; string t = "   " + sentence + " \t\n"; for (int i = 0; i < n; i++) s += t.Trim().Length; return s; });
        Run("ToUpperInvariant", n => { long s = 0; for (int i = 0; i < n; i++) s += sentence.ToUpperInvariant().Length; return s; });
        Run("ToLower", n => { long s = 0; for (int i = 0; i < n; i++) s += sentence.ToLower().Length; return s; });
        Run("CompareOrdinal", n => { long s = 0; for (int i = 0; i < n; i++) s += string.CompareOrdinal(words[i % Size], words[(i + 7) % Size]); return s; });
        Run("Compare(Invariant)", n => { long s = 0; for (int i = 0; i < n; i++) s += string.Compare(words[i % Size], words[(i + 7) % Size], StringComparison.InvariantCulture); return s; });
        Run("Equals(OrdinalIgnoreCase)", n => { long s = 0; for (int i = 0; i < n; i++) s += string.Equals(words[i % Size], words[(i + 12) % Size], StringComparison.OrdinalIgnoreCase) ? 1 : 0; return s; });
        Run("StartsWith(Ordinal)", n => { long s = 0; for (int i = 0; i < n; i++) s += words[i % Size].StartsWith("gam", StringComparison.Ordinal) ? 1 : 0; return s; });
        Run("Substring", n => { long s = 0; for (int i = 0; i < n; i++) s += sentence.Substring(i % 50, 20).Length; return s; });
    }

    static void Encodings()
    {
        Run("UTF8.GetBytes", n => { long s = 0; for (int i = 0; i < n; i++) s += Encoding.UTF8.GetBytes(sentence).Length; return s; });
        Run("UTF8.GetString", n => { long s = 0; for (int i = 0; i < n; i++) s += Encoding.UTF8.GetString(utf8Bytes).Length; return s; });
        Run("ASCII.GetBytes", n => { long s = 0; for (int i = 0; i < n; i++) s += Encoding.ASCII.GetBytes(sentence).Length; return s; });
        Run("ASCII.GetString", n => { long s = 0; for (int i = 0; i < n; i++) s += Encoding.ASCII.GetString(asciiBytes).Length; return s; });
        Run("Unicode.GetBytes", n => { long s = 0; for (int i = 0; i < n; i++) s += Encoding.Unicode.GetBytes(sentence).Length; return s; });
        Run("Unicode.GetString", n => { long s = 0; for (int i = 0; i < n; i++) s += Encoding.Unicode.GetString(unicodeBytes).Length; return s; });
    }

    static void Lists()
    {
        Run("List<int>.Add x1000", n =>
        {
            long s = 0;
            for (int i = 0; i < n; i++)
            {
                var list = new List<int>();
                for (int j = 0; j < Size; j++) list.Add(j);
                s += list.Count;
            }
            return s;
        });
        Run("List<int>.Sort 1000", n => { long s = 0; for (int i = 0; i < n; i++) { var l = new List<int>(ints); l.Sort(); s += l[i % Size]; } return s; });
        Run("List<int>.Sort(Comparison) 1000", n => { long s = 0; for (int i = 0; i < n; i++) { var l = new List<int>(ints); l.Sort((a, b) => b.CompareTo(a)); s += l[i % Size]; } return s; });
        var sorted = new List<int>(ints);
        sorted.Sort();
        Run("List<int>.BinarySearch", n => { long s = 0; for (int i = 0; i < n; i++) s += sorted.BinarySearch(ints[i % Size]); return s; });
        var small = new List<int>(ints.Take(100));
        Run("List<int>.Contains (100)", n => { long s = 0; for (int i = 0; i < n; i++) s += small.Contains(ints[(i * 7) % 150]) ? 1 : 0; return s; });
        var strings = new List<string>(words.Take(100));
        Run("List<string>.Contains (100)", n => { long s = 0; for (int i = 0; i < n; i++) s += strings.Contains(words[(i * 7) % 150]) ? 1 : 0; return s; });
    }

    static void Sorting()
    {
        Run("Array.Sort int 1000", n => { long s = 0; var a = new int[Size]; for (int i = 0; i < n; i++) { Array.Copy(ints, a, Size); Array.Sort(a); s += a[i % Size]; } return s; });
        Run("Array.Sort string 1000", n => { long s = 0; var a = new string[Size]; for (int i = 0; i < n; i++) { Array.Copy(words, a, Size); Array.Sort(a, StringComparer.Ordinal); s += a[i % Size].Length; } return s; });
        Run("Array.Sort struct 1000", n => { long s = 0; var a = new Point[Size]; for (int i = 0; i < n; i++) { Array.Copy(points, a, Size); Array.Sort(a); s += a[i % Size].Y; } return s; });
    }

    static void HashTables()
    {
        Run("Dictionary<int,int> add+get 1000", n =>
        {
            long s = 0;
            for (int i = 0; i < n; i++)
            {
                var d = new Dictionary<int, int>();
                for (int j = 0; j < Size; j++) d[ints[j]] = j;
                for (int j = 0; j < Size; j++) s += d[ints[j]];
            }
            return s;
        });
        Run("Dictionary<long,long> add+get 1000", n =>
        {
            long s = 0;
            for (int i = 0; i < n; i++)
            {
                var d = new Dictionary<long, long>();
                for (int j = 0; j < Size; j++) d[longs[j]] = j;
                for (int j = 0; j < Size; j++) s += d[longs[j]];
            }
            return s;
        });
        Run("Dictionary<string,int> add+get 1000", n =>
        {
            long s = 0;
            for (int i = 0; i < n; i++)
            {
                var d = new Dictionary<string, int>();
                for (int j = 0; j < Size; j++) d[words[j]] = j;
                for (int j = 0; j < Size; j++) s += d[words[j]];
            }
            return s;
        });
        Run("Dictionary<Point,int> add+get 1000", n =>
        {
            long s = 0;
            for (int i = 0; i < n; i++)
            {
                var d = new Dictionary<Point, int>();
                for (int j = 0; j < Size; j++) d[points[j]] = j;
                for (int j = 0; j < Size; j++) s += d[points[j]];
            }
            return s;
        });
        Run("HashSet<int> add+contains 1000", n =>
        {
            long s = 0;
            for (int i = 0; i < n; i++)
            {
                var h = new HashSet<int>();
                for (int j = 0; j < Size; j++) h.Add(ints[j]);
                for (int j = 0; j < Size; j++) s += h.Contains(ints[j] + (j & 1)) ? 1 : 0;
            }
            return s;
        });
        Run("HashSet<string> add+contains 1000", n =>
        {
            long s = 0;
            for (int i = 0; i < n; i++)
            {
                var h = new HashSet<string>();
                for (int j = 0; j < Size; j++) h.Add(words[j]);
                for (int j = 0; j < Size; j++) s += h.Contains(words[(j * 3) % Size]) ? 1 : 0;
            }
            return s;
        });
    }

    static void OtherCollections()
    {
        Run("SortedDictionary<int,int> add+get 1000", n =>
        {
            long s = 0;
            for (int i = 0; i < n; i++)
            {
                var d = new SortedDictionary<int, int>();
                for (int j = 0; j < Size; j++) d[ints[j]] = j;
                for (int j = 0; j < Size; j++) s += d[ints[j]];
            }
            return s;
        });
        Run("Queue<int> enqueue+dequeue 1000", n =>
        {
            long s = 0;
            var q = new Queue<int>();
            for (int i = 0; i < n; i++)
            {
                for (int j = 0; j < Size; j++) q.Enqueue(j);
                while (q.Count > 0) s += q.Dequeue();
            }
            return s;
        });
        Run("Stack<int> push+pop 1000", n =>
        {
            long s = 0;
            var st = new Stack<int>();
            for (int i = 0; i < n; i++)
            {
                for (int j = 0; j < Size; j++) st.Push(j);
                while (st.Count > 0) s += st.Pop();
            }
            return s;
        });
        Run("List<object> boxed sum 1000", n =>
        {
            long s = 0;
            for (int i = 0; i < n; i++)
            {
                var list = new List<object>();
                for (int j = 0; j < Size; j++) list.Add(j);
                foreach (object o in list) s += (int)o;
            }
            return s;
        });
        var boxed = ints.Select(x => (object)x).ToArray();
        Run("object.Equals/GetHashCode boxed", n => { long s = 0; for (int i = 0; i < n; i++) { object a = boxed[i % Size]; s += a.GetHashCode() + (a.Equals(boxed[(i + 1) % Size]) ? 1 : 0); } return s; });
    }

    static void Linq()
    {
        Run("LINQ Where.Select.Sum 1000", n => { long s = 0; for (int i = 0; i < n; i++) s += ints.Where(x => (x & 1) == 0).Select(x => (long)(x >> 4)).Sum(); return s; });
        Run("LINQ OrderBy.ToList 1000", n => { long s = 0; for (int i = 0; i < n; i++) s += ints.OrderBy(x => x).ToList()[i % Size]; return s; });
        Run("LINQ GroupBy.Count 1000", n => { long s = 0; for (int i = 0; i < n; i++) s += ints.GroupBy(x => x & 15).Select(g => g.Count()).Max(); return s; });
        Run("LINQ ToDictionary 1000", n => { long s = 0; for (int i = 0; i < n; i++) s += words.Distinct().ToDictionary(w => w, w => w.Length).Count; return s; });
        Run("LINQ Select.ToList 1000", n => { long s = 0; for (int i = 0; i < n; i++) s += ints.Select(x => x + 1).ToList().Count; return s; });
    }

    static void Miscellaneous()
    {
        Run("Enum.ToString", n => { long s = 0; for (int i = 0; i < n; i++) s += ((Color)(i % 6)).ToString().Length; return s; });
        Run("Enum.ToString(Flags)", n => { long s = 0; for (int i = 0; i < n; i++) s += ((Access)(i & 15)).ToString().Length; return s; });
        Run("Enum.HasFlag", n => { long s = 0; for (int i = 0; i < n; i++) s += ((Access)(i & 15)).HasFlag(Access.Write) ? 1 : 0; return s; });
        var date = new DateTime(2024, 3, 15, 13, 45, 30, 123);
        Run("DateTime.ToString(custom)", n => { long s = 0; for (int i = 0; i < n; i++) s += date.AddMinutes(i & 1023).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture).Length; return s; });
        Run("DateTime.ToString(o)", n => { long s = 0; for (int i = 0; i < n; i++) s += date.AddMinutes(i & 1023).ToString("o", CultureInfo.InvariantCulture).Length; return s; });
        Run("Math.Sin+Exp+Log", n => { double s = 0; for (int i = 0; i < n; i++) { double x = (i & 1023) * 0.001 + 0.5; s += Math.Sin(x) + Math.Exp(x) + Math.Log(x); } return (long)s; });
        Run("Math.Pow+Sqrt", n => { double s = 0; for (int i = 0; i < n; i++) { double x = (i & 1023) * 0.001 + 0.5; s += Math.Pow(x, 1.7) + Math.Sqrt(x); } return (long)s; });
        Func<int, int> square = x => x * x;
        Run("Func<int,int> invoke", n => { long s = 0; for (int i = 0; i < n; i++) s += square(i); return s; });
        Run("closure create+invoke", n => { long s = 0; for (int i = 0; i < n; i++) { int k = i; Func<int> f = () => k + 1; s += f(); } return s; });
        Action<int> multicast = x => checksum += x;
        multicast += x => checksum -= x;
        Run("multicast Action invoke", n => { for (int i = 0; i < n; i++) multicast(i); return 0; });
    }
}
