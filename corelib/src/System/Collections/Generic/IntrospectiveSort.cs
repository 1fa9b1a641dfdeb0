namespace System.Collections.Generic
{
    // The unstable sort behind List<T>.Sort and Array.Sort, following .NET's introsort step for step so that equal
    // elements end up in the same order as there: ranges of up to 16 items are insertion-sorted (2 and 3 items by
    // compare-and-swap), larger ones are partitioned around the median of the first, middle and last item, and
    // partitioning deeper than 2 * (log2(n) + 1) levels falls back to heapsort. The comparison is a struct type
    // argument (ISortOrder), so each kind of order gets its own copy of the sort with the comparison called directly:
    // with the default comparer that is T's own CompareTo, inlined (DefaultOperations), as in .NET's
    // GenericArraySortHelper; a comparer or a Comparison delegate costs one call per comparison, no more.
    internal static class IntrospectiveSort<T>
    {
        internal static void Sort(T[] keys, int index, int length, IComparer<T> comparer)
        {
            IntrospectiveSort<T, object>.Sort(keys, null, index, length, comparer);
        }

        internal static void Sort(T[] keys, int index, int length, Comparison<T> comparison)
        {
            if (length < 2) return;
            try
            {
                IntrospectiveSorter<T, object, ComparisonOrder<T>>.Sort(keys, null, index, length, new ComparisonOrder<T>(comparison));
            }
            catch (Exception e)
            {
                throw IntrospectiveSort<T, object>.CompareFailed(e);
            }
        }
    }

    // Array.Sort(keys, items): the same steps on the keys, each move repeated on the items (when there are any).
    internal static class IntrospectiveSort<T, TItem>
    {
        internal static void Sort(T[] keys, TItem[] items, int index, int length, IComparer<T> comparer)
        {
            if (length < 2) return;
            try
            {
                if (comparer == null || comparer == Comparer<T>.Default)
                {
                    // .NET moves the NaNs of float and double keys to the front first (NaN sorts first), then sorts
                    // the rest: the order of equal keys depends on it.
                    int nans = NaNs.MoveToFront(keys, items, index, length);
                    IntrospectiveSorter<T, TItem, DefaultOrder<T>>.Sort(keys, items, index + nans, length - nans, new DefaultOrder<T>());
                }
                else
                {
                    IntrospectiveSorter<T, TItem, ComparerOrder<T>>.Sort(keys, items, index, length, new ComparerOrder<T>(comparer));
                }
            }
            catch (Exception e)
            {
                throw CompareFailed(e);
            }
        }

        internal static Exception CompareFailed(Exception e)
        {
            return new InvalidOperationException("Failed to compare two elements in the array.", e);
        }
    }

    internal interface ISortOrder<T>
    {
        int Compare(T x, T y);
    }

    internal struct DefaultOrder<T> : ISortOrder<T>
    {
        public int Compare(T x, T y) { return DefaultOperations.Compare(x, y); }
    }

    internal struct ComparerOrder<T> : ISortOrder<T>
    {
        private readonly IComparer<T> m_comparer;
        internal ComparerOrder(IComparer<T> comparer) { m_comparer = comparer; }
        public int Compare(T x, T y) { return m_comparer.Compare(x, y); }
    }

    internal struct ComparisonOrder<T> : ISortOrder<T>
    {
        private readonly Comparison<T> m_comparison;
        internal ComparisonOrder(Comparison<T> comparison) { m_comparison = comparison; }
        public int Compare(T x, T y) { return m_comparison(x, y); }
    }

    // .NET's SortUtils.MoveNansToFront for the default order of float and double keys.
    internal static class NaNs
    {
        internal static int MoveToFront<T, TItem>(T[] keys, TItem[] items, int index, int length)
        {
            object array = keys;
            double[] doubles = array as double[];
            float[] floats = array as float[];
            if (doubles == null && floats == null) return 0;
            int left = index;
            for (int i = index; i < index + length; i++)
            {
                if (doubles != null ? !double.IsNaN(doubles[i]) : !float.IsNaN(floats[i])) continue;
                T key = keys[left];
                keys[left] = keys[i];
                keys[i] = key;
                if (items != null && i < items.Length)
                {
                    TItem item = items[left];
                    items[left] = items[i];
                    items[i] = item;
                }
                left++;
            }
            return left - index;
        }
    }

    internal static class IntrospectiveSorter<T, TItem, TOrder> where TOrder : struct, ISortOrder<T>
    {
        private const int InsertionSortLimit = 16;

        internal static void Sort(T[] keys, TItem[] items, int index, int length, TOrder order)
        {
            if (length < 2) return;
            IntroSort(keys, items, index, index + length - 1, 2 * (FloorLog2(length) + 1), order);
        }

        private static int FloorLog2(int n)
        {
            int log = 0;
            while ((n >>= 1) != 0) log++;
            return log;
        }

        private static void IntroSort(T[] keys, TItem[] items, int lo, int hi, int depthLimit, TOrder order)
        {
            while (hi > lo)
            {
                int size = hi - lo + 1;
                if (size <= InsertionSortLimit)
                {
                    if (size == 2)
                    {
                        SwapIfGreater(keys, items, order, lo, hi);
                    }
                    else if (size == 3)
                    {
                        SwapIfGreater(keys, items, order, lo, hi - 1);
                        SwapIfGreater(keys, items, order, lo, hi);
                        SwapIfGreater(keys, items, order, hi - 1, hi);
                    }
                    else
                    {
                        InsertionSort(keys, items, lo, hi, order);
                    }
                    return;
                }
                if (depthLimit == 0)
                {
                    HeapSort(keys, items, lo, hi, order);
                    return;
                }
                depthLimit--;
                int pivot = PickPivotAndPartition(keys, items, lo, hi, order);
                IntroSort(keys, items, pivot + 1, hi, depthLimit, order);
                hi = pivot - 1;
            }
        }

        private static void SwapIfGreater(T[] keys, TItem[] items, TOrder order, int i, int j)
        {
            if (order.Compare(keys[i], keys[j]) > 0) Swap(keys, items, i, j);
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

        private static int PickPivotAndPartition(T[] keys, TItem[] items, int lo, int hi, TOrder order)
        {
            int middle = lo + ((hi - lo) >> 1);
            SwapIfGreater(keys, items, order, lo, middle);
            SwapIfGreater(keys, items, order, lo, hi);
            SwapIfGreater(keys, items, order, middle, hi);
            T pivot = keys[middle];
            Swap(keys, items, middle, hi - 1);
            int left = lo, right = hi - 1;
            while (left < right)
            {
                while (left < hi - 1 && order.Compare(keys[++left], pivot) < 0) { }
                while (right > lo && order.Compare(pivot, keys[--right]) < 0) { }
                if (left >= right) break;
                Swap(keys, items, left, right);
            }
            if (left != hi - 1) Swap(keys, items, left, hi - 1);
            return left;
        }

        private static void InsertionSort(T[] keys, TItem[] items, int lo, int hi, TOrder order)
        {
            for (int i = lo; i < hi; i++)
            {
                int j = i;
                T item = keys[i + 1];
                TItem companion = items != null ? items[i + 1] : default(TItem);
                while (j >= lo && order.Compare(item, keys[j]) < 0)
                {
                    keys[j + 1] = keys[j];
                    if (items != null) items[j + 1] = items[j];
                    j--;
                }
                keys[j + 1] = item;
                if (items != null) items[j + 1] = companion;
            }
        }

        private static void HeapSort(T[] keys, TItem[] items, int lo, int hi, TOrder order)
        {
            int n = hi - lo + 1;
            for (int i = n >> 1; i >= 1; i--) DownHeap(keys, items, i, n, lo, order);
            for (int i = n; i > 1; i--)
            {
                Swap(keys, items, lo, lo + i - 1);
                DownHeap(keys, items, 1, i - 1, lo, order);
            }
        }

        private static void DownHeap(T[] keys, TItem[] items, int i, int n, int lo, TOrder order)
        {
            T item = keys[lo + i - 1];
            TItem companion = items != null ? items[lo + i - 1] : default(TItem);
            while (i <= n >> 1)
            {
                int child = 2 * i;
                if (child < n && order.Compare(keys[lo + child - 1], keys[lo + child]) < 0) child++;
                if (!(order.Compare(item, keys[lo + child - 1]) < 0)) break;
                keys[lo + i - 1] = keys[lo + child - 1];
                if (items != null) items[lo + i - 1] = items[lo + child - 1];
                i = child;
            }
            keys[lo + i - 1] = item;
            if (items != null) items[lo + i - 1] = companion;
        }
    }
}
