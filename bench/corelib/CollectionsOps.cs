// Collections and text fast paths beyond CorelibOps.cs's list (bench/corelib/Ops.cs has the harness and the shared
// inputs): sorting with comparers, keys with items and floating-point keys; hash tables over regular keys, enums and
// longs; searches through the default comparer; LINQ over lists; long ASCII transcoding; composite formatting of
// plain integers and StringBuilder.AppendFormat.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

static partial class Ops
{
    internal static readonly bool collectionFastPathsArea = Area("Collection fast paths", CollectionFastPaths);

    static void CollectionFastPaths()
    {
        FastSorting();
        FastHashing();
        FastSearchAndLinq();
        FastText();
    }

    static void FastSorting()
    {
        var values = new int[Size];
        Run("Array.Sort int keys+items 1000", n => { long s = 0; var k = new int[Size]; for (int i = 0; i < n; i++) { Array.Copy(ints, k, Size); Array.Copy(ints, values, Size); Array.Sort(k, values); s += values[i % Size]; } return s; });
        Run("Array.Sort double 1000", n => { long s = 0; var a = new double[Size]; for (int i = 0; i < n; i++) { Array.Copy(doubles, a, Size); Array.Sort(a); s += (long)a[i % Size]; } return s; });
        Run("Array.Sort struct (Comparison) 1000", n => { long s = 0; var a = new Point[Size]; for (int i = 0; i < n; i++) { Array.Copy(points, a, Size); Array.Sort(a, (x, y) => x.Y - y.Y); s += a[i % Size].X; } return s; });
        Run("Array.Sort long (IComparer) 1000", n => { long s = 0; var a = new long[Size]; var c = Comparer<long>.Create((x, y) => y.CompareTo(x)); for (int i = 0; i < n; i++) { Array.Copy(longs, a, Size); Array.Sort(a, c); s += a[i % Size]; } return s; });
    }

    static void FastHashing()
    {
        Run("HashSet<int> regular keys 1000", n =>
        {
            long s = 0;
            for (int i = 0; i < n; i++)
            {
                var h = new HashSet<int>();
                for (int j = 0; j < Size; j++) h.Add(j * 1024);
                for (int j = 0; j < Size; j++) s += h.Contains(j * 512) ? 1 : 0;
            }
            return s;
        });
        Run("HashSet<long> add+contains 1000", n =>
        {
            long s = 0;
            for (int i = 0; i < n; i++)
            {
                var h = new HashSet<long>();
                for (int j = 0; j < Size; j++) h.Add(longs[j]);
                for (int j = 0; j < Size; j++) s += h.Contains(longs[j] + (j & 1)) ? 1 : 0;
            }
            return s;
        });
        Run("Dictionary<enum,int> get", n =>
        {
            var d = new Dictionary<Color, int>();
            for (int j = 0; j < 6; j++) d[(Color)j] = j;
            long s = 0;
            for (int i = 0; i < n; i++) s += d[(Color)(i % 6)];
            return s;
        });
    }

    static void FastSearchAndLinq()
    {
        var pointList = new List<Point>(points.Take(100));
        Run("List<Point>.Contains (100)", n => { long s = 0; for (int i = 0; i < n; i++) s += pointList.Contains(points[(i * 7) % 150]) ? 1 : 0; return s; });
        var sortedWords = words.OrderBy(w => w, StringComparer.Ordinal).ToArray();
        Run("Array.BinarySearch string", n => { long s = 0; for (int i = 0; i < n; i++) s += Array.BinarySearch(sortedWords, words[i % Size], StringComparer.Ordinal); return s; });
        var list = new List<int>(ints);
        Run("LINQ List.Where.Sum 1000", n => { long s = 0; for (int i = 0; i < n; i++) s += list.Where(x => x > 0).Select(x => (long)x).Sum(); return s; });
        Run("LINQ Where.Count 1000", n => { long s = 0; for (int i = 0; i < n; i++) s += ints.Where(x => (x & 3) == 0).Count(); return s; });
        Run("LINQ Sum double[] 1000", n => { double s = 0; for (int i = 0; i < n; i++) s += doubles.Sum(); return (long)s; });
    }

    static void FastText()
    {
        var sb = new StringBuilder();
        while (sb.Length < 4096) sb.Append(sentence.Substring(0, 200)).Append('\n');
        string ascii = sb.ToString().Replace('é', 'e').Replace('ö', 'o').Replace('€', 'E');
        byte[] asciiUtf8 = Encoding.UTF8.GetBytes(ascii);
        Run("UTF8.GetBytes 4 KB ASCII", n => { long s = 0; for (int i = 0; i < n; i++) s += Encoding.UTF8.GetBytes(ascii).Length; return s; });
        Run("UTF8.GetString 4 KB ASCII", n => { long s = 0; for (int i = 0; i < n; i++) s += Encoding.UTF8.GetString(asciiUtf8).Length; return s; });
        Run("string.Format(int,long)", n => { long s = 0; for (int i = 0; i < n; i++) s += string.Format("{0} of {1}", i, longs[i % Size]).Length; return s; });
        Run("StringBuilder.AppendFormat", n =>
        {
            long s = 0;
            var builder = new StringBuilder();
            for (int i = 0; i < n; i++)
            {
                builder.Clear();
                builder.AppendFormat("{0,-10}|{1:X8}|{2}", words[i % Size], ints[i % Size], i);
                s += builder.Length;
            }
            return s;
        });
    }
}
