using System;

class ArrayDimensions
{
    static void Describe(Array a)
    {
        Console.Write("rank " + a.Rank + " length " + a.Length + " long " + a.LongLength + ":");
        for (int d = 0; d < a.Rank; d++) Console.Write(" [" + a.GetLowerBound(d) + ".." + a.GetUpperBound(d) + "] " + a.GetLength(d) + "/" + a.GetLongLength(d));
        Console.WriteLine();
    }

    static void Main()
    {
        Describe(new int[5]);
        Describe(new string[0]);
        Describe(new double[3, 4]);
        Describe(new byte[2, 0, 7]);
        Describe(new int[1, 1, 1, 1]);
        int[,] grid = new int[3, 5];
        for (int i = 0; i < grid.GetLength(0); i++)
            for (int j = 0; j < grid.GetLength(1); j++)
                grid[i, j] = i * 10 + j;
        for (int i = 0; i < grid.GetLength(0); i++)
        {
            for (int j = 0; j < grid.GetLength(1); j++) Console.Write(grid[i, j] + " ");
            Console.WriteLine();
        }
        int[][] jagged = { new int[2], new int[7] };
        Console.WriteLine(jagged.Rank + " " + jagged[1].GetLength(0) + " " + jagged.GetUpperBound(0));
        try { grid.GetLength(2); } catch (IndexOutOfRangeException) { Console.WriteLine("no such dimension"); }
        try { new int[3].GetLowerBound(-1); } catch (IndexOutOfRangeException) { Console.WriteLine("no such dimension"); }
    }
}
