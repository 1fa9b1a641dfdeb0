using System;

class Arrays
{
    static int Sum(int[] a)
    {
        int s = 0;
        foreach (int x in a) s += x;
        return s;
    }

    static void Main()
    {
        int[] squares = new int[10];
        for (int i = 0; i < squares.Length; i++) squares[i] = i * i;
        Console.WriteLine(Sum(squares));
        long[] longs = { 1L, 2L, long.MaxValue };
        Console.WriteLine(longs[2]);
        string[] words = { "alpha", "beta", "gamma" };
        string joined = "";
        foreach (string w in words) joined += w[0];
        Console.WriteLine(joined);
        char[] chars = new char[3];
        chars[0] = 'k'; chars[1] = 'i'; chars[2] = 'n';
        Console.WriteLine(new string(chars));
        Console.WriteLine(chars);
        int[][] jagged = new int[3][];
        for (int i = 0; i < 3; i++) { jagged[i] = new int[i + 1]; jagged[i][i] = i + 1; }
        Console.WriteLine(jagged[2][2] + jagged[1].Length);
        bool[] flags = new bool[4];
        flags[2] = true;
        Console.WriteLine(flags[2]);
        Console.WriteLine(flags[3]);
        byte[] bytes = new byte[2];
        bytes[0] = 255;
        bytes[0]++;
        Console.WriteLine(bytes[0]);
        object[] objs = { 1, "two", 'c', 4L, true };
        foreach (object o in objs) Console.WriteLine(o);
    }
}
