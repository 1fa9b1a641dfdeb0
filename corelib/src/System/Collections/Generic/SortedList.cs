namespace System.Collections.Generic
{
    // Keys and values in two parallel arrays kept in key order; lookups are binary searches. Capacity grows as in
    // .NET (0, 4, then doubling), and every change, including setting a value, bumps the version.
    public class SortedList<TKey, TValue> : IDictionary<TKey, TValue>, IReadOnlyDictionary<TKey, TValue>
    {
        private TKey[] m_keys;
        private TValue[] m_values;
        private int m_size;
        private int m_version;
        private readonly IComparer<TKey> m_comparer;
        private KeyList m_keyList;
        private ValueList m_valueList;

        public SortedList() : this(0, null) { }
        public SortedList(int capacity) : this(capacity, null) { }
        public SortedList(IComparer<TKey> comparer) : this(0, comparer) { }

        public SortedList(int capacity, IComparer<TKey> comparer)
        {
            if (capacity < 0) throw new ArgumentOutOfRangeException("capacity", capacity, "Non-negative number required.");
            m_comparer = comparer ?? Comparer<TKey>.Default;
            m_keys = new TKey[capacity];
            m_values = new TValue[capacity];
        }

        public SortedList(IDictionary<TKey, TValue> dictionary) : this(dictionary, null) { }

        public SortedList(IDictionary<TKey, TValue> dictionary, IComparer<TKey> comparer)
            : this(dictionary == null ? 0 : dictionary.Count, comparer)
        {
            if (dictionary == null) throw new ArgumentNullException("dictionary");
            foreach (KeyValuePair<TKey, TValue> pair in dictionary)
            {
                int i = Search(pair.Key);
                if (i >= 0) throw CollectionErrors.DuplicateKey(pair.Key);
                Insert(~i, pair.Key, pair.Value);
            }
        }

        public IComparer<TKey> Comparer { get { return m_comparer; } }
        public int Count { get { return m_size; } }
        bool ICollection<KeyValuePair<TKey, TValue>>.IsReadOnly { get { return false; } }

        public int Capacity
        {
            get { return m_keys.Length; }
            set
            {
                if (value == m_keys.Length) return;
                if (value < m_size) throw new ArgumentOutOfRangeException("value", value, "capacity was less than the current size.");
                TKey[] keys = new TKey[value];
                TValue[] values = new TValue[value];
                if (m_size > 0)
                {
                    Array.Copy(m_keys, 0, keys, 0, m_size);
                    Array.Copy(m_values, 0, values, 0, m_size);
                }
                m_keys = keys;
                m_values = values;
            }
        }

        public void TrimExcess()
        {
            if (m_size < (int)(m_keys.Length * 0.9)) Capacity = m_size;
        }

        private int Search(TKey key) { return SortedSearch.BinarySearch(m_keys, 0, m_size, key, m_comparer); }

        private void Insert(int index, TKey key, TValue value)
        {
            if (m_size == m_keys.Length)
            {
                int capacity = m_keys.Length == 0 ? 4 : m_keys.Length * 2;
                Capacity = capacity;
            }
            if (index < m_size)
            {
                Array.Copy(m_keys, index, m_keys, index + 1, m_size - index);
                Array.Copy(m_values, index, m_values, index + 1, m_size - index);
            }
            m_keys[index] = key;
            m_values[index] = value;
            m_size++;
            m_version++;
        }

        public void Add(TKey key, TValue value)
        {
            if (key == null) throw new ArgumentNullException("key");
            int i = Search(key);
            if (i >= 0) throw new ArgumentException("An item with the same key has already been added. Key: " + key, "key");
            Insert(~i, key, value);
        }

        public TValue this[TKey key]
        {
            get
            {
                int i = IndexOfKey(key);
                if (i < 0) throw CollectionErrors.KeyNotFound(key);
                return m_values[i];
            }
            set
            {
                if (key == null) throw new ArgumentNullException("key");
                int i = Search(key);
                if (i >= 0)
                {
                    m_values[i] = value;
                    m_version++;
                    return;
                }
                Insert(~i, key, value);
            }
        }

        public int IndexOfKey(TKey key)
        {
            if (key == null) throw new ArgumentNullException("key");
            int i = Search(key);
            return i >= 0 ? i : -1;
        }

        public int IndexOfValue(TValue value)
        {
            EqualityComparer<TValue> c = EqualityComparer<TValue>.Default;
            for (int i = 0; i < m_size; i++) if (c.Equals(m_values[i], value)) return i;
            return -1;
        }

        public bool ContainsKey(TKey key) { return IndexOfKey(key) >= 0; }

        public bool ContainsValue(TValue value) { return IndexOfValue(value) >= 0; }

        public bool TryGetValue(TKey key, out TValue value)
        {
            int i = IndexOfKey(key);
            value = i >= 0 ? m_values[i] : default(TValue);
            return i >= 0;
        }

        private void CheckIndex(int index)
        {
            if ((uint)index >= (uint)m_size)
                throw new ArgumentOutOfRangeException("index", index, "Index was out of range. Must be non-negative and less than the size of the collection.");
        }

        public TKey GetKeyAtIndex(int index)
        {
            CheckIndex(index);
            return m_keys[index];
        }

        public TValue GetValueAtIndex(int index)
        {
            CheckIndex(index);
            return m_values[index];
        }

        public void SetValueAtIndex(int index, TValue value)
        {
            CheckIndex(index);
            m_values[index] = value;
            m_version++;
        }

        public void RemoveAt(int index)
        {
            CheckIndex(index);
            m_size--;
            if (index < m_size)
            {
                Array.Copy(m_keys, index + 1, m_keys, index, m_size - index);
                Array.Copy(m_values, index + 1, m_values, index, m_size - index);
            }
            m_keys[m_size] = default(TKey);
            m_values[m_size] = default(TValue);
            m_version++;
        }

        public bool Remove(TKey key)
        {
            int i = IndexOfKey(key);
            if (i >= 0) RemoveAt(i);
            return i >= 0;
        }

        public void Clear()
        {
            m_version++;
            Array.Clear(m_keys, 0, m_size);
            Array.Clear(m_values, 0, m_size);
            m_size = 0;
        }

        void ICollection<KeyValuePair<TKey, TValue>>.Add(KeyValuePair<TKey, TValue> item) { Add(item.Key, item.Value); }

        bool ICollection<KeyValuePair<TKey, TValue>>.Contains(KeyValuePair<TKey, TValue> item)
        {
            int i = IndexOfKey(item.Key);
            return i >= 0 && EqualityComparer<TValue>.Default.Equals(m_values[i], item.Value);
        }

        bool ICollection<KeyValuePair<TKey, TValue>>.Remove(KeyValuePair<TKey, TValue> item)
        {
            int i = IndexOfKey(item.Key);
            if (i < 0 || !EqualityComparer<TValue>.Default.Equals(m_values[i], item.Value)) return false;
            RemoveAt(i);
            return true;
        }

        void ICollection<KeyValuePair<TKey, TValue>>.CopyTo(KeyValuePair<TKey, TValue>[] array, int arrayIndex)
        {
            CollectionErrors.CheckCopyTo(array, arrayIndex, m_size);
            for (int i = 0; i < m_size; i++) array[arrayIndex + i] = new KeyValuePair<TKey, TValue>(m_keys[i], m_values[i]);
        }

        public IList<TKey> Keys
        {
            get
            {
                if (m_keyList == null) m_keyList = new KeyList(this);
                return m_keyList;
            }
        }

        public IList<TValue> Values
        {
            get
            {
                if (m_valueList == null) m_valueList = new ValueList(this);
                return m_valueList;
            }
        }

        ICollection<TKey> IDictionary<TKey, TValue>.Keys { get { return Keys; } }
        ICollection<TValue> IDictionary<TKey, TValue>.Values { get { return Values; } }
        IEnumerable<TKey> IReadOnlyDictionary<TKey, TValue>.Keys { get { return Keys; } }
        IEnumerable<TValue> IReadOnlyDictionary<TKey, TValue>.Values { get { return Values; } }

        public IEnumerator<KeyValuePair<TKey, TValue>> GetEnumerator() { return new PairEnumerator(this); }
        IEnumerator IEnumerable.GetEnumerator() { return new PairEnumerator(this); }

        // Walks indexes 0..Count-1; the subclasses say what Current is.
        private abstract class IndexEnumerator
        {
            protected readonly SortedList<TKey, TValue> m_list;
            private readonly int m_version;
            protected int m_index;   // 0 before the start; the current item is m_index - 1; -1 after the end

            protected IndexEnumerator(SortedList<TKey, TValue> list)
            {
                m_list = list;
                m_version = list.m_version;
            }

            public bool MoveNext()
            {
                if (m_version != m_list.m_version) throw CollectionErrors.VersionChanged();
                if (m_index >= 0 && m_index < m_list.m_size)
                {
                    m_index++;
                    return true;
                }
                m_index = -1;
                return false;
            }

            protected void CheckRunning()
            {
                if (m_index <= 0) throw CollectionErrors.EnumerationNotRunning();
            }

            public void Reset()
            {
                if (m_version != m_list.m_version) throw CollectionErrors.VersionChanged();
                m_index = 0;
            }

            public void Dispose() { }
        }

        private sealed class PairEnumerator : IndexEnumerator, IEnumerator<KeyValuePair<TKey, TValue>>
        {
            internal PairEnumerator(SortedList<TKey, TValue> list) : base(list) { }

            public KeyValuePair<TKey, TValue> Current
            {
                get
                {
                    if (m_index <= 0) return default(KeyValuePair<TKey, TValue>);
                    return new KeyValuePair<TKey, TValue>(m_list.m_keys[m_index - 1], m_list.m_values[m_index - 1]);
                }
            }

            object IEnumerator.Current
            {
                get
                {
                    CheckRunning();
                    return Current;
                }
            }
        }

        private sealed class KeyEnumerator : IndexEnumerator, IEnumerator<TKey>
        {
            internal KeyEnumerator(SortedList<TKey, TValue> list) : base(list) { }

            public TKey Current { get { return m_index <= 0 ? default(TKey) : m_list.m_keys[m_index - 1]; } }

            object IEnumerator.Current
            {
                get
                {
                    CheckRunning();
                    return Current;
                }
            }
        }

        private sealed class ValueEnumerator : IndexEnumerator, IEnumerator<TValue>
        {
            internal ValueEnumerator(SortedList<TKey, TValue> list) : base(list) { }

            public TValue Current { get { return m_index <= 0 ? default(TValue) : m_list.m_values[m_index - 1]; } }

            object IEnumerator.Current
            {
                get
                {
                    CheckRunning();
                    return Current;
                }
            }
        }

        private static NotSupportedException NestedWrite()
        {
            return new NotSupportedException("This operation is not supported on SortedList nested types because they require modifying the original SortedList.");
        }

        // The keys as a read-only list; IndexOf is a binary search.
        private sealed class KeyList : IList<TKey>, IReadOnlyList<TKey>
        {
            private readonly SortedList<TKey, TValue> m_list;

            internal KeyList(SortedList<TKey, TValue> list) { m_list = list; }

            public int Count { get { return m_list.m_size; } }
            public bool IsReadOnly { get { return true; } }

            public TKey this[int index]
            {
                get { return m_list.GetKeyAtIndex(index); }
                set { throw NestedWrite(); }
            }

            public int IndexOf(TKey key)
            {
                if (key == null) throw new ArgumentNullException("key");
                int i = m_list.Search(key);
                return i >= 0 ? i : -1;
            }

            public bool Contains(TKey key) { return m_list.ContainsKey(key); }

            public void CopyTo(TKey[] array, int arrayIndex)
            {
                CollectionErrors.CheckCopyTo(array, arrayIndex, m_list.m_size);
                Array.Copy(m_list.m_keys, 0, array, arrayIndex, m_list.m_size);
            }

            public void Add(TKey key) { throw NestedWrite(); }
            public void Clear() { throw NestedWrite(); }
            public void Insert(int index, TKey value) { throw NestedWrite(); }
            public bool Remove(TKey key) { throw NestedWrite(); }
            public void RemoveAt(int index) { throw NestedWrite(); }

            public IEnumerator<TKey> GetEnumerator() { return new KeyEnumerator(m_list); }
            IEnumerator IEnumerable.GetEnumerator() { return new KeyEnumerator(m_list); }
        }

        private sealed class ValueList : IList<TValue>, IReadOnlyList<TValue>
        {
            private readonly SortedList<TKey, TValue> m_list;

            internal ValueList(SortedList<TKey, TValue> list) { m_list = list; }

            public int Count { get { return m_list.m_size; } }
            public bool IsReadOnly { get { return true; } }

            public TValue this[int index]
            {
                get { return m_list.GetValueAtIndex(index); }
                set { throw NestedWrite(); }
            }

            public int IndexOf(TValue value) { return m_list.IndexOfValue(value); }

            public bool Contains(TValue value) { return m_list.ContainsValue(value); }

            public void CopyTo(TValue[] array, int arrayIndex)
            {
                CollectionErrors.CheckCopyTo(array, arrayIndex, m_list.m_size);
                Array.Copy(m_list.m_values, 0, array, arrayIndex, m_list.m_size);
            }

            public void Add(TValue value) { throw NestedWrite(); }
            public void Clear() { throw NestedWrite(); }
            public void Insert(int index, TValue value) { throw NestedWrite(); }
            public bool Remove(TValue value) { throw NestedWrite(); }
            public void RemoveAt(int index) { throw NestedWrite(); }

            public IEnumerator<TValue> GetEnumerator() { return new ValueEnumerator(m_list); }
            IEnumerator IEnumerable.GetEnumerator() { return new ValueEnumerator(m_list); }
        }
    }
}
