using System;

interface IArith<T> { T Zero { get; } T Add(T a, T b); T Mul(T a, T b); }
struct IntArith : IArith<int> { public int Zero { get { return 0; } } public int Add(int a, int b) { return a + b; } public int Mul(int a, int b) { return a * b; } }
struct LongArith : IArith<long> { public long Zero { get { return 0; } } public long Add(long a, long b) { return a + b; } public long Mul(long a, long b) { return a * b; } }

static class Algo
{
    public static T Dot<T, A>(T[] x, T[] y, A ar) where A : struct, IArith<T>
    {
        T acc = ar.Zero;
        for (int i = 0; i < x.Length; i++) acc = ar.Add(acc, ar.Mul(x[i], y[i]));
        return acc;
    }
    public static T Sum<T, A>(T[] x) where A : struct, IArith<T>
    {
        A ar = default(A);
        T acc = ar.Zero;
        for (int i = 0; i < x.Length; i++) acc = ar.Add(acc, x[i]);
        return acc;
    }
}

class GenericStructConstraintsMath
{
    static void Main()
    {
        int[] a = new int[] { 1, 2, 3 }, b = new int[] { 4, 5, 6 };
        Console.WriteLine(Algo.Dot(a, b, new IntArith()));
        long[] la = new long[] { 1L << 31, 3 }, lb = new long[] { 4, 1L << 40 };
        Console.WriteLine(Algo.Dot(la, lb, new LongArith()));
        Console.WriteLine(Algo.Sum<int, IntArith>(a) + " " + Algo.Sum<long, LongArith>(la));
    }
}
