// Self-checking: classic dynamic programs with known answers — LCS, edit distance, 0/1 knapsack, coin change
// (ways and minimum), longest increasing subsequence, matrix-chain order, partition counts, Catalan numbers.
using System;

class DynamicProgramming
{
    static int failures;

    static void Check(string what, long got, long expected)
    {
        if (got != expected) { Console.WriteLine("FAIL " + what + ": got " + got + ", expected " + expected); failures++; }
    }

    static int Lcs(string a, string b)
    {
        int[,] t = new int[a.Length + 1, b.Length + 1];
        for (int i = 1; i <= a.Length; i++)
            for (int j = 1; j <= b.Length; j++)
                t[i, j] = a[i - 1] == b[j - 1] ? t[i - 1, j - 1] + 1 : Math.Max(t[i - 1, j], t[i, j - 1]);
        return t[a.Length, b.Length];
    }

    static int EditDistance(string a, string b)
    {
        int[] prev = new int[b.Length + 1], cur = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++) prev[j] = j;
        for (int i = 1; i <= a.Length; i++)
        {
            cur[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int sub = prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                cur[j] = Math.Min(sub, Math.Min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev; prev = cur; cur = t;
        }
        return prev[b.Length];
    }

    static int Knapsack(int[] w, int[] v, int cap)
    {
        int[] best = new int[cap + 1];
        for (int i = 0; i < w.Length; i++)
            for (int c = cap; c >= w[i]; c--)
                best[c] = Math.Max(best[c], best[c - w[i]] + v[i]);
        return best[cap];
    }

    static long CoinWays(int[] coins, int amount)
    {
        long[] ways = new long[amount + 1];
        ways[0] = 1;
        foreach (int c in coins) for (int a = c; a <= amount; a++) ways[a] += ways[a - c];
        return ways[amount];
    }

    static int MinCoins(int[] coins, int amount)
    {
        int[] best = new int[amount + 1];
        for (int a = 1; a <= amount; a++)
        {
            best[a] = int.MaxValue;
            foreach (int c in coins)
                if (c <= a && best[a - c] != int.MaxValue) best[a] = Math.Min(best[a], best[a - c] + 1);
        }
        return best[amount] == int.MaxValue ? -1 : best[amount];
    }

    static int Lis(int[] a)
    {
        int[] tails = new int[a.Length];
        int size = 0;
        foreach (int x in a)
        {
            int lo = 0, hi = size;
            while (lo < hi) { int mid = (lo + hi) / 2; if (tails[mid] < x) lo = mid + 1; else hi = mid; }
            tails[lo] = x;
            if (lo == size) size++;
        }
        return size;
    }

    static long MatrixChain(int[] dims)
    {
        int n = dims.Length - 1;
        long[,] m = new long[n, n];
        for (int len = 2; len <= n; len++)
            for (int i = 0; i + len - 1 < n; i++)
            {
                int j = i + len - 1;
                m[i, j] = long.MaxValue;
                for (int k = i; k < j; k++)
                    m[i, j] = Math.Min(m[i, j], m[i, k] + m[k + 1, j] + (long)dims[i] * dims[k + 1] * dims[j + 1]);
            }
        return m[0, n - 1];
    }

    static long Partitions(int n)
    {
        long[] p = new long[n + 1];
        p[0] = 1;
        for (int k = 1; k <= n; k++) for (int i = k; i <= n; i++) p[i] += p[i - k];
        return p[n];
    }

    static long Catalan(int n)
    {
        long[] c = new long[n + 1];
        c[0] = 1;
        for (int i = 1; i <= n; i++) for (int j = 0; j < i; j++) c[i] += c[j] * c[i - 1 - j];
        return c[n];
    }

    static long GridPaths(int rows, int cols, bool[,] blocked)
    {
        long[,] ways = new long[rows, cols];
        for (int r = 0; r < rows; r++)
            for (int c = 0; c < cols; c++)
            {
                if (blocked[r, c]) continue;
                if (r == 0 && c == 0) { ways[r, c] = 1; continue; }
                ways[r, c] = (r > 0 ? ways[r - 1, c] : 0) + (c > 0 ? ways[r, c - 1] : 0);
            }
        return ways[rows - 1, cols - 1];
    }

    static int Main()
    {
        Check("lcs", Lcs("AGGTAB", "GXTXAYB"), 4);
        Check("lcs empty", Lcs("", "abc"), 0);
        Check("lcs same", Lcs("conformance", "conformance"), 11);
        Check("edit kitten", EditDistance("kitten", "sitting"), 3);
        Check("edit flaw", EditDistance("flaw", "lawn"), 2);
        Check("edit empty", EditDistance("", "abcd"), 4);
        Check("knapsack", Knapsack(new[] { 1, 3, 4, 5 }, new[] { 1, 4, 5, 7 }, 7), 9);
        Check("knapsack classic", Knapsack(new[] { 10, 20, 30 }, new[] { 60, 100, 120 }, 50), 220);
        Check("coin ways", CoinWays(new[] { 1, 2, 5 }, 5), 4);
        Check("coin ways 100", CoinWays(new[] { 1, 5, 10, 25, 50, 100 }, 100), 293);
        Check("coin ways big", CoinWays(new[] { 1, 2, 5, 10, 20, 50, 100, 200 }, 200), 73682);
        Check("min coins", MinCoins(new[] { 1, 3, 4 }, 6), 2);
        Check("min coins impossible", MinCoins(new[] { 2 }, 3), -1);
        Check("lis", Lis(new[] { 10, 9, 2, 5, 3, 7, 101, 18 }), 4);
        Check("lis decreasing", Lis(new[] { 5, 4, 3, 2, 1 }), 1);
        Check("matrix chain", MatrixChain(new[] { 40, 20, 30, 10, 30 }), 26000);
        Check("matrix chain 2", MatrixChain(new[] { 10, 20, 30, 40, 30 }), 30000);
        Check("partitions 10", Partitions(10), 42);
        Check("partitions 100", Partitions(100), 190569292);
        Check("catalan 10", Catalan(10), 16796);
        Check("catalan 30", Catalan(30), 3814986502092304);
        bool[,] none = new bool[5, 5];
        Check("grid paths", GridPaths(5, 5, none), 70);
        bool[,] some = new bool[3, 3];
        some[1, 1] = true;
        Check("grid paths blocked", GridPaths(3, 3, some), 2);

        if (failures == 0) { Console.WriteLine("PASS"); return 100; }
        return 1;
    }
}
