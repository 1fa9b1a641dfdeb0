namespace System.Collections.Generic
{
    // The unstable sort behind List<T>.Sort and Array.Sort, following .NET's introsort step for step so that equal
    // elements end up in the same order as there: ranges of up to 16 items are insertion-sorted (2 and 3 items by
    // compare-and-swap), larger ones are partitioned around the median of the first, middle and last item, and
    // partitioning deeper than 2 * (log2(n) + 1) levels falls back to heapsort.
    internal static class IntrospectiveSort<T>
    {
        internal static void Sort(T[] keys, int index, int length, IComparer<T> comparer)
        {
            IntrospectiveSort<T, object>.Sort(keys, null, index, length, comparer);
        }
    }

    // Array.Sort(keys, items): the same steps on the keys, each move repeated on the items (when there are any).
    internal static class IntrospectiveSort<T, TItem>
    {
        private const int InsertionSortLimit = 16;

        internal static void Sort(T[] keys, TItem[] items, int index, int length, IComparer<T> comparer)
        {
            if (length < 2) return;
            if (comparer == null) comparer = Comparer<T>.Default;
            try
            {
                IntroSort(keys, items, index, index + length - 1, 2 * (FloorLog2(length) + 1), comparer);
            }
            catch (Exception e)
            {
                throw new InvalidOperationException("Failed to compare two elements in the array.", e);
            }
        }

        private static int FloorLog2(int n)
        {
            int log = 0;
            while ((n >>= 1) != 0) log++;
            return log;
        }

        private static void IntroSort(T[] keys, TItem[] items, int lo, int hi, int depthLimit, IComparer<T> comparer)
        {
            while (hi > lo)
            {
                int size = hi - lo + 1;
                if (size <= InsertionSortLimit)
                {
                    if (size == 2)
                    {
                        SwapIfGreater(keys, items, comparer, lo, hi);
                    }
                    else if (size == 3)
                    {
                        SwapIfGreater(keys, items, comparer, lo, hi - 1);
                        SwapIfGreater(keys, items, comparer, lo, hi);
                        SwapIfGreater(keys, items, comparer, hi - 1, hi);
                    }
                    else
                    {
                        InsertionSort(keys, items, lo, hi, comparer);
                    }
                    return;
                }
                if (depthLimit == 0)
                {
                    HeapSort(keys, items, lo, hi, comparer);
                    return;
                }
                depthLimit--;
                int pivot = PickPivotAndPartition(keys, items, lo, hi, comparer);
                IntroSort(keys, items, pivot + 1, hi, depthLimit, comparer);
                hi = pivot - 1;
            }
        }

        private static void SwapIfGreater(T[] keys, TItem[] items, IComparer<T> comparer, int i, int j)
        {
            if (comparer.Compare(keys[i], keys[j]) > 0) Swap(keys, items, i, j);
        }

        private static void Swap(T[] keys, TItem[] items, int i, int j)
        {
            T t = keys[i];
            keys[i] = keys[j];
            keys[j] = t;
            if (items != null)
            {
                TItem u = items[i];
                items[i] = items[j];
                items[j] = u;
            }
        }

        private static int PickPivotAndPartition(T[] keys, TItem[] items, int lo, int hi, IComparer<T> comparer)
        {
            int middle = lo + ((hi - lo) >> 1);
            SwapIfGreater(keys, items, comparer, lo, middle);
            SwapIfGreater(keys, items, comparer, lo, hi);
            SwapIfGreater(keys, items, comparer, middle, hi);
            T pivot = keys[middle];
            Swap(keys, items, middle, hi - 1);
            int left = lo, right = hi - 1;
            while (left < right)
            {
                while (left < hi - 1 && comparer.Compare(keys[++left], pivot) < 0) { }
                while (right > lo && comparer.Compare(pivot, keys[--right]) < 0) { }
                if (left >= right) break;
                Swap(keys, items, left, right);
            }
            if (left != hi - 1) Swap(keys, items, left, hi - 1);
            return left;
        }

        private static void InsertionSort(T[] keys, TItem[] items, int lo, int hi, IComparer<T> comparer)
        {
            for (int i = lo; i < hi; i++)
            {
                int j = i;
                T item = keys[i + 1];
                TItem companion = items != null ? items[i + 1] : default(TItem);
                while (j >= lo && comparer.Compare(item, keys[j]) < 0)
                {
                    keys[j + 1] = keys[j];
                    if (items != null) items[j + 1] = items[j];
                    j--;
                }
                keys[j + 1] = item;
                if (items != null) items[j + 1] = companion;
            }
        }

        private static void HeapSort(T[] keys, TItem[] items, int lo, int hi, IComparer<T> comparer)
        {
            int n = hi - lo + 1;
            for (int i = n >> 1; i >= 1; i--) DownHeap(keys, items, i, n, lo, comparer);
            for (int i = n; i > 1; i--)
            {
                Swap(keys, items, lo, lo + i - 1);
                DownHeap(keys, items, 1, i - 1, lo, comparer);
            }
        }

        private static void DownHeap(T[] keys, TItem[] items, int i, int n, int lo, IComparer<T> comparer)
        {
            T item = keys[lo + i - 1];
            TItem companion = items != null ? items[lo + i - 1] : default(TItem);
            while (i <= n >> 1)
            {
                int child = 2 * i;
                if (child < n && comparer.Compare(keys[lo + child - 1], keys[lo + child]) < 0) child++;
                if (!(comparer.Compare(item, keys[lo + child - 1]) < 0)) break;
                keys[lo + i - 1] = keys[lo + child - 1];
                if (items != null) items[lo + i - 1] = items[lo + child - 1];
                i = child;
            }
            keys[lo + i - 1] = item;
            if (items != null) items[lo + i - 1] = companion;
        }
    }
}
