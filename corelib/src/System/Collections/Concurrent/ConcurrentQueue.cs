using System.Collections.Generic;

namespace System.Collections.Concurrent
{
    // A first-in first-out queue for many producers and consumers: a ring buffer under one short lock. Enumeration
    // and ToArray work on a snapshot, so they see the queue as it was at one moment.
    public class ConcurrentQueue<T> : IProducerConsumerCollection<T>, IReadOnlyCollection<T>
    {
        private ShortLock m_lock; // held for a few instructions only: never while calling out
        private T[] m_items;
        private int m_head;
        private volatile int m_count;

        public ConcurrentQueue() { m_items = new T[8]; }

        public ConcurrentQueue(IEnumerable<T> collection)
        {
            if (collection == null) throw new ArgumentNullException("collection");
            m_items = new T[8];
            foreach (T item in collection) Enqueue(item);
        }

        public int Count { get { return m_count; } }

        public bool IsEmpty { get { return m_count == 0; } }

        public void Enqueue(T item)
        {
            m_lock.Enter();
            try
            {
                if (m_count == m_items.Length) Grow();
                int tail = m_head + m_count;
                if (tail >= m_items.Length) tail -= m_items.Length;
                m_items[tail] = item;
                m_count++;
            }
            finally { m_lock.Exit(); }
        }

        private void Grow()
        {
            T[] bigger = new T[m_items.Length * 2];
            for (int i = 0; i < m_count; i++) bigger[i] = m_items[(m_head + i) % m_items.Length];
            m_items = bigger;
            m_head = 0;
        }

        public bool TryDequeue(out T result)
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
                result = m_items[m_head];
                m_items[m_head] = default(T);
                m_head++;
                if (m_head == m_items.Length) m_head = 0;
                m_count--;
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
                result = m_items[m_head];
                return true;
            }
            finally { m_lock.Exit(); }
        }

        public void Clear()
        {
            m_lock.Enter();
            try
            {
                Array.Clear(m_items, 0, m_items.Length);
                m_head = 0;
                m_count = 0;
            }
            finally { m_lock.Exit(); }
        }

        public T[] ToArray()
        {
            m_lock.Enter();
            try
            {
                T[] copy = new T[m_count];
                for (int i = 0; i < copy.Length; i++)
                {
                    int at = m_head + i;
                    if (at >= m_items.Length) at -= m_items.Length;
                    copy[i] = m_items[at];
                }
                return copy;
            }
            finally { m_lock.Exit(); }
        }

        public void CopyTo(T[] array, int index) { ConcurrentCollection.CopyTo(ToArray(), array, index); }

        public IEnumerator<T> GetEnumerator() { return ConcurrentCollection.Enumerate(ToArray()); }

        IEnumerator IEnumerable.GetEnumerator() { return GetEnumerator(); }

        bool IProducerConsumerCollection<T>.TryAdd(T item)
        {
            Enqueue(item);
            return true;
        }

        bool IProducerConsumerCollection<T>.TryTake(out T item) { return TryDequeue(out item); }

        bool ICollection.IsSynchronized { get { return false; } }

        object ICollection.SyncRoot { get { throw ConcurrentCollection.NoSyncRoot(); } }

        void ICollection.CopyTo(Array array, int index) { ConcurrentCollection.CopyTo(ToArray(), array, index); }
    }
}
