// Pre-generics code: ArrayList and Hashtable with boxing, sorting through IComparer and IComparable, DictionaryEntry
// enumeration, arrays passed as ICollection, and casting elements back.
using System;
using System.Collections;

class Score : IComparable
{
    public string Name; public int Points;
    public Score(string n, int p) { Name = n; Points = p; }
    public int CompareTo(object other) { return Points.CompareTo(((Score)other).Points); }
    public override string ToString() { return Name + ":" + Points; }
}

class ByName : IComparer
{
    public int Compare(object a, object b) { return string.CompareOrdinal(((Score)a).Name, ((Score)b).Name); }
}

class LegacyCollections
{
    static string Join(IEnumerable items)
    {
        string s = "";
        foreach (object o in items) s += (s.Length > 0 ? "," : "") + (o ?? "null");
        return "[" + s + "]";
    }

    static int Main()
    {
        var list = new ArrayList();
        list.Add(3); list.Add("two"); list.Add(1.5); list.Add(null); list.Add('c');
        Console.WriteLine("arraylist " + list.Count + " " + Join(list) + " index " + list.IndexOf("two") + " contains " + list.Contains(1.5) + list.Contains(4));
        int total = 0;
        foreach (object o in list) if (o is int) total += (int)o;
        list.Remove("two");
        list.RemoveAt(0);
        list.Insert(1, "inserted");
        Console.WriteLine("edited " + Join(list) + " total " + total);

        var numbers = new ArrayList(new[] { 5, 3, 9, 1, 7 });
        numbers.Sort();
        Console.WriteLine("sorted " + Join(numbers) + " search " + numbers.BinarySearch(7) + " " + numbers.BinarySearch(4));
        numbers.Reverse();
        numbers.AddRange(new[] { 100, 200 });
        Console.WriteLine("reversed+range " + Join(numbers) + " range " + Join(numbers.GetRange(1, 3)) + " last " + numbers[numbers.Count - 1]);
        object[] asArray = numbers.ToArray();
        Console.WriteLine("toarray " + asArray.Length + " " + asArray[0]);

        var scores = new ArrayList { new Score("zed", 40), new Score("amy", 95), new Score("bob", 72) };
        scores.Sort();
        Console.WriteLine("by points " + Join(scores));
        scores.Sort(new ByName());
        Console.WriteLine("by name " + Join(scores));
        var words = new ArrayList(new[] { "pear", "Apple", "fig" });
        words.Sort();
        Console.WriteLine("words " + Join(words) + " ordinal " + Comparer.Default.Compare("a", "b"));

        var table = new Hashtable();
        table["one"] = 1;
        table["two"] = 2;
        table.Add("three", 3);
        table["one"] = 11;
        Console.WriteLine("hashtable " + table.Count + " " + table["one"] + " " + table["missing"] + " " + table.ContainsKey("two") + table.ContainsValue(3) + table.Contains("four"));
        try { table.Add("two", 22); } catch (ArgumentException) { Console.WriteLine("duplicate add rejected"); }
        table.Remove("two");
        int sum = 0;
        foreach (DictionaryEntry e in table) sum += (int)e.Value;
        Console.WriteLine("sum " + sum + " count " + table.Count + " keys " + table.Keys.Count);
        var counts = new Hashtable();
        foreach (string w in "a b a c b a".Split(' ')) counts[w] = counts[w] == null ? 1 : (int)counts[w] + 1;
        Console.WriteLine("counts a=" + counts["a"] + " b=" + counts["b"] + " c=" + counts["c"]);
        ICollection arr = new[] { "x", "y" };
        Console.WriteLine("array as ICollection " + arr.Count + " " + Join(arr));
        return 100;
    }
}
