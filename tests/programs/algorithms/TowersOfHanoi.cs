using System;

class TowersOfHanoi
{
    static int moves;
    static string firstMoves = "";
    static int[][] pegs;
    static int[] heights;

    static void Move(int n, int from, int to, int via)
    {
        if (n == 0) return;
        Move(n - 1, from, via, to);
        int disk = pegs[from][--heights[from]];
        if (heights[to] > 0 && pegs[to][heights[to] - 1] < disk) throw new InvalidOperationException("illegal move");
        pegs[to][heights[to]++] = disk;
        moves++;
        if (moves <= 7) firstMoves += disk + ":" + from + "->" + to + " ";
        Move(n - 1, via, to, from);
    }

    static void Main()
    {
        for (int n = 1; n <= 12; n += 3)
        {
            pegs = new int[3][];
            for (int i = 0; i < 3; i++) pegs[i] = new int[n];
            heights = new int[3];
            for (int d = n; d >= 1; d--) pegs[0][heights[0]++] = d;
            moves = 0; firstMoves = "";
            Move(n, 0, 2, 1);
            Console.WriteLine("n=" + n + " moves=" + moves + " final heights " + heights[0] + "," + heights[1] + "," + heights[2]);
            Console.WriteLine("  " + firstMoves);
        }
    }
}
