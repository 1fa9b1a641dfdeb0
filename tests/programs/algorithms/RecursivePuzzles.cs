// Recursion in puzzle solvers: memoized counting with Dictionary<long,long>, mutual recursion, backtracking
// (subset sums, N-queens count, word break), flood fill on a grid, Ackermann, expression parsing by recursive
// descent, and deep (10,000-level) recursion.
using System;
using System.Collections.Generic;
using System.Text;

class RecursivePuzzles
{
    static readonly Dictionary<long, long> memo = new Dictionary<long, long>();
    static long Ways(int n, int maxPart)
    {
        if (n == 0) return 1;
        if (n < 0 || maxPart == 0) return 0;
        long key = (long)n * 1000 + maxPart;
        long cached;
        if (memo.TryGetValue(key, out cached)) return cached;
        long r = Ways(n - maxPart, maxPart) + Ways(n, maxPart - 1);
        memo[key] = r;
        return r;
    }

    static bool IsEven(int n) { return n == 0 || IsOdd(n - 1); }
    static bool IsOdd(int n) { return n != 0 && IsEven(n - 1); }

    static void Subsets(int[] items, int index, int target, List<int> chosen, List<string> found)
    {
        if (target == 0) { found.Add("{" + string.Join(",", chosen) + "}"); return; }
        if (index == items.Length || target < 0) return;
        chosen.Add(items[index]);
        Subsets(items, index + 1, target - items[index], chosen, found);
        chosen.RemoveAt(chosen.Count - 1);
        Subsets(items, index + 1, target, chosen, found);
    }

    static int Queens(int n, int row, bool[] cols, bool[] d1, bool[] d2)
    {
        if (row == n) return 1;
        int count = 0;
        for (int c = 0; c < n; c++)
        {
            if (cols[c] || d1[row + c] || d2[row - c + n - 1]) continue;
            cols[c] = d1[row + c] = d2[row - c + n - 1] = true;
            count += Queens(n, row + 1, cols, d1, d2);
            cols[c] = d1[row + c] = d2[row - c + n - 1] = false;
        }
        return count;
    }

    static string WordBreak(string s, HashSet<string> dict)
    {
        if (s.Length == 0) return "";
        for (int i = s.Length; i > 0; i--)
        {
            string head = s.Substring(0, i);
            if (!dict.Contains(head)) continue;
            string rest = WordBreak(s.Substring(i), dict);
            if (rest != null) return rest.Length == 0 ? head : head + " " + rest;
        }
        return null;
    }

    static int Fill(char[,] g, int r, int c, char from, char to)
    {
        if (r < 0 || c < 0 || r >= g.GetLength(0) || c >= g.GetLength(1) || g[r, c] != from) return 0;
        g[r, c] = to;
        return 1 + Fill(g, r + 1, c, from, to) + Fill(g, r - 1, c, from, to) + Fill(g, r, c + 1, from, to) + Fill(g, r, c - 1, from, to);
    }

    static int Ackermann(int m, int n)
    {
        if (m == 0) return n + 1;
        if (n == 0) return Ackermann(m - 1, 1);
        return Ackermann(m - 1, Ackermann(m, n - 1));
    }

    // expr := term (('+'|'-') term)*; term := factor (('*'|'/') factor)*; factor := number | '(' expr ')' | '-' factor
    static int pos;
    static string src;
    static double Expr() { double v = Term(); while (pos < src.Length && (src[pos] == '+' || src[pos] == '-')) { char op = src[pos++]; double t = Term(); v = op == '+' ? v + t : v - t; } return v; }
    static double Term() { double v = Factor(); while (pos < src.Length && (src[pos] == '*' || src[pos] == '/')) { char op = src[pos++]; double f = Factor(); v = op == '*' ? v * f : v / f; } return v; }
    static double Factor()
    {
        if (src[pos] == '-') { pos++; return -Factor(); }
        if (src[pos] == '(') { pos++; double v = Expr(); pos++; return v; }
        int start = pos;
        while (pos < src.Length && (char.IsDigit(src[pos]) || src[pos] == '.')) pos++;
        return double.Parse(src.Substring(start, pos - start));
    }
    static double Eval(string s) { src = s.Replace(" ", ""); pos = 0; return Expr(); }

    static int Depth(int n) { return n == 0 ? 0 : 1 + Depth(n - 1); }
    static long SumDigits(long n) { return n < 10 ? n : n % 10 + SumDigits(n / 10); }
    static string Binary(int n) { return n < 2 ? n.ToString() : Binary(n / 2) + (n % 2); }
    static void Hanoi(int n, char from, char to, char via, StringBuilder moves)
    {
        if (n == 0) return;
        Hanoi(n - 1, from, via, to, moves);
        moves.Append(from).Append(to).Append(' ');
        Hanoi(n - 1, via, to, from, moves);
    }

    static int Main()
    {
        Console.WriteLine("partitions " + Ways(10, 10) + " " + Ways(50, 50) + " " + Ways(100, 100) + " memo " + memo.Count);
        Console.WriteLine("even/odd " + IsEven(10) + IsOdd(7) + IsEven(3));
        var found = new List<string>();
        Subsets(new[] { 3, 34, 4, 12, 5, 2 }, 0, 9, new List<int>(), found);
        Console.WriteLine("subsets " + string.Join(" ", found));
        for (int n = 4; n <= 8; n++) Console.Write("queens(" + n + ")=" + Queens(n, 0, new bool[n], new bool[2 * n], new bool[2 * n]) + " ");
        Console.WriteLine();
        var dict = new HashSet<string> { "apple", "pen", "applepen", "pine", "pineapple", "cats", "dog", "sand", "and", "cat" };
        Console.WriteLine("wordbreak [" + WordBreak("pineapplepenapple", dict) + "] [" + WordBreak("catsandog", dict) + "] [" + WordBreak("catsanddog", dict) + "]");
        string[] rows = { "..##.", ".#..#", "##.##", "....." };
        var grid = new char[rows.Length, rows[0].Length];
        for (int r = 0; r < rows.Length; r++) for (int c = 0; c < rows[r].Length; c++) grid[r, c] = rows[r][c];
        Console.WriteLine("flood " + Fill(grid, 0, 0, '.', 'o') + " then " + Fill(grid, 1, 2, '.', 'x'));
        for (int r = 0; r < rows.Length; r++) { for (int c = 0; c < rows[0].Length; c++) Console.Write(grid[r, c]); Console.WriteLine(); }
        Console.WriteLine("ackermann " + Ackermann(2, 3) + " " + Ackermann(3, 3));
        foreach (string e in new[] { "1 + 2 * 3", "(1 + 2) * 3", "-4 + 10 / 4", "2 * (3 + (4 - 1)) * -1", "7" }) Console.Write(e + " = " + Eval(e) + "; ");
        Console.WriteLine();
        Console.WriteLine("deep " + Depth(10000) + " digits " + SumDigits(9876543210123L) + " binary " + Binary(37) + " " + Binary(1024));
        var moves = new StringBuilder();
        Hanoi(4, 'A', 'C', 'B', moves);
        Console.WriteLine("hanoi " + moves.ToString().Trim().Split(' ').Length + " moves: " + moves.ToString().Substring(0, 23));
        return 100;
    }
}
