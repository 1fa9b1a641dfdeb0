using System;
using System.Collections.Generic;
using System.Linq;

// Select and Where over arrays, lists and other sequences, alone and chained: laziness, order of delegate calls,
// enumerating twice, ToList/ToArray, a list changed while enumerating, and disposal of the source's enumerator.
class Tracked : IEnumerable<int>
{
    public int Disposed;
    readonly int[] items;
    public Tracked(params int[] items) { this.items = items; }
    public IEnumerator<int> GetEnumerator()
    {
        try { foreach (int x in items) yield return x; }
        finally { Disposed++; }
    }
    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() { return GetEnumerator(); }
}

class IteratorShapes
{
    static string Show<T>(IEnumerable<T> items) { return "[" + string.Join(",", items) + "]"; }

    static void Main()
    {
        int[] array = { 5, 2, 8, 1, 9, 4 };
        List<int> list = new List<int>(array);
        Tracked tracked = new Tracked(array);
        var log = new List<string>();

        foreach (IEnumerable<int> source in new IEnumerable<int>[] { array, list, tracked, array.Where(x => true) })
        {
            log.Clear();
            var q = source.Where(x => { log.Add("w" + x); return x % 2 == 0; }).Select(x => { log.Add("s" + x); return x * 10; });
            Console.WriteLine("lazy: " + log.Count);
            Console.WriteLine(Show(q) + " " + string.Join(" ", log));
            Console.WriteLine(Show(q) + " twice");
            Console.WriteLine(Show(q.ToList()) + " " + Show(q.ToArray()) + " " + q.Count() + " " + q.Sum());
            var s = source.Select((int x) => x + 1);
            Console.WriteLine(Show(s) + " " + Show(s.ToList()) + " " + Show(s.ToArray()) + " " + s.First() + " " + s.Last());
            var w = source.Where(x => x > 4);
            Console.WriteLine(Show(w) + " " + Show(w.ToList()) + " " + Show(w.ToArray()) + " " + Show(w.Select(x => "v" + x)));
            Console.WriteLine(Show(source.Select(x => x).Select(x => -x)) + " " + Show(source.Where(x => x > 1).Where(x => x < 9)));
        }

        var e = array.Select(x => x * 2).GetEnumerator();
        while (e.MoveNext()) Console.Write(e.Current + " ");
        Console.WriteLine(e.MoveNext() + " " + e.Current);
        e.Dispose();

        foreach (int x in tracked.Select(x => x)) if (x == 8) break;
        foreach (int x in tracked.Where(x => x > 0)) if (x == 8) break;
        foreach (int x in tracked.Where(x => x > 0).Select(x => x)) if (x == 8) break;
        Console.WriteLine("disposed " + tracked.Disposed);

        try
        {
            foreach (int x in list.Select(x => x)) if (x == 8) list.Add(3);
        }
        catch (InvalidOperationException ex) { Console.WriteLine("select: " + ex.Message); }
        try
        {
            foreach (int x in list.Where(x => x > 0).Select(x => x)) if (x == 8) list.Remove(3);
        }
        catch (InvalidOperationException ex) { Console.WriteLine("where-select: " + ex.Message); }
        try
        {
            array.Select<int, int>(x => { if (x == 8) throw new ArgumentException("eight"); return x; }).ToList();
        }
        catch (ArgumentException ex) { Console.WriteLine("thrown: " + ex.Message); }
        try { Enumerable.Select<int, int>(null, x => x); } catch (ArgumentNullException ex) { Console.WriteLine(ex.ParamName); }
        try { array.Where((Func<int, bool>)null); } catch (ArgumentNullException ex) { Console.WriteLine(ex.ParamName); }

        object[] covariant = new string[] { "a", "bb", "ccc" };
        Console.WriteLine(Show(covariant.Select(o => o.ToString().Length)) + " " + Show(covariant.Where(o => o.ToString() != "bb")));
        Console.WriteLine(Show(new int[0].Select(x => x).ToArray()) + Show(new List<int>().Where(x => true).ToList()));
        var indexed = array.Where(x => x > 2).Select((x, i) => i + ":" + x);
        Console.WriteLine(Show(indexed));
    }
}
