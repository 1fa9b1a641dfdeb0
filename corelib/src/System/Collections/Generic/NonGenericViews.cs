namespace System.Collections.Generic
{
    // The non-generic collection interfaces of List<T> and Dictionary<TKey, TValue> (IList, IDictionary, ICollection),
    // as .NET implements them: what code that does not know T uses (serializers, data binding, reflection-built
    // lists). A value of the wrong type is .NET's ArgumentException.
    internal static class NonGenericValues
    {
        internal static T Cast<T>(object value, string parameter)
        {
            if (value == null && default(T) != null) throw new ArgumentNullException(parameter);
            if (value != null && !(value is T))
                throw new ArgumentException("The value \"" + value + "\" is not of type \"" + typeof(T) + "\" and cannot be used in this generic collection.", parameter);
            return (T)value;
        }

        internal static void CopyTo<T>(IEnumerable<T> items, int count, Array array, int index)
        {
            if (array == null) throw new ArgumentNullException("array");
            if (index < 0) throw new ArgumentOutOfRangeException("index", "Non-negative number required.");
            if (array.Length - index < count) throw new ArgumentException("Destination array was not long enough. Check the destination index, length, and the array's lower bounds.", "destinationArray");
            foreach (T item in items) array.SetValue(item, index++);
        }
    }

    public partial class List<T> : IList
    {
        object IList.this[int index]
        {
            get { return this[index]; }
            set { this[index] = NonGenericValues.Cast<T>(value, "value"); }
        }

        bool IList.IsReadOnly { get { return false; } }
        bool IList.IsFixedSize { get { return false; } }
        bool ICollection.IsSynchronized { get { return false; } }
        object ICollection.SyncRoot { get { return this; } }

        int IList.Add(object item)
        {
            Add(NonGenericValues.Cast<T>(item, "item"));
            return Count - 1;
        }

        bool IList.Contains(object item) { return IsCompatible(item) && Contains((T)item); }
        int IList.IndexOf(object item) { return IsCompatible(item) ? IndexOf((T)item) : -1; }
        void IList.Insert(int index, object item) { Insert(index, NonGenericValues.Cast<T>(item, "item")); }
        void IList.Remove(object item) { if (IsCompatible(item)) Remove((T)item); }
        void ICollection.CopyTo(Array array, int index) { NonGenericValues.CopyTo(this, Count, array, index); }

        private static bool IsCompatible(object value) { return value is T || (value == null && default(T) == null); }
    }

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
                this[NonGenericValues.Cast<TKey>(key, "key")] = NonGenericValues.Cast<TValue>(value, "value");
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
            Add(NonGenericValues.Cast<TKey>(key, "key"), NonGenericValues.Cast<TValue>(value, "value"));
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
            else NonGenericValues.CopyTo(this, Count, array, index);
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
            void ICollection.CopyTo(Array array, int index) { NonGenericValues.CopyTo(this, Count, array, index); }
        }

        public sealed partial class ValueCollection : ICollection
        {
            bool ICollection.IsSynchronized { get { return false; } }
            object ICollection.SyncRoot { get { return m_dictionary; } }
            void ICollection.CopyTo(Array array, int index) { NonGenericValues.CopyTo(this, Count, array, index); }
        }
    }
}
