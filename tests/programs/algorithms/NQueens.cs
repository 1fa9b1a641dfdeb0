using System;

class NQueens
{
    static int n;
    static int[] cols;
    static int solutions;
    static string firstSolution;

    static bool Safe(int row, int col)
    {
        for (int r = 0; r < row; r++)
        {
            int c = cols[r];
            if (c == col || Math.Abs(c - col) == row - r) return false;
        }
        return true;
    }

    static void Place(int row)
    {
        if (row == n)
        {
            solutions++;
            if (firstSolution == null) { firstSolution = ""; for (int i = 0; i < n; i++) firstSolution += cols[i]; }
            return;
        }
        for (int c = 0; c < n; c++) if (Safe(row, c)) { cols[row] = c; Place(row + 1); }
    }

    static void Main()
    {
        for (n = 1; n <= 8; n++)
        {
            cols = new int[n]; solutions = 0; firstSolution = null;
            Place(0);
            Console.WriteLine(n + ": " + solutions + " " + (firstSolution ?? "-"));
        }
    }
}
