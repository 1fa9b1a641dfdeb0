using System;

class MatrixMultiply
{
    static long[][] Make(int r, int c) { long[][] m = new long[r][]; for (int i = 0; i < r; i++) m[i] = new long[c]; return m; }
    static long[][] Mul(long[][] a, long[][] b)
    {
        long[][] r = Make(a.Length, b[0].Length);
        for (int i = 0; i < a.Length; i++)
            for (int j = 0; j < b[0].Length; j++)
            {
                long s = 0;
                for (int k = 0; k < b.Length; k++) s += a[i][k] * b[k][j];
                r[i][j] = s;
            }
        return r;
    }
    static long[][] Identity(int n) { long[][] m = Make(n, n); for (int i = 0; i < n; i++) m[i][i] = 1; return m; }
    static long[][] Pow(long[][] m, int e) { long[][] r = Identity(m.Length); while (e > 0) { if ((e & 1) != 0) r = Mul(r, m); m = Mul(m, m); e >>= 1; } return r; }
    static void Print(long[][] m) { for (int i = 0; i < m.Length; i++) { string s = ""; for (int j = 0; j < m[i].Length; j++) s += m[i][j] + " "; Console.WriteLine(s); } }

    static void Main()
    {
        long[][] a = new long[][] { new long[] { 1, 2, 3 }, new long[] { 4, 5, 6 } };
        long[][] b = new long[][] { new long[] { 7, 8 }, new long[] { 9, 10 }, new long[] { 11, 12 } };
        Print(Mul(a, b));
        Print(Mul(b, a));
        long[][] fib = new long[][] { new long[] { 1, 1 }, new long[] { 1, 0 } };
        Console.WriteLine(Pow(fib, 50)[0][1]);
        Print(Pow(Identity(3), 5));
    }
}
