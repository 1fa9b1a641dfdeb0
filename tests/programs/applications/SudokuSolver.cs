// Backtracking Sudoku solver with bit-mask candidate sets; solves two fixed puzzles, prints the grids, the
// number of search steps, and verifies every row, column and box.
using System;
using System.Text;

class SudokuSolver
{
    int[] cells = new int[81];
    int[] rows = new int[9], cols = new int[9], boxes = new int[9];
    public int Steps;

    public SudokuSolver(string puzzle)
    {
        for (int i = 0; i < 81; i++)
        {
            char ch = puzzle[i];
            if (ch >= '1' && ch <= '9') Place(i, ch - '0');
        }
    }

    static int Box(int i) { return (i / 27) * 3 + (i % 9) / 3; }
    void Place(int i, int d) { cells[i] = d; int bit = 1 << d; rows[i / 9] |= bit; cols[i % 9] |= bit; boxes[Box(i)] |= bit; }
    void Remove(int i, int d) { cells[i] = 0; int bit = ~(1 << d); rows[i / 9] &= bit; cols[i % 9] &= bit; boxes[Box(i)] &= bit; }

    static int BitCount(int x) { int n = 0; while (x != 0) { x &= x - 1; n++; } return n; }

    public bool Solve()
    {
        int best = -1, bestCount = 10, bestMask = 0;
        for (int i = 0; i < 81; i++)
        {
            if (cells[i] != 0) continue;
            int used = rows[i / 9] | cols[i % 9] | boxes[Box(i)];
            int free = ~used & 0x3FE;
            int count = BitCount(free);
            if (count < bestCount) { best = i; bestCount = count; bestMask = free; if (count == 0) return false; }
        }
        if (best < 0) return true;
        for (int d = 1; d <= 9; d++)
        {
            if ((bestMask & (1 << d)) == 0) continue;
            Steps++;
            Place(best, d);
            if (Solve()) return true;
            Remove(best, d);
        }
        return false;
    }

    public bool Valid()
    {
        for (int k = 0; k < 9; k++)
        {
            int r = 0, c = 0, b = 0;
            for (int j = 0; j < 9; j++)
            {
                r |= 1 << cells[k * 9 + j];
                c |= 1 << cells[j * 9 + k];
                b |= 1 << cells[(k / 3) * 27 + (k % 3) * 3 + (j / 3) * 9 + j % 3];
            }
            if (r != 0x3FE || c != 0x3FE || b != 0x3FE) return false;
        }
        return true;
    }

    public override string ToString()
    {
        var sb = new StringBuilder();
        for (int r = 0; r < 9; r++)
        {
            if (r % 3 == 0 && r > 0) sb.Append("------+-------+------\n");
            for (int c = 0; c < 9; c++)
            {
                if (c % 3 == 0 && c > 0) sb.Append("| ");
                sb.Append(cells[r * 9 + c]).Append(c == 8 ? "" : " ");
            }
            sb.Append('\n');
        }
        return sb.ToString();
    }

    static void Main()
    {
        string[] puzzles = {
            "53..7....6..195....98....6.8...6...34..8.3..17...2...6.6....28....419..5....8..79",
            "..............3.85..1.2.......5.7.....4...1...9.......5......73..2.1........4...9" };
        foreach (string p in puzzles)
        {
            var s = new SudokuSolver(p);
            bool solved = s.Solve();
            Console.WriteLine("solved: " + solved + ", valid: " + s.Valid() + ", guesses: " + s.Steps);
            Console.Write(s);
        }
    }
}
