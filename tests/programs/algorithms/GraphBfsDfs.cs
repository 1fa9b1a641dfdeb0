using System;

class GraphBfsDfs
{
    static int[][] adj;

    static string Bfs(int start, int[] dist)
    {
        for (int i = 0; i < dist.Length; i++) dist[i] = -1;
        int[] queue = new int[adj.Length];
        int h = 0, t = 0;
        queue[t++] = start; dist[start] = 0;
        string order = "";
        while (h < t)
        {
            int u = queue[h++];
            order += u + " ";
            for (int i = 0; i < adj[u].Length; i++) { int v = adj[u][i]; if (dist[v] < 0) { dist[v] = dist[u] + 1; queue[t++] = v; } }
        }
        return order;
    }

    static void Dfs(int u, bool[] seen, ref string order)
    {
        seen[u] = true;
        order += u + " ";
        for (int i = 0; i < adj[u].Length; i++) if (!seen[adj[u][i]]) Dfs(adj[u][i], seen, ref order);
    }

    static void Main()
    {
        adj = new int[][] {
            new int[] { 1, 2 }, new int[] { 0, 3, 4 }, new int[] { 0, 5 }, new int[] { 1 },
            new int[] { 1, 5, 6 }, new int[] { 2, 4 }, new int[] { 4 }, new int[] { 8 }, new int[] { 7 } };
        int[] dist = new int[adj.Length];
        Console.WriteLine("bfs: " + Bfs(0, dist));
        string d = "";
        for (int i = 0; i < dist.Length; i++) d += dist[i] + " ";
        Console.WriteLine("dist: " + d);
        bool[] seen = new bool[adj.Length];
        int components = 0;
        for (int i = 0; i < adj.Length; i++)
        {
            if (seen[i]) continue;
            string order = "";
            Dfs(i, seen, ref order);
            components++;
            Console.WriteLine("component " + components + ": " + order);
        }
    }
}
