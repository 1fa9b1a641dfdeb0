using System.Collections.Generic;

namespace System.Collections.ObjectModel
{
    // A read-only view of a dictionary: it sees the dictionary's later changes, and refuses its own.
    public class ReadOnlyDictionary<TKey, TValue> : IDictionary<TKey, TValue>, IDictionary, IReadOnlyDictionary<TKey, TValue>
    {
        private readonly IDictionary<TKey, TValue> m_dictionary;
        private KeyCollection _keys;
        private ValueCollection _values;

        public ReadOnlyDictionary(IDictionary<TKey, TValue> dictionary)
        {
            if (dictionary == null) throw new ArgumentNullException("dictionary");
            m_dictionary = dictionary;
        }

        protected IDictionary<TKey, TValue> Dictionary { get { return m_dictionary; } }

        public KeyCollection Keys { get { return _keys ?? (_keys = new KeyCollection(m_dictionary.Keys)); } }
        public ValueCollection Values { get { return _values ?? (_values = new ValueCollection(m_dictionary.Values)); } }
        public int Count { get { return m_dictionary.Count; } }
        public TValue this[TKey key] { get { return m_dictionary[key]; } }
        public bool ContainsKey(TKey key) { return m_dictionary.ContainsKey(key); }
        public bool TryGetValue(TKey key, out TValue value) { return m_dictionary.TryGetValue(key, out value); }
        public IEnumerator<KeyValuePair<TKey, TValue>> GetEnumerator() { return m_dictionary.GetEnumerator(); }
        IEnumerator IEnumerable.GetEnumerator() { return m_dictionary.GetEnumerator(); }

        // ---- IDictionary<,> and ICollection<KeyValuePair<,>>: reads pass through, writes are refused ----

        ICollection<TKey> IDictionary<TKey, TValue>.Keys { get { return Keys; } }
        ICollection<TValue> IDictionary<TKey, TValue>.Values { get { return Values; } }
        IEnumerable<TKey> IReadOnlyDictionary<TKey, TValue>.Keys { get { return Keys; } }
        IEnumerable<TValue> IReadOnlyDictionary<TKey, TValue>.Values { get { return Values; } }

        TValue IDictionary<TKey, TValue>.this[TKey key]
        {
            get { return m_dictionary[key]; }
            set { throw CollectionErrors.ReadOnly(); }
        }

        void IDictionary<TKey, TValue>.Add(TKey key, TValue value) { throw CollectionErrors.ReadOnly(); }
        bool IDictionary<TKey, TValue>.Remove(TKey key) { throw CollectionErrors.ReadOnly(); }
        bool ICollection<KeyValuePair<TKey, TValue>>.Contains(KeyValuePair<TKey, TValue> item) { return m_dictionary.Contains(item); }
        void ICollection<KeyValuePair<TKey, TValue>>.CopyTo(KeyValuePair<TKey, TValue>[] array, int arrayIndex) { m_dictionary.CopyTo(array, arrayIndex); }
        bool ICollection<KeyValuePair<TKey, TValue>>.IsReadOnly { get { return true; } }
        void ICollection<KeyValuePair<TKey, TValue>>.Add(KeyValuePair<TKey, TValue> item) { throw CollectionErrors.ReadOnly(); }
        void ICollection<KeyValuePair<TKey, TValue>>.Clear() { throw CollectionErrors.ReadOnly(); }
        bool ICollection<KeyValuePair<TKey, TValue>>.Remove(KeyValuePair<TKey, TValue> item) { throw CollectionErrors.ReadOnly(); }

        // ---- IDictionary and ICollection ----

        private static bool IsCompatibleKey(object key)
        {
            if (key == null) throw new ArgumentNullException("key");
            return key is TKey;
        }

        bool IDictionary.IsFixedSize { get { return true; } }
        bool IDictionary.IsReadOnly { get { return true; } }
        ICollection IDictionary.Keys { get { return Keys; } }
        ICollection IDictionary.Values { get { return Values; } }

        object IDictionary.this[object key]
        {
            get
            {
                TValue value;
                if (IsCompatibleKey(key) && m_dictionary.TryGetValue((TKey)key, out value)) return value;
                return null;
            }
            set { throw CollectionErrors.ReadOnly(); }
        }

        void IDictionary.Add(object key, object value) { throw CollectionErrors.ReadOnly(); }
        void IDictionary.Clear() { throw CollectionErrors.ReadOnly(); }
        void IDictionary.Remove(object key) { throw CollectionErrors.ReadOnly(); }
        bool IDictionary.Contains(object key) { return IsCompatibleKey(key) && m_dictionary.ContainsKey((TKey)key); }
        IDictionaryEnumerator IDictionary.GetEnumerator() { return new EntryEnumerator(m_dictionary.GetEnumerator()); }
        bool ICollection.IsSynchronized { get { return false; } }
        object ICollection.SyncRoot { get { return this; } }

        // KeyValuePair<,>[] directly, DictionaryEntry[] as entries, object[] as boxed pairs.
        void ICollection.CopyTo(Array array, int index)
        {
            if (array == null) throw new ArgumentNullException("array");
            if (array.Rank != 1) throw new ArgumentException("Only single dimensional arrays are supported for the requested action.", "array");
            if (array.GetLowerBound(0) != 0) throw new ArgumentException("The lower bound of target array must be zero.", "array");
            if (index < 0 || index > array.Length) throw new ArgumentOutOfRangeException("index", "Non-negative number required.");
            if (array.Length - index < Count) throw CollectionErrors.DestinationTooSmall();
            KeyValuePair<TKey, TValue>[] pairs = array as KeyValuePair<TKey, TValue>[];
            if (pairs != null)
            {
                m_dictionary.CopyTo(pairs, index);
                return;
            }
            DictionaryEntry[] entries = array as DictionaryEntry[];
            if (entries != null)
            {
                foreach (KeyValuePair<TKey, TValue> pair in m_dictionary) entries[index++] = new DictionaryEntry(pair.Key, pair.Value);
                return;
            }
            object[] objects = array as object[];
            if (objects == null) throw NonGenericViews.InvalidArrayType();
            foreach (KeyValuePair<TKey, TValue> pair in m_dictionary) objects[index++] = pair;
        }

        private sealed class EntryEnumerator : IDictionaryEnumerator
        {
            private readonly IEnumerator<KeyValuePair<TKey, TValue>> m_pairs;

            internal EntryEnumerator(IEnumerator<KeyValuePair<TKey, TValue>> pairs) { m_pairs = pairs; }

            public DictionaryEntry Entry { get { return new DictionaryEntry(m_pairs.Current.Key, m_pairs.Current.Value); } }
            public object Key { get { return m_pairs.Current.Key; } }
            public object Value { get { return m_pairs.Current.Value; } }
            public object Current { get { return Entry; } }
            public bool MoveNext() { return m_pairs.MoveNext(); }
            public void Reset() { m_pairs.Reset(); }
        }

        // The dictionary's keys, read-only.
        public sealed class KeyCollection : ICollection<TKey>, ICollection, IReadOnlyCollection<TKey>
        {
            private readonly ICollection<TKey> m_collection;

            internal KeyCollection(ICollection<TKey> collection) { m_collection = collection; }

            public int Count { get { return m_collection.Count; } }
            public void CopyTo(TKey[] array, int arrayIndex) { m_collection.CopyTo(array, arrayIndex); }
            public IEnumerator<TKey> GetEnumerator() { return m_collection.GetEnumerator(); }
            IEnumerator IEnumerable.GetEnumerator() { return m_collection.GetEnumerator(); }
            bool ICollection<TKey>.Contains(TKey item) { return m_collection.Contains(item); }
            bool ICollection<TKey>.IsReadOnly { get { return true; } }
            void ICollection<TKey>.Add(TKey item) { throw CollectionErrors.ReadOnly(); }
            void ICollection<TKey>.Clear() { throw CollectionErrors.ReadOnly(); }
            bool ICollection<TKey>.Remove(TKey item) { throw CollectionErrors.ReadOnly(); }
            bool ICollection.IsSynchronized { get { return false; } }
            object ICollection.SyncRoot { get { return this; } }
            void ICollection.CopyTo(Array array, int index) { NonGenericViews.CopyTo(m_collection, array, index); }
        }

        // The dictionary's values, read-only.
        public sealed class ValueCollection : ICollection<TValue>, ICollection, IReadOnlyCollection<TValue>
        {
            private readonly ICollection<TValue> m_collection;

            internal ValueCollection(ICollection<TValue> collection) { m_collection = collection; }

            public int Count { get { return m_collection.Count; } }
            public void CopyTo(TValue[] array, int arrayIndex) { m_collection.CopyTo(array, arrayIndex); }
            public IEnumerator<TValue> GetEnumerator() { return m_collection.GetEnumerator(); }
            IEnumerator IEnumerable.GetEnumerator() { return m_collection.GetEnumerator(); }
            bool ICollection<TValue>.Contains(TValue item) { return m_collection.Contains(item); }
            bool ICollection<TValue>.IsReadOnly { get { return true; } }
            void ICollection<TValue>.Add(TValue item) { throw CollectionErrors.ReadOnly(); }
            void ICollection<TValue>.Clear() { throw CollectionErrors.ReadOnly(); }
            bool ICollection<TValue>.Remove(TValue item) { throw CollectionErrors.ReadOnly(); }
            bool ICollection.IsSynchronized { get { return false; } }
            object ICollection.SyncRoot { get { return this; } }
            void ICollection.CopyTo(Array array, int index) { NonGenericViews.CopyTo(m_collection, array, index); }
        }
    }
}
