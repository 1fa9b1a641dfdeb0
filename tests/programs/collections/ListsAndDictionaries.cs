using System;
using System.Collections.Generic;

struct Pair { public int A; public string B; public Pair(int a, string b) { A = a; B = b; } }

class ListsAndDictionaries
{
    static void Main()
    {
        List<int> numbers = new List<int>();
        for (int i = 10; i > 0; i--) numbers.Add(i * 3 % 7);
        numbers.Sort();
        foreach (int n in numbers) Console.Write(n + " ");
        Console.WriteLine();
        Console.WriteLine(numbers.Count + " " + numbers.Contains(4) + " " + numbers.IndexOf(6) + " " + numbers.BinarySearch(5));
        numbers.RemoveAll(x => x % 2 == 0);
        numbers.Insert(0, 100);
        numbers.Reverse();
        Console.WriteLine(string.Concat(numbers[0], ",", numbers[numbers.Count - 1], ",", numbers.Count));
        List<string> words = new List<string> { "pear", "Apple", "fig", "banana", "apple" };
        words.Sort();
        Console.WriteLine(words[0] + " " + words[1] + " " + words[2] + " " + words[3] + " " + words[4]);
        words.Sort((a, b) => a.Length - b.Length);
        Console.WriteLine(words[0] + " " + words[4]);
        List<string> longOnes = words.FindAll(w => w.Length > 4);
        Console.WriteLine(longOnes.Count + " " + words.Exists(w => w == "fig") + " " + words.Find(w => w.StartsWithP()));

        Dictionary<string, int> counts = new Dictionary<string, int>();
        string text = "the quick brown fox jumps over the lazy dog the end";
        string word = "";
        for (int i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] == ' ')
            {
                int c;
                counts.TryGetValue(word, out c);
                counts[word] = c + 1;
                word = "";
            }
            else word += text[i];
        }
        Console.WriteLine(counts["the"] + " " + counts.Count + " " + counts.ContainsKey("fox") + " " + counts.ContainsKey("cat"));
        foreach (KeyValuePair<string, int> pair in counts)
        {
            if (pair.Value == 1 && pair.Key.Length == 3) Console.Write(pair.Key + " ");
        }
        Console.WriteLine();
        counts.Remove("the");
        Console.WriteLine(counts.Count + " " + counts.ContainsKey("the"));
        try
        {
            Console.WriteLine(counts["missing"]);
        }
        catch (KeyNotFoundException)
        {
            Console.WriteLine("missing key");
        }
        Dictionary<int, Pair> byId = new Dictionary<int, Pair>();
        for (int i = 0; i < 100; i++) byId.Add(i * 7, new Pair(i, "p" + i));
        Console.WriteLine(byId[693].B + " " + byId.Count);
        List<Pair> pairs = new List<Pair>();
        foreach (int key in byId.Keys) if (key % 91 == 0) pairs.Add(byId[key]);
        Console.WriteLine(pairs.Count + " " + pairs[pairs.Count - 1].A);
        int[] array = numbers.ToArray();
        Console.WriteLine(array.Length);
    }
}

static class Extensions
{
    public static bool StartsWithP(this string s) { return s.Length > 0 && s[0] == 'p'; }
}
