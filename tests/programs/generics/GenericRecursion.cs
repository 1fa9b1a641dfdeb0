using System;

class GenericRecursion
{
    static int Depth<T>(T value, int n)
    {
        if (n == 0) return 0;
        return 1 + Depth(value, n - 1);
    }

    static void Reverse<T>(T[] a, int lo, int hi)
    {
        if (lo >= hi) return;
        T t = a[lo]; a[lo] = a[hi]; a[hi] = t;
        Reverse(a, lo + 1, hi - 1);
    }

    static void MergeSort<T>(T[] a, T[] tmp, int lo, int hi, Comparison<T> cmp)
    {
        if (hi - lo < 2) return;
        int mid = (lo + hi) / 2;
        MergeSort(a, tmp, lo, mid, cmp);
        MergeSort(a, tmp, mid, hi, cmp);
        int i = lo, j = mid, k = lo;
        while (i < mid && j < hi) tmp[k++] = cmp(a[i], a[j]) <= 0 ? a[i++] : a[j++];
        while (i < mid) tmp[k++] = a[i++];
        while (j < hi) tmp[k++] = a[j++];
        for (k = lo; k < hi; k++) a[k] = tmp[k];
    }

    static void Main()
    {
        Console.WriteLine(Depth("x", 50) + Depth(3.5, 20));
        int[] nums = new int[] { 9, 4, 7, 1, 8, 2, 6, 3, 5, 0 };
        MergeSort(nums, new int[nums.Length], 0, nums.Length, (a, b) => a - b);
        for (int i = 0; i < nums.Length; i++) Console.Write(nums[i] + " ");
        Console.WriteLine();
        string[] ws = new string[] { "pear", "fig", "apple", "kiwi", "banana" };
        MergeSort(ws, new string[ws.Length], 0, ws.Length, string.CompareOrdinal);
        Reverse(ws, 0, ws.Length - 1);
        for (int i = 0; i < ws.Length; i++) Console.Write(ws[i] + " ");
        Console.WriteLine();
    }
}
