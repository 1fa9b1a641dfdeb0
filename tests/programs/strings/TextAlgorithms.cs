// Text utilities: word wrapping and justification, centering, palindromes, anagram groups, run-length encoding,
// Levenshtein distance, word counts with sorting, slug generation and a simple template substitution.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

class TextAlgorithms
{
    static List<string> Wrap(string text, int width)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        foreach (string word in text.Split(new[] { ' ', '\n' }, StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width) { lines.Add(line.ToString()); line.Clear(); }
            if (line.Length > 0) line.Append(' ');
            line.Append(word);
        }
        if (line.Length > 0) lines.Add(line.ToString());
        return lines;
    }

    static string Justify(string line, int width)
    {
        string[] words = line.Split(' ');
        if (words.Length == 1) return line.PadRight(width);
        int spaces = width - words.Sum(w => w.Length);
        var sb = new StringBuilder();
        for (int i = 0; i < words.Length; i++)
        {
            sb.Append(words[i]);
            if (i < words.Length - 1)
            {
                int gaps = words.Length - 1 - i;
                int n = (spaces + gaps - 1) / gaps;
                sb.Append(' ', n);
                spaces -= n;
            }
        }
        return sb.ToString();
    }

    static string Center(string s, int width) { int left = (width - s.Length) / 2; return s.PadLeft(left + s.Length).PadRight(width); }

    static bool IsPalindrome(string s)
    {
        var letters = s.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray();
        for (int i = 0, j = letters.Length - 1; i < j; i++, j--) if (letters[i] != letters[j]) return false;
        return true;
    }

    static string Rle(string s)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < s.Length;)
        {
            int j = i;
            while (j < s.Length && s[j] == s[i]) j++;
            sb.Append(j - i).Append(s[i]);
            i = j;
        }
        return sb.ToString();
    }

    static string UnRle(string s)
    {
        var sb = new StringBuilder();
        int count = 0;
        foreach (char c in s)
        {
            if (char.IsDigit(c)) count = count * 10 + (c - '0');
            else { sb.Append(c, count); count = 0; }
        }
        return sb.ToString();
    }

    static int Levenshtein(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (int i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (int j = 0; j <= b.Length; j++) d[0, j] = j;
        for (int i = 1; i <= a.Length; i++)
            for (int j = 1; j <= b.Length; j++)
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
        return d[a.Length, b.Length];
    }

    static string Slug(string title)
    {
        var sb = new StringBuilder();
        bool dash = false;
        foreach (char c in title.Trim().ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c) && c < 128) { sb.Append(c); dash = false; }
            else if (!dash && sb.Length > 0) { sb.Append('-'); dash = true; }
        }
        return sb.ToString().TrimEnd('-');
    }

    static string Fill(string template, Dictionary<string, object> values)
    {
        var sb = new StringBuilder();
        int i = 0;
        while (i < template.Length)
        {
            int open = template.IndexOf("${", i, StringComparison.Ordinal);
            if (open < 0) { sb.Append(template, i, template.Length - i); break; }
            sb.Append(template, i, open - i);
            int close = template.IndexOf('}', open);
            string key = template.Substring(open + 2, close - open - 2);
            object v;
            sb.Append(values.TryGetValue(key, out v) ? Convert.ToString(v) : "?" + key + "?");
            i = close + 1;
        }
        return sb.ToString();
    }

    static int Main()
    {
        string text = "It was the best of times, it was the worst of times, it was the age of wisdom, it was the age of foolishness, it was the epoch of belief";
        var lines = Wrap(text, 28);
        foreach (string l in lines) Console.WriteLine("|" + Justify(l, 28) + "|");
        Console.WriteLine("|" + Center("title", 15) + "|" + Center("even", 10) + "|");
        foreach (string p in new[] { "A man, a plan, a canal: Panama", "No lemon, no melon", "Kiln", "", "abcba" }) Console.Write(IsPalindrome(p) + " ");
        Console.WriteLine();
        var groups = new[] { "listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog" }
            .GroupBy(w => new string(w.OrderBy(c => c).ToArray()))
            .Where(g => g.Count() > 1)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key);
        foreach (var g in groups) Console.WriteLine(g.Key + ": " + string.Join(",", g));
        string raw = "WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW";
        string packed = Rle(raw);
        Console.WriteLine("rle " + packed + " roundtrip " + (UnRle(packed) == raw) + " ratio " + ((double)packed.Length / raw.Length).ToString("P1"));
        foreach (var pair in new[] { Tuple.Create("kitten", "sitting"), Tuple.Create("flaw", "lawn"), Tuple.Create("", "abc"), Tuple.Create("same", "same") })
            Console.Write(pair.Item1 + "->" + pair.Item2 + "=" + Levenshtein(pair.Item1, pair.Item2) + " ");
        Console.WriteLine();
        var freq = text.ToLowerInvariant().Split(new[] { ' ', ',' }, StringSplitOptions.RemoveEmptyEntries)
            .GroupBy(w => w).Select(g => new { Word = g.Key, Count = g.Count() })
            .OrderByDescending(x => x.Count).ThenBy(x => x.Word, StringComparer.Ordinal).Take(5);
        Console.WriteLine(string.Join(" ", freq.Select(x => x.Word + "x" + x.Count)));
        Console.WriteLine(Slug("  Hello, World! C# & .NET -- 2024 edition ") + " | " + Slug("Ünïcode Straße"));
        var values = new Dictionary<string, object> { { "name", "Ada" }, { "count", 3 }, { "price", 4.5m } };
        Console.WriteLine(Fill("Dear ${name}, you bought ${count} items at ${price} each (${missing}).", values));
        string sentence = "the quick brown fox";
        Console.WriteLine(string.Join(" ", sentence.Split(' ').Select(w => new string(w.Reverse().ToArray()))) + " | " + string.Join(" ", sentence.Split(' ').Reverse()));
        Console.WriteLine(string.Concat(sentence.Select((c, i) => i % 2 == 0 ? char.ToUpper(c) : c)) + " vowels " + sentence.Count(c => "aeiou".Contains(c)));
        return 100;
    }
}
