using System.Collections.Generic;

namespace System.Collections.ObjectModel
{
    // A list of items that carry their own keys (GetKeyForItem), looked up by key through a dictionary built once
    // the list holds more than the threshold of keyed items (never with -1; searched in order until then).
    public abstract class KeyedCollection<TKey, TItem> : Collection<TItem>
    {
        private const int DefaultThreshold = 0;

        private readonly IEqualityComparer<TKey> comparer;
        private Dictionary<TKey, TItem> dict;
        private int keyCount;
        private readonly int threshold;

        protected KeyedCollection() : this(null, DefaultThreshold) { }

        protected KeyedCollection(IEqualityComparer<TKey> comparer) : this(comparer, DefaultThreshold) { }

        protected KeyedCollection(IEqualityComparer<TKey> comparer, int dictionaryCreationThreshold)
        {
            if (dictionaryCreationThreshold < -1)
                throw new ArgumentOutOfRangeException("dictionaryCreationThreshold", "The specified threshold for creating dictionary is out of range.");
            this.comparer = comparer ?? EqualityComparer<TKey>.Default;
            threshold = dictionaryCreationThreshold == -1 ? int.MaxValue : dictionaryCreationThreshold;
        }

        public IEqualityComparer<TKey> Comparer { get { return comparer; } }

        protected IDictionary<TKey, TItem> Dictionary { get { return dict; } }

        public TItem this[TKey key]
        {
            get
            {
                TItem item;
                if (TryGetValue(key, out item)) return item;
                throw new KeyNotFoundException("The given key '" + key + "' was not present in the dictionary.");
            }
        }

        public bool Contains(TKey key)
        {
            if (key == null) throw new ArgumentNullException("key");
            if (dict != null) return dict.ContainsKey(key);
            foreach (TItem item in Items)
            {
                if (comparer.Equals(GetKeyForItem(item), key)) return true;
            }
            return false;
        }

        public bool TryGetValue(TKey key, out TItem item)
        {
            if (key == null) throw new ArgumentNullException("key");
            if (dict != null) return dict.TryGetValue(key, out item);
            foreach (TItem candidate in Items)
            {
                TKey candidateKey = GetKeyForItem(candidate);
                if (candidateKey != null && comparer.Equals(key, candidateKey))
                {
                    item = candidate;
                    return true;
                }
            }
            item = default(TItem);
            return false;
        }

        public bool Remove(TKey key)
        {
            if (key == null) throw new ArgumentNullException("key");
            if (dict != null)
            {
                TItem item;
                return dict.TryGetValue(key, out item) && Remove(item);
            }
            for (int i = 0; i < Items.Count; i++)
            {
                if (comparer.Equals(GetKeyForItem(Items[i]), key))
                {
                    RemoveItem(i);
                    return true;
                }
            }
            return false;
        }

        protected void ChangeItemKey(TItem item, TKey newKey)
        {
            if (!ContainsItem(item)) throw new ArgumentException("The item does not exist in the collection.", "item");
            TKey oldKey = GetKeyForItem(item);
            if (!comparer.Equals(oldKey, newKey))
            {
                if (newKey != null) AddKey(newKey, item);
                if (oldKey != null) RemoveKey(oldKey);
            }
        }

        protected abstract TKey GetKeyForItem(TItem item);

        protected override void ClearItems()
        {
            base.ClearItems();
            if (dict != null) dict.Clear();
            keyCount = 0;
        }

        protected override void InsertItem(int index, TItem item)
        {
            TKey key = GetKeyForItem(item);
            if (key != null) AddKey(key, item);
            base.InsertItem(index, item);
        }

        protected override void RemoveItem(int index)
        {
            TKey key = GetKeyForItem(Items[index]);
            if (key != null) RemoveKey(key);
            base.RemoveItem(index);
        }

        protected override void SetItem(int index, TItem item)
        {
            TKey newKey = GetKeyForItem(item);
            TKey oldKey = GetKeyForItem(Items[index]);
            if (comparer.Equals(oldKey, newKey))
            {
                if (newKey != null && dict != null) dict[newKey] = item;
            }
            else
            {
                if (newKey != null) AddKey(newKey, item);
                if (oldKey != null) RemoveKey(oldKey);
            }
            base.SetItem(index, item);
        }

        private bool ContainsItem(TItem item)
        {
            TKey key;
            TItem found;
            if (dict == null || (key = GetKeyForItem(item)) == null) return Items.Contains(item);
            return dict.TryGetValue(key, out found) && EqualityComparer<TItem>.Default.Equals(found, item);
        }

        private void AddKey(TKey key, TItem item)
        {
            if (dict != null) dict.Add(key, item);
            else if (keyCount == threshold) CreateDictionary().Add(key, item);
            else
            {
                if (Contains(key)) throw new ArgumentException("An item with the same key has already been added. Key: " + key, "key");
                keyCount++;
            }
        }

        private Dictionary<TKey, TItem> CreateDictionary()
        {
            dict = new Dictionary<TKey, TItem>(comparer);
            foreach (TItem item in Items)
            {
                TKey key = GetKeyForItem(item);
                if (key != null) dict.Add(key, item);
            }
            return dict;
        }

        private void RemoveKey(TKey key)
        {
            if (dict != null) dict.Remove(key);
            else keyCount--;
        }
    }
}
