using System.Collections;
using System.Collections.Generic;

namespace System.Linq
{
    public interface IGrouping<out TKey, out TElement> : IEnumerable<TElement> { TKey Key { get; } }

    public interface ILookup<TKey, TElement> : IEnumerable<IGrouping<TKey, TElement>>
    {
        int Count { get; }
        IEnumerable<TElement> this[TKey key] { get; }
        bool Contains(TKey key);
    }

    // GroupBy is deferred (the lookup is built when enumeration starts) and ToLookup is not; groups come in the
    // order their keys first appear, elements in source order, and null is a key like any other. Join and GroupJoin
    // read the outer sequence's first element before building the lookup of the inner one, and never match null keys.
    public static partial class Enumerable
    {
        public static IEnumerable<IGrouping<TKey, TSource>> GroupBy<TSource, TKey>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector)
        {
            return GroupBy(source, keySelector, (IEqualityComparer<TKey>)null);
        }

        public static IEnumerable<IGrouping<TKey, TSource>> GroupBy<TSource, TKey>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector,
            IEqualityComparer<TKey> comparer)
        {
            Check(source, "source");
            Check(keySelector, "keySelector");
            return GroupByIterator(source, keySelector, new Identity<TSource>().Func, comparer);
        }

        public static IEnumerable<IGrouping<TKey, TElement>> GroupBy<TSource, TKey, TElement>(this IEnumerable<TSource> source,
            Func<TSource, TKey> keySelector, Func<TSource, TElement> elementSelector)
        {
            return GroupBy(source, keySelector, elementSelector, (IEqualityComparer<TKey>)null);
        }

        public static IEnumerable<IGrouping<TKey, TElement>> GroupBy<TSource, TKey, TElement>(this IEnumerable<TSource> source,
            Func<TSource, TKey> keySelector, Func<TSource, TElement> elementSelector, IEqualityComparer<TKey> comparer)
        {
            Check(source, "source");
            Check(keySelector, "keySelector");
            Check(elementSelector, "elementSelector");
            return GroupByIterator(source, keySelector, elementSelector, comparer);
        }

        private static IEnumerable<IGrouping<TKey, TElement>> GroupByIterator<TSource, TKey, TElement>(IEnumerable<TSource> source,
            Func<TSource, TKey> keySelector, Func<TSource, TElement> elementSelector, IEqualityComparer<TKey> comparer)
        {
            foreach (IGrouping<TKey, TElement> g in Lookup<TKey, TElement>.Create(source, keySelector, elementSelector, comparer)) yield return g;
        }

        public static IEnumerable<TResult> GroupBy<TSource, TKey, TResult>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector,
            Func<TKey, IEnumerable<TSource>, TResult> resultSelector)
        {
            return GroupBy(source, keySelector, resultSelector, null);
        }

        public static IEnumerable<TResult> GroupBy<TSource, TKey, TResult>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector,
            Func<TKey, IEnumerable<TSource>, TResult> resultSelector, IEqualityComparer<TKey> comparer)
        {
            Check(source, "source");
            Check(keySelector, "keySelector");
            Check(resultSelector, "resultSelector");
            return GroupByIterator(source, keySelector, new Identity<TSource>().Func, resultSelector, comparer);
        }

        public static IEnumerable<TResult> GroupBy<TSource, TKey, TElement, TResult>(this IEnumerable<TSource> source,
            Func<TSource, TKey> keySelector, Func<TSource, TElement> elementSelector, Func<TKey, IEnumerable<TElement>, TResult> resultSelector)
        {
            return GroupBy(source, keySelector, elementSelector, resultSelector, null);
        }

        public static IEnumerable<TResult> GroupBy<TSource, TKey, TElement, TResult>(this IEnumerable<TSource> source,
            Func<TSource, TKey> keySelector, Func<TSource, TElement> elementSelector, Func<TKey, IEnumerable<TElement>, TResult> resultSelector,
            IEqualityComparer<TKey> comparer)
        {
            Check(source, "source");
            Check(keySelector, "keySelector");
            Check(elementSelector, "elementSelector");
            Check(resultSelector, "resultSelector");
            return GroupByIterator(source, keySelector, elementSelector, resultSelector, comparer);
        }

        private static IEnumerable<TResult> GroupByIterator<TSource, TKey, TElement, TResult>(IEnumerable<TSource> source,
            Func<TSource, TKey> keySelector, Func<TSource, TElement> elementSelector, Func<TKey, IEnumerable<TElement>, TResult> resultSelector,
            IEqualityComparer<TKey> comparer)
        {
            foreach (Grouping<TKey, TElement> g in Lookup<TKey, TElement>.Create(source, keySelector, elementSelector, comparer).Groups())
                yield return resultSelector(g.Key, g);
        }

        public static ILookup<TKey, TSource> ToLookup<TSource, TKey>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector)
        {
            return ToLookup(source, keySelector, (IEqualityComparer<TKey>)null);
        }

        public static ILookup<TKey, TSource> ToLookup<TSource, TKey>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector,
            IEqualityComparer<TKey> comparer)
        {
            Check(source, "source");
            Check(keySelector, "keySelector");
            return Lookup<TKey, TSource>.Create(source, keySelector, new Identity<TSource>().Func, comparer);
        }

        public static ILookup<TKey, TElement> ToLookup<TSource, TKey, TElement>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector,
            Func<TSource, TElement> elementSelector)
        {
            return ToLookup(source, keySelector, elementSelector, null);
        }

        public static ILookup<TKey, TElement> ToLookup<TSource, TKey, TElement>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector,
            Func<TSource, TElement> elementSelector, IEqualityComparer<TKey> comparer)
        {
            Check(source, "source");
            Check(keySelector, "keySelector");
            Check(elementSelector, "elementSelector");
            return Lookup<TKey, TElement>.Create(source, keySelector, elementSelector, comparer);
        }

        public static IEnumerable<TResult> Join<TOuter, TInner, TKey, TResult>(this IEnumerable<TOuter> outer, IEnumerable<TInner> inner,
            Func<TOuter, TKey> outerKeySelector, Func<TInner, TKey> innerKeySelector, Func<TOuter, TInner, TResult> resultSelector)
        {
            return Join(outer, inner, outerKeySelector, innerKeySelector, resultSelector, null);
        }

        public static IEnumerable<TResult> Join<TOuter, TInner, TKey, TResult>(this IEnumerable<TOuter> outer, IEnumerable<TInner> inner,
            Func<TOuter, TKey> outerKeySelector, Func<TInner, TKey> innerKeySelector, Func<TOuter, TInner, TResult> resultSelector,
            IEqualityComparer<TKey> comparer)
        {
            Check(outer, "outer");
            Check(inner, "inner");
            Check(outerKeySelector, "outerKeySelector");
            Check(innerKeySelector, "innerKeySelector");
            Check(resultSelector, "resultSelector");
            return JoinIterator(outer, inner, outerKeySelector, innerKeySelector, resultSelector, comparer);
        }

        private static IEnumerable<TResult> JoinIterator<TOuter, TInner, TKey, TResult>(IEnumerable<TOuter> outer, IEnumerable<TInner> inner,
            Func<TOuter, TKey> outerKeySelector, Func<TInner, TKey> innerKeySelector, Func<TOuter, TInner, TResult> resultSelector,
            IEqualityComparer<TKey> comparer)
        {
            using (IEnumerator<TOuter> e = outer.GetEnumerator())
            {
                if (!e.MoveNext()) yield break;
                Lookup<TKey, TInner> lookup = Lookup<TKey, TInner>.CreateForJoin(inner, innerKeySelector, comparer);
                if (lookup.Count == 0) yield break;
                do
                {
                    TOuter item = e.Current;
                    Grouping<TKey, TInner> g = lookup.Find(outerKeySelector(item));
                    if (g == null) continue;
                    for (int i = 0; i < g.Count; i++) yield return resultSelector(item, g[i]);
                }
                while (e.MoveNext());
            }
        }

        public static IEnumerable<TResult> GroupJoin<TOuter, TInner, TKey, TResult>(this IEnumerable<TOuter> outer, IEnumerable<TInner> inner,
            Func<TOuter, TKey> outerKeySelector, Func<TInner, TKey> innerKeySelector, Func<TOuter, IEnumerable<TInner>, TResult> resultSelector)
        {
            return GroupJoin(outer, inner, outerKeySelector, innerKeySelector, resultSelector, null);
        }

        public static IEnumerable<TResult> GroupJoin<TOuter, TInner, TKey, TResult>(this IEnumerable<TOuter> outer, IEnumerable<TInner> inner,
            Func<TOuter, TKey> outerKeySelector, Func<TInner, TKey> innerKeySelector, Func<TOuter, IEnumerable<TInner>, TResult> resultSelector,
            IEqualityComparer<TKey> comparer)
        {
            Check(outer, "outer");
            Check(inner, "inner");
            Check(outerKeySelector, "outerKeySelector");
            Check(innerKeySelector, "innerKeySelector");
            Check(resultSelector, "resultSelector");
            return GroupJoinIterator(outer, inner, outerKeySelector, innerKeySelector, resultSelector, comparer);
        }

        private static IEnumerable<TResult> GroupJoinIterator<TOuter, TInner, TKey, TResult>(IEnumerable<TOuter> outer, IEnumerable<TInner> inner,
            Func<TOuter, TKey> outerKeySelector, Func<TInner, TKey> innerKeySelector, Func<TOuter, IEnumerable<TInner>, TResult> resultSelector,
            IEqualityComparer<TKey> comparer)
        {
            using (IEnumerator<TOuter> e = outer.GetEnumerator())
            {
                if (!e.MoveNext()) yield break;
                Lookup<TKey, TInner> lookup = Lookup<TKey, TInner>.CreateForJoin(inner, innerKeySelector, comparer);
                do
                {
                    TOuter item = e.Current;
                    yield return resultSelector(item, lookup[outerKeySelector(item)]);
                }
                while (e.MoveNext());
            }
        }
    }

    internal sealed class Identity<T>
    {
        internal readonly Func<T, T> Func;
        internal Identity() { Func = new Func<T, T>(Same); }
        private static T Same(T item) { return item; }
    }

    // Groups in a chained hash table of their own (so null can be a key), linked in order of first appearance.
    public class Lookup<TKey, TElement> : ILookup<TKey, TElement>
    {
        private readonly IEqualityComparer<TKey> m_comparer;
        private Grouping<TKey, TElement>[] m_buckets = new Grouping<TKey, TElement>[7];
        private Grouping<TKey, TElement> m_first;
        private Grouping<TKey, TElement> m_last;
        private int m_count;

        private Lookup(IEqualityComparer<TKey> comparer) { m_comparer = comparer ?? EqualityComparer<TKey>.Default; }

        internal static Lookup<TKey, TElement> Create<TSource>(IEnumerable<TSource> source, Func<TSource, TKey> keySelector,
            Func<TSource, TElement> elementSelector, IEqualityComparer<TKey> comparer)
        {
            Lookup<TKey, TElement> lookup = new Lookup<TKey, TElement>(comparer);
            foreach (TSource item in source) lookup.FindOrAdd(keySelector(item)).Add(elementSelector(item));
            return lookup;
        }

        internal static Lookup<TKey, TElement> CreateForJoin(IEnumerable<TElement> source, Func<TElement, TKey> keySelector,
            IEqualityComparer<TKey> comparer)
        {
            Lookup<TKey, TElement> lookup = new Lookup<TKey, TElement>(comparer);
            foreach (TElement item in source)
            {
                TKey key = keySelector(item);
                if (key != null) lookup.FindOrAdd(key).Add(item);
            }
            return lookup;
        }

        public int Count { get { return m_count; } }

        public IEnumerable<TElement> this[TKey key]
        {
            get
            {
                Grouping<TKey, TElement> g = Find(key);
                if (g != null) return g;
                return Enumerable.Empty<TElement>();
            }
        }

        public bool Contains(TKey key) { return Find(key) != null; }

        private int Hash(TKey key) { return key == null ? 0 : m_comparer.GetHashCode(key) & 0x7FFFFFFF; }

        internal Grouping<TKey, TElement> Find(TKey key)
        {
            int hash = Hash(key);
            for (Grouping<TKey, TElement> g = m_buckets[hash % m_buckets.Length]; g != null; g = g.m_hashNext)
            {
                if (g.m_hash == hash && m_comparer.Equals(g.m_key, key)) return g;
            }
            return null;
        }

        private Grouping<TKey, TElement> FindOrAdd(TKey key)
        {
            Grouping<TKey, TElement> found = Find(key);
            if (found != null) return found;
            if (m_count == m_buckets.Length) Resize();
            int hash = Hash(key);
            Grouping<TKey, TElement> g = new Grouping<TKey, TElement>(key, hash);
            int bucket = hash % m_buckets.Length;
            g.m_hashNext = m_buckets[bucket];
            m_buckets[bucket] = g;
            if (m_last == null) m_first = g; else m_last.m_next = g;
            m_last = g;
            m_count++;
            return g;
        }

        private void Resize()
        {
            Grouping<TKey, TElement>[] buckets = new Grouping<TKey, TElement>[m_count * 2 + 1];
            for (Grouping<TKey, TElement> g = m_first; g != null; g = g.m_next)
            {
                int bucket = g.m_hash % buckets.Length;
                g.m_hashNext = buckets[bucket];
                buckets[bucket] = g;
            }
            m_buckets = buckets;
        }

        internal IEnumerable<Grouping<TKey, TElement>> Groups()
        {
            for (Grouping<TKey, TElement> g = m_first; g != null; g = g.m_next) yield return g;
        }

        public IEnumerable<TResult> ApplyResultSelector<TResult>(Func<TKey, IEnumerable<TElement>, TResult> resultSelector)
        {
            for (Grouping<TKey, TElement> g = m_first; g != null; g = g.m_next) yield return resultSelector(g.m_key, g);
        }

        public IEnumerator<IGrouping<TKey, TElement>> GetEnumerator()
        {
            for (Grouping<TKey, TElement> g = m_first; g != null; g = g.m_next) yield return g;
        }

        IEnumerator IEnumerable.GetEnumerator() { return GetEnumerator(); }
    }

    // A group is a read-only list of its elements, so Count() and ElementAt on it are direct.
    internal sealed class Grouping<TKey, TElement> : IGrouping<TKey, TElement>, IList<TElement>, IReadOnlyList<TElement>
    {
        internal readonly TKey m_key;
        internal readonly int m_hash;
        internal Grouping<TKey, TElement> m_hashNext;
        internal Grouping<TKey, TElement> m_next;
        private TElement[] m_elements = new TElement[1];
        private int m_count;

        internal Grouping(TKey key, int hash)
        {
            m_key = key;
            m_hash = hash;
        }

        internal void Add(TElement element)
        {
            if (m_count == m_elements.Length)
            {
                TElement[] bigger = new TElement[m_count * 2];
                Array.Copy(m_elements, 0, bigger, 0, m_count);
                m_elements = bigger;
            }
            m_elements[m_count++] = element;
        }

        public TKey Key { get { return m_key; } }
        public int Count { get { return m_count; } }
        bool ICollection<TElement>.IsReadOnly { get { return true; } }

        public TElement this[int index]
        {
            get
            {
                if ((uint)index >= (uint)m_count) throw new ArgumentOutOfRangeException("index");
                return m_elements[index];
            }
            set { throw new NotSupportedException("Specified method is not supported."); }
        }

        public bool Contains(TElement item) { return IndexOf(item) >= 0; }

        public int IndexOf(TElement item)
        {
            EqualityComparer<TElement> c = EqualityComparer<TElement>.Default;
            for (int i = 0; i < m_count; i++) if (c.Equals(m_elements[i], item)) return i;
            return -1;
        }

        public void CopyTo(TElement[] array, int arrayIndex) { Array.Copy(m_elements, 0, array, arrayIndex, m_count); }

        void ICollection<TElement>.Add(TElement item) { throw new NotSupportedException("Specified method is not supported."); }
        void ICollection<TElement>.Clear() { throw new NotSupportedException("Specified method is not supported."); }
        void IList<TElement>.Insert(int index, TElement item) { throw new NotSupportedException("Specified method is not supported."); }
        bool ICollection<TElement>.Remove(TElement item) { throw new NotSupportedException("Specified method is not supported."); }
        void IList<TElement>.RemoveAt(int index) { throw new NotSupportedException("Specified method is not supported."); }

        public IEnumerator<TElement> GetEnumerator()
        {
            for (int i = 0; i < m_count; i++) yield return m_elements[i];
        }

        IEnumerator IEnumerable.GetEnumerator() { return GetEnumerator(); }
    }
}
