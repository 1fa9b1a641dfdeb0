namespace System.Collections.Generic
{
    // Pairs in a SortedSet ordered by key alone. Setting a value through the indexer updates the pair in place and
    // bumps the version, as in .NET.
    public class SortedDictionary<TKey, TValue> : IDictionary<TKey, TValue>, IReadOnlyDictionary<TKey, TValue>
    {
        private readonly SortedSet<KeyValuePair<TKey, TValue>> m_set;
        private readonly IComparer<TKey> m_comparer;
        private KeyCollection m_keys;
        private ValueCollection m_values;

        public SortedDictionary() : this((IComparer<TKey>)null) { }

        public SortedDictionary(IComparer<TKey> comparer)
        {
            m_comparer = comparer ?? Comparer<TKey>.Default;
            m_set = new SortedSet<KeyValuePair<TKey, TValue>>(new KeyOrder(m_comparer));
        }

        public SortedDictionary(IDictionary<TKey, TValue> dictionary) : this(dictionary, null) { }

        public SortedDictionary(IDictionary<TKey, TValue> dictionary, IComparer<TKey> comparer) : this(comparer)
        {
            if (dictionary == null) throw new ArgumentNullException("dictionary");
            foreach (KeyValuePair<TKey, TValue> pair in dictionary) Add(pair.Key, pair.Value);
        }

        private sealed class KeyOrder : Comparer<KeyValuePair<TKey, TValue>>
        {
            private readonly IComparer<TKey> m_keys;
            internal KeyOrder(IComparer<TKey> keys) { m_keys = keys; }
            public override int Compare(KeyValuePair<TKey, TValue> x, KeyValuePair<TKey, TValue> y) { return m_keys.Compare(x.Key, y.Key); }
        }

        private static KeyValuePair<TKey, TValue> Probe(TKey key)
        {
            if (key == null) throw new ArgumentNullException("key");
            return new KeyValuePair<TKey, TValue>(key, default(TValue));
        }

        public IComparer<TKey> Comparer { get { return m_comparer; } }
        public int Count { get { return m_set.Count; } }
        bool ICollection<KeyValuePair<TKey, TValue>>.IsReadOnly { get { return false; } }

        public TValue this[TKey key]
        {
            get
            {
                SortedSet<KeyValuePair<TKey, TValue>>.Node node = m_set.FindNode(Probe(key));
                if (node == null) throw CollectionErrors.KeyNotFound(key);
                return node.Item.Value;
            }
            set
            {
                SortedSet<KeyValuePair<TKey, TValue>>.Node node = m_set.FindNode(Probe(key));
                if (node == null)
                {
                    m_set.Add(new KeyValuePair<TKey, TValue>(key, value));
                    return;
                }
                node.Item = new KeyValuePair<TKey, TValue>(node.Item.Key, value);
                m_set.UpdateVersion();
            }
        }

        public void Add(TKey key, TValue value)
        {
            if (key == null) throw new ArgumentNullException("key");
            KeyValuePair<TKey, TValue> pair = new KeyValuePair<TKey, TValue>(key, value);
            if (!m_set.Add(pair)) throw CollectionErrors.DuplicateKey(pair);
        }

        public bool ContainsKey(TKey key) { return m_set.FindNode(Probe(key)) != null; }

        public bool ContainsValue(TValue value)
        {
            EqualityComparer<TValue> c = EqualityComparer<TValue>.Default;
            foreach (KeyValuePair<TKey, TValue> pair in m_set) if (c.Equals(pair.Value, value)) return true;
            return false;
        }

        public bool TryGetValue(TKey key, out TValue value)
        {
            SortedSet<KeyValuePair<TKey, TValue>>.Node node = m_set.FindNode(Probe(key));
            value = node == null ? default(TValue) : node.Item.Value;
            return node != null;
        }

        public bool Remove(TKey key) { return m_set.Remove(Probe(key)); }

        public void Clear() { m_set.Clear(); }

        void ICollection<KeyValuePair<TKey, TValue>>.Add(KeyValuePair<TKey, TValue> item) { Add(item.Key, item.Value); }

        bool ICollection<KeyValuePair<TKey, TValue>>.Contains(KeyValuePair<TKey, TValue> item)
        {
            SortedSet<KeyValuePair<TKey, TValue>>.Node node = m_set.FindNode(Probe(item.Key));
            return node != null && EqualityComparer<TValue>.Default.Equals(node.Item.Value, item.Value);
        }

        bool ICollection<KeyValuePair<TKey, TValue>>.Remove(KeyValuePair<TKey, TValue> item)
        {
            SortedSet<KeyValuePair<TKey, TValue>>.Node node = m_set.FindNode(Probe(item.Key));
            if (node == null || !EqualityComparer<TValue>.Default.Equals(node.Item.Value, item.Value)) return false;
            return m_set.Remove(node.Item);
        }

        public void CopyTo(KeyValuePair<TKey, TValue>[] array, int index)
        {
            CollectionErrors.CheckCopyTo(array, index, Count);
            m_set.CopyTo(array, index);
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

        public struct Enumerator : IEnumerator<KeyValuePair<TKey, TValue>>
        {
            private SortedSet<KeyValuePair<TKey, TValue>>.Enumerator m_pairs;
            private bool m_running;

            internal Enumerator(SortedDictionary<TKey, TValue> dictionary)
            {
                m_pairs = dictionary.m_set.GetEnumerator();
                m_running = false;
            }

            public bool MoveNext() { return m_running = m_pairs.MoveNext(); }

            public KeyValuePair<TKey, TValue> Current { get { return m_pairs.Current; } }

            object IEnumerator.Current { get { return CurrentChecked; } }

            internal KeyValuePair<TKey, TValue> CurrentChecked
            {
                get
                {
                    if (!m_running) throw CollectionErrors.EnumerationNotRunning();
                    return m_pairs.Current;
                }
            }

            void IEnumerator.Reset() { Restart(); }

            internal void Restart()
            {
                m_pairs.Restart();
                m_running = false;
            }

            public void Dispose() { }
        }

        public sealed class KeyCollection : ICollection<TKey>, IReadOnlyCollection<TKey>
        {
            private readonly SortedDictionary<TKey, TValue> m_dictionary;

            public KeyCollection(SortedDictionary<TKey, TValue> dictionary)
            {
                if (dictionary == null) throw new ArgumentNullException("dictionary");
                m_dictionary = dictionary;
            }

            public int Count { get { return m_dictionary.Count; } }
            bool ICollection<TKey>.IsReadOnly { get { return true; } }
            bool ICollection<TKey>.Contains(TKey item) { return m_dictionary.ContainsKey(item); }

            public void CopyTo(TKey[] array, int index)
            {
                CollectionErrors.CheckCopyTo(array, index, Count);
                foreach (KeyValuePair<TKey, TValue> pair in m_dictionary.m_set) array[index++] = pair.Key;
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
                private SortedDictionary<TKey, TValue>.Enumerator m_pairs;

                internal Enumerator(SortedDictionary<TKey, TValue> dictionary) { m_pairs = dictionary.GetEnumerator(); }

                public bool MoveNext() { return m_pairs.MoveNext(); }
                public TKey Current { get { return m_pairs.Current.Key; } }
                object IEnumerator.Current { get { return m_pairs.CurrentChecked.Key; } }
                void IEnumerator.Reset() { m_pairs.Restart(); }
                public void Dispose() { }
            }
        }

        public sealed class ValueCollection : ICollection<TValue>, IReadOnlyCollection<TValue>
        {
            private readonly SortedDictionary<TKey, TValue> m_dictionary;

            public ValueCollection(SortedDictionary<TKey, TValue> dictionary)
            {
                if (dictionary == null) throw new ArgumentNullException("dictionary");
                m_dictionary = dictionary;
            }

            public int Count { get { return m_dictionary.Count; } }
            bool ICollection<TValue>.IsReadOnly { get { return true; } }
            bool ICollection<TValue>.Contains(TValue item) { return m_dictionary.ContainsValue(item); }

            public void CopyTo(TValue[] array, int index)
            {
                CollectionErrors.CheckCopyTo(array, index, Count);
                foreach (KeyValuePair<TKey, TValue> pair in m_dictionary.m_set) array[index++] = pair.Value;
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
                private SortedDictionary<TKey, TValue>.Enumerator m_pairs;

                internal Enumerator(SortedDictionary<TKey, TValue> dictionary) { m_pairs = dictionary.GetEnumerator(); }

                public bool MoveNext() { return m_pairs.MoveNext(); }
                public TValue Current { get { return m_pairs.Current.Value; } }
                object IEnumerator.Current { get { return m_pairs.CurrentChecked.Value; } }
                void IEnumerator.Reset() { m_pairs.Restart(); }
                public void Dispose() { }
            }
        }
    }
}
