using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;

// mcs 6.8 cannot deconstruct through Deconstruct methods ("Custom deconstruct" is an internal error), only tuples.
class Money
{
    public int Units, Cents;
    public Money(int units, int cents) { Units = units; Cents = cents; }
    public void Deconstruct(out int units, out int cents) { units = Units; cents = Cents; }
}

class Tuples
{
    static (int Min, int Max, double Mean) Stats(IEnumerable<int> values)
    {
        int min = int.MaxValue, max = int.MinValue, sum = 0, n = 0;
        foreach (int v in values)
        {
            if (v < min) min = v;
            if (v > max) max = v;
            sum += v;
            n++;
        }
        return (min, max, (double)sum / n);
    }

    static (string, int) Pair(string s) { return (s, s.Length); }

    static void Main()
    {
        var stats = Stats(new[] { 4, 8, 15, 16, 23, 42 });
        Console.WriteLine(stats + " " + stats.Min + " " + stats.Max + " " + stats.Mean.ToString("F3") + " " + stats.Item3.ToString("F1"));
        var (lo, hi, mean) = stats;
        Console.WriteLine(lo + hi + " " + mean.ToString("F2"));
        int a = 1, b = 2;
        (a, b) = (b, a);
        Console.WriteLine(a + " " + b);
        (string word, int length) = Pair("tuple");
        Console.WriteLine(word + " " + length);
        int units, cents;
        new Money(3, 75).Deconstruct(out units, out cents);
        Console.WriteLine(units + "." + cents);

        Console.WriteLine(ValueTuple.Create() + " " + ValueTuple.Create(1) + " " + (1, "two") + " " + (1, (string)null, 2.5, 'c', true));
        Console.WriteLine(((1, 2), (3, (4, 5))) + " " + ValueTuple.Create(1, 2, 3, 4, 5, 6, 7) + " " + ValueTuple.Create(1, 2, 3, 4, 5, 6, 7, 8));
        var eight = ValueTuple.Create(1, 2, 3, 4, 5, 6, 7, 8);
        Console.WriteLine(eight.Rest.Item1 + " " + eight.Item7 + " " + eight.Rest);
        var nine = new ValueTuple<int, int, int, int, int, int, int, ValueTuple<int, int>>(1, 2, 3, 4, 5, 6, 7, (8, 9));
        Console.WriteLine(nine + " " + nine.Rest.Item2);
        ITuple it = nine;
        Console.WriteLine(it.Length + " " + it[0] + " " + it[8]);
        ITuple small = (10, "x");
        Console.WriteLine(small.Length + " " + small[1]);

        var p = (x: 1, y: "a");
        var q = (1, "a");
        Console.WriteLine(p.Equals(q) + " " + p.Equals((object)q) + " " + p.Equals((2, "a")) + " " + (p.GetHashCode() == q.GetHashCode()) + " " + p.Equals((object)"a"));
        Console.WriteLine(p.CompareTo((1, "b")) + " " + p.CompareTo((0, "z")) + " " + p.CompareTo(q) + " " + ((IComparable)p).CompareTo(null));
        List<(string Name, int Age)> people = new List<(string, int)> { ("eve", 30), ("bob", 25), ("ann", 30), ("cid", 25) };
        people.Sort();
        Console.WriteLine(string.Join(" ", people));
        people.Sort((l, r) => l.Age != r.Age ? r.Age.CompareTo(l.Age) : string.CompareOrdinal(l.Name, r.Name));
        Console.WriteLine(string.Join(" ", people.Select(t => t.Name + "/" + t.Age)));
        var grouped = people.GroupBy(t => t.Age).Select(g => (Age: g.Key, Count: g.Count()));
        foreach (var g in grouped) Console.Write(g.Age + ":" + g.Count + " ");
        Console.WriteLine();

        Dictionary<(int, int), string> grid = new Dictionary<(int, int), string>();
        grid[(0, 0)] = "origin";
        grid[(1, 2)] = "a";
        grid[(1, 2)] = "b";
        Console.WriteLine(grid.Count + " " + grid[(1, 2)] + " " + grid.ContainsKey((2, 1)));
        HashSet<(string, int)> seen = new HashSet<(string, int)> { ("a", 1), ("a", 1), ("a", 2) };
        Console.WriteLine(seen.Count);
        var squares = Enumerable.Range(1, 5).Select(n => (n, sq: n * n)).Where(t => t.sq > 4).ToList();
        Console.WriteLine(string.Join(",", squares) + " " + squares[0].sq);

        Tuple<int, string> t1 = Tuple.Create(1, "one");
        Tuple<int, string> t2 = new Tuple<int, string>(1, "one");
        Console.WriteLine(t1 + " " + t1.Item1 + " " + t1.Item2 + " " + t1.Equals(t2) + " " + (t1 == t2) + " " + (t1.GetHashCode() == t2.GetHashCode()));
        Console.WriteLine(Tuple.Create(1, 2, 3, 4, 5, 6, 7, 8) + " " + Tuple.Create(1, 2, 3, 4, 5, 6, 7, 8).Rest.Item1 + " " + Tuple.Create((string)null, 'x'));
        Console.WriteLine(((IComparable)Tuple.Create(1, "b")).CompareTo(Tuple.Create(1, "a")) + " " + ((IComparable)Tuple.Create(0, "b")).CompareTo(Tuple.Create(1, "a")));
        List<Tuple<string, int>> tuples = new List<Tuple<string, int>> { Tuple.Create("b", 2), Tuple.Create("a", 9), Tuple.Create("b", 1) };
        tuples.Sort();
        Console.WriteLine(string.Join(" ", tuples));
        Console.WriteLine(Tuple.Create(1).Equals(Tuple.Create(1)) + " " + Tuple.Create(1).Equals(Tuple.Create(2)) + " " + Tuple.Create(1).Equals(null));
        ITuple tupleView = Tuple.Create("a", 2, 3.5);
        Console.WriteLine(tupleView.Length + " " + tupleView[2]);
        try
        {
            Console.WriteLine(it[9]);
        }
        catch (IndexOutOfRangeException) { Console.WriteLine("IndexOutOfRangeException"); }
    }
}
