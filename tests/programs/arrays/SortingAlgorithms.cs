using System;

class SortingAlgorithms
{
    static void Bubble(int[] a) { for (int i = 0; i < a.Length; i++) for (int j = 0; j + 1 < a.Length - i; j++) if (a[j] > a[j + 1]) { int t = a[j]; a[j] = a[j + 1]; a[j + 1] = t; } }
    static void Insertion(int[] a) { for (int i = 1; i < a.Length; i++) { int k = a[i], j = i - 1; while (j >= 0 && a[j] > k) { a[j + 1] = a[j]; j--; } a[j + 1] = k; } }
    static void Selection(int[] a) { for (int i = 0; i < a.Length; i++) { int m = i; for (int j = i + 1; j < a.Length; j++) if (a[j] < a[m]) m = j; int t = a[i]; a[i] = a[m]; a[m] = t; } }
    static void Quick(int[] a, int lo, int hi)
    {
        if (lo >= hi) return;
        int p = a[(lo + hi) / 2], i = lo, j = hi;
        while (i <= j)
        {
            while (a[i] < p) i++;
            while (a[j] > p) j--;
            if (i <= j) { int t = a[i]; a[i] = a[j]; a[j] = t; i++; j--; }
        }
        Quick(a, lo, j); Quick(a, i, hi);
    }
    static int[] Data()
    {
        int[] a = new int[25];
        uint seed = 12345;
        for (int i = 0; i < a.Length; i++) { seed = seed * 1103515245 + 12345; a[i] = (int)(seed >> 16) % 1000 - 500; }
        return a;
    }
    static string Show(int[] a) { string s = ""; for (int i = 0; i < a.Length; i++) s += a[i] + " "; return s; }

    static void Main()
    {
        Console.WriteLine(Show(Data()));
        int[] a = Data(); Bubble(a); Console.WriteLine(Show(a));
        int[] b = Data(); Insertion(b);
        int[] c = Data(); Selection(c);
        int[] d = Data(); Quick(d, 0, d.Length - 1);
        bool same = true;
        for (int i = 0; i < a.Length; i++) if (a[i] != b[i] || a[i] != c[i] || a[i] != d[i]) same = false;
        Console.WriteLine("all agree: " + same);
    }
}
