// Self-checking: integer matrix multiplication, fast exponentiation (Fibonacci via matrix power mod p),
// transpose, exact rational Gaussian elimination (determinant, inverse), and identity properties.
using System;

class MatrixOperations
{
    static int failures;

    static void Check(string what, string got, string expected)
    {
        if (got != expected) { Console.WriteLine("FAIL " + what + ": got " + got + ", expected " + expected); failures++; }
    }

    static long[,] Multiply(long[,] a, long[,] b, long mod)
    {
        int n = a.GetLength(0), m = b.GetLength(1), k = a.GetLength(1);
        var r = new long[n, m];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < m; j++)
            {
                long s = 0;
                for (int t = 0; t < k; t++) s = mod > 0 ? (s + a[i, t] * b[t, j]) % mod : s + a[i, t] * b[t, j];
                r[i, j] = s;
            }
        return r;
    }

    static long[,] Power(long[,] m, long e, long mod)
    {
        int n = m.GetLength(0);
        var result = new long[n, n];
        for (int i = 0; i < n; i++) result[i, i] = 1;
        while (e > 0)
        {
            if ((e & 1) == 1) result = Multiply(result, m, mod);
            m = Multiply(m, m, mod);
            e >>= 1;
        }
        return result;
    }

    static string Show(long[,] m)
    {
        string s = "";
        for (int i = 0; i < m.GetLength(0); i++)
        {
            if (i > 0) s += ";";
            for (int j = 0; j < m.GetLength(1); j++) s += (j > 0 ? "," : "") + m[i, j];
        }
        return s;
    }

    // Fractions as (num, den) pairs in long, kept reduced
    static long Gcd(long a, long b) { a = Math.Abs(a); b = Math.Abs(b); while (b != 0) { long t = a % b; a = b; b = t; } return a; }

    struct Q
    {
        public long N, D;
        public Q(long n, long d) { if (d < 0) { n = -n; d = -d; } long g = Gcd(n, d); if (g == 0) g = 1; N = n / g; D = d / g; }
        public static Q operator -(Q a, Q b) { return new Q(a.N * b.D - b.N * a.D, a.D * b.D); }
        public static Q operator *(Q a, Q b) { return new Q(a.N * b.N, a.D * b.D); }
        public static Q operator /(Q a, Q b) { return new Q(a.N * b.D, a.D * b.N); }
        public bool IsZero { get { return N == 0; } }
        public override string ToString() { return D == 1 ? N.ToString() : N + "/" + D; }
    }

    static Q Determinant(long[,] src)
    {
        int n = src.GetLength(0);
        var a = new Q[n, n];
        for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) a[i, j] = new Q(src[i, j], 1);
        Q det = new Q(1, 1);
        for (int col = 0; col < n; col++)
        {
            int pivot = -1;
            for (int r = col; r < n; r++) if (!a[r, col].IsZero) { pivot = r; break; }
            if (pivot < 0) return new Q(0, 1);
            if (pivot != col)
            {
                for (int j = 0; j < n; j++) { Q t = a[col, j]; a[col, j] = a[pivot, j]; a[pivot, j] = t; }
                det = det * new Q(-1, 1);
            }
            det = det * a[col, col];
            for (int r = col + 1; r < n; r++)
            {
                Q f = a[r, col] / a[col, col];
                for (int j = col; j < n; j++) a[r, j] = a[r, j] - f * a[col, j];
            }
        }
        return det;
    }

    static Q[,] Inverse(long[,] src)
    {
        int n = src.GetLength(0);
        var a = new Q[n, 2 * n];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < 2 * n; j++)
                a[i, j] = j < n ? new Q(src[i, j], 1) : new Q(j - n == i ? 1 : 0, 1);
        for (int col = 0; col < n; col++)
        {
            int pivot = col;
            while (a[pivot, col].IsZero) pivot++;
            for (int j = 0; j < 2 * n; j++) { Q t = a[col, j]; a[col, j] = a[pivot, j]; a[pivot, j] = t; }
            Q p = a[col, col];
            for (int j = 0; j < 2 * n; j++) a[col, j] = a[col, j] / p;
            for (int r = 0; r < n; r++)
            {
                if (r == col || a[r, col].IsZero) continue;
                Q f = a[r, col];
                for (int j = 0; j < 2 * n; j++) a[r, j] = a[r, j] - f * a[col, j];
            }
        }
        var inv = new Q[n, n];
        for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) inv[i, j] = a[i, j + n];
        return inv;
    }

    static int Main()
    {
        long[,] a = { { 1, 2 }, { 3, 4 } };
        long[,] b = { { 5, 6 }, { 7, 8 } };
        Check("multiply", Show(Multiply(a, b, 0)), "19,22;43,50");
        Check("multiply other order", Show(Multiply(b, a, 0)), "23,34;31,46");
        long[,] rect = { { 1, 2, 3 }, { 4, 5, 6 } };
        long[,] col = { { 1 }, { 0 }, { -1 } };
        Check("rectangular", Show(Multiply(rect, col, 0)), "-2;-2");

        long[,] fib = { { 1, 1 }, { 1, 0 } };
        Check("fib 10 via power", Power(fib, 10, 0)[0, 1].ToString(), "55");
        Check("fib 90 via power", Power(fib, 90, 0)[0, 1].ToString(), "2880067194370816120");
        Check("fib 10^18 mod 1e9+7", Power(fib, 1000000000000000000L, 1000000007)[0, 1].ToString(), "209783453");

        long[,] m3 = { { 2, -3, 1 }, { 2, 0, -1 }, { 1, 4, 5 } };
        Check("det 3x3", Determinant(m3).ToString(), "49");
        long[,] singular = { { 1, 2, 3 }, { 4, 5, 6 }, { 7, 8, 9 } };
        Check("det singular", Determinant(singular).ToString(), "0");
        long[,] hilbertish = { { 6, 1, 1 }, { 4, -2, 5 }, { 2, 8, 7 } };
        Check("det", Determinant(hilbertish).ToString(), "-306");
        long[,] swapNeeded = { { 0, 1 }, { 1, 0 } };
        Check("det with pivot swap", Determinant(swapNeeded).ToString(), "-1");

        Q[,] inv = Inverse(new long[,] { { 4, 7 }, { 2, 6 } });
        Check("inverse 2x2", inv[0, 0] + " " + inv[0, 1] + " " + inv[1, 0] + " " + inv[1, 1], "3/5 -7/10 -1/5 2/5");
        Q[,] inv3 = Inverse(m3);
        Check("inverse 3x3 first row", inv3[0, 0] + " " + inv3[0, 1] + " " + inv3[0, 2], "4/49 19/49 3/49");

        // transpose twice is identity; (AB)^T = B^T A^T
        long[,] t = Transpose(Transpose(rect));
        Check("transpose twice", Show(t), Show(rect));
        Check("transpose of product", Show(Transpose(Multiply(a, b, 0))), Show(Multiply(Transpose(b), Transpose(a), 0)));

        if (failures == 0) { Console.WriteLine("PASS"); return 100; }
        return 1;
    }

    static long[,] Transpose(long[,] m)
    {
        var r = new long[m.GetLength(1), m.GetLength(0)];
        for (int i = 0; i < m.GetLength(0); i++) for (int j = 0; j < m.GetLength(1); j++) r[j, i] = m[i, j];
        return r;
    }
}
