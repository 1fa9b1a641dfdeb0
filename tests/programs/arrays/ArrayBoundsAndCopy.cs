using System;

class ArrayBoundsAndCopy
{
    static int[] Copy(int[] src) { int[] d = new int[src.Length]; for (int i = 0; i < src.Length; i++) d[i] = src[i]; return d; }
    static int[] Concat(int[] a, int[] b) { int[] r = new int[a.Length + b.Length]; for (int i = 0; i < a.Length; i++) r[i] = a[i]; for (int i = 0; i < b.Length; i++) r[a.Length + i] = b[i]; return r; }
    static void Rotate(int[] a, int k) { int n = a.Length; k %= n; Rev(a, 0, n - 1); Rev(a, 0, k - 1); Rev(a, k, n - 1); }
    static void Rev(int[] a, int i, int j) { while (i < j) { int t = a[i]; a[i++] = a[j]; a[j--] = t; } }
    static string Show(int[] a) { string s = "["; for (int i = 0; i < a.Length; i++) s += (i > 0 ? "," : "") + a[i]; return s + "]"; }

    static void Main()
    {
        int[] a = new int[] { 1, 2, 3, 4, 5 };
        int[] b = Copy(a);
        b[0] = 100;
        Console.WriteLine(Show(a) + " " + Show(b));
        int[] alias = a;
        alias[4] = -5;
        Console.WriteLine(Show(a));
        Console.WriteLine(Show(Concat(a, new int[] { 6, 7 })) + " " + Show(Concat(new int[0], new int[0])));
        Rotate(a, 2);
        Console.WriteLine(Show(a));
        int[] empty = new int[0];
        Console.WriteLine(empty.Length);
        int[] probes = new int[] { 0, 4, 5, -1 };
        for (int i = 0; i < probes.Length; i++)
        {
            try { Console.WriteLine("a[" + probes[i] + "]=" + a[probes[i]]); }
            catch (IndexOutOfRangeException) { Console.WriteLine("a[" + probes[i] + "] out of range"); }
        }
        try { int[] neg = new int[probes[3]]; Console.WriteLine(neg.Length); }
        catch (OverflowException) { Console.WriteLine("negative size"); }
        Console.WriteLine(a == alias);
        Console.WriteLine(a.Equals(Copy(a)));
    }
}
