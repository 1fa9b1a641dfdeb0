using System;

class JaggedArrays
{
    static void Main()
    {
        int[][] tri = new int[6][];
        for (int i = 0; i < tri.Length; i++)
        {
            tri[i] = new int[i + 1];
            tri[i][0] = tri[i][i] = 1;
            for (int j = 1; j < i; j++) tri[i][j] = tri[i - 1][j - 1] + tri[i - 1][j];
        }
        for (int i = 0; i < tri.Length; i++)
        {
            string row = "";
            for (int j = 0; j < tri[i].Length; j++) row += tri[i][j] + " ";
            Console.WriteLine(row);
        }
        string[][] words = new string[][] { new string[] { "a", "b" }, new string[0], new string[] { "c" } };
        int total = 0;
        for (int i = 0; i < words.Length; i++) total += words[i].Length;
        Console.WriteLine(total + " " + words[1].Length + " " + words[2][0]);
        int[][][] cube = new int[2][][];
        for (int i = 0; i < 2; i++) { cube[i] = new int[2][]; for (int j = 0; j < 2; j++) { cube[i][j] = new int[2]; for (int k = 0; k < 2; k++) cube[i][j][k] = i * 4 + j * 2 + k; } }
        Console.WriteLine(cube[1][0][1] + " " + cube[0][1][1]);
        int[][] swap = new int[][] { new int[] { 1, 2 }, new int[] { 3 } };
        int[] t = swap[0]; swap[0] = swap[1]; swap[1] = t;
        Console.WriteLine(swap[0].Length + " " + swap[1][1]);
        try { Console.WriteLine(swap[0][1]); } catch (IndexOutOfRangeException) { Console.WriteLine("ragged index"); }
        int[][] nulls = new int[2][];
        try { Console.WriteLine(nulls[0].Length); } catch (NullReferenceException) { Console.WriteLine("null row"); }
    }
}
