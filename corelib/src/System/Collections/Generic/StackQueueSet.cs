namespace System.Collections.Generic
{
    public class Stack<T> : IEnumerable<T>
    {
        private T[] m_items = new T[4];
        private int m_size;

        public Stack() { }
        public Stack(IEnumerable<T> collection) { foreach (T item in collection) Push(item); }

        public int Count { get { return m_size; } }

        public void Push(T item)
        {
            if (m_size == m_items.Length)
            {
                T[] bigger = new T[m_size * 2];
                for (int i = 0; i < m_size; i++) bigger[i] = m_items[i];
                m_items = bigger;
            }
            m_items[m_size++] = item;
        }

        public T Pop()
        {
            if (m_size == 0) throw new InvalidOperationException("Stack empty.");
            T item = m_items[--m_size];
            m_items[m_size] = default(T);
            return item;
        }

        public T Peek()
        {
            if (m_size == 0) throw new InvalidOperationException("Stack empty.");
            return m_items[m_size - 1];
        }

        public bool TryPop(out T result)
        {
            if (m_size == 0) { result = default(T); return false; }
            result = Pop();
            return true;
        }

        public bool TryPeek(out T result)
        {
            if (m_size == 0) { result = default(T); return false; }
            result = m_items[m_size - 1];
            return true;
        }

        public bool Contains(T item)
        {
            EqualityComparer<T> c = EqualityComparer<T>.Default;
            for (int i = 0; i < m_size; i++) if (c.Equals(m_items[i], item)) return true;
            return false;
        }

        public void Clear()
        {
            m_items = new T[4];
            m_size = 0;
        }

        public T[] ToArray()
        {
            T[] result = new T[m_size];
            for (int i = 0; i < m_size; i++) result[i] = m_items[m_size - 1 - i];
            return result;
        }

        public IEnumerator<T> GetEnumerator() { return ((IEnumerable<T>)ToArray()).GetEnumerator(); }
        IEnumerator IEnumerable.GetEnumerator() { return GetEnumerator(); }
    }

    public class Queue<T> : IEnumerable<T>
    {
        private T[] m_items = new T[4];
        private int m_head;
        private int m_size;

        public Queue() { }
        public Queue(IEnumerable<T> collection) { foreach (T item in collection) Enqueue(item); }

        public int Count { get { return m_size; } }

        public void Enqueue(T item)
        {
            if (m_size == m_items.Length)
            {
                T[] bigger = new T[m_size * 2];
                for (int i = 0; i < m_size; i++) bigger[i] = m_items[(m_head + i) % m_items.Length];
                m_items = bigger;
                m_head = 0;
            }
            m_items[(m_head + m_size) % m_items.Length] = item;
            m_size++;
        }

        public T Dequeue()
        {
            if (m_size == 0) throw new InvalidOperationException("Queue empty.");
            T item = m_items[m_head];
            m_items[m_head] = default(T);
            m_head = (m_head + 1) % m_items.Length;
            m_size--;
            return item;
        }

        public T Peek()
        {
            if (m_size == 0) throw new InvalidOperationException("Queue empty.");
            return m_items[m_head];
        }

        public bool TryDequeue(out T result)
        {
            if (m_size == 0) { result = default(T); return false; }
            result = Dequeue();
            return true;
        }

        public bool Contains(T item)
        {
            EqualityComparer<T> c = EqualityComparer<T>.Default;
            for (int i = 0; i < m_size; i++) if (c.Equals(m_items[(m_head + i) % m_items.Length], item)) return true;
            return false;
        }

        public void Clear()
        {
            m_items = new T[4];
            m_head = 0;
            m_size = 0;
        }

        public T[] ToArray()
        {
            T[] result = new T[m_size];
            for (int i = 0; i < m_size; i++) result[i] = m_items[(m_head + i) % m_items.Length];
            return result;
        }

        public IEnumerator<T> GetEnumerator() { return ((IEnumerable<T>)ToArray()).GetEnumerator(); }
        IEnumerator IEnumerable.GetEnumerator() { return GetEnumerator(); }
    }

    public class HashSet<T> : ICollection<T>
    {
        private readonly Dictionary<T, bool> m_items;

        public HashSet() { m_items = new Dictionary<T, bool>(); }
        public HashSet(IEqualityComparer<T> comparer) { m_items = new Dictionary<T, bool>(comparer); }
        public HashSet(IEnumerable<T> collection) : this() { foreach (T item in collection) Add(item); }

        public int Count { get { return m_items.Count; } }
        public bool IsReadOnly { get { return false; } }

        public bool Add(T item) { return m_items.TryAdd(item, true); }
        void ICollection<T>.Add(T item) { Add(item); }
        public bool Contains(T item) { return m_items.ContainsKey(item); }
        public bool Remove(T item) { return m_items.Remove(item); }
        public void Clear() { m_items.Clear(); }

        public void CopyTo(T[] array, int arrayIndex)
        {
            foreach (T item in this) array[arrayIndex++] = item;
        }

        public void UnionWith(IEnumerable<T> other) { foreach (T item in other) Add(item); }

        public void IntersectWith(IEnumerable<T> other)
        {
            HashSet<T> keep = new HashSet<T>(other);
            List<T> drop = new List<T>();
            foreach (T item in this) if (!keep.Contains(item)) drop.Add(item);
            foreach (T item in drop) Remove(item);
        }

        public void ExceptWith(IEnumerable<T> other) { foreach (T item in other) Remove(item); }

        public bool SetEquals(IEnumerable<T> other)
        {
            HashSet<T> o = new HashSet<T>(other);
            if (o.Count != Count) return false;
            foreach (T item in this) if (!o.Contains(item)) return false;
            return true;
        }

        public bool IsSubsetOf(IEnumerable<T> other)
        {
            HashSet<T> o = new HashSet<T>(other);
            foreach (T item in this) if (!o.Contains(item)) return false;
            return true;
        }

        public bool IsSupersetOf(IEnumerable<T> other)
        {
            foreach (T item in other) if (!Contains(item)) return false;
            return true;
        }

        public bool Overlaps(IEnumerable<T> other)
        {
            foreach (T item in other) if (Contains(item)) return true;
            return false;
        }

        public IEnumerator<T> GetEnumerator() { return m_items.Keys.GetEnumerator(); }
        IEnumerator IEnumerable.GetEnumerator() { return GetEnumerator(); }
    }
}
