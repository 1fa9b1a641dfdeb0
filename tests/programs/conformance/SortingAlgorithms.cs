// Self-checking: several sorting algorithms agree with each other and with Array.Sort on generated data
// (a fixed linear congruential sequence), including stability of merge sort and sorting with comparers.
using System;
using System.Collections.Generic;

class SortingAlgorithms
{
    static int failures;

    static void Check(string what, bool ok)
    {
        if (!ok) { Console.WriteLine("FAIL " + what); failures++; }
    }

    static uint seed = 12345;
    static int NextValue(int range) { seed = seed * 1103515245u + 12345u; return (int)((seed >> 16) % (uint)range); }

    static void InsertionSort(int[] a)
    {
        for (int i = 1; i < a.Length; i++)
        {
            int x = a[i], j = i - 1;
            while (j >= 0 && a[j] > x) { a[j + 1] = a[j]; j--; }
            a[j + 1] = x;
        }
    }

    static void QuickSort(int[] a, int lo, int hi)
    {
        while (lo < hi)
        {
            int p = a[(lo + hi) >> 1], i = lo, j = hi;
            while (i <= j)
            {
                while (a[i] < p) i++;
                while (a[j] > p) j--;
                if (i <= j) { int t = a[i]; a[i] = a[j]; a[j] = t; i++; j--; }
            }
            if (j - lo < hi - i) { QuickSort(a, lo, j); lo = i; }
            else { QuickSort(a, i, hi); hi = j; }
        }
    }

    static void HeapSort(int[] a)
    {
        int n = a.Length;
        for (int i = n / 2 - 1; i >= 0; i--) Sift(a, i, n);
        for (int end = n - 1; end > 0; end--)
        {
            int t = a[0]; a[0] = a[end]; a[end] = t;
            Sift(a, 0, end);
        }
    }

    static void Sift(int[] a, int i, int n)
    {
        while (true)
        {
            int largest = i, l = 2 * i + 1, r = l + 1;
            if (l < n && a[l] > a[largest]) largest = l;
            if (r < n && a[r] > a[largest]) largest = r;
            if (largest == i) return;
            int t = a[i]; a[i] = a[largest]; a[largest] = t;
            i = largest;
        }
    }

    static void MergeSort<T>(T[] a, T[] tmp, int lo, int hi, Comparison<T> cmp)
    {
        if (hi - lo < 2) return;
        int mid = (lo + hi) / 2;
        MergeSort(a, tmp, lo, mid, cmp);
        MergeSort(a, tmp, mid, hi, cmp);
        int i = lo, j = mid, k = lo;
        while (i < mid && j < hi) tmp[k++] = cmp(a[j], a[i]) < 0 ? a[j++] : a[i++];
        while (i < mid) tmp[k++] = a[i++];
        while (j < hi) tmp[k++] = a[j++];
        for (k = lo; k < hi; k++) a[k] = tmp[k];
    }

    static int[] CountingSort(int[] a, int range)
    {
        int[] counts = new int[range];
        foreach (int x in a) counts[x]++;
        int[] r = new int[a.Length];
        int pos = 0;
        for (int v = 0; v < range; v++) for (int c = 0; c < counts[v]; c++) r[pos++] = v;
        return r;
    }

    static void RadixSort(uint[] a)
    {
        uint[] buf = new uint[a.Length];
        for (int shift = 0; shift < 32; shift += 8)
        {
            int[] count = new int[257];
            foreach (uint x in a) count[((x >> shift) & 0xFF) + 1]++;
            for (int i = 0; i < 256; i++) count[i + 1] += count[i];
            foreach (uint x in a) buf[count[(x >> shift) & 0xFF]++] = x;
            Array.Copy(buf, a, a.Length);
        }
    }

    static bool Same(int[] a, int[] b)
    {
        if (a.Length != b.Length) return false;
        for (int i = 0; i < a.Length; i++) if (a[i] != b[i]) return false;
        return true;
    }

    static int Main()
    {
        foreach (int size in new[] { 0, 1, 2, 7, 100, 1000 })
        {
            int[] data = new int[size];
            for (int i = 0; i < size; i++) data[i] = NextValue(500);
            int[] reference = (int[])data.Clone();
            Array.Sort(reference);
            for (int i = 1; i < size; i++) Check("reference sorted " + size, reference[i - 1] <= reference[i]);

            int[] ins = (int[])data.Clone(); InsertionSort(ins);
            int[] qs = (int[])data.Clone(); QuickSort(qs, 0, qs.Length - 1);
            int[] hs = (int[])data.Clone(); HeapSort(hs);
            int[] ms = (int[])data.Clone(); MergeSort(ms, new int[size], 0, size, (x, y) => x.CompareTo(y));
            int[] cs = CountingSort(data, 500);
            Check("insertion " + size, Same(ins, reference));
            Check("quick " + size, Same(qs, reference));
            Check("heap " + size, Same(hs, reference));
            Check("merge " + size, Same(ms, reference));
            Check("counting " + size, Same(cs, reference));
        }

        // sorted, reversed and all-equal inputs
        int[] asc = new int[300], desc = new int[300], eq = new int[300];
        for (int i = 0; i < 300; i++) { asc[i] = i; desc[i] = 300 - i; eq[i] = 5; }
        QuickSort(desc, 0, desc.Length - 1);
        QuickSort(eq, 0, eq.Length - 1);
        HeapSort(asc);
        Check("reversed quick", desc[0] == 1 && desc[299] == 300);
        Check("equal quick", eq[0] == 5 && eq[299] == 5);
        Check("sorted heap", asc[0] == 0 && asc[299] == 299);

        // merge sort is stable
        var items = new KeyValuePair<int, string>[] {
            new KeyValuePair<int, string>(2, "a"), new KeyValuePair<int, string>(1, "b"),
            new KeyValuePair<int, string>(2, "c"), new KeyValuePair<int, string>(1, "d"),
            new KeyValuePair<int, string>(0, "e") };
        MergeSort(items, new KeyValuePair<int, string>[items.Length], 0, items.Length, (x, y) => x.Key - y.Key);
        string order = "";
        foreach (var kv in items) order += kv.Value;
        Check("stable merge sort " + order, order == "ebdac");

        // radix sort of unsigned values including high bits
        uint[] big = new uint[200];
        for (int i = 0; i < big.Length; i++) big[i] = (uint)NextValue(65536) * 65536u + (uint)NextValue(65536);
        big[0] = uint.MaxValue; big[1] = 0;
        RadixSort(big);
        bool radixOk = true;
        for (int i = 1; i < big.Length; i++) if (big[i - 1] > big[i]) radixOk = false;
        Check("radix", radixOk && big[0] == 0 && big[199] == uint.MaxValue);

        // sorting strings ordinally with a comparison, and descending ints
        string[] words = { "pear", "Apple", "fig", "banana", "apple" };
        Array.Sort(words, string.CompareOrdinal);
        Check("ordinal strings " + string.Join(",", words), string.Join(",", words) == "Apple,apple,banana,fig,pear");
        int[] d2 = { 3, 1, 2 };
        Array.Sort(d2, (x, y) => y - x);
        Check("descending", d2[0] == 3 && d2[2] == 1);
        var list = new List<string> { "ccc", "a", "bb" };
        list.Sort((x, y) => x.Length.CompareTo(y.Length));
        Check("List.Sort", string.Join(",", list) == "a,bb,ccc");

        if (failures == 0) { Console.WriteLine("PASS"); return 100; }
        return 1;
    }
}
