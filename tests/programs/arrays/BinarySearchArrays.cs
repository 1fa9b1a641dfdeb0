using System;

class BinarySearchArrays
{
    static int Search(int[] a, int key)
    {
        int lo = 0, hi = a.Length - 1;
        while (lo <= hi)
        {
            int mid = lo + (hi - lo) / 2;
            if (a[mid] == key) return mid;
            if (a[mid] < key) lo = mid + 1; else hi = mid - 1;
        }
        return ~lo;
    }
    static int LowerBound(long[] a, long key)
    {
        int lo = 0, hi = a.Length;
        while (lo < hi) { int mid = (lo + hi) >> 1; if (a[mid] < key) lo = mid + 1; else hi = mid; }
        return lo;
    }
    static int SearchStr(string[] a, string key)
    {
        int lo = 0, hi = a.Length - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) / 2;
            int c = string.CompareOrdinal(a[mid], key);
            if (c == 0) return mid;
            if (c < 0) lo = mid + 1; else hi = mid - 1;
        }
        return -1;
    }

    static void Main()
    {
        int[] a = new int[20];
        for (int i = 0; i < a.Length; i++) a[i] = i * 3;
        int[] keys = new int[] { 0, 3, 57, 30, 31, -5, 100 };
        for (int i = 0; i < keys.Length; i++) Console.Write(Search(a, keys[i]) + " ");
        Console.WriteLine();
        long[] l = new long[] { 1, 2, 2, 2, 5, 5, 9 };
        Console.WriteLine(LowerBound(l, 2) + " " + LowerBound(l, 3) + " " + LowerBound(l, 0) + " " + LowerBound(l, 10));
        string[] s = new string[] { "ant", "bee", "cat", "dog", "eel", "fox" };
        Console.WriteLine(SearchStr(s, "dog") + " " + SearchStr(s, "ant") + " " + SearchStr(s, "cow"));
    }
}
