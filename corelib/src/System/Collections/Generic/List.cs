namespace System.Collections.Generic
{
    public class List<T> : IList<T>, IReadOnlyList<T>
    {
        private T[] m_items;
        private int m_size;
        private int m_version;

        public List() { m_items = new T[0]; }

        public List(int capacity)
        {
            if (capacity < 0) throw new ArgumentOutOfRangeException("capacity");
            m_items = new T[capacity];
        }

        public List(IEnumerable<T> collection)
        {
            if (collection == null) throw new ArgumentNullException("collection");
            m_items = new T[0];
            foreach (T item in collection) Add(item);
        }

        public int Count { get { return m_size; } }
        public int Capacity { get { return m_items.Length; } }
        public bool IsReadOnly { get { return false; } }

        public T this[int index]
        {
            get
            {
                if ((uint)index >= (uint)m_size) throw new ArgumentOutOfRangeException("index");
                return m_items[index];
            }
            set
            {
                if ((uint)index >= (uint)m_size) throw new ArgumentOutOfRangeException("index");
                m_items[index] = value;
                m_version++;
            }
        }

        private void Grow(int min)
        {
            int capacity = m_items.Length == 0 ? 4 : m_items.Length * 2;
            if (capacity < min) capacity = min;
            T[] bigger = new T[capacity];
            for (int i = 0; i < m_size; i++) bigger[i] = m_items[i];
            m_items = bigger;
        }

        public void Add(T item)
        {
            if (m_size == m_items.Length) Grow(m_size + 1);
            m_items[m_size++] = item;
            m_version++;
        }

        public void AddRange(IEnumerable<T> collection)
        {
            foreach (T item in collection) Add(item);
        }

        public void Clear()
        {
            for (int i = 0; i < m_size; i++) m_items[i] = default(T);
            m_size = 0;
            m_version++;
        }

        public bool Contains(T item) { return IndexOf(item) >= 0; }

        public int IndexOf(T item)
        {
            EqualityComparer<T> c = EqualityComparer<T>.Default;
            for (int i = 0; i < m_size; i++) if (c.Equals(m_items[i], item)) return i;
            return -1;
        }

        public int LastIndexOf(T item)
        {
            EqualityComparer<T> c = EqualityComparer<T>.Default;
            for (int i = m_size - 1; i >= 0; i--) if (c.Equals(m_items[i], item)) return i;
            return -1;
        }

        public void Insert(int index, T item)
        {
            if ((uint)index > (uint)m_size) throw new ArgumentOutOfRangeException("index");
            if (m_size == m_items.Length) Grow(m_size + 1);
            for (int i = m_size; i > index; i--) m_items[i] = m_items[i - 1];
            m_items[index] = item;
            m_size++;
            m_version++;
        }

        public void InsertRange(int index, IEnumerable<T> collection)
        {
            if (collection == null) throw new ArgumentNullException("collection");
            if ((uint)index > (uint)m_size) throw new ArgumentOutOfRangeException("index");
            List<T> items = new List<T>();
            foreach (T item in collection) items.Add(item);
            int n = items.Count;
            if (m_size + n > m_items.Length) Grow(m_size + n);
            for (int i = m_size - 1; i >= index; i--) m_items[i + n] = m_items[i];
            for (int i = 0; i < n; i++) m_items[index + i] = items.m_items[i];
            m_size += n;
            m_version++;
        }

        public bool Remove(T item)
        {
            int index = IndexOf(item);
            if (index < 0) return false;
            RemoveAt(index);
            return true;
        }

        public void RemoveAt(int index)
        {
            if ((uint)index >= (uint)m_size) throw new ArgumentOutOfRangeException("index");
            m_size--;
            for (int i = index; i < m_size; i++) m_items[i] = m_items[i + 1];
            m_items[m_size] = default(T);
            m_version++;
        }

        public int RemoveAll(Predicate<T> match)
        {
            int kept = 0;
            for (int i = 0; i < m_size; i++)
            {
                if (!match(m_items[i])) m_items[kept++] = m_items[i];
            }
            int removed = m_size - kept;
            for (int i = kept; i < m_size; i++) m_items[i] = default(T);
            m_size = kept;
            m_version++;
            return removed;
        }

        public void RemoveRange(int index, int count)
        {
            if (index < 0 || count < 0 || index > m_size - count) throw new ArgumentOutOfRangeException("index");
            for (int i = index; i < m_size - count; i++) m_items[i] = m_items[i + count];
            for (int i = m_size - count; i < m_size; i++) m_items[i] = default(T);
            m_size -= count;
            m_version++;
        }

        public T Find(Predicate<T> match)
        {
            for (int i = 0; i < m_size; i++) if (match(m_items[i])) return m_items[i];
            return default(T);
        }

        public int FindIndex(Predicate<T> match)
        {
            for (int i = 0; i < m_size; i++) if (match(m_items[i])) return i;
            return -1;
        }

        public List<T> FindAll(Predicate<T> match)
        {
            List<T> result = new List<T>();
            for (int i = 0; i < m_size; i++) if (match(m_items[i])) result.Add(m_items[i]);
            return result;
        }

        public bool Exists(Predicate<T> match) { return FindIndex(match) >= 0; }

        public bool TrueForAll(Predicate<T> match)
        {
            for (int i = 0; i < m_size; i++) if (!match(m_items[i])) return false;
            return true;
        }

        public void ForEach(Action<T> action)
        {
            int version = m_version;
            for (int i = 0; i < m_size; i++)
            {
                if (version != m_version) throw new InvalidOperationException("Collection was modified; enumeration operation may not execute.");
                action(m_items[i]);
            }
        }

        public List<TOutput> ConvertAll<TOutput>(Converter<T, TOutput> converter)
        {
            List<TOutput> result = new List<TOutput>(m_size);
            for (int i = 0; i < m_size; i++) result.Add(converter(m_items[i]));
            return result;
        }

        public List<T> GetRange(int index, int count)
        {
            if (index < 0 || count < 0 || index > m_size - count) throw new ArgumentOutOfRangeException("index");
            List<T> result = new List<T>(count);
            for (int i = 0; i < count; i++) result.Add(m_items[index + i]);
            return result;
        }

        public T[] ToArray()
        {
            T[] result = new T[m_size];
            for (int i = 0; i < m_size; i++) result[i] = m_items[i];
            return result;
        }

        public void CopyTo(T[] array, int arrayIndex)
        {
            for (int i = 0; i < m_size; i++) array[arrayIndex + i] = m_items[i];
        }

        public void Reverse()
        {
            for (int i = 0, j = m_size - 1; i < j; i++, j--)
            {
                T t = m_items[i];
                m_items[i] = m_items[j];
                m_items[j] = t;
            }
            m_version++;
        }

        public void Sort() { Sort(Comparer<T>.Default); }

        public void Sort(Comparison<T> comparison) { Sort(Comparer<T>.Create(comparison)); }

        // A stable merge sort (List.Sort is unstable in .NET, but a stable order is one of the orders it may give).
        public void Sort(IComparer<T> comparer)
        {
            if (comparer == null) comparer = Comparer<T>.Default;
            T[] buffer = new T[m_size];
            MergeSort(m_items, buffer, 0, m_size, comparer);
            m_version++;
        }

        private static void MergeSort(T[] items, T[] buffer, int start, int end, IComparer<T> comparer)
        {
            if (end - start < 2) return;
            int mid = (start + end) / 2;
            MergeSort(items, buffer, start, mid, comparer);
            MergeSort(items, buffer, mid, end, comparer);
            int i = start, j = mid, k = start;
            while (i < mid && j < end) buffer[k++] = comparer.Compare(items[j], items[i]) < 0 ? items[j++] : items[i++];
            while (i < mid) buffer[k++] = items[i++];
            while (j < end) buffer[k++] = items[j++];
            for (int x = start; x < end; x++) items[x] = buffer[x];
        }

        public int BinarySearch(T item)
        {
            Comparer<T> c = Comparer<T>.Default;
            int lo = 0, hi = m_size - 1;
            while (lo <= hi)
            {
                int mid = lo + (hi - lo) / 2;
                int order = c.Compare(m_items[mid], item);
                if (order == 0) return mid;
                if (order < 0) lo = mid + 1; else hi = mid - 1;
            }
            return ~lo;
        }

        public Enumerator GetEnumerator() { return new Enumerator(this); }

        IEnumerator<T> IEnumerable<T>.GetEnumerator() { return new Enumerator(this); }

        IEnumerator IEnumerable.GetEnumerator() { return new Enumerator(this); }

        public struct Enumerator : IEnumerator<T>
        {
            private readonly List<T> m_list;
            private readonly int m_version;
            private int m_index;
            private T m_current;

            internal Enumerator(List<T> list)
            {
                m_list = list;
                m_version = list.m_version;
                m_index = 0;
                m_current = default(T);
            }

            public bool MoveNext()
            {
                if (m_version != m_list.m_version) throw new InvalidOperationException("Collection was modified; enumeration operation may not execute.");
                if (m_index < m_list.m_size)
                {
                    m_current = m_list.m_items[m_index++];
                    return true;
                }
                m_current = default(T);
                return false;
            }

            public T Current { get { return m_current; } }

            object IEnumerator.Current { get { return m_current; } }

            public void Reset()
            {
                m_index = 0;
                m_current = default(T);
            }

            public void Dispose() { }
        }
    }
}
