using System.Collections;
using System.Collections.Generic;

namespace System.Linq
{
    // LINQ to objects. Arguments are checked when an operator is called; deferred operators are iterators, so their
    // work (and their exceptions) happens while enumerating, in the order .NET does it. This file has projection,
    // filtering, partitioning, concatenation, generation and conversion; the other parts of the class are in
    // Enumerable.Elements.cs, Enumerable.Aggregates.cs, Enumerable.Sets.cs, Ordering.cs and Grouping.cs.
    public static partial class Enumerable
    {
        private static void Check(object argument, string name)
        {
            if (argument == null) throw new ArgumentNullException(name);
        }

        private static InvalidOperationException NoElements() { return new InvalidOperationException("Sequence contains no elements"); }

        private static InvalidOperationException NoMatch() { return new InvalidOperationException("Sequence contains no matching element"); }

        private static InvalidOperationException MoreThanOne() { return new InvalidOperationException("Sequence contains more than one element"); }

        private static InvalidOperationException MoreThanOneMatch()
        {
            return new InvalidOperationException("Sequence contains more than one matching element");
        }

        // ---- projection and filtering ----

        public static IEnumerable<TResult> Select<TSource, TResult>(this IEnumerable<TSource> source, Func<TSource, TResult> selector)
        {
            Check(source, "source");
            Check(selector, "selector");
            TSource[] array = source as TSource[];
            if (array != null) return new SelectArrayIterator<TSource, TResult>(array, selector);
            List<TSource> list = source as List<TSource>;
            if (list != null) return new SelectListIterator<TSource, TResult>(list, selector);
            WhereArrayIterator<TSource> whereArray = source as WhereArrayIterator<TSource>;
            if (whereArray != null) return new WhereSelectArrayIterator<TSource, TResult>(whereArray.m_source, whereArray.m_predicate, selector);
            WhereListIterator<TSource> whereList = source as WhereListIterator<TSource>;
            if (whereList != null) return new WhereSelectListIterator<TSource, TResult>(whereList.m_source, whereList.m_predicate, selector);
            WhereEnumerableIterator<TSource> where = source as WhereEnumerableIterator<TSource>;
            if (where != null) return new WhereSelectEnumerableIterator<TSource, TResult>(where.m_source, where.m_predicate, selector);
            return new SelectEnumerableIterator<TSource, TResult>(source, selector);
        }

        public static IEnumerable<TResult> Select<TSource, TResult>(this IEnumerable<TSource> source, Func<TSource, int, TResult> selector)
        {
            Check(source, "source");
            Check(selector, "selector");
            return SelectIndexedIterator(source, selector);
        }

        private static IEnumerable<TResult> SelectIndexedIterator<TSource, TResult>(IEnumerable<TSource> source, Func<TSource, int, TResult> selector)
        {
            int index = -1;
            foreach (TSource item in source)
            {
                checked { index++; }
                yield return selector(item, index);
            }
        }

        public static IEnumerable<TResult> SelectMany<TSource, TResult>(this IEnumerable<TSource> source, Func<TSource, IEnumerable<TResult>> selector)
        {
            Check(source, "source");
            Check(selector, "selector");
            return SelectManyIterator(source, selector);
        }

        private static IEnumerable<TResult> SelectManyIterator<TSource, TResult>(IEnumerable<TSource> source, Func<TSource, IEnumerable<TResult>> selector)
        {
            foreach (TSource item in source)
                foreach (TResult inner in selector(item)) yield return inner;
        }

        public static IEnumerable<TResult> SelectMany<TSource, TResult>(this IEnumerable<TSource> source,
            Func<TSource, int, IEnumerable<TResult>> selector)
        {
            Check(source, "source");
            Check(selector, "selector");
            return SelectManyIndexedIterator(source, selector);
        }

        private static IEnumerable<TResult> SelectManyIndexedIterator<TSource, TResult>(IEnumerable<TSource> source,
            Func<TSource, int, IEnumerable<TResult>> selector)
        {
            int index = -1;
            foreach (TSource item in source)
            {
                checked { index++; }
                foreach (TResult inner in selector(item, index)) yield return inner;
            }
        }

        public static IEnumerable<TResult> SelectMany<TSource, TCollection, TResult>(this IEnumerable<TSource> source,
            Func<TSource, IEnumerable<TCollection>> collectionSelector, Func<TSource, TCollection, TResult> resultSelector)
        {
            Check(source, "source");
            Check(collectionSelector, "collectionSelector");
            Check(resultSelector, "resultSelector");
            return SelectManyIterator(source, collectionSelector, resultSelector);
        }

        private static IEnumerable<TResult> SelectManyIterator<TSource, TCollection, TResult>(IEnumerable<TSource> source,
            Func<TSource, IEnumerable<TCollection>> collectionSelector, Func<TSource, TCollection, TResult> resultSelector)
        {
            foreach (TSource item in source)
                foreach (TCollection inner in collectionSelector(item)) yield return resultSelector(item, inner);
        }

        public static IEnumerable<TResult> SelectMany<TSource, TCollection, TResult>(this IEnumerable<TSource> source,
            Func<TSource, int, IEnumerable<TCollection>> collectionSelector, Func<TSource, TCollection, TResult> resultSelector)
        {
            Check(source, "source");
            Check(collectionSelector, "collectionSelector");
            Check(resultSelector, "resultSelector");
            return SelectManyIndexedIterator(source, collectionSelector, resultSelector);
        }

        private static IEnumerable<TResult> SelectManyIndexedIterator<TSource, TCollection, TResult>(IEnumerable<TSource> source,
            Func<TSource, int, IEnumerable<TCollection>> collectionSelector, Func<TSource, TCollection, TResult> resultSelector)
        {
            int index = -1;
            foreach (TSource item in source)
            {
                checked { index++; }
                foreach (TCollection inner in collectionSelector(item, index)) yield return resultSelector(item, inner);
            }
        }

        public static IEnumerable<TSource> Where<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate)
        {
            Check(source, "source");
            Check(predicate, "predicate");
            TSource[] array = source as TSource[];
            if (array != null) return new WhereArrayIterator<TSource>(array, predicate);
            List<TSource> list = source as List<TSource>;
            if (list != null) return new WhereListIterator<TSource>(list, predicate);
            return new WhereEnumerableIterator<TSource>(source, predicate);
        }

        public static IEnumerable<TSource> Where<TSource>(this IEnumerable<TSource> source, Func<TSource, int, bool> predicate)
        {
            Check(source, "source");
            Check(predicate, "predicate");
            return WhereIndexedIterator(source, predicate);
        }

        private static IEnumerable<TSource> WhereIndexedIterator<TSource>(IEnumerable<TSource> source, Func<TSource, int, bool> predicate)
        {
            int index = -1;
            foreach (TSource item in source)
            {
                checked { index++; }
                if (predicate(item, index)) yield return item;
            }
        }

        public static IEnumerable<TResult> Cast<TResult>(this IEnumerable source)
        {
            IEnumerable<TResult> typed = source as IEnumerable<TResult>;
            if (typed != null) return typed;
            Check(source, "source");
            return CastIterator<TResult>(source);
        }

        private static IEnumerable<TResult> CastIterator<TResult>(IEnumerable source)
        {
            foreach (object item in source) yield return (TResult)item;
        }

        public static IEnumerable<TResult> OfType<TResult>(this IEnumerable source)
        {
            Check(source, "source");
            return OfTypeIterator<TResult>(source);
        }

        private static IEnumerable<TResult> OfTypeIterator<TResult>(IEnumerable source)
        {
            foreach (object item in source) if (item is TResult) yield return (TResult)item;
        }

        public static IEnumerable<TResult> Zip<TFirst, TSecond, TResult>(this IEnumerable<TFirst> first, IEnumerable<TSecond> second,
            Func<TFirst, TSecond, TResult> resultSelector)
        {
            Check(first, "first");
            Check(second, "second");
            Check(resultSelector, "resultSelector");
            return ZipIterator(first, second, resultSelector);
        }

        private static IEnumerable<TResult> ZipIterator<TFirst, TSecond, TResult>(IEnumerable<TFirst> first, IEnumerable<TSecond> second,
            Func<TFirst, TSecond, TResult> resultSelector)
        {
            using (IEnumerator<TFirst> a = first.GetEnumerator())
            using (IEnumerator<TSecond> b = second.GetEnumerator())
            {
                while (a.MoveNext() && b.MoveNext()) yield return resultSelector(a.Current, b.Current);
            }
        }

        // .NET names the items First and Second; mcs 6.8 fails on tuple element names in a referenced generic
        // signature, so here they are Item1 and Item2.
        public static IEnumerable<ValueTuple<TFirst, TSecond>> Zip<TFirst, TSecond>(this IEnumerable<TFirst> first, IEnumerable<TSecond> second)
        {
            Check(first, "first");
            Check(second, "second");
            return ZipPairsIterator<TFirst, TSecond>(first, second);
        }

        private static IEnumerable<ValueTuple<TFirst, TSecond>> ZipPairsIterator<TFirst, TSecond>(IEnumerable<TFirst> first,
            IEnumerable<TSecond> second)
        {
            using (IEnumerator<TFirst> a = first.GetEnumerator())
            using (IEnumerator<TSecond> b = second.GetEnumerator())
            {
                while (a.MoveNext() && b.MoveNext()) yield return new ValueTuple<TFirst, TSecond>(a.Current, b.Current);
            }
        }

        // ---- concatenation and partitioning ----

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

        public static IEnumerable<TSource> Append<TSource>(this IEnumerable<TSource> source, TSource element)
        {
            Check(source, "source");
            return AppendIterator(source, element);
        }

        private static IEnumerable<TSource> AppendIterator<TSource>(IEnumerable<TSource> source, TSource element)
        {
            foreach (TSource item in source) yield return item;
            yield return element;
        }

        public static IEnumerable<TSource> Prepend<TSource>(this IEnumerable<TSource> source, TSource element)
        {
            Check(source, "source");
            return PrependIterator(source, element);
        }

        private static IEnumerable<TSource> PrependIterator<TSource>(IEnumerable<TSource> source, TSource element)
        {
            yield return element;
            foreach (TSource item in source) yield return item;
        }

        public static IEnumerable<TSource> Skip<TSource>(this IEnumerable<TSource> source, int count)
        {
            Check(source, "source");
            return SkipIterator(source, count);
        }

        private static IEnumerable<TSource> SkipIterator<TSource>(IEnumerable<TSource> source, int count)
        {
            using (IEnumerator<TSource> e = source.GetEnumerator())
            {
                while (count > 0 && e.MoveNext()) count--;
                if (count <= 0)
                {
                    while (e.MoveNext()) yield return e.Current;
                }
            }
        }

        public static IEnumerable<TSource> Take<TSource>(this IEnumerable<TSource> source, int count)
        {
            Check(source, "source");
            if (count <= 0) return Empty<TSource>();
            return TakeIterator(source, count);
        }

        private static IEnumerable<TSource> TakeIterator<TSource>(IEnumerable<TSource> source, int count)
        {
            foreach (TSource item in source)
            {
                yield return item;
                if (--count == 0) break;
            }
        }

        public static IEnumerable<TSource> SkipWhile<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate)
        {
            Check(source, "source");
            Check(predicate, "predicate");
            return SkipWhileIterator(source, predicate);
        }

        private static IEnumerable<TSource> SkipWhileIterator<TSource>(IEnumerable<TSource> source, Func<TSource, bool> predicate)
        {
            using (IEnumerator<TSource> e = source.GetEnumerator())
            {
                while (e.MoveNext())
                {
                    TSource item = e.Current;
                    if (!predicate(item))
                    {
                        yield return item;
                        while (e.MoveNext()) yield return e.Current;
                        yield break;
                    }
                }
            }
        }

        public static IEnumerable<TSource> SkipWhile<TSource>(this IEnumerable<TSource> source, Func<TSource, int, bool> predicate)
        {
            Check(source, "source");
            Check(predicate, "predicate");
            return SkipWhileIndexedIterator(source, predicate);
        }

        private static IEnumerable<TSource> SkipWhileIndexedIterator<TSource>(IEnumerable<TSource> source, Func<TSource, int, bool> predicate)
        {
            using (IEnumerator<TSource> e = source.GetEnumerator())
            {
                int index = -1;
                while (e.MoveNext())
                {
                    checked { index++; }
                    TSource item = e.Current;
                    if (!predicate(item, index))
                    {
                        yield return item;
                        while (e.MoveNext()) yield return e.Current;
                        yield break;
                    }
                }
            }
        }

        public static IEnumerable<TSource> TakeWhile<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate)
        {
            Check(source, "source");
            Check(predicate, "predicate");
            return TakeWhileIterator(source, predicate);
        }

        private static IEnumerable<TSource> TakeWhileIterator<TSource>(IEnumerable<TSource> source, Func<TSource, bool> predicate)
        {
            foreach (TSource item in source)
            {
                if (!predicate(item)) break;
                yield return item;
            }
        }

        public static IEnumerable<TSource> TakeWhile<TSource>(this IEnumerable<TSource> source, Func<TSource, int, bool> predicate)
        {
            Check(source, "source");
            Check(predicate, "predicate");
            return TakeWhileIndexedIterator(source, predicate);
        }

        private static IEnumerable<TSource> TakeWhileIndexedIterator<TSource>(IEnumerable<TSource> source, Func<TSource, int, bool> predicate)
        {
            int index = -1;
            foreach (TSource item in source)
            {
                checked { index++; }
                if (!predicate(item, index)) break;
                yield return item;
            }
        }

        public static IEnumerable<TSource> SkipLast<TSource>(this IEnumerable<TSource> source, int count)
        {
            Check(source, "source");
            if (count <= 0) return SkipIterator(source, 0);
            return SkipLastIterator(source, count);
        }

        private static IEnumerable<TSource> SkipLastIterator<TSource>(IEnumerable<TSource> source, int count)
        {
            Queue<TSource> held = new Queue<TSource>();
            foreach (TSource item in source)
            {
                if (held.Count == count) yield return held.Dequeue();
                held.Enqueue(item);
            }
        }

        public static IEnumerable<TSource> TakeLast<TSource>(this IEnumerable<TSource> source, int count)
        {
            Check(source, "source");
            if (count <= 0) return Empty<TSource>();
            return TakeLastIterator(source, count);
        }

        private static IEnumerable<TSource> TakeLastIterator<TSource>(IEnumerable<TSource> source, int count)
        {
            Queue<TSource> last = new Queue<TSource>();
            foreach (TSource item in source)
            {
                if (last.Count == count) last.Dequeue();
                last.Enqueue(item);
            }
            while (last.Count > 0) yield return last.Dequeue();
        }

        public static IEnumerable<TSource[]> Chunk<TSource>(this IEnumerable<TSource> source, int size)
        {
            Check(source, "source");
            if (size < 1) throw new ArgumentOutOfRangeException("size");
            return ChunkIterator(source, size);
        }

        private static IEnumerable<TSource[]> ChunkIterator<TSource>(IEnumerable<TSource> source, int size)
        {
            List<TSource> chunk = new List<TSource>(size);
            foreach (TSource item in source)
            {
                chunk.Add(item);
                if (chunk.Count == size)
                {
                    yield return chunk.ToArray();
                    chunk.Clear();
                }
            }
            if (chunk.Count > 0) yield return chunk.ToArray();
        }

        public static IEnumerable<TSource> Reverse<TSource>(this IEnumerable<TSource> source)
        {
            Check(source, "source");
            return ReverseIterator(source);
        }

        private static IEnumerable<TSource> ReverseIterator<TSource>(IEnumerable<TSource> source)
        {
            TSource[] items = ToArray(source);
            for (int i = items.Length - 1; i >= 0; i--) yield return items[i];
        }

        public static IEnumerable<TSource> DefaultIfEmpty<TSource>(this IEnumerable<TSource> source)
        {
            return DefaultIfEmpty(source, default(TSource));
        }

        public static IEnumerable<TSource> DefaultIfEmpty<TSource>(this IEnumerable<TSource> source, TSource defaultValue)
        {
            Check(source, "source");
            return DefaultIfEmptyIterator(source, defaultValue);
        }

        private static IEnumerable<TSource> DefaultIfEmptyIterator<TSource>(IEnumerable<TSource> source, TSource defaultValue)
        {
            bool any = false;
            foreach (TSource item in source)
            {
                any = true;
                yield return item;
            }
            if (!any) yield return defaultValue;
        }

        // ---- generation ----

        public static IEnumerable<int> Range(int start, int count)
        {
            if (count < 0 || (long)start + count - 1 > int.MaxValue) throw new ArgumentOutOfRangeException("count");
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

        private static class EmptyArray<TElement>
        {
            internal static readonly TElement[] Value = new TElement[0];
        }

        public static IEnumerable<TResult> Empty<TResult>() { return EmptyArray<TResult>.Value; }

        public static IEnumerable<TSource> AsEnumerable<TSource>(this IEnumerable<TSource> source) { return source; }

        // ---- conversion ----

        public static List<TSource> ToList<TSource>(this IEnumerable<TSource> source)
        {
            Check(source, "source");
            Iterator<TSource> iterator = source as Iterator<TSource>;
            return iterator != null ? iterator.ToList() : new List<TSource>(source);
        }

        public static TSource[] ToArray<TSource>(this IEnumerable<TSource> source)
        {
            Check(source, "source");
            ICollection<TSource> collection = source as ICollection<TSource>;
            if (collection != null)
            {
                int count = collection.Count;
                if (count == 0) return EmptyArray<TSource>.Value;
                TSource[] items = new TSource[count];
                collection.CopyTo(items, 0);
                return items;
            }
            Iterator<TSource> iterator = source as Iterator<TSource>;
            return iterator != null ? iterator.ToArray() : new List<TSource>(source).ToArray();
        }

        public static Dictionary<TKey, TSource> ToDictionary<TSource, TKey>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector)
        {
            return ToDictionary(source, keySelector, (IEqualityComparer<TKey>)null);
        }

        public static Dictionary<TKey, TSource> ToDictionary<TSource, TKey>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector,
            IEqualityComparer<TKey> comparer)
        {
            Check(source, "source");
            Check(keySelector, "keySelector");
            Dictionary<TKey, TSource> d = new Dictionary<TKey, TSource>(CountIfCollection(source), comparer);
            foreach (TSource item in source) d.Add(keySelector(item), item);
            return d;
        }

        public static Dictionary<TKey, TElement> ToDictionary<TSource, TKey, TElement>(this IEnumerable<TSource> source,
            Func<TSource, TKey> keySelector, Func<TSource, TElement> elementSelector)
        {
            return ToDictionary(source, keySelector, elementSelector, null);
        }

        public static Dictionary<TKey, TElement> ToDictionary<TSource, TKey, TElement>(this IEnumerable<TSource> source,
            Func<TSource, TKey> keySelector, Func<TSource, TElement> elementSelector, IEqualityComparer<TKey> comparer)
        {
            Check(source, "source");
            Check(keySelector, "keySelector");
            Check(elementSelector, "elementSelector");
            Dictionary<TKey, TElement> d = new Dictionary<TKey, TElement>(CountIfCollection(source), comparer);
            foreach (TSource item in source) d.Add(keySelector(item), elementSelector(item));
            return d;
        }

        private static int CountIfCollection<TSource>(IEnumerable<TSource> source)
        {
            ICollection<TSource> collection = source as ICollection<TSource>;
            return collection == null ? 0 : collection.Count;
        }

        public static HashSet<TSource> ToHashSet<TSource>(this IEnumerable<TSource> source) { return ToHashSet(source, null); }

        public static HashSet<TSource> ToHashSet<TSource>(this IEnumerable<TSource> source, IEqualityComparer<TSource> comparer)
        {
            Check(source, "source");
            return new HashSet<TSource>(source, comparer);
        }
    }
}
