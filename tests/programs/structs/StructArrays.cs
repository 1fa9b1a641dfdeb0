using System;

struct Pair
{
    public int Key;
    public string Name;
    public Pair(int k, string n) { Key = k; Name = n; }
}

class StructArrays
{
    static void SortByKey(Pair[] ps)
    {
        for (int i = 1; i < ps.Length; i++)
        {
            Pair cur = ps[i];
            int j = i - 1;
            while (j >= 0 && ps[j].Key > cur.Key) { ps[j + 1] = ps[j]; j--; }
            ps[j + 1] = cur;
        }
    }

    static void Main()
    {
        Pair[] ps = new Pair[] { new Pair(5, "five"), new Pair(2, "two"), new Pair(9, "nine"), new Pair(1, "one"), new Pair(7, "seven") };
        SortByKey(ps);
        for (int i = 0; i < ps.Length; i++) Console.WriteLine(ps[i].Key + " -> " + ps[i].Name);
        Pair[] empty = new Pair[2];
        Console.WriteLine(empty[0].Key);
        Console.WriteLine(empty[1].Name == null);
        Pair[][] grid = new Pair[3][];
        for (int r = 0; r < 3; r++)
        {
            grid[r] = new Pair[r + 1];
            for (int c = 0; c <= r; c++) grid[r][c] = new Pair(r * 10 + c, "p" + r + c);
        }
        int sum = 0;
        for (int r = 0; r < grid.Length; r++)
            for (int c = 0; c < grid[r].Length; c++) { sum += grid[r][c].Key; Console.Write(grid[r][c].Name + " "); }
        Console.WriteLine();
        Console.WriteLine("sum=" + sum);
    }
}
