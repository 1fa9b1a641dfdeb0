using System.Collections.Generic;

namespace System.Collections.Concurrent
{
    // An unordered collection. .NET keeps a list per thread and steals from the others; Kiln keeps one list under a
    // short lock and gives items back last-in first-out, which is what a single thread sees from .NET's bag too.
    public class ConcurrentBag<T> : IProducerConsumerCollection<T>, IReadOnlyCollection<T>
    {
        private ShortLock m_lock; // held for a few instructions only: never while calling out
        private T[] m_items = new T[8];
        private volatile int m_count;

        public ConcurrentBag() { }

        public ConcurrentBag(IEnumerable<T> collection)
        {
            if (collection == null) throw new ArgumentNullException("collection");
            foreach (T item in collection) Add(item);
        }

        public int Count { get { return m_count; } }

        public bool IsEmpty { get { return m_count == 0; } }

        public void Add(T item)
        {
            m_lock.Enter();
            try
            {
                if (m_count == m_items.Length)
                {
                    T[] bigger = new T[m_items.Length * 2];
                    Array.Copy(m_items, bigger, m_count);
                    m_items = bigger;
                }
                m_items[m_count] = item;
                m_count++;
            }
            finally { m_lock.Exit(); }
        }

        public bool TryTake(out T result)
        {
            if (m_count == 0)
            {
                result = default(T);
                return false;
            }
            m_lock.Enter();
            try
            {
                if (m_count == 0)
                {
                    result = default(T);
                    return false;
                }
                int last = m_count - 1;
                result = m_items[last];
                m_items[last] = default(T);
                m_count = last;
                return true;
            }
            finally { m_lock.Exit(); }
        }

        public bool TryPeek(out T result)
        {
            m_lock.Enter();
            try
            {
                if (m_count == 0)
                {
                    result = default(T);
                    return false;
                }
                result = m_items[m_count - 1];
                return true;
            }
            finally { m_lock.Exit(); }
        }

        public void Clear()
        {
            m_lock.Enter();
            try
            {
                Array.Clear(m_items, 0, m_count);
                m_count = 0;
            }
            finally { m_lock.Exit(); }
        }

        // In the order TryTake would give the items.
        public T[] ToArray()
        {
            m_lock.Enter();
            try
            {
                T[] copy = new T[m_count];
                for (int i = 0; i < copy.Length; i++) copy[i] = m_items[m_count - 1 - i];
                return copy;
            }
            finally { m_lock.Exit(); }
        }

        public void CopyTo(T[] array, int index) { ConcurrentCollection.CopyTo(ToArray(), array, index); }

        public IEnumerator<T> GetEnumerator() { return ConcurrentCollection.Enumerate(ToArray()); }

        IEnumerator IEnumerable.GetEnumerator() { return GetEnumerator(); }

        bool IProducerConsumerCollection<T>.TryAdd(T item)
        {
            Add(item);
            return true;
        }

        bool ICollection.IsSynchronized { get { return false; } }

        object ICollection.SyncRoot { get { throw ConcurrentCollection.NoSyncRoot(); } }

        void ICollection.CopyTo(Array array, int index) { ConcurrentCollection.CopyTo(ToArray(), array, index); }
    }
}
