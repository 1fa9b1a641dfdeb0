// Counts the words of a text and prints the most frequent ones: a small program with generics, LINQ, strings and
// interfaces, used to show `kiln build --report` (see the README).
using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

interface ITableFormatter {
    string Row(string word, int count, int total);
}

class BarFormatter : ITableFormatter {
    readonly int width;

    public BarFormatter(int width) {
        this.width = width;
    }

    public string Row(string word, int count, int total) {
        int bar = Math.Max(1, count * width / total);
        return word.PadRight(12) + new string('#', bar) + " " + count;
    }
}

class PercentFormatter : ITableFormatter {   // never constructed, so never compiled
    public string Row(string word, int count, int total) {
        return word + ": " + (100.0 * count / total).ToString("F1") + "%";
    }
}

static class Words {
    public static List<string> Split(string text) {
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (char c in text) {
            if (char.IsLetter(c) || c == '\'') {
                current.Append(char.ToLowerInvariant(c));
            } else if (current.Length > 0) {
                words.Add(current.ToString());
                current.Clear();
            }
        }
        if (current.Length > 0) {
            words.Add(current.ToString());
        }
        return words;
    }

    public static Dictionary<string, int> Count(IEnumerable<string> words) {
        var counts = new Dictionary<string, int>();
        foreach (string w in words) {
            int n;
            counts.TryGetValue(w, out n);
            counts[w] = n + 1;
        }
        return counts;
    }
}

class WordCount {
    const string Text = @"It was the best of times, it was the worst of times, it was the age of wisdom, it was the age
of foolishness, it was the epoch of belief, it was the epoch of incredulity, it was the season of Light, it was the
season of Darkness, it was the spring of hope, it was the winter of despair, we had everything before us, we had
nothing before us, we were all going direct to Heaven, we were all going direct the other way.";

    static int Main() {
        List<string> words = Words.Split(Text);
        Dictionary<string, int> counts = Words.Count(words);
        var top = counts.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Take(8).ToList();
        ITableFormatter formatter = new BarFormatter(40);
        Console.WriteLine(words.Count + " words, " + counts.Count + " distinct");
        foreach (var kv in top) {
            Console.WriteLine(formatter.Row(kv.Key, kv.Value, top[0].Value));
        }
        string longest = words.Aggregate("", (a, w) => w.Length > a.Length ? w : a);
        Console.WriteLine("longest: " + longest + " (" + longest.Length + " letters)");
        return 0;
    }
}
