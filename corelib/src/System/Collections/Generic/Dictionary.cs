namespace System.Collections.Generic
{
    // Separate chaining over arrays; entries keep insertion order until a removal frees a slot, as .NET's does.
    public class Dictionary<TKey, TValue> : IDictionary<TKey, TValue>
    {
        private int[] m_buckets;      // 1-based index into entries, 0 = empty
        private int[] m_next;         // 1-based chain links
        private int[] m_hashes;
        private TKey[] m_keys;
        private TValue[] m_values;
        private int m_count;          // entries used (including freed)
        private int m_freeList;       // 1-based, 0 = none
        private int m_freeCount;
        private int m_version;
        private readonly IEqualityComparer<TKey> m_comparer;

        public Dictionary() : this(0, null) { }
        public Dictionary(int capacity) : this(capacity, null) { }
        public Dictionary(IEqualityComparer<TKey> comparer) : this(0, comparer) { }

        public Dictionary(int capacity, IEqualityComparer<TKey> comparer)
        {
            if (capacity < 0) throw new ArgumentOutOfRangeException("capacity");
            m_comparer = comparer ?? EqualityComparer<TKey>.Default;
            Allocate(capacity < 3 ? 3 : capacity);
        }

        private void Allocate(int size)
        {
            m_buckets = new int[size];
            m_next = new int[size];
            m_hashes = new int[size];
            m_keys = new TKey[size];
            m_values = new TValue[size];
        }

        public int Count { get { return m_count - m_freeCount; } }
        public bool IsReadOnly { get { return false; } }

        private int Hash(TKey key) { return m_comparer.GetHashCode(key) & 0x7FFFFFFF; }

        private int Find(TKey key)
        {
            if (key == null) throw new ArgumentNullException("key");
            int hash = Hash(key);
            for (int i = m_buckets[hash % m_buckets.Length]; i != 0; i = m_next[i - 1])
            {
                if (m_hashes[i - 1] == hash && m_comparer.Equals(m_keys[i - 1], key)) return i - 1;
            }
            return -1;
        }

        public TValue this[TKey key]
        {
            get
            {
                int i = Find(key);
                if (i < 0) throw new KeyNotFoundException("The given key '" + key + "' was not present in the dictionary.");
                return m_values[i];
            }
            set { Insert(key, value, false); }
        }

        public void Add(TKey key, TValue value) { Insert(key, value, true); }

        public bool TryAdd(TKey key, TValue value)
        {
            if (Find(key) >= 0) return false;
            Insert(key, value, true);
            return true;
        }

        private void Insert(TKey key, TValue value, bool add)
        {
            int existing = Find(key);
            if (existing >= 0)
            {
                if (add) throw new ArgumentException("An item with the same key has already been added. Key: " + key);
                m_values[existing] = value;
                m_version++;
                return;
            }
            int index;
            if (m_freeCount > 0)
            {
                index = m_freeList - 1;
                m_freeList = m_next[index];
                m_freeCount--;
            }
            else
            {
                if (m_count == m_keys.Length) Resize();
                index = m_count++;
            }
            int hash = Hash(key);
            int bucket = hash % m_buckets.Length;
            m_hashes[index] = hash;
            m_keys[index] = key;
            m_values[index] = value;
            m_next[index] = m_buckets[bucket];
            m_buckets[bucket] = index + 1;
            m_version++;
        }

        private void Resize()
        {
            int size = m_keys.Length * 2 + 1;
            int[] hashes = m_hashes;
            TKey[] keys = m_keys;
            TValue[] values = m_values;
            int[] next = m_next;
            Allocate(size);
            for (int i = 0; i < m_count; i++)
            {
                m_hashes[i] = hashes[i];
                m_keys[i] = keys[i];
                m_values[i] = values[i];
                m_next[i] = next[i];
            }
            for (int i = 0; i < m_count; i++)
            {
                if (m_hashes[i] < 0) continue; // freed slot
                int bucket = m_hashes[i] % size;
                m_next[i] = m_buckets[bucket];
                m_buckets[bucket] = i + 1;
            }
        }

        public bool TryGetValue(TKey key, out TValue value)
        {
            int i = Find(key);
            if (i < 0)
            {
                value = default(TValue);
                return false;
            }
            value = m_values[i];
            return true;
        }

        public bool ContainsKey(TKey key) { return Find(key) >= 0; }

        public bool ContainsValue(TValue value)
        {
            EqualityComparer<TValue> c = EqualityComparer<TValue>.Default;
            for (int i = 0; i < m_count; i++) if (m_hashes[i] >= 0 && c.Equals(m_values[i], value)) return true;
            return false;
        }

        public bool Remove(TKey key)
        {
            if (key == null) throw new ArgumentNullException("key");
            int hash = Hash(key);
            int bucket = hash % m_buckets.Length;
            int previous = -1;
            for (int i = m_buckets[bucket]; i != 0; i = m_next[i - 1])
            {
                int at = i - 1;
                if (m_hashes[at] == hash && m_comparer.Equals(m_keys[at], key))
                {
                    if (previous < 0) m_buckets[bucket] = m_next[at]; else m_next[previous] = m_next[at];
                    m_hashes[at] = -1;
                    m_keys[at] = default(TKey);
                    m_values[at] = default(TValue);
                    m_next[at] = m_freeList;
                    m_freeList = at + 1;
                    m_freeCount++;
                    m_version++;
                    return true;
                }
                previous = at;
            }
            return false;
        }

        public void Clear()
        {
            Allocate(m_keys.Length);
            m_count = 0;
            m_freeList = 0;
            m_freeCount = 0;
            m_version++;
        }

        void ICollection<KeyValuePair<TKey, TValue>>.Add(KeyValuePair<TKey, TValue> item) { Add(item.Key, item.Value); }

        bool ICollection<KeyValuePair<TKey, TValue>>.Contains(KeyValuePair<TKey, TValue> item)
        {
            int i = Find(item.Key);
            return i >= 0 && EqualityComparer<TValue>.Default.Equals(m_values[i], item.Value);
        }

        bool ICollection<KeyValuePair<TKey, TValue>>.Remove(KeyValuePair<TKey, TValue> item) { return Remove(item.Key); }

        public void CopyTo(KeyValuePair<TKey, TValue>[] array, int arrayIndex)
        {
            foreach (KeyValuePair<TKey, TValue> pair in this) array[arrayIndex++] = pair;
        }

        public KeyCollection Keys { get { return new KeyCollection(this); } }
        public ValueCollection Values { get { return new ValueCollection(this); } }

        public Enumerator GetEnumerator() { return new Enumerator(this); }

        IEnumerator<KeyValuePair<TKey, TValue>> IEnumerable<KeyValuePair<TKey, TValue>>.GetEnumerator() { return new Enumerator(this); }

        IEnumerator IEnumerable.GetEnumerator() { return new Enumerator(this); }

        public struct Enumerator : IEnumerator<KeyValuePair<TKey, TValue>>
        {
            private readonly Dictionary<TKey, TValue> m_dictionary;
            private readonly int m_version;
            private int m_index;
            private KeyValuePair<TKey, TValue> m_current;

            internal Enumerator(Dictionary<TKey, TValue> dictionary)
            {
                m_dictionary = dictionary;
                m_version = dictionary.m_version;
                m_index = 0;
                m_current = default(KeyValuePair<TKey, TValue>);
            }

            public bool MoveNext()
            {
                if (m_version != m_dictionary.m_version) throw new InvalidOperationException("Collection was modified; enumeration operation may not execute.");
                while (m_index < m_dictionary.m_count)
                {
                    int i = m_index++;
                    if (m_dictionary.m_hashes[i] >= 0)
                    {
                        m_current = new KeyValuePair<TKey, TValue>(m_dictionary.m_keys[i], m_dictionary.m_values[i]);
                        return true;
                    }
                }
                return false;
            }

            public KeyValuePair<TKey, TValue> Current { get { return m_current; } }
            object IEnumerator.Current { get { return m_current; } }
            public void Reset() { m_index = 0; }
            public void Dispose() { }
        }

        public sealed class KeyCollection : IEnumerable<TKey>
        {
            private readonly Dictionary<TKey, TValue> m_dictionary;
            internal KeyCollection(Dictionary<TKey, TValue> dictionary) { m_dictionary = dictionary; }
            public int Count { get { return m_dictionary.Count; } }

            public IEnumerator<TKey> GetEnumerator()
            {
                List<TKey> keys = new List<TKey>(m_dictionary.Count);
                foreach (KeyValuePair<TKey, TValue> pair in m_dictionary) keys.Add(pair.Key);
                return keys.GetEnumerator();
            }

            IEnumerator IEnumerable.GetEnumerator() { return GetEnumerator(); }
        }

        public sealed class ValueCollection : IEnumerable<TValue>
        {
            private readonly Dictionary<TKey, TValue> m_dictionary;
            internal ValueCollection(Dictionary<TKey, TValue> dictionary) { m_dictionary = dictionary; }
            public int Count { get { return m_dictionary.Count; } }

            public IEnumerator<TValue> GetEnumerator()
            {
                List<TValue> values = new List<TValue>(m_dictionary.Count);
                foreach (KeyValuePair<TKey, TValue> pair in m_dictionary) values.Add(pair.Value);
                return values.GetEnumerator();
            }

            IEnumerator IEnumerable.GetEnumerator() { return GetEnumerator(); }
        }
    }
}
