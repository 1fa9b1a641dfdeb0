// Collections and text operations of the core-library suite (bench/corelib/Ops.cs has the harness and the shared
// inputs): string.Format, string search, encodings, lists, sorting, hash tables, other collections, LINQ.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

static partial class Ops
{
    internal static readonly bool collectionsAndTextArea = Area("Collections and text", CollectionsAndText);

    static void CollectionsAndText()
    {
        FormattingAndSearch();
        Encodings();
        Lists();
        Sorting();
        HashTables();
        OtherCollections();
        Linq();
    }

    static void FormattingAndSearch()
    {
        Run("string.Format(align,X8)", n => { long s = 0; for (int i = 0; i < n; i++) s += string.Format("{0,8}|{1:X8}|{2,-6}", i, ints[i % Size], "ab").Length; return s; });
        Run("interpolation", n => { long s = 0; for (int i = 0; i < n; i++) s += $"item {i}: {words[i % Size]} = {ints[i % Size]}".Length; return s; });
        Run("IndexOf(Ordinal)", n => { long s = 0; for (int i = 0; i < n; i++) s += sentence.IndexOf("wörld", StringComparison.Ordinal); return s; });
        Run("IndexOf(char)", n => { long s = 0; for (int i = 0; i < n; i++) s += sentence.IndexOf('€'); return s; });
        Run("Contains", n => { long s = 0; for (int i = 0; i < n; i++) s += sentence.Contains("lambda mu") ? 1 : 0; return s; });
        Run("Replace", n => { long s = 0; for (int i = 0; i < n; i++) s += sentence.Replace("gamma", "GAMMA!").Length; return s; });
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
    }

    static void Linq()
    {
        Run("LINQ Where.Select.Sum 1000", n => { long s = 0; for (int i = 0; i < n; i++) s += ints.Where(x => (x & 1) == 0).Select(x => (long)(x >> 4)).Sum(); return s; });
        Run("LINQ OrderBy.ToList 1000", n => { long s = 0; for (int i = 0; i < n; i++) s += ints.OrderBy(x => x).ToList()[i % Size]; return s; });
        Run("LINQ GroupBy.Count 1000", n => { long s = 0; for (int i = 0; i < n; i++) s += ints.GroupBy(x => x & 15).Select(g => g.Count()).Max(); return s; });
        Run("LINQ ToDictionary 1000", n => { long s = 0; for (int i = 0; i < n; i++) s += words.Distinct().ToDictionary(w => w, w => w.Length).Count; return s; });
        Run("LINQ Select.ToList 1000", n => { long s = 0; for (int i = 0; i < n; i++) s += ints.Select(x => x + 1).ToList().Count; return s; });
    }
}
