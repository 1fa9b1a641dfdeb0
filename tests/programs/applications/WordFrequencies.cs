// Text processing: tokenizing, counting with a Dictionary, sorting by count then word, longest words,
// character histograms and line statistics over a fixed text.
using System;
using System.Collections.Generic;
using System.Text;

class WordFrequencies
{
    const string Text = @"It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness,
it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair.";

    static void Main()
    {
        var counts = new Dictionary<string, int>();
        var order = new List<string>();
        var word = new StringBuilder();
        int letters = 0, lines = 1;
        foreach (char c in Text + " ")
        {
            if (c == '\n') lines++;
            if (char.IsLetter(c)) { word.Append(char.ToLower(c)); letters++; continue; }
            if (word.Length == 0) continue;
            string w = word.ToString();
            word.Length = 0;
            int n;
            if (counts.TryGetValue(w, out n)) counts[w] = n + 1;
            else { counts[w] = 1; order.Add(w); }
        }
        Console.WriteLine("lines: " + lines + ", letters: " + letters + ", distinct words: " + counts.Count);
        Console.WriteLine("first seen: " + string.Join(" ", order.GetRange(0, 8)));

        var byCount = new List<KeyValuePair<string, int>>(counts);
        byCount.Sort((a, b) => a.Value != b.Value ? b.Value.CompareTo(a.Value) : string.CompareOrdinal(a.Key, b.Key));
        for (int i = 0; i < 6; i++) Console.WriteLine(byCount[i].Value.ToString().PadLeft(3) + " " + byCount[i].Key);

        var longest = new List<string>(counts.Keys);
        longest.Sort((a, b) => a.Length != b.Length ? b.Length - a.Length : string.CompareOrdinal(a, b));
        Console.WriteLine("longest: " + string.Join(", ", longest.GetRange(0, 3)));

        int[] hist = new int[26];
        foreach (char c in Text) if (char.IsLetter(c)) hist[char.ToLower(c) - 'a']++;
        var sb = new StringBuilder();
        for (int i = 0; i < 26; i++) if (hist[i] >= 10) sb.Append((char)('a' + i)).Append(':').Append(hist[i]).Append(' ');
        Console.WriteLine("frequent letters: " + sb.ToString().TrimEnd());

        string[] rows = Text.Split('\n');
        for (int i = 0; i < rows.Length; i++)
        {
            string r = rows[i].TrimEnd(',', '.');
            string[] parts = r.Split(',');
            Console.WriteLine((i + 1) + ": " + parts.Length + " clauses, " + r.Split(' ').Length + " words, ends with '" + r.Substring(r.LastIndexOf(' ') + 1) + "'");
        }

        // capitalized words keep their original spelling
        var caps = new List<string>();
        foreach (string token in Text.Split(' ', '\n', ',', '.'))
            if (token.Length > 0 && char.IsUpper(token[0]) && !caps.Contains(token)) caps.Add(token);
        Console.WriteLine("capitalized: " + string.Join(" ", caps));
    }
}
