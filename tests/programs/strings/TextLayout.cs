// Text layout: greedy word wrapping, full justification with spaces distributed left-first, centering,
// column tables with computed widths, and a minimum-raggedness wrap by dynamic programming.
using System;
using System.Collections.Generic;
using System.Text;

class TextLayout
{
    const string Text = "The quick brown fox jumps over the lazy dog while the cat watches from a comfortable distance and wonders why anyone would jump over anything at all";

    static List<List<string>> Greedy(string[] words, int width)
    {
        var lines = new List<List<string>>();
        var cur = new List<string>();
        int len = 0;
        foreach (string w in words)
        {
            if (cur.Count > 0 && len + 1 + w.Length > width) { lines.Add(cur); cur = new List<string>(); len = 0; }
            len += (cur.Count > 0 ? 1 : 0) + w.Length;
            cur.Add(w);
        }
        if (cur.Count > 0) lines.Add(cur);
        return lines;
    }

    static string Justify(List<string> line, int width, bool last)
    {
        if (last || line.Count == 1) return string.Join(" ", line).PadRight(width);
        int letters = 0;
        foreach (string w in line) letters += w.Length;
        int gaps = line.Count - 1, spaces = width - letters;
        var sb = new StringBuilder(line[0]);
        for (int i = 1; i < line.Count; i++)
        {
            int n = spaces / gaps + (i <= spaces % gaps ? 1 : 0);
            sb.Append(' ', n).Append(line[i]);
        }
        return sb.ToString();
    }

    static string Center(string s, int width)
    {
        int pad = width - s.Length;
        return new string(' ', pad / 2) + s + new string(' ', pad - pad / 2);
    }

    static List<string> MinRaggedness(string[] words, int width)
    {
        int n = words.Length;
        long[] best = new long[n + 1];
        int[] breakAt = new int[n + 1];
        best[n] = 0;
        for (int i = n - 1; i >= 0; i--)
        {
            best[i] = long.MaxValue;
            int len = -1;
            for (int j = i; j < n; j++)
            {
                len += words[j].Length + 1;
                if (len > width) break;
                long cost = j == n - 1 ? 0 : (long)(width - len) * (width - len);
                if (cost + best[j + 1] < best[i]) { best[i] = cost + best[j + 1]; breakAt[i] = j + 1; }
            }
        }
        var lines = new List<string>();
        for (int i = 0; i < n; i = breakAt[i]) lines.Add(string.Join(" ", words, i, breakAt[i] - i));
        return lines;
    }

    static void Main()
    {
        string[] words = Text.Split(' ');
        var lines = Greedy(words, 30);
        Console.WriteLine("+" + new string('-', 30) + "+");
        for (int i = 0; i < lines.Count; i++) Console.WriteLine("|" + Justify(lines[i], 30, i == lines.Count - 1) + "|");
        Console.WriteLine("+" + new string('-', 30) + "+");
        foreach (var l in Greedy(words, 40)) Console.WriteLine("[" + Center(string.Join(" ", l), 40) + "]");
        var balanced = MinRaggedness(words, 30);
        foreach (string l in balanced) Console.WriteLine(l.PadRight(30) + "| " + (30 - l.Length));

        string[,] table = { { "name", "qty", "price" }, { "apple", "3", "0.50" }, { "watermelon", "1", "3.25" }, { "fig", "12", "0.20" } };
        int[] widths = new int[3];
        for (int r = 0; r < 4; r++) for (int c = 0; c < 3; c++) widths[c] = Math.Max(widths[c], table[r, c].Length);
        for (int r = 0; r < 4; r++)
        {
            var sb = new StringBuilder();
            for (int c = 0; c < 3; c++) sb.Append(c == 0 ? table[r, c].PadRight(widths[c]) : table[r, c].PadLeft(widths[c] + 2));
            Console.WriteLine(sb);
            if (r == 0) Console.WriteLine(new string('=', widths[0] + widths[1] + widths[2] + 4));
        }
    }
}
