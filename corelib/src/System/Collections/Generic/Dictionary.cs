namespace System.Collections.Generic
{
    // Separate chaining over one array of entries. Entries keep insertion order until a removal frees a slot, which
    // the next insertion reuses (last freed first), as in .NET. As in .NET Core 3.0+, only adding a key bumps the
    // version: overwriting a value, removing and clearing during an enumeration are allowed.
    public partial class Dictionary<TKey, TValue> : IDictionary<TKey, TValue>, IReadOnlyDictionary<TKey, TValue>
    {
        private struct Entry
        {
            internal int hash;        // non-negative; -1 marks a free entry
            internal int next;        // next entry in the bucket chain, or in the free list; -1 ends it
            internal TKey key;
            internal TValue value;
        }

        private int[] m_buckets;      // 1-based index into m_entries, 0 = empty
        private Entry[] m_entries;
        private int m_count;          // entries used, including freed ones
        private int m_freeList = -1;
        private int m_freeCount;
        private int m_version;
        private ulong m_bucketMultiplier; // HashBuckets.Multiplier(m_buckets.Length)
        // null for the default comparer, whose calls (DefaultOperations) the compiler makes direct and inlinable
        private readonly IEqualityComparer<TKey> m_comparer;
        private KeyCollection m_keys;
        private ValueCollection m_values;

        public Dictionary() : this(0, null) { }
        public Dictionary(int capacity) : this(capacity, null) { }
        public Dictionary(IEqualityComparer<TKey> comparer) : this(0, comparer) { }

        public Dictionary(int capacity, IEqualityComparer<TKey> comparer)
        {
            if (capacity < 0) throw CollectionErrors.NegativeArgument("capacity");
            m_comparer = comparer == EqualityComparer<TKey>.Default ? null : comparer;
            Allocate(HashBuckets.PrimeAtLeast(capacity));
        }

        public Dictionary(IDictionary<TKey, TValue> dictionary) : this(dictionary, null) { }

        public Dictionary(IDictionary<TKey, TValue> dictionary, IEqualityComparer<TKey> comparer)
            : this(dictionary == null ? 0 : dictionary.Count, comparer)
        {
            if (dictionary == null) throw new ArgumentNullException("dictionary");
            foreach (KeyValuePair<TKey, TValue> pair in dictionary) Add(pair.Key, pair.Value);
        }

        public Dictionary(IEnumerable<KeyValuePair<TKey, TValue>> collection) : this(collection, null) { }

        public Dictionary(IEnumerable<KeyValuePair<TKey, TValue>> collection, IEqualityComparer<TKey> comparer)
            : this(CountOf(collection), comparer)
        {
            if (collection == null) throw new ArgumentNullException("collection");
            foreach (KeyValuePair<TKey, TValue> pair in collection) Add(pair.Key, pair.Value);
        }

        private static int CountOf(IEnumerable<KeyValuePair<TKey, TValue>> collection)
        {
            ICollection<KeyValuePair<TKey, TValue>> c = collection as ICollection<KeyValuePair<TKey, TValue>>;
            return c == null ? 0 : c.Count;
        }

        private void Allocate(int size)
        {
            m_buckets = new int[size];
            m_bucketMultiplier = HashBuckets.Multiplier(size);
            m_entries = new Entry[size];
        }

        public IEqualityComparer<TKey> Comparer { get { return m_comparer ?? EqualityComparer<TKey>.Default; } }
        public int Count { get { return m_count - m_freeCount; } }
        bool ICollection<KeyValuePair<TKey, TValue>>.IsReadOnly { get { return false; } }

        private int Hash(TKey key)
        {
            IEqualityComparer<TKey> comparer = m_comparer;
            return (comparer == null ? DefaultOperations.HashOf(key) : comparer.GetHashCode(key)) & 0x7FFFFFFF;
        }

        private bool KeysEqual(TKey stored, TKey key)
        {
            IEqualityComparer<TKey> comparer = m_comparer;
            return comparer == null ? DefaultOperations.AreEqual(stored, key) : comparer.Equals(stored, key);
        }

        private int Bucket(int hash) { return HashBuckets.Index(hash, m_buckets.Length, m_bucketMultiplier); }

        private int Find(TKey key)
        {
            if (key == null) throw new ArgumentNullException("key");
            return Find(key, Hash(key));
        }

        private int Find(TKey key, int hash)
        {
            Entry[] entries = m_entries;
            IEqualityComparer<TKey> comparer = m_comparer;
            int i = m_buckets[Bucket(hash)] - 1;
            if (comparer == null)
            {
                for (; i >= 0; i = entries[i].next)
                {
                    if (entries[i].hash == hash && DefaultOperations.AreEqual(entries[i].key, key)) return i;
                }
                return -1;
            }
            for (; i >= 0; i = entries[i].next)
            {
                if (entries[i].hash == hash && comparer.Equals(entries[i].key, key)) return i;
            }
            return -1;
        }

        public TValue this[TKey key]
        {
            get
            {
                int i = Find(key);
                if (i < 0) throw CollectionErrors.KeyNotFound(key);
                return m_entries[i].value;
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

        // The key's hash is computed once, for the search and for the new entry.
        private void Insert(TKey key, TValue value, bool add)
        {
            if (key == null) throw new ArgumentNullException("key");
            int hash = Hash(key);
            int existing = Find(key, hash);
            if (existing >= 0)
            {
                if (add) throw CollectionErrors.DuplicateKey(key);
                m_entries[existing].value = value;
                return;
            }
            int index;
            if (m_freeCount > 0)
            {
                index = m_freeList;
                m_freeList = m_entries[index].next;
                m_freeCount--;
            }
            else
            {
                if (m_count == m_entries.Length) Resize();
                index = m_count++;
            }
            int bucket = Bucket(hash);
            m_entries[index].hash = hash;
            m_entries[index].key = key;
            m_entries[index].value = value;
            m_entries[index].next = m_buckets[bucket] - 1;
            m_buckets[bucket] = index + 1;
            m_version++;
        }

        private void Resize()
        {
            Entry[] old = m_entries;
            Allocate(HashBuckets.GrownSize(old.Length));
            Array.Copy(old, 0, m_entries, 0, m_count);
            for (int i = 0; i < m_count; i++)
            {
                if (m_entries[i].hash < 0) continue;
                int bucket = Bucket(m_entries[i].hash);
                m_entries[i].next = m_buckets[bucket] - 1;
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
            value = m_entries[i].value;
            return true;
        }

        public bool ContainsKey(TKey key) { return Find(key) >= 0; }

        public bool ContainsValue(TValue value)
        {
            EqualityComparer<TValue> c = EqualityComparer<TValue>.Default;
            for (int i = 0; i < m_count; i++)
            {
                if (m_entries[i].hash >= 0 && c.Equals(m_entries[i].value, value)) return true;
            }
            return false;
        }

        public bool Remove(TKey key)
        {
            TValue ignored;
            return Remove(key, out ignored);
        }

        public bool Remove(TKey key, out TValue value)
        {
            if (key == null) throw new ArgumentNullException("key");
            int hash = Hash(key);
            int bucket = Bucket(hash);
            int previous = -1;
            for (int i = m_buckets[bucket] - 1; i >= 0; i = m_entries[i].next)
            {
                if (m_entries[i].hash == hash && KeysEqual(m_entries[i].key, key))
                {
                    if (previous < 0) m_buckets[bucket] = m_entries[i].next + 1; else m_entries[previous].next = m_entries[i].next;
                    value = m_entries[i].value;
                    m_entries[i].hash = -1;
                    m_entries[i].key = default(TKey);
                    m_entries[i].value = default(TValue);
                    m_entries[i].next = m_freeList;
                    m_freeList = i;
                    m_freeCount++;
                    return true;
                }
                previous = i;
            }
            value = default(TValue);
            return false;
        }

        public void Clear()
        {
            if (m_count == 0) return;
            Array.Clear(m_buckets, 0, m_buckets.Length);
            Array.Clear(m_entries, 0, m_count);
            m_count = 0;
            m_freeList = -1;
            m_freeCount = 0;
        }

        void ICollection<KeyValuePair<TKey, TValue>>.Add(KeyValuePair<TKey, TValue> item) { Add(item.Key, item.Value); }

        bool ICollection<KeyValuePair<TKey, TValue>>.Contains(KeyValuePair<TKey, TValue> item)
        {
            int i = Find(item.Key);
            return i >= 0 && EqualityComparer<TValue>.Default.Equals(m_entries[i].value, item.Value);
        }

        bool ICollection<KeyValuePair<TKey, TValue>>.Remove(KeyValuePair<TKey, TValue> item)
        {
            int i = Find(item.Key);
            if (i < 0 || !EqualityComparer<TValue>.Default.Equals(m_entries[i].value, item.Value)) return false;
            return Remove(item.Key);
        }

        void ICollection<KeyValuePair<TKey, TValue>>.CopyTo(KeyValuePair<TKey, TValue>[] array, int arrayIndex)
        {
            CollectionErrors.CheckCopyTo(array, arrayIndex, Count);
            for (int i = 0; i < m_count; i++)
            {
                if (m_entries[i].hash >= 0) array[arrayIndex++] = new KeyValuePair<TKey, TValue>(m_entries[i].key, m_entries[i].value);
            }
        }

        public KeyCollection Keys
        {
            get
            {
                if (m_keys == null) m_keys = new KeyCollection(this);
                return m_keys;
            }
        }

        public ValueCollection Values
        {
            get
            {
                if (m_values == null) m_values = new ValueCollection(this);
                return m_values;
            }
        }

        ICollection<TKey> IDictionary<TKey, TValue>.Keys { get { return Keys; } }
        ICollection<TValue> IDictionary<TKey, TValue>.Values { get { return Values; } }
        IEnumerable<TKey> IReadOnlyDictionary<TKey, TValue>.Keys { get { return Keys; } }
        IEnumerable<TValue> IReadOnlyDictionary<TKey, TValue>.Values { get { return Values; } }

        public Enumerator GetEnumerator() { return new Enumerator(this); }

        IEnumerator<KeyValuePair<TKey, TValue>> IEnumerable<KeyValuePair<TKey, TValue>>.GetEnumerator() { return new Enumerator(this); }

        IEnumerator IEnumerable.GetEnumerator() { return new Enumerator(this); }

        // Walks the used entries in order; the three enumerators below differ only in what they make Current.
        private struct Cursor
        {
            private readonly Dictionary<TKey, TValue> m_dictionary;
            private readonly int m_version;
            private int m_index;

            internal Cursor(Dictionary<TKey, TValue> dictionary)
            {
                m_dictionary = dictionary;
                m_version = dictionary.m_version;
                m_index = 0;
            }

            // The entry index of the next used entry, or -1 at the end.
            internal int Next()
            {
                if (m_version != m_dictionary.m_version) throw CollectionErrors.VersionChanged();
                while (m_index < m_dictionary.m_count)
                {
                    int i = m_index++;
                    if (m_dictionary.m_entries[i].hash >= 0) return i;
                }
                m_index = m_dictionary.m_count + 1;
                return -1;
            }

            internal bool NotRunning { get { return m_index == 0 || m_index == m_dictionary.m_count + 1; } }

            internal void Reset()
            {
                if (m_version != m_dictionary.m_version) throw CollectionErrors.VersionChanged();
                m_index = 0;
            }

            internal Entry[] Entries { get { return m_dictionary.m_entries; } }
        }

        public struct Enumerator : IEnumerator<KeyValuePair<TKey, TValue>>
        {
            private Cursor m_cursor;
            private KeyValuePair<TKey, TValue> m_current;

            internal Enumerator(Dictionary<TKey, TValue> dictionary)
            {
                m_cursor = new Cursor(dictionary);
                m_current = default(KeyValuePair<TKey, TValue>);
            }

            public bool MoveNext()
            {
                int i = m_cursor.Next();
                if (i < 0)
                {
                    m_current = default(KeyValuePair<TKey, TValue>);
                    return false;
                }
                Entry[] entries = m_cursor.Entries;
                m_current = new KeyValuePair<TKey, TValue>(entries[i].key, entries[i].value);
                return true;
            }

            public KeyValuePair<TKey, TValue> Current { get { return m_current; } }

            object IEnumerator.Current
            {
                get
                {
                    if (m_cursor.NotRunning) throw CollectionErrors.EnumerationNotRunning();
                    return m_current;
                }
            }

            void IEnumerator.Reset()
            {
                m_cursor.Reset();
                m_current = default(KeyValuePair<TKey, TValue>);
            }

            public void Dispose() { }
        }

        public sealed partial class KeyCollection : ICollection<TKey>, IReadOnlyCollection<TKey>
        {
            private readonly Dictionary<TKey, TValue> m_dictionary;

            public KeyCollection(Dictionary<TKey, TValue> dictionary)
            {
                if (dictionary == null) throw new ArgumentNullException("dictionary");
                m_dictionary = dictionary;
            }

            public int Count { get { return m_dictionary.Count; } }
            bool ICollection<TKey>.IsReadOnly { get { return true; } }
            bool ICollection<TKey>.Contains(TKey item) { return m_dictionary.ContainsKey(item); }

            public void CopyTo(TKey[] array, int index)
            {
                CollectionErrors.CheckCopyTo(array, index, m_dictionary.Count);
                Entry[] entries = m_dictionary.m_entries;
                for (int i = 0; i < m_dictionary.m_count; i++) if (entries[i].hash >= 0) array[index++] = entries[i].key;
            }

            void ICollection<TKey>.Add(TKey item) { throw Mutation(); }
            void ICollection<TKey>.Clear() { throw Mutation(); }
            bool ICollection<TKey>.Remove(TKey item) { throw Mutation(); }

            private static NotSupportedException Mutation()
            {
                return new NotSupportedException("Mutating a key collection derived from a dictionary is not allowed.");
            }

            public Enumerator GetEnumerator() { return new Enumerator(m_dictionary); }
            IEnumerator<TKey> IEnumerable<TKey>.GetEnumerator() { return new Enumerator(m_dictionary); }
            IEnumerator IEnumerable.GetEnumerator() { return new Enumerator(m_dictionary); }

            public struct Enumerator : IEnumerator<TKey>
            {
                private Cursor m_cursor;
                private TKey m_current;

                internal Enumerator(Dictionary<TKey, TValue> dictionary)
                {
                    m_cursor = new Cursor(dictionary);
                    m_current = default(TKey);
                }

                public bool MoveNext()
                {
                    int i = m_cursor.Next();
                    m_current = i < 0 ? default(TKey) : m_cursor.Entries[i].key;
                    return i >= 0;
                }

                public TKey Current { get { return m_current; } }

                object IEnumerator.Current
                {
                    get
                    {
                        if (m_cursor.NotRunning) throw CollectionErrors.EnumerationNotRunning();
                        return m_current;
                    }
                }

                void IEnumerator.Reset()
                {
                    m_cursor.Reset();
                    m_current = default(TKey);
                }

                public void Dispose() { }
            }
        }

        public sealed partial class ValueCollection : ICollection<TValue>, IReadOnlyCollection<TValue>
        {
            private readonly Dictionary<TKey, TValue> m_dictionary;

            public ValueCollection(Dictionary<TKey, TValue> dictionary)
            {
                if (dictionary == null) throw new ArgumentNullException("dictionary");
                m_dictionary = dictionary;
            }

            public int Count { get { return m_dictionary.Count; } }
            bool ICollection<TValue>.IsReadOnly { get { return true; } }
            bool ICollection<TValue>.Contains(TValue item) { return m_dictionary.ContainsValue(item); }

            public void CopyTo(TValue[] array, int index)
            {
                CollectionErrors.CheckCopyTo(array, index, m_dictionary.Count);
                Entry[] entries = m_dictionary.m_entries;
                for (int i = 0; i < m_dictionary.m_count; i++) if (entries[i].hash >= 0) array[index++] = entries[i].value;
            }

            void ICollection<TValue>.Add(TValue item) { throw Mutation(); }
            void ICollection<TValue>.Clear() { throw Mutation(); }
            bool ICollection<TValue>.Remove(TValue item) { throw Mutation(); }

            private static NotSupportedException Mutation()
            {
                return new NotSupportedException("Mutating a value collection derived from a dictionary is not allowed.");
            }

            public Enumerator GetEnumerator() { return new Enumerator(m_dictionary); }
            IEnumerator<TValue> IEnumerable<TValue>.GetEnumerator() { return new Enumerator(m_dictionary); }
            IEnumerator IEnumerable.GetEnumerator() { return new Enumerator(m_dictionary); }

            public struct Enumerator : IEnumerator<TValue>
            {
                private Cursor m_cursor;
                private TValue m_current;

                internal Enumerator(Dictionary<TKey, TValue> dictionary)
                {
                    m_cursor = new Cursor(dictionary);
                    m_current = default(TValue);
                }

                public bool MoveNext()
                {
                    int i = m_cursor.Next();
                    m_current = i < 0 ? default(TValue) : m_cursor.Entries[i].value;
                    return i >= 0;
                }

                public TValue Current { get { return m_current; } }

                object IEnumerator.Current
                {
                    get
                    {
                        if (m_cursor.NotRunning) throw CollectionErrors.EnumerationNotRunning();
                        return m_current;
                    }
                }

                void IEnumerator.Reset()
                {
                    m_cursor.Reset();
                    m_current = default(TValue);
                }

                public void Dispose() { }
            }
        }
    }

    // .NET Core 2.0's extension methods over dictionary interfaces.
    public static class CollectionExtensions
    {
        public static TValue GetValueOrDefault<TKey, TValue>(this IReadOnlyDictionary<TKey, TValue> dictionary, TKey key)
        {
            return GetValueOrDefault(dictionary, key, default(TValue));
        }

        public static TValue GetValueOrDefault<TKey, TValue>(this IReadOnlyDictionary<TKey, TValue> dictionary, TKey key, TValue defaultValue)
        {
            if (dictionary == null) throw new ArgumentNullException("dictionary");
            TValue value;
            return dictionary.TryGetValue(key, out value) ? value : defaultValue;
        }

        public static bool TryAdd<TKey, TValue>(this IDictionary<TKey, TValue> dictionary, TKey key, TValue value)
        {
            if (dictionary == null) throw new ArgumentNullException("dictionary");
            if (dictionary.ContainsKey(key)) return false;
            dictionary.Add(key, value);
            return true;
        }

        public static bool Remove<TKey, TValue>(this IDictionary<TKey, TValue> dictionary, TKey key, out TValue value)
        {
            if (dictionary == null) throw new ArgumentNullException("dictionary");
            if (dictionary.TryGetValue(key, out value))
            {
                dictionary.Remove(key);
                return true;
            }
            value = default(TValue);
            return false;
        }
    }
}
