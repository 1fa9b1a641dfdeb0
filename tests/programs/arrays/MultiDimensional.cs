using System;

struct Cell { public int Value; public string Tag; }

class MultiDimensional
{
    static void Main()
    {
        int[,] grid = new int[3, 4];
        for (int i = 0; i < 3; i++)
            for (int j = 0; j < 4; j++)
                grid[i, j] = i * 10 + j;
        int sum = 0;
        for (int i = 0; i < 3; i++)
            for (int j = 0; j < 4; j++)
                sum += grid[i, j];
        Console.WriteLine(sum);
        Console.WriteLine(grid.Length);
        grid[1, 2] += 100;
        Console.WriteLine(grid[1, 2]);
        string[,,] cube = new string[2, 2, 2];
        cube[1, 0, 1] = "x";
        Console.WriteLine(cube[1, 0, 1] + (cube[0, 0, 0] == null));
        Cell[,] cells = new Cell[2, 2];
        cells[1, 1].Value = 5;
        cells[1, 1].Tag = "five";
        Console.WriteLine(cells[1, 1].Tag + cells[1, 1].Value);
        int[,] init = { { 1, 2 }, { 3, 4 }, { 5, 6 } };
        Console.WriteLine(init[2, 1] + init[0, 0]);
        try
        {
            Console.WriteLine(grid[3, 0]);
        }
        catch (IndexOutOfRangeException)
        {
            Console.WriteLine("out of range");
        }
        long[,] big = new long[2, 3];
        big[1, 2] = long.MaxValue;
        Console.WriteLine(big[1, 2]);
    }
}
