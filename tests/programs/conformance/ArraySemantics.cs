// Self-checking: array creation, default values, bounds checks, multi-dimensional and jagged arrays,
// Array.Copy with overlap, Array.Clear/Reverse/IndexOf/Sort/Resize, array identity and Length/Rank.
using System;

class ArraySemantics
{
    static int failures;

    static void Check(string what, bool ok)
    {
        if (!ok) { Console.WriteLine("FAIL " + what); failures++; }
    }

    static string Join(int[] a) { return string.Join(",", a); }

    static int Main()
    {
        int[] zeros = new int[4];
        Check("zero init", Join(zeros) == "0,0,0,0");
        string[] nulls = new string[2];
        Check("null init", nulls[0] == null && nulls[1] == null);
        bool[] flags = new bool[3];
        Check("false init", !flags[0] && !flags[2]);
        double[] ds = new double[1];
        Check("double zero init", ds[0] == 0.0);
        int[] empty = new int[0];
        Check("empty", empty.Length == 0);

        // bounds
        bool threw = false;
        try { zeros[4] = 1; } catch (IndexOutOfRangeException) { threw = true; }
        Check("index == length throws", threw);
        threw = false;
        try { int x = zeros[-1]; Check("unreached " + x, false); } catch (IndexOutOfRangeException) { threw = true; }
        Check("negative index throws", threw);
        threw = false;
        try { int[] bad = new int[NegativeOne()]; Check("unreached " + bad.Length, false); } catch (OverflowException) { threw = true; }
        Check("negative size throws OverflowException", threw);
        threw = false;
        int[] none = null;
        try { int x = none.Length; Check("unreached " + x, false); } catch (NullReferenceException) { threw = true; }
        Check("null array Length throws", threw);

        // multi-dimensional
        int[,] grid = new int[3, 4];
        for (int r = 0; r < 3; r++) for (int c = 0; c < 4; c++) grid[r, c] = r * 10 + c;
        Check("md values", grid[2, 3] == 23 && grid[1, 0] == 10);
        Check("md Length", grid.Length == 12 && grid.Rank == 2 && grid.GetLength(0) == 3 && grid.GetLength(1) == 4);
        int sum = 0;
        foreach (int v in grid) sum += v;
        Check("md foreach row-major", sum == (0 + 1 + 2 + 3) * 3 + (0 + 10 + 20) * 4);
        threw = false;
        try { grid[3, 0] = 1; } catch (IndexOutOfRangeException) { threw = true; }
        Check("md bounds", threw);
        threw = false;
        try { grid[0, 4] = 1; } catch (IndexOutOfRangeException) { threw = true; }
        Check("md bounds second dim", threw);
        int[,,] cube = new int[2, 3, 4];
        cube[1, 2, 3] = 7;
        cube[1, 2, 3] += 1;
        Check("3d", cube[1, 2, 3] == 8 && cube.Length == 24 && cube.GetUpperBound(2) == 3);
        int[,] init = { { 1, 2, 3 }, { 4, 5, 6 } };
        Check("md initializer", init[1, 2] == 6 && init.GetLength(0) == 2);
        string[,] sgrid = new string[2, 2];
        sgrid[1, 1] = "x";
        Check("md refs", sgrid[0, 0] == null && sgrid[1, 1] == "x");

        // jagged
        int[][] jag = new int[3][];
        for (int i = 0; i < 3; i++) { jag[i] = new int[i + 1]; for (int j = 0; j <= i; j++) jag[i][j] = i + j; }
        Check("jagged lengths", jag[0].Length == 1 && jag[2].Length == 3);
        Check("jagged values", jag[2][2] == 4 && jag[1][0] == 1);
        int[][] shared = { jag[0], jag[0] };
        shared[0][0] = 99;
        Check("jagged rows are references", shared[1][0] == 99 && jag[0][0] == 99);

        // copy semantics
        int[] src = { 1, 2, 3, 4, 5, 6 };
        int[] dst = new int[6];
        Array.Copy(src, 1, dst, 2, 3);
        Check("Copy", Join(dst) == "0,0,2,3,4,0");
        int[] overlap = { 1, 2, 3, 4, 5, 6 };
        Array.Copy(overlap, 0, overlap, 2, 4);
        Check("Copy overlapping forward", Join(overlap) == "1,2,1,2,3,4");
        overlap = new[] { 1, 2, 3, 4, 5, 6 };
        Array.Copy(overlap, 2, overlap, 0, 4);
        Check("Copy overlapping backward", Join(overlap) == "3,4,5,6,5,6");
        threw = false;
        try { Array.Copy(src, 4, dst, 0, 3); } catch (ArgumentException) { threw = true; }
        Check("Copy out of range throws", threw);
        object[] objs = new object[3];
        string[] strs = { "a", "b", "c" };
        Array.Copy(strs, objs, 3);
        Check("Copy string[] to object[]", (string)objs[2] == "c");
        int[] copied = (int[])src.Clone();
        copied[0] = 100;
        Check("Clone is shallow copy", src[0] == 1 && copied[0] == 100 && copied.Length == 6);

        Array.Clear(src, 1, 2);
        Check("Clear", Join(src) == "1,0,0,4,5,6");
        Array.Reverse(src);
        Check("Reverse", Join(src) == "6,5,4,0,0,1");
        Check("IndexOf", Array.IndexOf(src, 4) == 2 && Array.IndexOf(src, 42) == -1 && Array.LastIndexOf(src, 0) == 4);
        Array.Sort(src);
        Check("Sort", Join(src) == "0,0,1,4,5,6");
        Check("BinarySearch", Array.BinarySearch(src, 5) == 4 && Array.BinarySearch(src, 3) < 0);
        Array.Resize(ref src, 3);
        Check("Resize smaller", Join(src) == "0,0,1");
        Array.Resize(ref src, 5);
        Check("Resize larger", Join(src) == "0,0,1,0,0");
        int[] filled = new int[4];
        Array.Fill(filled, 7);
        Check("Fill", Join(filled) == "7,7,7,7");
        Check("Exists/Find", Array.Exists(filled, x => x == 7) && Array.Find(new[] { 1, 8, 9 }, x => x > 5) == 8);

        // identity and equality
        int[] a1 = { 1, 2 }, a2 = { 1, 2 };
        Check("arrays compare by reference", !a1.Equals(a2) && a1 != a2);
        int[] alias = a1;
        alias[0] = 5;
        Check("alias", a1[0] == 5);

        // arrays of structs are stored inline
        Pt[] pts = new Pt[2];
        pts[0].X = 3;
        Pt copy = pts[0];
        copy.X = 4;
        Check("struct array inline", pts[0].X == 3);

        // long index and array of arrays of strings
        long li = 2;
        Check("long index", strs[li] == "c");

        if (failures == 0) { Console.WriteLine("PASS"); return 100; }
        return 1;
    }

    struct Pt { public int X; }
    static int NegativeOne() { return -1; }
}
