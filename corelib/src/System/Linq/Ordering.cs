using System.Collections;
using System.Collections.Generic;

namespace System.Linq
{
    public interface IOrderedEnumerable<TElement> : IEnumerable<TElement>
    {
        IOrderedEnumerable<TElement> CreateOrderedEnumerable<TKey>(Func<TElement, TKey> keySelector, IComparer<TKey> comparer, bool descending);
    }

    public static partial class Enumerable
    {
        public static IOrderedEnumerable<TSource> OrderBy<TSource, TKey>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector)
        {
            return OrderBy(source, keySelector, null);
        }

        public static IOrderedEnumerable<TSource> OrderBy<TSource, TKey>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector,
            IComparer<TKey> comparer)
        {
            Check(source, "source");
            Check(keySelector, "keySelector");
            return new OrderedSequence<TSource, TKey>(source, null, keySelector, comparer, false);
        }

        public static IOrderedEnumerable<TSource> OrderByDescending<TSource, TKey>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector)
        {
            return OrderByDescending(source, keySelector, null);
        }

        public static IOrderedEnumerable<TSource> OrderByDescending<TSource, TKey>(this IEnumerable<TSource> source,
            Func<TSource, TKey> keySelector, IComparer<TKey> comparer)
        {
            Check(source, "source");
            Check(keySelector, "keySelector");
            return new OrderedSequence<TSource, TKey>(source, null, keySelector, comparer, true);
        }

        public static IOrderedEnumerable<TSource> ThenBy<TSource, TKey>(this IOrderedEnumerable<TSource> source, Func<TSource, TKey> keySelector)
        {
            return ThenBy(source, keySelector, null);
        }

        public static IOrderedEnumerable<TSource> ThenBy<TSource, TKey>(this IOrderedEnumerable<TSource> source, Func<TSource, TKey> keySelector,
            IComparer<TKey> comparer)
        {
            Check(source, "source");
            Check(keySelector, "keySelector");
            return source.CreateOrderedEnumerable(keySelector, comparer, false);
        }

        public static IOrderedEnumerable<TSource> ThenByDescending<TSource, TKey>(this IOrderedEnumerable<TSource> source,
            Func<TSource, TKey> keySelector)
        {
            return ThenByDescending(source, keySelector, null);
        }

        public static IOrderedEnumerable<TSource> ThenByDescending<TSource, TKey>(this IOrderedEnumerable<TSource> source,
            Func<TSource, TKey> keySelector, IComparer<TKey> comparer)
        {
            Check(source, "source");
            Check(keySelector, "keySelector");
            return source.CreateOrderedEnumerable(keySelector, comparer, true);
        }
    }

    // OrderBy(...).ThenBy(...)...: each level knows its parent. Enumerating buffers the source, computes every
    // level's keys once per element (the first level's for all elements, then the next level's), and sorts the
    // element indexes stably: equal keys at every level keep source order, descending levels included.
    internal abstract class OrderedSequence<TElement> : IOrderedEnumerable<TElement>
    {
        internal readonly IEnumerable<TElement> m_source;
        internal readonly OrderedSequence<TElement> m_parent;

        protected OrderedSequence(IEnumerable<TElement> source, OrderedSequence<TElement> parent)
        {
            m_source = source;
            m_parent = parent;
        }

        // The key level of this sequence followed by `next`, preceded by the levels of the parents.
        internal abstract KeyLevel<TElement> Levels(KeyLevel<TElement> next);

        public IOrderedEnumerable<TElement> CreateOrderedEnumerable<TKey>(Func<TElement, TKey> keySelector, IComparer<TKey> comparer, bool descending)
        {
            if (keySelector == null) throw new ArgumentNullException("keySelector");
            return new OrderedSequence<TElement, TKey>(m_source, this, keySelector, comparer, descending);
        }

        public IEnumerator<TElement> GetEnumerator()
        {
            TElement[] items = m_source.ToArray();
            if (items.Length == 0) yield break;
            KeyLevel<TElement> levels = Levels(null);
            int[] order = levels.Sort(items);
            for (int i = 0; i < order.Length; i++) yield return items[order[i]];
        }

        IEnumerator IEnumerable.GetEnumerator() { return GetEnumerator(); }
    }

    internal sealed class OrderedSequence<TElement, TKey> : OrderedSequence<TElement>
    {
        private readonly Func<TElement, TKey> m_keySelector;
        private readonly IComparer<TKey> m_comparer;
        private readonly bool m_descending;

        internal OrderedSequence(IEnumerable<TElement> source, OrderedSequence<TElement> parent, Func<TElement, TKey> keySelector,
            IComparer<TKey> comparer, bool descending) : base(source, parent)
        {
            m_keySelector = keySelector;
            m_comparer = comparer ?? Comparer<TKey>.Default;
            m_descending = descending;
        }

        internal override KeyLevel<TElement> Levels(KeyLevel<TElement> next)
        {
            KeyLevel<TElement> level = new KeyLevel<TElement, TKey>(m_keySelector, m_comparer, m_descending, next);
            return m_parent == null ? level : m_parent.Levels(level);
        }
    }

    internal abstract class KeyLevel<TElement>
    {
        protected readonly KeyLevel<TElement> m_next;

        protected KeyLevel(KeyLevel<TElement> next) { m_next = next; }

        internal abstract void ComputeKeys(TElement[] items);

        // Compares elements i and j by this level's keys, then the next level's, then by position.
        internal abstract int Compare(int i, int j);

        internal int[] Sort(TElement[] items)
        {
            ComputeKeys(items);
            int[] order = new int[items.Length];
            for (int i = 0; i < order.Length; i++) order[i] = i;
            try
            {
                MergeSort(order, new int[order.Length], 0, order.Length);
            }
            catch (Exception e)
            {
                throw new InvalidOperationException("Failed to compare two elements in the array.", e);
            }
            return order;
        }

        private void MergeSort(int[] order, int[] buffer, int start, int end)
        {
            if (end - start < 2) return;
            int middle = (start + end) / 2;
            MergeSort(order, buffer, start, middle);
            MergeSort(order, buffer, middle, end);
            int a = start, b = middle, k = start;
            while (a < middle && b < end) buffer[k++] = Compare(order[b], order[a]) < 0 ? order[b++] : order[a++];
            while (a < middle) buffer[k++] = order[a++];
            while (b < end) buffer[k++] = order[b++];
            Array.Copy(buffer, start, order, start, end - start);
        }
    }

    internal sealed class KeyLevel<TElement, TKey> : KeyLevel<TElement>
    {
        private readonly Func<TElement, TKey> m_keySelector;
        private readonly IComparer<TKey> m_comparer;
        private readonly bool m_descending;
        private TKey[] m_keys;

        internal KeyLevel(Func<TElement, TKey> keySelector, IComparer<TKey> comparer, bool descending, KeyLevel<TElement> next) : base(next)
        {
            m_keySelector = keySelector;
            m_comparer = comparer;
            m_descending = descending;
        }

        internal override void ComputeKeys(TElement[] items)
        {
            m_keys = new TKey[items.Length];
            for (int i = 0; i < items.Length; i++) m_keys[i] = m_keySelector(items[i]);
            if (m_next != null) m_next.ComputeKeys(items);
        }

        internal override int Compare(int i, int j)
        {
            int order = m_comparer.Compare(m_keys[i], m_keys[j]);
            if (order == 0) return m_next == null ? i - j : m_next.Compare(i, j);
            return m_descending != (order > 0) ? 1 : -1;
        }
    }
}
