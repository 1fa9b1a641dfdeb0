using System;

class KnapsackDP
{
    static int Knapsack(int[] w, int[] v, int cap)
    {
        int[] dp = new int[cap + 1];
        for (int i = 0; i < w.Length; i++)
            for (int c = cap; c >= w[i]; c--)
                dp[c] = Math.Max(dp[c], dp[c - w[i]] + v[i]);
        return dp[cap];
    }

    static int Lcs(string a, string b)
    {
        int[][] dp = new int[a.Length + 1][];
        for (int i = 0; i <= a.Length; i++) dp[i] = new int[b.Length + 1];
        for (int i = 1; i <= a.Length; i++)
            for (int j = 1; j <= b.Length; j++)
                dp[i][j] = a[i - 1] == b[j - 1] ? dp[i - 1][j - 1] + 1 : Math.Max(dp[i - 1][j], dp[i][j - 1]);
        return dp[a.Length][b.Length];
    }

    static int EditDistance(string a, string b)
    {
        int[] prev = new int[b.Length + 1], cur = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++) prev[j] = j;
        for (int i = 1; i <= a.Length; i++)
        {
            cur[0] = i;
            for (int j = 1; j <= b.Length; j++)
                cur[j] = Math.Min(Math.Min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            int[] t = prev; prev = cur; cur = t;
        }
        return prev[b.Length];
    }

    static long CoinWays(int[] coins, int amount)
    {
        long[] ways = new long[amount + 1];
        ways[0] = 1;
        for (int i = 0; i < coins.Length; i++) for (int a = coins[i]; a <= amount; a++) ways[a] += ways[a - coins[i]];
        return ways[amount];
    }

    static void Main()
    {
        Console.WriteLine(Knapsack(new int[] { 1, 3, 4, 5 }, new int[] { 1, 4, 5, 7 }, 7));
        Console.WriteLine(Knapsack(new int[] { 10, 20, 30 }, new int[] { 60, 100, 120 }, 50));
        Console.WriteLine(Lcs("AGGTAB", "GXTXAYB") + " " + Lcs("abc", "def"));
        Console.WriteLine(EditDistance("kitten", "sitting") + " " + EditDistance("", "abc") + " " + EditDistance("flaw", "lawn"));
        Console.WriteLine(CoinWays(new int[] { 1, 2, 5, 10, 20, 50, 100, 200 }, 200));
    }
}
