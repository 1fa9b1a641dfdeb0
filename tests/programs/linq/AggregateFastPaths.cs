// Sum and Count through the sink fast paths: arrays, lists, Select/Where/Where+Select iterators over arrays, lists
// and other enumerables, other sequences; the delegates run in the same order; overflow stops at the same element;
// a list changed by a selector still throws; empty and one-element inputs; float sums accumulate in double.
using System;
using System.Collections.Generic;
using System.Linq;

static class AggregateFastPaths
{
    static IEnumerable<int> Yielded(int n) { for (int i = 0; i < n; i++) yield return i * 3 - 7; }

    static void Main()
    {
        int[] array = { 5, -3, 12, 7, 0, 40, -18, 9 };
        var list = new List<int>(array);
        var log = new List<string>();
        Console.WriteLine("array: " + array.Sum() + " " + array.Count() + " " + array.Select(x => (long)x * 1000000000).Sum());
        Console.WriteLine("list: " + list.Sum() + " " + list.Where(x => x > 0).Sum() + " " + list.Select(x => x * 0.5).Sum());
        Console.WriteLine("where/select array: " + array.Where(x => { log.Add("w" + x); return x % 2 == 0; }).Select(x => { log.Add("s" + x); return (double)x / 3; }).Sum().ToString("R"));
        Console.WriteLine(string.Join(" ", log));
        log.Clear();
        Console.WriteLine("where/select list: " + list.Where(x => { log.Add("w" + x); return x < 10; }).Select(x => { log.Add("s" + x); return (long)x; }).Sum());
        Console.WriteLine(string.Join(" ", log));
        Console.WriteLine("counts: " + array.Where(x => x > 0).Count() + " " + list.Select(x => x).Count() + " " + Yielded(10).Count() + " " + Yielded(10).Where(x => x > 0).Count()
            + " " + list.Where(x => x > 5).Select(x => x.ToString()).Count() + " " + Yielded(5).Select(x => x + 1).Where(x => x != 0).Count());
        Console.WriteLine("enumerables: " + Yielded(10).Sum() + " " + Yielded(10).Select(x => (float)x / 4).Sum() + " " + Yielded(6).Where(x => x > 0).Select(x => (long)x).Sum());
        Console.WriteLine("empty: " + new int[0].Sum() + " " + new List<long>().Sum() + " " + new double[0].Where(x => true).Sum() + " " + new int[0].Select(x => x).Count());
        Console.WriteLine("one: " + new[] { 42 }.Sum() + " " + new List<float> { 1.5f }.Select(x => x * 2).Sum() + " " + new[] { 7 }.Where(x => x > 10).Sum());
        var floats = new float[1000];
        for (int i = 0; i < floats.Length; i++) floats[i] = 0.1f * (i % 7);
        Console.WriteLine("floats: " + floats.Sum().ToString("F4") + " " + floats.Where(x => x > 0.2f).Sum().ToString("F4") + " " + new List<float>(floats).Sum().ToString("F4"));
        var doubles = new List<double> { 1e16, 1, -1e16, 0.1, double.NaN };
        Console.WriteLine("doubles: " + doubles.Take(4).Sum().ToString("R") + " " + doubles.Sum() + " " + doubles.Where(d => !double.IsNaN(d)).Select(d => d * 2).Sum().ToString("R"));

        var evaluated = new List<int>();
        try
        {
            Console.WriteLine(new[] { 1, int.MaxValue, 5, 6 }.Select(x => { evaluated.Add(x); return x; }).Sum());
        }
        catch (OverflowException) { Console.WriteLine("overflow after " + string.Join(",", evaluated)); }
        evaluated.Clear();
        try
        {
            Console.WriteLine(new List<long> { long.MinValue, 3, -1, 8 }.Where(x => { evaluated.Add((int)(x % 1000)); return true; }).Sum());
        }
        catch (OverflowException) { Console.WriteLine("long overflow after " + string.Join(",", evaluated)); }
        var changing = new List<int> { 1, 2, 3 };
        try
        {
            Console.WriteLine(changing.Select(x => { if (x == 2) changing.Add(9); return x; }).Sum());
        }
        catch (InvalidOperationException) { Console.WriteLine("list changed: " + changing.Count); }
        try { Console.WriteLine(((IEnumerable<int>)null).Sum()); }
        catch (ArgumentNullException e) { Console.WriteLine("null: " + e.ParamName); }
        try { Console.WriteLine(array.Select((Func<int, int>)null).Sum()); }
        catch (ArgumentNullException e) { Console.WriteLine("null selector: " + e.ParamName); }

        // a partially enumerated iterator: Sum and Count start again from the beginning
        var query = array.Where(x => x > 0);
        using (var e = query.GetEnumerator())
        {
            e.MoveNext();
            e.MoveNext();
            Console.WriteLine("restart: " + query.Sum() + " " + query.Count() + " " + e.Current);
        }
        var ints = Enumerable.Range(1, 100).ToArray();
        Console.WriteLine("range: " + ints.Where(x => x % 3 == 0).Select(x => (long)x * x).Sum() + " " + Enumerable.Range(0, 50).Sum() + " " + Enumerable.Repeat(2.5, 4).Sum());
        Console.WriteLine("grouped: " + ints.GroupBy(x => x & 15).Select(g => g.Count()).Max() + " " + ints.GroupBy(x => x % 7).Sum(g => g.Count()));
    }
}
