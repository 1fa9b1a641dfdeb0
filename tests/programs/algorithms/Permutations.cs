using System;

class Permutations
{
    static int count;
    static string listed = "";

    static void Permute(char[] a, int k)
    {
        if (k == a.Length) { count++; if (a.Length <= 3) listed += new string(a) + " "; return; }
        for (int i = k; i < a.Length; i++)
        {
            char t = a[k]; a[k] = a[i]; a[i] = t;
            Permute(a, k + 1);
            t = a[k]; a[k] = a[i]; a[i] = t;
        }
    }

    static bool NextPermutation(int[] a)
    {
        int i = a.Length - 2;
        while (i >= 0 && a[i] >= a[i + 1]) i--;
        if (i < 0) return false;
        int j = a.Length - 1;
        while (a[j] <= a[i]) j--;
        int t = a[i]; a[i] = a[j]; a[j] = t;
        for (int l = i + 1, r = a.Length - 1; l < r; l++, r--) { t = a[l]; a[l] = a[r]; a[r] = t; }
        return true;
    }

    static void Main()
    {
        Permute("abc".ToCharArray(), 0);
        Console.WriteLine(count + ": " + listed);
        for (int n = 1; n <= 7; n++) { count = 0; Permute(new string('x', n).ToCharArray(), 0); Console.Write(count + " "); }
        Console.WriteLine();
        int[] p = new int[] { 1, 1, 2, 3 };
        int distinct = 1;
        string firstFew = "";
        do { if (distinct <= 4) { for (int i = 0; i < p.Length; i++) firstFew += p[i]; firstFew += " "; } } while (NextPermutation(p) && ++distinct > 0);
        Console.WriteLine(distinct + " distinct, first: " + firstFew);
    }
}
