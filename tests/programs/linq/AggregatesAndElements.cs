using System;
using System.Collections.Generic;
using System.Linq;

class Item
{
    public string Name;
    public int Count;
    public long Weight;
    public double Price;
    public float Score;
    public int? Rating;
    public Item(string name, int count, long weight, double price, float score, int? rating)
    {
        Name = name; Count = count; Weight = weight; Price = price; Score = score; Rating = rating;
    }
    public override string ToString() { return Name; }
}

class AggregatesAndElements
{
    static List<string> log = new List<string>();

    static void Try<T>(string label, Func<T> f)
    {
        try
        {
            T value = f();
            Console.WriteLine(label + ": " + (value == null ? "null" : value.ToString()));
        }
        catch (InvalidOperationException e) { Console.WriteLine(label + ": InvalidOperationException " + e.Message); }
        catch (Exception e) { Console.WriteLine(label + ": " + e.GetType().Name); }
    }

    static bool Logged(int x, bool result)
    {
        log.Add(x.ToString());
        return result;
    }

    static IEnumerable<int> Lazy(params int[] items)
    {
        foreach (int i in items)
        {
            log.Add("y" + i);
            yield return i;
        }
    }

    static void Flush(string label)
    {
        Console.WriteLine(label + ": " + string.Join(" ", log));
        log.Clear();
    }

    static void Main()
    {
        Item[] items =
        {
            new Item("a", 3, 10L, 2.5, 1.5f, 4), new Item("b", 7, 20L, 0.125, 2.25f, null), new Item("c", 1, 5L, 10.0, 0.5f, 2),
            new Item("d", 7, 40L, 3.25, 4.0f, 5),
        };
        Console.WriteLine(items.Sum(i => i.Count) + " " + items.Sum(i => i.Weight) + " " + items.Sum(i => i.Price) + " " + items.Sum(i => i.Score) + " " + items.Sum(i => i.Rating));
        Console.WriteLine(items.Min(i => i.Count) + " " + items.Max(i => i.Count) + " " + items.Min(i => i.Weight) + " " + items.Max(i => i.Price) + " " + items.Min(i => i.Score) + " " + items.Max(i => i.Rating) + " " + items.Min(i => i.Rating));
        Console.WriteLine(items.Average(i => i.Count) + " " + items.Average(i => i.Weight) + " " + items.Average(i => i.Price) + " " + items.Average(i => i.Score) + " " + items.Average(i => i.Rating).Value.ToString("F4"));
        Console.WriteLine(items.Min(i => i.Name) + " " + items.Max(i => i.Name) + " " + items.Max(i => (double?)i.Price) + " " + items.Min(i => (long?)i.Weight) + " " + items.Sum(i => (float?)i.Score));
        int[] ints = { 4, -2, 9, 0 };
        long[] longs = { 5000000000L, -1L };
        double[] doubles = { 1.5, -0.25, 8 };
        float[] floats = { 0.1f, 0.2f, 0.3f };
        Console.WriteLine(ints.Sum() + " " + ints.Min() + " " + ints.Max() + " " + ints.Average() + " " + longs.Sum() + " " + longs.Max() + " " + longs.Average());
        Console.WriteLine(doubles.Sum() + " " + doubles.Min() + " " + doubles.Max() + " " + doubles.Average().ToString("F4") + " " + floats.Sum() + " " + floats.Average() + " " + floats.Max());
        int?[] nullableInts = { null, 3, null, 1 };
        double?[] nullableDoubles = { null, null };
        Console.WriteLine(nullableInts.Sum() + " " + nullableInts.Min() + " " + nullableInts.Max() + " " + nullableInts.Average() + " " + (nullableDoubles.Average() == null) + " " + (nullableDoubles.Max() == null) + " " + nullableDoubles.Sum());
        Console.WriteLine(new[] { 1.0, double.NaN, -5 }.Min() + " " + new[] { 1.0, double.NaN, -5 }.Max() + " " + new[] { double.NaN, double.NaN }.Max() + " " + new[] { double.NaN, 2.0 }.Max() + " " + new float[] { 3, float.NaN }.Min());
        Console.WriteLine(new double?[] { null, double.NaN, 4 }.Max() + " " + new double?[] { 4, double.NaN }.Min() + " " + new[] { 2.0, double.NegativeInfinity }.Min() + " " + new[] { 2.0, double.PositiveInfinity }.Max());
        Console.WriteLine(new[] { "pear", "apple", "fig" }.Min() + " " + new[] { "pear", "apple", "fig" }.Max() + " " + (new string[0].Min() == null) + " " + (new string[] { null, null }.Max() == null) + " " + new[] { "b", null, "a" }.Min());
        Console.WriteLine(new[] { 'q', 'b', 'x' }.Max() + " " + new byte[] { 7, 200, 3 }.Min());
        Try("empty int min", () => new int[0].Min());
        Try("empty double max", () => new double[0].Max());
        Try("empty long average", () => new long[0].Average());
        Try("empty float average", () => new List<float>().Average());
        Try("empty selector average", () => items.Where(i => false).Average(i => i.Price));
        Try("empty nullable min", () => new int?[0].Min());
        Try("empty nullable average", () => new long?[0].Average());
        Try("empty sum", () => new int[0].Sum());
        Try("empty generic max", () => new char[0].Max());
        Try("overflow", () => new[] { int.MaxValue, 1 }.Sum());
        Try("long overflow", () => new[] { long.MaxValue, 1 }.Sum());
        Try("average no overflow", () => new[] { int.MaxValue, int.MaxValue }.Average());
        Try("count", () => Enumerable.Range(0, 50).Count(x => x % 3 == 0));
        Try("long count", () => Enumerable.Range(0, 50).LongCount() + Enumerable.Range(0, 50).LongCount(x => x > 45));
        Try("aggregate", () => ints.Aggregate((a, b) => a * 10 + b));
        Try("aggregate seed", () => ints.Aggregate("s", (acc, x) => acc + x));
        Try("aggregate result", () => ints.Aggregate(0, (acc, x) => acc + x * x, acc => "squares " + acc));
        Try("aggregate empty", () => new int[0].Aggregate((a, b) => a + b));
        Try("aggregate empty seed", () => new int[0].Aggregate(7, (a, b) => a + b));

        // elements
        List<int> list = new List<int> { 5, 8, 13, 21, 34 };
        Console.WriteLine(list.First() + " " + list.First(x => x > 10) + " " + list.Last() + " " + list.Last(x => x < 20) + " " + list.ElementAt(2) + " " + list.ElementAtOrDefault(9) + " " + list.ElementAtOrDefault(-1));
        Console.WriteLine(list.FirstOrDefault(x => x > 100) + " " + list.LastOrDefault(x => x > 100) + " " + new string[0].FirstOrDefault() + "|" + new string[0].LastOrDefault() + "|" + list.SingleOrDefault(x => x == 8) + " " + list.Single(x => x == 13));
        Console.WriteLine(new[] { 42 }.Single() + " " + new int[0].SingleOrDefault() + " " + Lazy(1, 2, 3).ElementAt(1) + " " + Lazy(1, 2).ElementAtOrDefault(5) + " " + Lazy(6, 7).Last() + " " + Lazy().LastOrDefault());
        Flush("lazy");
        Try("first empty", () => new int[0].First());
        Try("first no match", () => list.First(x => x > 100));
        Try("last empty", () => Lazy().Last());
        Try("last no match", () => list.Last(x => x < 0));
        Try("single empty", () => new int[0].Single());
        Try("single many", () => list.Single());
        Try("single lazy many", () => Lazy(1, 2, 3).Single());
        Flush("single reads two");
        Try("single no match", () => list.Single(x => x > 100));
        Try("single many matches", () => list.Single(x => x > 10));
        Try("single or default many", () => list.SingleOrDefault());
        Try("single or default many matches", () => list.SingleOrDefault(x => x % 2 == 1));
        Try("element at", () => Lazy(1, 2).ElementAt(2));
        Try("element at negative", () => Lazy(1, 2).ElementAt(-1));
        Try("element at list", () => list.ElementAt(10));
        Flush("elements");
        Console.WriteLine(list.Last(x => Logged(x, x < 20)));
        Flush("last on a list searches from the end");
        Console.WriteLine(Lazy(5, 8, 13, 21).Last(x => Logged(x, x < 20)));
        Flush("last on a sequence reads everything");
        Console.WriteLine(list.Single(x => Logged(x, x == 13)));
        Flush("single checks all");
        Try("single stops at second match", () => list.Single(x => Logged(x, x > 6)));
        Flush("second match");
        Console.WriteLine(list.First(x => Logged(x, x > 6)) + " " + list.Any(x => Logged(x, x > 10)) + " " + list.All(x => Logged(x, x < 10)));
        Flush("short circuit");

        // quantifiers
        Console.WriteLine(list.Any() + " " + new int[0].Any() + " " + list.Any(x => x > 30) + " " + list.All(x => x > 0) + " " + new int[0].All(x => false) + " " + Lazy(1).Any());
        Flush("any");
        Console.WriteLine(list.Contains(13) + " " + list.Contains(14) + " " + Lazy(1, 2, 3).Contains(2) + " " + new[] { "A", "b" }.Contains("a", StringComparer.OrdinalIgnoreCase) + " " + new[] { "A", "b" }.Contains("a"));
        Flush("contains stops");
        HashSet<string> caseless = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "Hello" };
        Console.WriteLine(caseless.Contains("HELLO") + " " + Enumerable.Contains(caseless, "HELLO") + " " + caseless.AsEnumerable().Contains("hello") + " " + caseless.Contains("HELLO", null));
        Console.WriteLine(list.SequenceEqual(new[] { 5, 8, 13, 21, 34 }) + " " + list.SequenceEqual(new[] { 5, 8 }) + " " + new[] { "a" }.SequenceEqual(new[] { "A" }, StringComparer.OrdinalIgnoreCase) + " " + Lazy(1, 2).SequenceEqual(Lazy(1, 3)));
        Flush("sequence equal");
        Console.WriteLine(list.Count() + " " + Lazy(1, 2, 3).Count() + " " + list.Count(x => x % 2 == 1) + " " + new Stack<int>(list).Count() + " " + "hello".Count());
        Flush("count");
    }
}
