using System.Collections.ObjectModel;

namespace System.Collections.Generic
{
    // Dictionary<TKey, TValue>'s non-generic interfaces (IDictionary, ICollection) as .NET implements them: what code
    // that does not know the types uses (serializers, data binding). A key or value of the wrong type is .NET's
    // ArgumentException (NonGenericViews, shared with List<T> and the object model collections).
    public partial class Dictionary<TKey, TValue> : IDictionary
    {
        object IDictionary.this[object key]
        {
            get
            {
                TValue value;
                return key is TKey && TryGetValue((TKey)key, out value) ? (object)value : null;
            }
            set
            {
                if (key == null) throw new ArgumentNullException("key");
                this[NonGenericViews.Cast<TKey>(key, "key", "key")] = NonGenericViews.Cast<TValue>(value, "value");
            }
        }

        ICollection IDictionary.Keys { get { return Keys; } }
        ICollection IDictionary.Values { get { return Values; } }
        bool IDictionary.IsReadOnly { get { return false; } }
        bool IDictionary.IsFixedSize { get { return false; } }
        bool ICollection.IsSynchronized { get { return false; } }
        object ICollection.SyncRoot { get { return this; } }

        bool IDictionary.Contains(object key)
        {
            if (key == null) throw new ArgumentNullException("key");
            return key is TKey && ContainsKey((TKey)key);
        }

        void IDictionary.Add(object key, object value)
        {
            if (key == null) throw new ArgumentNullException("key");
            Add(NonGenericViews.Cast<TKey>(key, "key", "key"), NonGenericViews.Cast<TValue>(value, "value"));
        }

        void IDictionary.Remove(object key)
        {
            if (key == null) throw new ArgumentNullException("key");
            if (key is TKey) Remove((TKey)key);
        }

        IDictionaryEnumerator IDictionary.GetEnumerator() { return new EntryEnumerator(GetEnumerator()); }

        void ICollection.CopyTo(Array array, int index)
        {
            if (array is KeyValuePair<TKey, TValue>[]) ((ICollection<KeyValuePair<TKey, TValue>>)this).CopyTo((KeyValuePair<TKey, TValue>[])array, index);
            else NonGenericViews.CopyTo(this, array, index);
        }

        // Enumeration through IDictionary: Current is a DictionaryEntry, as in .NET.
        private sealed class EntryEnumerator : IDictionaryEnumerator
        {
            private Enumerator _inner;

            internal EntryEnumerator(Enumerator inner) { _inner = inner; }

            public bool MoveNext() { return _inner.MoveNext(); }
            public void Reset() { ((IEnumerator)_inner).Reset(); }
            public object Current { get { return Entry; } }
            public DictionaryEntry Entry { get { return new DictionaryEntry(_inner.Current.Key, _inner.Current.Value); } }
            public object Key { get { return _inner.Current.Key; } }
            public object Value { get { return _inner.Current.Value; } }
        }

        public sealed partial class KeyCollection : ICollection
        {
            bool ICollection.IsSynchronized { get { return false; } }
            object ICollection.SyncRoot { get { return m_dictionary; } }
            void ICollection.CopyTo(Array array, int index) { NonGenericViews.CopyTo(this, array, index); }
        }

        public sealed partial class ValueCollection : ICollection
        {
            bool ICollection.IsSynchronized { get { return false; } }
            object ICollection.SyncRoot { get { return m_dictionary; } }
            void ICollection.CopyTo(Array array, int index) { NonGenericViews.CopyTo(this, array, index); }
        }
    }
}
