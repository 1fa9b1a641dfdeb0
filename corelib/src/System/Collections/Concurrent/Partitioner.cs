using System.Collections.Generic;
using System.Threading;

namespace System.Collections.Concurrent
{
    public enum EnumerablePartitionerOptions
    {
        None = 0,
        NoBuffering = 1,
    }

    // Splits a data source into partitions that workers (Parallel.ForEach) enumerate at the same time.
    public abstract class Partitioner<TSource>
    {
        protected Partitioner() { }

        public abstract IList<IEnumerator<TSource>> GetPartitions(int partitionCount);

        public virtual bool SupportsDynamicPartitions { get { return false; } }

        public virtual IEnumerable<TSource> GetDynamicPartitions()
        {
            throw new NotSupportedException("Dynamic partitions are not supported by this partitioner.");
        }
    }

    // A partitioner whose elements carry their index in the source (keys), so that order can be restored.
    public abstract class OrderablePartitioner<TSource> : Partitioner<TSource>
    {
        private readonly bool m_orderedInEach;
        private readonly bool m_orderedAcross;
        private readonly bool m_normalized;

        protected OrderablePartitioner(bool keysOrderedInEachPartition, bool keysOrderedAcrossPartitions, bool keysNormalized)
        {
            m_orderedInEach = keysOrderedInEachPartition;
            m_orderedAcross = keysOrderedAcrossPartitions;
            m_normalized = keysNormalized;
        }

        public bool KeysOrderedInEachPartition { get { return m_orderedInEach; } }

        public bool KeysOrderedAcrossPartitions { get { return m_orderedAcross; } }

        public bool KeysNormalized { get { return m_normalized; } }

        public abstract IList<IEnumerator<KeyValuePair<long, TSource>>> GetOrderablePartitions(int partitionCount);

        public virtual IEnumerable<KeyValuePair<long, TSource>> GetOrderableDynamicPartitions()
        {
            throw new NotSupportedException("Dynamic partitions are not supported by this partitioner.");
        }

        public override IList<IEnumerator<TSource>> GetPartitions(int partitionCount)
        {
            IList<IEnumerator<KeyValuePair<long, TSource>>> keyed = GetOrderablePartitions(partitionCount);
            List<IEnumerator<TSource>> partitions = new List<IEnumerator<TSource>>(keyed.Count);
            foreach (IEnumerator<KeyValuePair<long, TSource>> e in keyed) partitions.Add(WithoutKeys(e));
            return partitions;
        }

        public override IEnumerable<TSource> GetDynamicPartitions() { return DynamicWithoutKeys(GetOrderableDynamicPartitions()); }

        private static IEnumerator<TSource> WithoutKeys(IEnumerator<KeyValuePair<long, TSource>> keyed)
        {
            using (keyed)
            {
                while (keyed.MoveNext()) yield return keyed.Current.Value;
            }
        }

        private static IEnumerable<TSource> DynamicWithoutKeys(IEnumerable<KeyValuePair<long, TSource>> keyed)
        {
            return new DynamicPartitions<TSource>(keyed);
        }

        // Each GetEnumerator of the keyed source is a new partition; this one drops the keys.
        private sealed class DynamicPartitions<T> : IEnumerable<T>
        {
            private readonly IEnumerable<KeyValuePair<long, T>> m_keyed;

            internal DynamicPartitions(IEnumerable<KeyValuePair<long, T>> keyed) { m_keyed = keyed; }

            public IEnumerator<T> GetEnumerator() { return Values(m_keyed.GetEnumerator()); }

            IEnumerator IEnumerable.GetEnumerator() { return GetEnumerator(); }

            private static IEnumerator<T> Values(IEnumerator<KeyValuePair<long, T>> e)
            {
                using (e)
                {
                    while (e.MoveNext()) yield return e.Current.Value;
                }
            }
        }
    }

    public static class Partitioner
    {
        // Ranges of about a third of the range per processor, as .NET cuts them.
        public static OrderablePartitioner<Tuple<int, int>> Create(int fromInclusive, int toExclusive)
        {
            if (toExclusive <= fromInclusive) throw new ArgumentOutOfRangeException("toExclusive");
            long size = ((long)toExclusive - fromInclusive) / (Environment.ProcessorCount * 3);
            return Create(fromInclusive, toExclusive, (int)Math.Max(1, size));
        }

        public static OrderablePartitioner<Tuple<int, int>> Create(int fromInclusive, int toExclusive, int rangeSize)
        {
            if (toExclusive <= fromInclusive) throw new ArgumentOutOfRangeException("toExclusive");
            if (rangeSize <= 0) throw new ArgumentOutOfRangeException("rangeSize");
            return new SharedSourcePartitioner<Tuple<int, int>>(new IntRanges(fromInclusive, toExclusive, rangeSize).Next, true);
        }

        public static OrderablePartitioner<Tuple<long, long>> Create(long fromInclusive, long toExclusive)
        {
            if (toExclusive <= fromInclusive) throw new ArgumentOutOfRangeException("toExclusive");
            long size = (toExclusive - fromInclusive) / (Environment.ProcessorCount * 3);
            return Create(fromInclusive, toExclusive, Math.Max(1, size));
        }

        public static OrderablePartitioner<Tuple<long, long>> Create(long fromInclusive, long toExclusive, long rangeSize)
        {
            if (toExclusive <= fromInclusive) throw new ArgumentOutOfRangeException("toExclusive");
            if (rangeSize <= 0) throw new ArgumentOutOfRangeException("rangeSize");
            return new SharedSourcePartitioner<Tuple<long, long>>(new LongRanges(fromInclusive, toExclusive, rangeSize).Next, true);
        }

        // loadBalance: partitions take elements as they go; otherwise each gets one contiguous slice.
        public static OrderablePartitioner<TSource> Create<TSource>(IList<TSource> list, bool loadBalance)
        {
            if (list == null) throw new ArgumentNullException("list");
            if (loadBalance) return new SharedSourcePartitioner<TSource>(new ListSource<TSource>(list).Next, true);
            return new StaticListPartitioner<TSource>(list);
        }

        public static OrderablePartitioner<TSource> Create<TSource>(TSource[] array, bool loadBalance)
        {
            if (array == null) throw new ArgumentNullException("array");
            return Create((IList<TSource>)array, loadBalance);
        }

        public static OrderablePartitioner<TSource> Create<TSource>(IEnumerable<TSource> source)
        {
            return Create(source, EnumerablePartitionerOptions.None);
        }

        public static OrderablePartitioner<TSource> Create<TSource>(IEnumerable<TSource> source, EnumerablePartitionerOptions partitionerOptions)
        {
            if (source == null) throw new ArgumentNullException("source");
            if ((partitionerOptions & ~EnumerablePartitionerOptions.NoBuffering) != 0) throw new ArgumentOutOfRangeException("partitionerOptions");
            return new SharedSourcePartitioner<TSource>(new EnumerableSource<TSource>(source).Next, false);
        }

        // ---- the shared sources: each hands out the next element and its index to whichever partition asks ----

        internal delegate bool NextElement<T>(out long key, out T item);

        // Int ranges are long ranges narrowed: every bound lies within [fromInclusive, toExclusive].
        private sealed class IntRanges
        {
            private readonly LongRanges m_ranges;

            internal IntRanges(int from, int to, int size) { m_ranges = new LongRanges(from, to, size); }

            internal bool Next(out long key, out Tuple<int, int> range)
            {
                Tuple<long, long> wide;
                if (!m_ranges.Next(out key, out wide))
                {
                    range = null;
                    return false;
                }
                range = Tuple.Create((int)wide.Item1, (int)wide.Item2);
                return true;
            }
        }

        private sealed class LongRanges
        {
            private readonly long m_from;
            private readonly long m_to;
            private readonly long m_size;
            private long m_index;

            internal LongRanges(long from, long to, long size)
            {
                m_from = from;
                m_to = to;
                m_size = size;
            }

            internal bool Next(out long key, out Tuple<long, long> range)
            {
                long index = Interlocked.Increment(ref m_index) - 1;
                long start = m_from + index * m_size;
                // the last range may end anywhere up to m_to; guard against stepping past long.MaxValue
                if (index > (m_to - m_from - 1) / m_size)
                {
                    key = 0;
                    range = null;
                    return false;
                }
                key = index;
                long end = m_to - start <= m_size ? m_to : start + m_size;
                range = Tuple.Create(start, end);
                return true;
            }
        }

        private sealed class ListSource<T>
        {
            private readonly IList<T> m_list;
            private int m_next;

            internal ListSource(IList<T> list) { m_list = list; }

            internal bool Next(out long key, out T item)
            {
                int index = Interlocked.Increment(ref m_next) - 1;
                if (index >= m_list.Count)
                {
                    key = 0;
                    item = default(T);
                    return false;
                }
                key = index;
                item = m_list[index];
                return true;
            }
        }

        private sealed class EnumerableSource<T>
        {
            private readonly object m_lock = new object();
            private IEnumerator<T> m_source;
            private readonly IEnumerable<T> m_enumerable;
            private long m_index;
            private bool m_done;

            internal EnumerableSource(IEnumerable<T> enumerable) { m_enumerable = enumerable; }

            internal bool Next(out long key, out T item)
            {
                lock (m_lock)
                {
                    if (!m_done)
                    {
                        if (m_source == null) m_source = m_enumerable.GetEnumerator();
                        if (m_source.MoveNext())
                        {
                            key = m_index++;
                            item = m_source.Current;
                            return true;
                        }
                        m_done = true;
                        m_source.Dispose();
                    }
                    key = 0;
                    item = default(T);
                    return false;
                }
            }
        }

        // Partitions that all draw from one source: as many as asked for, and dynamic ones on demand.
        private sealed class SharedSourcePartitioner<T> : OrderablePartitioner<T>
        {
            private readonly NextElement<T> m_next;

            internal SharedSourcePartitioner(NextElement<T> next, bool keysOrderedAcross) : base(true, false, true)
            {
                m_next = next;
            }

            public override bool SupportsDynamicPartitions { get { return true; } }

            public override IList<IEnumerator<KeyValuePair<long, T>>> GetOrderablePartitions(int partitionCount)
            {
                if (partitionCount <= 0) throw new ArgumentOutOfRangeException("partitionCount");
                IEnumerable<KeyValuePair<long, T>> dynamic = GetOrderableDynamicPartitions();
                List<IEnumerator<KeyValuePair<long, T>>> partitions = new List<IEnumerator<KeyValuePair<long, T>>>(partitionCount);
                for (int i = 0; i < partitionCount; i++) partitions.Add(dynamic.GetEnumerator());
                return partitions;
            }

            public override IEnumerable<KeyValuePair<long, T>> GetOrderableDynamicPartitions() { return new Partitions(m_next); }

            private sealed class Partitions : IEnumerable<KeyValuePair<long, T>>
            {
                private readonly NextElement<T> m_next;

                internal Partitions(NextElement<T> next) { m_next = next; }

                public IEnumerator<KeyValuePair<long, T>> GetEnumerator()
                {
                    long key;
                    T item;
                    while (m_next(out key, out item)) yield return new KeyValuePair<long, T>(key, item);
                }

                IEnumerator IEnumerable.GetEnumerator() { return GetEnumerator(); }
            }
        }

        // One contiguous slice of the list per partition, the first ones a little larger when it does not divide.
        private sealed class StaticListPartitioner<T> : OrderablePartitioner<T>
        {
            private readonly IList<T> m_list;

            internal StaticListPartitioner(IList<T> list) : base(true, true, true) { m_list = list; }

            public override IList<IEnumerator<KeyValuePair<long, T>>> GetOrderablePartitions(int partitionCount)
            {
                if (partitionCount <= 0) throw new ArgumentOutOfRangeException("partitionCount");
                int count = m_list.Count;
                List<IEnumerator<KeyValuePair<long, T>>> partitions = new List<IEnumerator<KeyValuePair<long, T>>>(partitionCount);
                int each = count / partitionCount, extra = count % partitionCount, start = 0;
                for (int i = 0; i < partitionCount; i++)
                {
                    int size = each + (i < extra ? 1 : 0);
                    partitions.Add(Slice(m_list, start, start + size));
                    start += size;
                }
                return partitions;
            }

            private static IEnumerator<KeyValuePair<long, T>> Slice(IList<T> list, int from, int to)
            {
                for (int i = from; i < to; i++) yield return new KeyValuePair<long, T>(i, list[i]);
            }
        }
    }
}
