using System;

class BigNumberArithmetic
{
    static int[] FromInt(int v) { int[] d = new int[12]; int n = 0; do { d[n++] = v % 10; v /= 10; } while (v > 0); int[] r = new int[n]; for (int i = 0; i < n; i++) r[i] = d[i]; return r; }
    static int[] Multiply(int[] a, int m)
    {
        int[] r = new int[a.Length + 12];
        int carry = 0, n = 0;
        for (int i = 0; i < a.Length || carry > 0; i++)
        {
            long cur = carry + (i < a.Length ? (long)a[i] * m : 0);
            r[i] = (int)(cur % 10); carry = (int)(cur / 10); n = i + 1;
        }
        int[] t = new int[n]; for (int i = 0; i < n; i++) t[i] = r[i];
        return t;
    }
    static int[] Add(int[] a, int[] b)
    {
        int n = Math.Max(a.Length, b.Length);
        int[] r = new int[n + 1]; int carry = 0;
        for (int i = 0; i < n; i++) { int s = carry + (i < a.Length ? a[i] : 0) + (i < b.Length ? b[i] : 0); r[i] = s % 10; carry = s / 10; }
        r[n] = carry;
        if (carry == 0) { int[] t = new int[n]; for (int i = 0; i < n; i++) t[i] = r[i]; return t; }
        return r;
    }
    static string Show(int[] d) { char[] cs = new char[d.Length]; for (int i = 0; i < d.Length; i++) cs[d.Length - 1 - i] = (char)('0' + d[i]); return new string(cs); }

    static void Main()
    {
        int[] f = FromInt(1);
        for (int i = 2; i <= 30; i++) f = Multiply(f, i);
        Console.WriteLine("30! = " + Show(f));
        int[] p = FromInt(1);
        for (int i = 0; i < 100; i++) p = Multiply(p, 2);
        Console.WriteLine("2^100 = " + Show(p));
        int[] a = FromInt(0), b = FromInt(1);
        for (int i = 0; i < 150; i++) { int[] t = Add(a, b); a = b; b = t; }
        Console.WriteLine("F150 = " + Show(a));
        int sum = 0; for (int i = 0; i < f.Length; i++) sum += f[i];
        Console.WriteLine("digit sum of 30! = " + sum);
    }
}
