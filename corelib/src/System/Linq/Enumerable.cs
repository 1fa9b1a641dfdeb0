using System.Collections;
using System.Collections.Generic;

namespace System.Linq
{
    public interface IGrouping<out TKey, out TElement> : IEnumerable<TElement> { TKey Key { get; } }

    public interface IOrderedEnumerable<TElement> : IEnumerable<TElement> { }

    // LINQ to objects: deferred operators are iterators; ordering is a stable sort over extracted keys.
    public static class Enumerable
    {
        private static void Check(object source, string name)
        {
            if (source == null) throw new ArgumentNullException(name);
        }

        public static IEnumerable<TResult> Select<TSource, TResult>(this IEnumerable<TSource> source, Func<TSource, TResult> selector)
        {
            Check(source, "source");
            Check(selector, "selector");
            return SelectIterator(source, selector);
        }

        private static IEnumerable<TResult> SelectIterator<TSource, TResult>(IEnumerable<TSource> source, Func<TSource, TResult> selector)
        {
            foreach (TSource item in source) yield return selector(item);
        }

        public static IEnumerable<TResult> Select<TSource, TResult>(this IEnumerable<TSource> source, Func<TSource, int, TResult> selector)
        {
            Check(source, "source");
            return SelectIndexedIterator(source, selector);
        }

        private static IEnumerable<TResult> SelectIndexedIterator<TSource, TResult>(IEnumerable<TSource> source, Func<TSource, int, TResult> selector)
        {
            int index = 0;
            foreach (TSource item in source) yield return selector(item, index++);
        }

        public static IEnumerable<TResult> SelectMany<TSource, TResult>(this IEnumerable<TSource> source, Func<TSource, IEnumerable<TResult>> selector)
        {
            Check(source, "source");
            return SelectManyIterator(source, selector);
        }

        private static IEnumerable<TResult> SelectManyIterator<TSource, TResult>(IEnumerable<TSource> source, Func<TSource, IEnumerable<TResult>> selector)
        {
            foreach (TSource item in source)
                foreach (TResult inner in selector(item)) yield return inner;
        }

        public static IEnumerable<TSource> Where<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate)
        {
            Check(source, "source");
            Check(predicate, "predicate");
            return WhereIterator(source, predicate);
        }

        private static IEnumerable<TSource> WhereIterator<TSource>(IEnumerable<TSource> source, Func<TSource, bool> predicate)
        {
            foreach (TSource item in source) if (predicate(item)) yield return item;
        }

        public static IEnumerable<TSource> Where<TSource>(this IEnumerable<TSource> source, Func<TSource, int, bool> predicate)
        {
            Check(source, "source");
            return WhereIndexedIterator(source, predicate);
        }

        private static IEnumerable<TSource> WhereIndexedIterator<TSource>(IEnumerable<TSource> source, Func<TSource, int, bool> predicate)
        {
            int index = 0;
            foreach (TSource item in source) if (predicate(item, index++)) yield return item;
        }

        public static List<TSource> ToList<TSource>(this IEnumerable<TSource> source)
        {
            Check(source, "source");
            return new List<TSource>(source);
        }

        public static TSource[] ToArray<TSource>(this IEnumerable<TSource> source)
        {
            Check(source, "source");
            return new List<TSource>(source).ToArray();
        }

        public static Dictionary<TKey, TSource> ToDictionary<TSource, TKey>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector)
        {
            Dictionary<TKey, TSource> d = new Dictionary<TKey, TSource>();
            foreach (TSource item in source) d.Add(keySelector(item), item);
            return d;
        }

        public static Dictionary<TKey, TElement> ToDictionary<TSource, TKey, TElement>(this IEnumerable<TSource> source,
            Func<TSource, TKey> keySelector, Func<TSource, TElement> elementSelector)
        {
            Dictionary<TKey, TElement> d = new Dictionary<TKey, TElement>();
            foreach (TSource item in source) d.Add(keySelector(item), elementSelector(item));
            return d;
        }

        public static int Count<TSource>(this IEnumerable<TSource> source)
        {
            Check(source, "source");
            ICollection<TSource> collection = source as ICollection<TSource>;
            if (collection != null) return collection.Count;
            int n = 0;
            foreach (TSource item in source) n++;
            return n;
        }

        public static int Count<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate)
        {
            int n = 0;
            foreach (TSource item in source) if (predicate(item)) n++;
            return n;
        }

        public static long LongCount<TSource>(this IEnumerable<TSource> source) { return Count(source); }

        public static bool Any<TSource>(this IEnumerable<TSource> source)
        {
            Check(source, "source");
            foreach (TSource item in source) return true;
            return false;
        }

        public static bool Any<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate)
        {
            foreach (TSource item in source) if (predicate(item)) return true;
            return false;
        }

        public static bool All<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate)
        {
            foreach (TSource item in source) if (!predicate(item)) return false;
            return true;
        }

        public static bool Contains<TSource>(this IEnumerable<TSource> source, TSource value)
        {
            EqualityComparer<TSource> c = EqualityComparer<TSource>.Default;
            foreach (TSource item in source) if (c.Equals(item, value)) return true;
            return false;
        }

        public static TSource First<TSource>(this IEnumerable<TSource> source)
        {
            Check(source, "source");
            foreach (TSource item in source) return item;
            throw new InvalidOperationException("Sequence contains no elements");
        }

        public static TSource First<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate)
        {
            foreach (TSource item in source) if (predicate(item)) return item;
            throw new InvalidOperationException("Sequence contains no matching element");
        }

        public static TSource FirstOrDefault<TSource>(this IEnumerable<TSource> source)
        {
            foreach (TSource item in source) return item;
            return default(TSource);
        }

        public static TSource FirstOrDefault<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate)
        {
            foreach (TSource item in source) if (predicate(item)) return item;
            return default(TSource);
        }

        public static TSource Last<TSource>(this IEnumerable<TSource> source)
        {
            bool found = false;
            TSource last = default(TSource);
            foreach (TSource item in source) { last = item; found = true; }
            if (!found) throw new InvalidOperationException("Sequence contains no elements");
            return last;
        }

        public static TSource LastOrDefault<TSource>(this IEnumerable<TSource> source)
        {
            TSource last = default(TSource);
            foreach (TSource item in source) last = item;
            return last;
        }

        public static TSource Single<TSource>(this IEnumerable<TSource> source)
        {
            int n = 0;
            TSource only = default(TSource);
            foreach (TSource item in source) { only = item; n++; }
            if (n == 0) throw new InvalidOperationException("Sequence contains no elements");
            if (n > 1) throw new InvalidOperationException("Sequence contains more than one element");
            return only;
        }

        public static TSource ElementAt<TSource>(this IEnumerable<TSource> source, int index)
        {
            int i = 0;
            foreach (TSource item in source) if (i++ == index) return item;
            throw new ArgumentOutOfRangeException("index");
        }

        public static IEnumerable<TSource> Skip<TSource>(this IEnumerable<TSource> source, int count)
        {
            Check(source, "source");
            return SkipIterator(source, count);
        }

        private static IEnumerable<TSource> SkipIterator<TSource>(IEnumerable<TSource> source, int count)
        {
            int i = 0;
            foreach (TSource item in source) if (i++ >= count) yield return item;
        }

        public static IEnumerable<TSource> Take<TSource>(this IEnumerable<TSource> source, int count)
        {
            Check(source, "source");
            return TakeIterator(source, count);
        }

        private static IEnumerable<TSource> TakeIterator<TSource>(IEnumerable<TSource> source, int count)
        {
            if (count <= 0) yield break;
            int i = 0;
            foreach (TSource item in source)
            {
                yield return item;
                if (++i >= count) yield break;
            }
        }

        public static IEnumerable<TSource> SkipWhile<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate)
        {
            return SkipWhileIterator(source, predicate);
        }

        private static IEnumerable<TSource> SkipWhileIterator<TSource>(IEnumerable<TSource> source, Func<TSource, bool> predicate)
        {
            bool yielding = false;
            foreach (TSource item in source)
            {
                if (!yielding && !predicate(item)) yielding = true;
                if (yielding) yield return item;
            }
        }

        public static IEnumerable<TSource> TakeWhile<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate)
        {
            return TakeWhileIterator(source, predicate);
        }

        private static IEnumerable<TSource> TakeWhileIterator<TSource>(IEnumerable<TSource> source, Func<TSource, bool> predicate)
        {
            foreach (TSource item in source)
            {
                if (!predicate(item)) yield break;
                yield return item;
            }
        }

        public static IEnumerable<TSource> Distinct<TSource>(this IEnumerable<TSource> source)
        {
            Check(source, "source");
            return DistinctIterator(source);
        }

        private static IEnumerable<TSource> DistinctIterator<TSource>(IEnumerable<TSource> source)
        {
            List<TSource> seen = new List<TSource>();
            foreach (TSource item in source)
            {
                if (!seen.Contains(item))
                {
                    seen.Add(item);
                    yield return item;
                }
            }
        }

        public static IEnumerable<TSource> Concat<TSource>(this IEnumerable<TSource> first, IEnumerable<TSource> second)
        {
            Check(first, "first");
            Check(second, "second");
            return ConcatIterator(first, second);
        }

        private static IEnumerable<TSource> ConcatIterator<TSource>(IEnumerable<TSource> first, IEnumerable<TSource> second)
        {
            foreach (TSource item in first) yield return item;
            foreach (TSource item in second) yield return item;
        }

        public static IEnumerable<TSource> Reverse<TSource>(this IEnumerable<TSource> source)
        {
            Check(source, "source");
            return ReverseIterator(source);
        }

        private static IEnumerable<TSource> ReverseIterator<TSource>(IEnumerable<TSource> source)
        {
            TSource[] items = source.ToArray();
            for (int i = items.Length - 1; i >= 0; i--) yield return items[i];
        }

        public static IEnumerable<TResult> Zip<TFirst, TSecond, TResult>(this IEnumerable<TFirst> first, IEnumerable<TSecond> second,
            Func<TFirst, TSecond, TResult> resultSelector)
        {
            return ZipIterator(first, second, resultSelector);
        }

        private static IEnumerable<TResult> ZipIterator<TFirst, TSecond, TResult>(IEnumerable<TFirst> first, IEnumerable<TSecond> second,
            Func<TFirst, TSecond, TResult> resultSelector)
        {
            IEnumerator<TFirst> a = first.GetEnumerator();
            IEnumerator<TSecond> b = second.GetEnumerator();
            while (a.MoveNext() && b.MoveNext()) yield return resultSelector(a.Current, b.Current);
        }

        public static IEnumerable<int> Range(int start, int count)
        {
            if (count < 0) throw new ArgumentOutOfRangeException("count");
            return RangeIterator(start, count);
        }

        private static IEnumerable<int> RangeIterator(int start, int count)
        {
            for (int i = 0; i < count; i++) yield return start + i;
        }

        public static IEnumerable<TResult> Repeat<TResult>(TResult element, int count)
        {
            if (count < 0) throw new ArgumentOutOfRangeException("count");
            return RepeatIterator(element, count);
        }

        private static IEnumerable<TResult> RepeatIterator<TResult>(TResult element, int count)
        {
            for (int i = 0; i < count; i++) yield return element;
        }

        public static IEnumerable<TResult> Empty<TResult>() { return new TResult[0]; }

        public static IEnumerable<TResult> Cast<TResult>(this IEnumerable source) { return CastIterator<TResult>(source); }

        private static IEnumerable<TResult> CastIterator<TResult>(IEnumerable source)
        {
            foreach (object item in source) yield return (TResult)item;
        }

        public static IEnumerable<TResult> OfType<TResult>(this IEnumerable source) { return OfTypeIterator<TResult>(source); }

        private static IEnumerable<TResult> OfTypeIterator<TResult>(IEnumerable source)
        {
            foreach (object item in source) if (item is TResult) yield return (TResult)item;
        }

        // ---- aggregation ----

        public static int Sum(this IEnumerable<int> source) { int s = 0; foreach (int x in source) s = checked(s + x); return s; }
        public static long Sum(this IEnumerable<long> source) { long s = 0; foreach (long x in source) s = checked(s + x); return s; }
        public static double Sum(this IEnumerable<double> source) { double s = 0; foreach (double x in source) s += x; return s; }
        public static int Sum<TSource>(this IEnumerable<TSource> source, Func<TSource, int> selector) { return Sum(Select(source, selector)); }
        public static long Sum<TSource>(this IEnumerable<TSource> source, Func<TSource, long> selector) { return Sum(Select(source, selector)); }
        public static double Sum<TSource>(this IEnumerable<TSource> source, Func<TSource, double> selector) { return Sum(Select(source, selector)); }

        public static double Average(this IEnumerable<int> source)
        {
            long s = 0;
            int n = 0;
            foreach (int x in source) { s += x; n++; }
            if (n == 0) throw new InvalidOperationException("Sequence contains no elements");
            return (double)s / n;
        }

        public static double Average(this IEnumerable<double> source)
        {
            double s = 0;
            int n = 0;
            foreach (double x in source) { s += x; n++; }
            if (n == 0) throw new InvalidOperationException("Sequence contains no elements");
            return s / n;
        }

        public static double Average<TSource>(this IEnumerable<TSource> source, Func<TSource, int> selector) { return Average(Select(source, selector)); }

        public static decimal Sum(this IEnumerable<decimal> source) { decimal s = 0; foreach (decimal x in source) s += x; return s; }
        // floats add up in double, as in .NET
        public static float Sum(this IEnumerable<float> source) { double s = 0; foreach (float x in source) s += x; return (float)s; }
        public static decimal Sum<TSource>(this IEnumerable<TSource> source, Func<TSource, decimal> selector) { return Sum(Select(source, selector)); }
        public static float Sum<TSource>(this IEnumerable<TSource> source, Func<TSource, float> selector) { return Sum(Select(source, selector)); }

        public static double Average(this IEnumerable<long> source)
        {
            long s = 0;
            long n = 0;
            foreach (long x in source) { s = checked(s + x); n++; }
            if (n == 0) throw new InvalidOperationException("Sequence contains no elements");
            return (double)s / n;
        }

        public static decimal Average(this IEnumerable<decimal> source)
        {
            decimal s = 0;
            long n = 0;
            foreach (decimal x in source) { s += x; n++; }
            if (n == 0) throw new InvalidOperationException("Sequence contains no elements");
            return s / n;
        }

        public static float Average(this IEnumerable<float> source)
        {
            double s = 0;
            long n = 0;
            foreach (float x in source) { s += x; n++; }
            if (n == 0) throw new InvalidOperationException("Sequence contains no elements");
            return (float)(s / n);
        }

        public static double Average<TSource>(this IEnumerable<TSource> source, Func<TSource, long> selector) { return Average(Select(source, selector)); }
        public static double Average<TSource>(this IEnumerable<TSource> source, Func<TSource, double> selector) { return Average(Select(source, selector)); }
        public static decimal Average<TSource>(this IEnumerable<TSource> source, Func<TSource, decimal> selector) { return Average(Select(source, selector)); }
        public static float Average<TSource>(this IEnumerable<TSource> source, Func<TSource, float> selector) { return Average(Select(source, selector)); }

        public static TSource Min<TSource>(this IEnumerable<TSource> source) { return Extreme(source, -1); }
        public static TSource Max<TSource>(this IEnumerable<TSource> source) { return Extreme(source, 1); }
        public static TResult Min<TSource, TResult>(this IEnumerable<TSource> source, Func<TSource, TResult> selector) { return Extreme(Select(source, selector), -1); }
        public static TResult Max<TSource, TResult>(this IEnumerable<TSource> source, Func<TSource, TResult> selector) { return Extreme(Select(source, selector), 1); }

        private static TSource Extreme<TSource>(IEnumerable<TSource> source, int sign)
        {
            Comparer<TSource> c = Comparer<TSource>.Default;
            bool any = false;
            TSource best = default(TSource);
            foreach (TSource item in source)
            {
                if (!any || c.Compare(item, best) * sign > 0) best = item;
                any = true;
            }
            if (!any) throw new InvalidOperationException("Sequence contains no elements");
            return best;
        }

        public static TSource Aggregate<TSource>(this IEnumerable<TSource> source, Func<TSource, TSource, TSource> func)
        {
            bool any = false;
            TSource acc = default(TSource);
            foreach (TSource item in source)
            {
                acc = any ? func(acc, item) : item;
                any = true;
            }
            if (!any) throw new InvalidOperationException("Sequence contains no elements");
            return acc;
        }

        public static TAccumulate Aggregate<TSource, TAccumulate>(this IEnumerable<TSource> source, TAccumulate seed,
            Func<TAccumulate, TSource, TAccumulate> func)
        {
            TAccumulate acc = seed;
            foreach (TSource item in source) acc = func(acc, item);
            return acc;
        }

        public static bool SequenceEqual<TSource>(this IEnumerable<TSource> first, IEnumerable<TSource> second)
        {
            EqualityComparer<TSource> c = EqualityComparer<TSource>.Default;
            IEnumerator<TSource> a = first.GetEnumerator();
            IEnumerator<TSource> b = second.GetEnumerator();
            while (true)
            {
                bool ma = a.MoveNext(), mb = b.MoveNext();
                if (ma != mb) return false;
                if (!ma) return true;
                if (!c.Equals(a.Current, b.Current)) return false;
            }
        }

        // ---- ordering and grouping ----

        public static IOrderedEnumerable<TSource> OrderBy<TSource, TKey>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector)
        {
            return new OrderedSequence<TSource>(source, new KeyComparison<TSource, TKey>(keySelector, false, null));
        }

        public static IOrderedEnumerable<TSource> OrderByDescending<TSource, TKey>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector)
        {
            return new OrderedSequence<TSource>(source, new KeyComparison<TSource, TKey>(keySelector, true, null));
        }

        public static IOrderedEnumerable<TSource> ThenBy<TSource, TKey>(this IOrderedEnumerable<TSource> source, Func<TSource, TKey> keySelector)
        {
            OrderedSequence<TSource> o = (OrderedSequence<TSource>)source;
            return new OrderedSequence<TSource>(o.m_source, new KeyComparison<TSource, TKey>(keySelector, false, o.m_comparison));
        }

        public static IOrderedEnumerable<TSource> ThenByDescending<TSource, TKey>(this IOrderedEnumerable<TSource> source, Func<TSource, TKey> keySelector)
        {
            OrderedSequence<TSource> o = (OrderedSequence<TSource>)source;
            return new OrderedSequence<TSource>(o.m_source, new KeyComparison<TSource, TKey>(keySelector, true, o.m_comparison));
        }

        public static IEnumerable<IGrouping<TKey, TSource>> GroupBy<TSource, TKey>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector)
        {
            List<Grouping<TKey, TSource>> groups = new List<Grouping<TKey, TSource>>();
            Dictionary<TKey, Grouping<TKey, TSource>> byKey = new Dictionary<TKey, Grouping<TKey, TSource>>();
            foreach (TSource item in source)
            {
                TKey key = keySelector(item);
                Grouping<TKey, TSource> g;
                if (!byKey.TryGetValue(key, out g))
                {
                    g = new Grouping<TKey, TSource>(key);
                    byKey.Add(key, g);
                    groups.Add(g);
                }
                g.m_items.Add(item);
            }
            List<IGrouping<TKey, TSource>> result = new List<IGrouping<TKey, TSource>>();
            foreach (Grouping<TKey, TSource> g in groups) result.Add(g);
            return result;
        }

        public static IEnumerable<TResult> GroupBy<TSource, TKey, TResult>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector,
            Func<TKey, IEnumerable<TSource>, TResult> resultSelector)
        {
            List<TResult> result = new List<TResult>();
            foreach (IGrouping<TKey, TSource> g in GroupBy(source, keySelector)) result.Add(resultSelector(g.Key, g));
            return result;
        }
    }

    internal sealed class Grouping<TKey, TElement> : IGrouping<TKey, TElement>
    {
        private readonly TKey m_key;
        internal readonly List<TElement> m_items = new List<TElement>();
        internal Grouping(TKey key) { m_key = key; }
        public TKey Key { get { return m_key; } }
        public IEnumerator<TElement> GetEnumerator() { return m_items.GetEnumerator(); }
        IEnumerator IEnumerable.GetEnumerator() { return m_items.GetEnumerator(); }
    }

    internal abstract class ElementComparison<TSource>
    {
        internal abstract int Compare(TSource a, TSource b);
    }

    internal sealed class KeyComparison<TSource, TKey> : ElementComparison<TSource>
    {
        private readonly Func<TSource, TKey> m_key;
        private readonly bool m_descending;
        private readonly ElementComparison<TSource> m_primary;
        private readonly Comparer<TKey> m_comparer = Comparer<TKey>.Default;

        internal KeyComparison(Func<TSource, TKey> key, bool descending, ElementComparison<TSource> primary)
        {
            m_key = key;
            m_descending = descending;
            m_primary = primary;
        }

        internal override int Compare(TSource a, TSource b)
        {
            if (m_primary != null)
            {
                int first = m_primary.Compare(a, b);
                if (first != 0) return first;
            }
            int order = m_comparer.Compare(m_key(a), m_key(b));
            return m_descending ? -order : order;
        }
    }

    internal sealed class OrderedSequence<TSource> : IOrderedEnumerable<TSource>
    {
        internal readonly IEnumerable<TSource> m_source;
        internal readonly ElementComparison<TSource> m_comparison;

        internal OrderedSequence(IEnumerable<TSource> source, ElementComparison<TSource> comparison)
        {
            m_source = source;
            m_comparison = comparison;
        }

        public IEnumerator<TSource> GetEnumerator()
        {
            List<TSource> items = new List<TSource>(m_source);
            items.Sort(new Comparison<TSource>(m_comparison.Compare)); // List.Sort is a stable merge sort here
            return items.GetEnumerator();
        }

        IEnumerator IEnumerable.GetEnumerator() { return GetEnumerator(); }
    }
}
