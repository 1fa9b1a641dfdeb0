using System;

class SudokuValidator
{
    static bool Valid(int[][] g)
    {
        for (int i = 0; i < 9; i++)
        {
            bool[] row = new bool[10], col = new bool[10], box = new bool[10];
            for (int j = 0; j < 9; j++)
            {
                int r = g[i][j], c = g[j][i], b = g[3 * (i / 3) + j / 3][3 * (i % 3) + j % 3];
                if (r != 0) { if (row[r]) return false; row[r] = true; }
                if (c != 0) { if (col[c]) return false; col[c] = true; }
                if (b != 0) { if (box[b]) return false; box[b] = true; }
            }
        }
        return true;
    }

    static bool Solve(int[][] g)
    {
        for (int r = 0; r < 9; r++)
            for (int c = 0; c < 9; c++)
                if (g[r][c] == 0)
                {
                    for (int v = 1; v <= 9; v++)
                    {
                        g[r][c] = v;
                        if (Valid(g) && Solve(g)) return true;
                    }
                    g[r][c] = 0;
                    return false;
                }
        return true;
    }

    static void Main()
    {
        string[] rows = new string[] {
            "530070000", "600195000", "098000060", "800060003", "400803001",
            "700020006", "060000280", "000419005", "000080079" };
        int[][] g = new int[9][];
        for (int r = 0; r < 9; r++) { g[r] = new int[9]; for (int c = 0; c < 9; c++) g[r][c] = rows[r][c] - '0'; }
        Console.WriteLine("valid start: " + Valid(g));
        Console.WriteLine("solved: " + Solve(g));
        for (int r = 0; r < 9; r++) { string s = ""; for (int c = 0; c < 9; c++) s += g[r][c]; Console.WriteLine(s); }
        g[0][0] = g[0][1];
        Console.WriteLine("valid after corruption: " + Valid(g));
    }
}
