using System.Collections.Generic;
using System.Collections.ObjectModel;

namespace System.Collections.Concurrent
{
    // ConcurrentDictionary's views and the members of the collection interfaces, over the table's own operations.
    public partial class ConcurrentDictionary<TKey, TValue>
    {
        // Snapshots, as .NET gives them (read-only collections made under every stripe's lock).
        public ICollection<TKey> Keys
        {
            get
            {
                KeyValuePair<TKey, TValue>[] items = ToArray();
                List<TKey> keys = new List<TKey>(items.Length);
                for (int i = 0; i < items.Length; i++) keys.Add(items[i].Key);
                return new ReadOnlyCollection<TKey>(keys);
            }
        }

        public ICollection<TValue> Values
        {
            get
            {
                KeyValuePair<TKey, TValue>[] items = ToArray();
                List<TValue> values = new List<TValue>(items.Length);
                for (int i = 0; i < items.Length; i++) values.Add(items[i].Value);
                return new ReadOnlyCollection<TValue>(values);
            }
        }

        // ---- the collection interfaces ----

        void IDictionary<TKey, TValue>.Add(TKey key, TValue value)
        {
            if (!TryAdd(key, value)) throw new ArgumentException("The key already existed in the dictionary.");
        }

        bool IDictionary<TKey, TValue>.Remove(TKey key)
        {
            TValue ignored;
            return TryRemove(key, out ignored);
        }

        IEnumerable<TKey> IReadOnlyDictionary<TKey, TValue>.Keys { get { return Keys; } }

        IEnumerable<TValue> IReadOnlyDictionary<TKey, TValue>.Values { get { return Values; } }

        bool ICollection<KeyValuePair<TKey, TValue>>.IsReadOnly { get { return false; } }

        void ICollection<KeyValuePair<TKey, TValue>>.Add(KeyValuePair<TKey, TValue> item)
        {
            ((IDictionary<TKey, TValue>)this).Add(item.Key, item.Value);
        }

        bool ICollection<KeyValuePair<TKey, TValue>>.Contains(KeyValuePair<TKey, TValue> item)
        {
            TValue value;
            return TryGetValue(item.Key, out value) && EqualityComparer<TValue>.Default.Equals(value, item.Value);
        }

        bool ICollection<KeyValuePair<TKey, TValue>>.Remove(KeyValuePair<TKey, TValue> item) { return TryRemove(item); }

        void ICollection<KeyValuePair<TKey, TValue>>.CopyTo(KeyValuePair<TKey, TValue>[] array, int index)
        {
            ConcurrentCollection.CopyTo(ToArray(), array, index);
        }
    }
}
