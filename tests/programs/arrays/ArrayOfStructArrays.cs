using System;

struct Cell { public int Value; public bool Visited; }

class ArrayOfStructArrays
{
    static int FloodFill(Cell[][] g, int r, int c, int target)
    {
        if (r < 0 || r >= g.Length || c < 0 || c >= g[r].Length) return 0;
        if (g[r][c].Visited || g[r][c].Value != target) return 0;
        g[r][c].Visited = true;
        return 1 + FloodFill(g, r + 1, c, target) + FloodFill(g, r - 1, c, target) + FloodFill(g, r, c + 1, target) + FloodFill(g, r, c - 1, target);
    }

    static void Main()
    {
        string[] map = new string[] { "11000", "11011", "00011", "10000", "11100" };
        Cell[][] g = new Cell[map.Length][];
        for (int r = 0; r < map.Length; r++)
        {
            g[r] = new Cell[map[r].Length];
            for (int c = 0; c < map[r].Length; c++) g[r][c].Value = map[r][c] - '0';
        }
        string sizes = "";
        int islands = 0;
        for (int r = 0; r < g.Length; r++)
            for (int c = 0; c < g[r].Length; c++)
                if (g[r][c].Value == 1 && !g[r][c].Visited) { islands++; sizes += FloodFill(g, r, c, 1) + " "; }
        Console.WriteLine(islands + " islands: " + sizes);
        Cell[] row = g[0];
        row[4].Value = 9;
        Console.WriteLine(g[0][4].Value);
        Cell copy = g[0][0];
        copy.Value = 77;
        Console.WriteLine(g[0][0].Value);
    }
}
