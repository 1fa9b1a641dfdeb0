// Conway's Game of Life on a torus: a glider, a blinker and a block evolve for several generations; prints the
// board and population every few steps, then detects the period of the blinker.
using System;
using System.Text;

class GameOfLife
{
    const int W = 12, H = 10;

    static bool[,] Step(bool[,] g)
    {
        var next = new bool[H, W];
        for (int r = 0; r < H; r++)
            for (int c = 0; c < W; c++)
            {
                int n = 0;
                for (int dr = -1; dr <= 1; dr++)
                    for (int dc = -1; dc <= 1; dc++)
                        if ((dr != 0 || dc != 0) && g[(r + dr + H) % H, (c + dc + W) % W]) n++;
                next[r, c] = g[r, c] ? n == 2 || n == 3 : n == 3;
            }
        return next;
    }

    static string Show(bool[,] g)
    {
        var sb = new StringBuilder();
        for (int r = 0; r < H; r++)
        {
            for (int c = 0; c < W; c++) sb.Append(g[r, c] ? '#' : '.');
            sb.Append('\n');
        }
        return sb.ToString();
    }

    static int Population(bool[,] g) { int n = 0; foreach (bool b in g) if (b) n++; return n; }

    static bool Same(bool[,] a, bool[,] b)
    {
        for (int r = 0; r < H; r++) for (int c = 0; c < W; c++) if (a[r, c] != b[r, c]) return false;
        return true;
    }

    static void Main()
    {
        var g = new bool[H, W];
        g[0, 1] = g[1, 2] = g[2, 0] = g[2, 1] = g[2, 2] = true; // glider
        g[5, 8] = g[5, 9] = g[5, 10] = true;                     // blinker
        g[8, 2] = g[8, 3] = g[9, 2] = g[9, 3] = true;             // block
        for (int gen = 0; gen <= 12; gen++)
        {
            if (gen % 4 == 0)
            {
                Console.WriteLine("generation " + gen + ", population " + Population(g));
                Console.Write(Show(g));
            }
            g = Step(g);
        }
        var blinker = new bool[H, W];
        blinker[4, 4] = blinker[4, 5] = blinker[4, 6] = true;
        var state = blinker;
        int period = 0;
        do { state = Step(state); period++; } while (!Same(state, blinker) && period < 10);
        Console.WriteLine("blinker period " + period);
    }
}
