using System;
using System.Collections.Generic;
using System.Linq;

class Word
{
    public string Text;
    public Word(string t) { Text = t; }
    public override string ToString() { return Text; }
}

class TextComparer : IEqualityComparer<Word>
{
    public bool Equals(Word a, Word b) { return a.Text.ToLowerInvariant() == b.Text.ToLowerInvariant(); }
    public int GetHashCode(Word w) { return w.Text.ToLowerInvariant().GetHashCode(); }
}

class SetsAndConversions
{
    static List<string> log = new List<string>();

    static string Show<T>(IEnumerable<T> items) { return "[" + string.Join(", ", items) + "]"; }

    static IEnumerable<int> Lazy(string name, params int[] items)
    {
        foreach (int i in items)
        {
            log.Add(name + i);
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
        int[] a = { 5, 1, 5, 3, 1, 9, 3 };
        int[] b = { 3, 4, 5, 4, 6 };
        Console.WriteLine(Show(a.Distinct()) + " " + Show(a.Union(b)) + " " + Show(a.Intersect(b)) + " " + Show(a.Except(b)) + " " + Show(b.Except(a)));
        Console.WriteLine(Show(new[] { "a", null, "b", null }.Distinct()) + " " + Show(new[] { "x", null }.Union(new string[] { null, "y" })) + " " + Show(new[] { "x", null }.Intersect(new string[] { null })));
        Word[] words = { new Word("Apple"), new Word("apple"), new Word("Pear"), new Word("APPLE"), new Word("fig") };
        Word[] others = { new Word("PEAR"), new Word("kiwi") };
        TextComparer byText = new TextComparer();
        Console.WriteLine(Show(words.Distinct(byText)) + " " + words.Distinct().Count() + " " + Show(words.Union(others, byText)) + " " + Show(words.Intersect(others, byText)) + " " + Show(words.Except(others, byText)));
        Console.WriteLine(Show(new[] { "A", "a", "B" }.Distinct(StringComparer.OrdinalIgnoreCase)) + " " + Show(new[] { "A" }.Union(new[] { "a", "b" }, StringComparer.OrdinalIgnoreCase)));

        // streaming: Distinct and Union yield as they go; Intersect and Except read `second` first
        var distinct = Lazy("s", 1, 1, 2).Distinct();
        Flush("distinct built");
        foreach (int x in distinct) log.Add("got" + x);
        Flush("distinct");
        foreach (int x in Lazy("f", 1, 2).Union(Lazy("s", 2, 3))) log.Add("got" + x);
        Flush("union");
        foreach (int x in Lazy("f", 1, 2, 2).Intersect(Lazy("s", 2, 3))) log.Add("got" + x);
        Flush("intersect");
        foreach (int x in Lazy("f", 1, 2, 1).Except(Lazy("s", 2))) log.Add("got" + x);
        Flush("except");
        Console.WriteLine(Lazy("t", 1, 2, 3).Distinct().First());
        Flush("first distinct");

        // conversions
        List<int> asList = Lazy("l", 3, 1, 2).ToList();
        Flush("tolist");
        asList.Add(4);
        Console.WriteLine(Show(asList) + " " + asList.Count);
        int[] asArray = a.Where(x => x > 3).ToArray();
        Console.WriteLine(Show(asArray) + " " + asArray.Length + " " + new List<int>().ToArray().Length);
        HashSet<int> set = a.ToHashSet();
        Console.WriteLine(set.Count + " " + set.Contains(9) + " " + Show(set.OrderBy(x => x)));
        HashSet<string> caseless = new[] { "x", "X", "y" }.ToHashSet(StringComparer.OrdinalIgnoreCase);
        Console.WriteLine(caseless.Count + " " + caseless.Contains("Y"));
        Dictionary<string, int> lengths = new[] { "one", "three", "seven" }.ToDictionary(s => s, s => s.Length);
        Console.WriteLine(Show(lengths) + " " + lengths["three"]);
        Dictionary<int, string> byLength = new[] { "a", "bb", "ccc" }.ToDictionary(s => s.Length);
        Console.WriteLine(Show(byLength.Keys) + " " + byLength[2]);
        Dictionary<string, string> ci = new[] { "Key" }.ToDictionary(s => s, StringComparer.OrdinalIgnoreCase);
        Console.WriteLine(ci["KEY"] + " " + new[] { "p", "q" }.ToDictionary(s => s, s => s + s, StringComparer.Ordinal)["q"]);
        try
        {
            new[] { "aa", "bb" }.ToDictionary(s => s.Length);
        }
        catch (ArgumentException) { Console.WriteLine("duplicate key ArgumentException"); }
        try
        {
            new[] { "aa", null }.ToDictionary(s => s);
        }
        catch (ArgumentNullException) { Console.WriteLine("null key ArgumentNullException"); }
        try
        {
            a.Union(null);
        }
        catch (ArgumentNullException) { Console.WriteLine("null second ArgumentNullException"); }

        // a small pipeline mixing everything
        string text = "the quick brown fox jumps over the lazy dog the end";
        var frequent = text.Split(' ')
            .GroupBy(w => w)
            .Select(g => new { Word = g.Key, Count = g.Count() })
            .Where(x => x.Count > 1 || x.Word.Length > 4)
            .OrderByDescending(x => x.Count)
            .ThenBy(x => x.Word)
            .Select(x => x.Word + "=" + x.Count);
        Console.WriteLine(Show(frequent));
        var letters = text.Where(char.IsLetter).GroupBy(c => c).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Take(5).Select(g => g.Key + "" + g.Count());
        Console.WriteLine(Show(letters) + " " + text.Distinct().Count() + " " + new string(text.Where(c => c != ' ').Reverse().Take(6).ToArray()));
        var primes = Enumerable.Range(2, 50).Where(n => Enumerable.Range(2, n - 2).All(d => n % d != 0));
        Console.WriteLine(Show(primes) + " " + primes.Sum() + " " + primes.Skip(3).First() + " " + primes.Reverse().Skip(1).First());
        var table = from x in Enumerable.Range(1, 4) from y in Enumerable.Range(1, 4) where x < y let p = x * y where p % 2 == 0 orderby p descending, x select x + "x" + y + "=" + p;
        Console.WriteLine(Show(table));
    }
}
