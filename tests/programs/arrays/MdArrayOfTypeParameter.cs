using System;
using System.Collections.Generic;

// Found by mono's mcs test gtest-iter-09. Multi-dimensional arrays of a type parameter: the element accessors (Get, Set, Address) are referenced with the
// caller's !0 / !!0 in their signatures, in generic methods, generic classes and iterators (compiler-made generic classes).
class Grid<T>
{
    T[,] cells;
    public Grid(int rows, int cols) { cells = new T[rows, cols]; }
    public T this[int r, int c] { get { return cells[r, c]; } set { cells[r, c] = value; } }
    public void Swap(int r1, int c1, int r2, int c2)
    {
        T tmp = cells[r1, c1];
        cells[r1, c1] = cells[r2, c2];
        cells[r2, c2] = tmp;
    }
    public ref T At(int r, int c) { return ref cells[r, c]; }
    public IEnumerable<T> Row(int r)
    {
        for (int c = 0; c < cells.GetLength(1); c++)
            yield return cells[r, c];
    }
}

static class Program
{
    static IEnumerable<T> Diagonal<T>(T[,] m)
    {
        for (int i = 0; i < m.GetLength(0) && i < m.GetLength(1); i++)
            yield return m[i, i];
    }

    static T Corner<T>(T[,,] cube) { return cube[1, 1, 1]; }

    static void Fill<T>(T[,] m, T value)
    {
        for (int i = 0; i < m.GetLength(0); i++)
            for (int j = 0; j < m.GetLength(1); j++)
                m[i, j] = value;
    }

    static void Bump<T>(T[,] m, Func<T, T> f)
    {
        m[0, 0] = f(m[0, 0]);
    }

    static int Main()
    {
        int[,] s = { { 1, 2, 3 }, { 4, 5, 6 }, { 7, 8, 9 } };
        foreach (int i in Diagonal(s)) Console.Write(i + " ");
        Console.WriteLine();
        foreach (string x in Diagonal(new string[,] { { "a", "b" }, { "c", "d" } })) Console.Write(x + " ");
        Console.WriteLine();

        var cube = new long[2, 2, 2];
        cube[1, 1, 1] = 42;
        Console.WriteLine(Corner(cube));

        var g = new Grid<string>(2, 3);
        g[0, 0] = "x"; g[1, 2] = "y";
        g.Swap(0, 0, 1, 2);
        g.At(0, 1) = "z";
        foreach (var v in g.Row(0)) Console.Write((v ?? "-") + " ");
        Console.WriteLine();
        foreach (var v in g.Row(1)) Console.Write((v ?? "-") + " ");
        Console.WriteLine();

        var d = new double[2, 2];
        Fill(d, 1.5);
        Bump(d, v => v * 4);
        Console.WriteLine(d[0, 0] + " " + d[1, 1]);

        var gi = new Grid<int>(1, 2);
        gi.At(0, 1) += 7;
        foreach (var v in gi.Row(0)) Console.Write(v + " ");
        Console.WriteLine();
        return 0;
    }
}
