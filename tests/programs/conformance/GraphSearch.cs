// Self-checking: BFS shortest paths on a grid maze, DFS connected components, topological sort with cycle
// detection, Dijkstra with a binary heap, and union-find; all on fixed inputs with known answers.
using System;
using System.Collections.Generic;

class GraphSearch
{
    static int failures;

    static void Check(string what, string got, string expected)
    {
        if (got != expected) { Console.WriteLine("FAIL " + what + ": got " + got + ", expected " + expected); failures++; }
    }

    static readonly string[] Maze = {
        "S.#.......",
        ".##.####.#",
        "....#..#..",
        "##.##.##.#",
        "...#...#..",
        ".#...#.##.",
        ".####.....",
        "......###E" };

    static int Bfs(string[] maze)
    {
        int h = maze.Length, w = maze[0].Length;
        int[,] dist = new int[h, w];
        for (int r = 0; r < h; r++) for (int c = 0; c < w; c++) dist[r, c] = -1;
        var q = new Queue<int>();
        q.Enqueue(0);
        dist[0, 0] = 0;
        int[] dr = { 1, -1, 0, 0 }, dc = { 0, 0, 1, -1 };
        while (q.Count > 0)
        {
            int cur = q.Dequeue();
            int r = cur / w, c = cur % w;
            if (maze[r][c] == 'E') return dist[r, c];
            for (int k = 0; k < 4; k++)
            {
                int nr = r + dr[k], nc = c + dc[k];
                if (nr < 0 || nc < 0 || nr >= h || nc >= w || maze[nr][nc] == '#' || dist[nr, nc] >= 0) continue;
                dist[nr, nc] = dist[r, c] + 1;
                q.Enqueue(nr * w + nc);
            }
        }
        return -1;
    }

    static int Components(int n, int[][] edges)
    {
        var adj = new List<int>[n];
        for (int i = 0; i < n; i++) adj[i] = new List<int>();
        foreach (var e in edges) { adj[e[0]].Add(e[1]); adj[e[1]].Add(e[0]); }
        bool[] seen = new bool[n];
        int count = 0;
        for (int s = 0; s < n; s++)
        {
            if (seen[s]) continue;
            count++;
            var stack = new Stack<int>();
            stack.Push(s);
            seen[s] = true;
            while (stack.Count > 0)
            {
                int v = stack.Pop();
                foreach (int u in adj[v]) if (!seen[u]) { seen[u] = true; stack.Push(u); }
            }
        }
        return count;
    }

    static string TopoSort(int n, int[][] edges)
    {
        var adj = new List<int>[n];
        int[] indeg = new int[n];
        for (int i = 0; i < n; i++) adj[i] = new List<int>();
        foreach (var e in edges) { adj[e[0]].Add(e[1]); indeg[e[1]]++; }
        // smallest available vertex first, for a unique answer
        var ready = new List<int>();
        for (int i = 0; i < n; i++) if (indeg[i] == 0) ready.Add(i);
        var order = new List<int>();
        while (ready.Count > 0)
        {
            int best = 0;
            for (int i = 1; i < ready.Count; i++) if (ready[i] < ready[best]) best = i;
            int v = ready[best];
            ready.RemoveAt(best);
            order.Add(v);
            foreach (int u in adj[v]) if (--indeg[u] == 0) ready.Add(u);
        }
        return order.Count == n ? string.Join(" ", order) : "cycle";
    }

    static long[] Dijkstra(int n, int[][] edges, int source)
    {
        var adj = new List<int[]>[n];
        for (int i = 0; i < n; i++) adj[i] = new List<int[]>();
        foreach (var e in edges) { adj[e[0]].Add(new[] { e[1], e[2] }); adj[e[1]].Add(new[] { e[0], e[2] }); }
        long[] dist = new long[n];
        for (int i = 0; i < n; i++) dist[i] = long.MaxValue;
        dist[source] = 0;
        var heap = new MinHeap();
        heap.Push(0, source);
        while (heap.Count > 0)
        {
            long d; int v;
            heap.Pop(out d, out v);
            if (d > dist[v]) continue;
            foreach (var e in adj[v])
            {
                long nd = d + e[1];
                if (nd < dist[e[0]]) { dist[e[0]] = nd; heap.Push(nd, e[0]); }
            }
        }
        return dist;
    }

    class MinHeap
    {
        readonly List<long> keys = new List<long>();
        readonly List<int> vals = new List<int>();
        public int Count { get { return keys.Count; } }
        public void Push(long k, int v)
        {
            keys.Add(k); vals.Add(v);
            int i = keys.Count - 1;
            while (i > 0) { int p = (i - 1) / 2; if (keys[p] <= keys[i]) break; Swap(i, p); i = p; }
        }
        public void Pop(out long k, out int v)
        {
            k = keys[0]; v = vals[0];
            int last = keys.Count - 1;
            Swap(0, last);
            keys.RemoveAt(last); vals.RemoveAt(last);
            int i = 0;
            while (true)
            {
                int l = 2 * i + 1, r = l + 1, m = i;
                if (l < keys.Count && keys[l] < keys[m]) m = l;
                if (r < keys.Count && keys[r] < keys[m]) m = r;
                if (m == i) break;
                Swap(i, m); i = m;
            }
        }
        void Swap(int a, int b)
        {
            long tk = keys[a]; keys[a] = keys[b]; keys[b] = tk;
            int tv = vals[a]; vals[a] = vals[b]; vals[b] = tv;
        }
    }

    static int[] parent;
    static int Find(int x) { while (parent[x] != x) { parent[x] = parent[parent[x]]; x = parent[x]; } return x; }
    static bool Union(int a, int b) { a = Find(a); b = Find(b); if (a == b) return false; parent[a] = b; return true; }

    static int Main()
    {
        Check("bfs maze", Bfs(Maze).ToString(), "18");
        Check("bfs blocked", Bfs(new[] { "S#", "#E" }).ToString(), "-1");

        int[][] forest = { new[] { 0, 1 }, new[] { 1, 2 }, new[] { 3, 4 }, new[] { 5, 6 }, new[] { 6, 7 }, new[] { 7, 5 } };
        Check("components", Components(9, forest).ToString(), "4");

        int[][] dag = { new[] { 5, 2 }, new[] { 5, 0 }, new[] { 4, 0 }, new[] { 4, 1 }, new[] { 2, 3 }, new[] { 3, 1 } };
        Check("toposort", TopoSort(6, dag), "4 5 0 2 3 1");
        int[][] cyclic = { new[] { 0, 1 }, new[] { 1, 2 }, new[] { 2, 0 } };
        Check("toposort cycle", TopoSort(3, cyclic), "cycle");

        int[][] weighted = {
            new[] { 0, 1, 4 }, new[] { 0, 7, 8 }, new[] { 1, 2, 8 }, new[] { 1, 7, 11 }, new[] { 2, 3, 7 },
            new[] { 2, 8, 2 }, new[] { 2, 5, 4 }, new[] { 3, 4, 9 }, new[] { 3, 5, 14 }, new[] { 4, 5, 10 },
            new[] { 5, 6, 2 }, new[] { 6, 7, 1 }, new[] { 6, 8, 6 }, new[] { 7, 8, 7 } };
        Check("dijkstra", string.Join(" ", Dijkstra(9, weighted, 0)), "0 4 12 19 21 11 9 8 14");

        // Kruskal's minimum spanning tree with union-find on the same graph
        var sorted = new List<int[]>(weighted);
        sorted.Sort((a, b) => a[2] != b[2] ? a[2] - b[2] : a[0] != b[0] ? a[0] - b[0] : a[1] - b[1]);
        parent = new int[9];
        for (int i = 0; i < 9; i++) parent[i] = i;
        int total = 0, used = 0;
        foreach (var e in sorted) if (Union(e[0], e[1])) { total += e[2]; used++; }
        Check("kruskal", total + "/" + used, "37/8");

        if (failures == 0) { Console.WriteLine("PASS"); return 100; }
        return 1;
    }
}
