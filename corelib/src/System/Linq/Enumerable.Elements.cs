using System.Collections.Generic;

namespace System.Linq
{
    // Single elements, quantifiers and counting. Lists are read by index where .NET does (First, Last, Single,
    // ElementAt), and Last with a predicate searches a list from its end.
    public static partial class Enumerable
    {
        public static TSource First<TSource>(this IEnumerable<TSource> source)
        {
            bool found;
            TSource first = TryGetFirst(source, out found);
            if (!found) throw NoElements();
            return first;
        }

        public static TSource First<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate)
        {
            bool found;
            TSource first = TryGetFirst(source, predicate, out found);
            if (!found) throw NoMatch();
            return first;
        }

        public static TSource FirstOrDefault<TSource>(this IEnumerable<TSource> source) { return FirstOrDefault(source, default(TSource)); }

        public static TSource FirstOrDefault<TSource>(this IEnumerable<TSource> source, TSource defaultValue)
        {
            bool found;
            TSource first = TryGetFirst(source, out found);
            return found ? first : defaultValue;
        }

        public static TSource FirstOrDefault<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate)
        {
            return FirstOrDefault(source, predicate, default(TSource));
        }

        public static TSource FirstOrDefault<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate, TSource defaultValue)
        {
            bool found;
            TSource first = TryGetFirst(source, predicate, out found);
            return found ? first : defaultValue;
        }

        private static TSource TryGetFirst<TSource>(IEnumerable<TSource> source, out bool found)
        {
            Check(source, "source");
            IList<TSource> list = source as IList<TSource>;
            if (list != null)
            {
                found = list.Count > 0;
                return found ? list[0] : default(TSource);
            }
            using (IEnumerator<TSource> e = source.GetEnumerator())
            {
                found = e.MoveNext();
                return found ? e.Current : default(TSource);
            }
        }

        private static TSource TryGetFirst<TSource>(IEnumerable<TSource> source, Func<TSource, bool> predicate, out bool found)
        {
            Check(source, "source");
            Check(predicate, "predicate");
            foreach (TSource item in source)
            {
                if (predicate(item))
                {
                    found = true;
                    return item;
                }
            }
            found = false;
            return default(TSource);
        }

        public static TSource Last<TSource>(this IEnumerable<TSource> source)
        {
            bool found;
            TSource last = TryGetLast(source, out found);
            if (!found) throw NoElements();
            return last;
        }

        public static TSource Last<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate)
        {
            bool found;
            TSource last = TryGetLast(source, predicate, out found);
            if (!found) throw NoMatch();
            return last;
        }

        public static TSource LastOrDefault<TSource>(this IEnumerable<TSource> source) { return LastOrDefault(source, default(TSource)); }

        public static TSource LastOrDefault<TSource>(this IEnumerable<TSource> source, TSource defaultValue)
        {
            bool found;
            TSource last = TryGetLast(source, out found);
            return found ? last : defaultValue;
        }

        public static TSource LastOrDefault<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate)
        {
            return LastOrDefault(source, predicate, default(TSource));
        }

        public static TSource LastOrDefault<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate, TSource defaultValue)
        {
            bool found;
            TSource last = TryGetLast(source, predicate, out found);
            return found ? last : defaultValue;
        }

        private static TSource TryGetLast<TSource>(IEnumerable<TSource> source, out bool found)
        {
            Check(source, "source");
            IList<TSource> list = source as IList<TSource>;
            if (list != null)
            {
                int count = list.Count;
                found = count > 0;
                return found ? list[count - 1] : default(TSource);
            }
            found = false;
            TSource last = default(TSource);
            foreach (TSource item in source)
            {
                last = item;
                found = true;
            }
            return last;
        }

        private static TSource TryGetLast<TSource>(IEnumerable<TSource> source, Func<TSource, bool> predicate, out bool found)
        {
            Check(source, "source");
            Check(predicate, "predicate");
            IList<TSource> list = source as IList<TSource>;
            if (list != null)
            {
                for (int i = list.Count - 1; i >= 0; i--)
                {
                    TSource item = list[i];
                    if (predicate(item))
                    {
                        found = true;
                        return item;
                    }
                }
                found = false;
                return default(TSource);
            }
            found = false;
            TSource last = default(TSource);
            foreach (TSource item in source)
            {
                if (predicate(item))
                {
                    last = item;
                    found = true;
                }
            }
            return last;
        }

        public static TSource Single<TSource>(this IEnumerable<TSource> source)
        {
            bool found;
            TSource single = TryGetSingle(source, out found);
            if (!found) throw NoElements();
            return single;
        }

        public static TSource Single<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate)
        {
            bool found;
            TSource single = TryGetSingle(source, predicate, out found);
            if (!found) throw NoMatch();
            return single;
        }

        public static TSource SingleOrDefault<TSource>(this IEnumerable<TSource> source) { return SingleOrDefault(source, default(TSource)); }

        public static TSource SingleOrDefault<TSource>(this IEnumerable<TSource> source, TSource defaultValue)
        {
            bool found;
            TSource single = TryGetSingle(source, out found);
            return found ? single : defaultValue;
        }

        public static TSource SingleOrDefault<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate)
        {
            return SingleOrDefault(source, predicate, default(TSource));
        }

        public static TSource SingleOrDefault<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate, TSource defaultValue)
        {
            bool found;
            TSource single = TryGetSingle(source, predicate, out found);
            return found ? single : defaultValue;
        }

        // Throws when there is more than one element; reads at most two.
        private static TSource TryGetSingle<TSource>(IEnumerable<TSource> source, out bool found)
        {
            Check(source, "source");
            IList<TSource> list = source as IList<TSource>;
            if (list != null)
            {
                int count = list.Count;
                if (count > 1) throw MoreThanOne();
                found = count == 1;
                return found ? list[0] : default(TSource);
            }
            using (IEnumerator<TSource> e = source.GetEnumerator())
            {
                found = e.MoveNext();
                if (!found) return default(TSource);
                TSource single = e.Current;
                if (e.MoveNext()) throw MoreThanOne();
                return single;
            }
        }

        // Throws at the second match; the predicate sees every element up to it.
        private static TSource TryGetSingle<TSource>(IEnumerable<TSource> source, Func<TSource, bool> predicate, out bool found)
        {
            Check(source, "source");
            Check(predicate, "predicate");
            using (IEnumerator<TSource> e = source.GetEnumerator())
            {
                while (e.MoveNext())
                {
                    TSource item = e.Current;
                    if (predicate(item))
                    {
                        while (e.MoveNext()) if (predicate(e.Current)) throw MoreThanOneMatch();
                        found = true;
                        return item;
                    }
                }
            }
            found = false;
            return default(TSource);
        }

        public static TSource ElementAt<TSource>(this IEnumerable<TSource> source, int index)
        {
            Check(source, "source");
            IList<TSource> list = source as IList<TSource>;
            if (list != null) return list[index];
            if (index >= 0)
            {
                foreach (TSource item in source) if (index-- == 0) return item;
            }
            throw new ArgumentOutOfRangeException("index");
        }

        public static TSource ElementAtOrDefault<TSource>(this IEnumerable<TSource> source, int index)
        {
            Check(source, "source");
            if (index < 0) return default(TSource);
            IList<TSource> list = source as IList<TSource>;
            if (list != null) return index < list.Count ? list[index] : default(TSource);
            foreach (TSource item in source) if (index-- == 0) return item;
            return default(TSource);
        }

        // ---- quantifiers ----

        public static bool Any<TSource>(this IEnumerable<TSource> source)
        {
            Check(source, "source");
            ICollection<TSource> collection = source as ICollection<TSource>;
            if (collection != null) return collection.Count != 0;
            using (IEnumerator<TSource> e = source.GetEnumerator()) return e.MoveNext();
        }

        public static bool Any<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate)
        {
            Check(source, "source");
            Check(predicate, "predicate");
            foreach (TSource item in source) if (predicate(item)) return true;
            return false;
        }

        public static bool All<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate)
        {
            Check(source, "source");
            Check(predicate, "predicate");
            foreach (TSource item in source) if (!predicate(item)) return false;
            return true;
        }

        public static bool Contains<TSource>(this IEnumerable<TSource> source, TSource value)
        {
            ICollection<TSource> collection = source as ICollection<TSource>;
            if (collection != null) return collection.Contains(value);
            return Contains(source, value, null);
        }

        public static bool Contains<TSource>(this IEnumerable<TSource> source, TSource value, IEqualityComparer<TSource> comparer)
        {
            Check(source, "source");
            if (comparer == null) comparer = EqualityComparer<TSource>.Default;
            foreach (TSource item in source) if (comparer.Equals(item, value)) return true;
            return false;
        }

        // ---- counting ----

        public static int Count<TSource>(this IEnumerable<TSource> source)
        {
            Check(source, "source");
            ICollection<TSource> collection = source as ICollection<TSource>;
            if (collection != null) return collection.Count;
            Iterator<TSource> iterator = source as Iterator<TSource>;
            if (iterator != null) return iterator.CountElements();
            ElementCount<TSource> count = new ElementCount<TSource>();
            Elements.ForEach(source, ref count);
            return count.Total;
        }

        public static int Count<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate)
        {
            Check(source, "source");
            Check(predicate, "predicate");
            int n = 0;
            foreach (TSource item in source) if (predicate(item)) checked { n++; }
            return n;
        }

        public static long LongCount<TSource>(this IEnumerable<TSource> source)
        {
            Check(source, "source");
            long n = 0;
            using (IEnumerator<TSource> e = source.GetEnumerator())
            {
                while (e.MoveNext()) checked { n++; }
            }
            return n;
        }

        public static long LongCount<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate)
        {
            Check(source, "source");
            Check(predicate, "predicate");
            long n = 0;
            foreach (TSource item in source) if (predicate(item)) checked { n++; }
            return n;
        }

        public static bool SequenceEqual<TSource>(this IEnumerable<TSource> first, IEnumerable<TSource> second)
        {
            return SequenceEqual(first, second, null);
        }

        public static bool SequenceEqual<TSource>(this IEnumerable<TSource> first, IEnumerable<TSource> second, IEqualityComparer<TSource> comparer)
        {
            Check(first, "first");
            Check(second, "second");
            if (comparer == null) comparer = EqualityComparer<TSource>.Default;
            ICollection<TSource> a = first as ICollection<TSource>;
            ICollection<TSource> b = second as ICollection<TSource>;
            if (a != null && b != null && a.Count != b.Count) return false;
            using (IEnumerator<TSource> e1 = first.GetEnumerator())
            using (IEnumerator<TSource> e2 = second.GetEnumerator())
            {
                while (e1.MoveNext())
                {
                    if (!e2.MoveNext() || !comparer.Equals(e1.Current, e2.Current)) return false;
                }
                return !e2.MoveNext();
            }
        }
    }
}
