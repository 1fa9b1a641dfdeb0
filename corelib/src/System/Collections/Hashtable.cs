using System.Collections.Generic;

namespace System.Collections
{
    // The pre-generics hash table; enumerates in insertion order (the order of a hash table is unspecified). Every
    // hash and key comparison goes through the virtual GetHash/KeyEquals, which subclasses may override, and those
    // use the key comparer the constructor or the obsolete protected comparer/hcp properties set.
    public class Hashtable : IDictionary, ICloneable
    {
        private readonly Dictionary<object, object> m_items;
        private IEqualityComparer m_keyComparer;

        public Hashtable() : this(0, (IEqualityComparer)null) { }
        public Hashtable(int capacity) : this(capacity, (IEqualityComparer)null) { }
        public Hashtable(int capacity, float loadFactor) : this(capacity, loadFactor, null) { }
        public Hashtable(IEqualityComparer equalityComparer) : this(0, equalityComparer) { }
        public Hashtable(int capacity, IEqualityComparer equalityComparer) : this(capacity, 1.0f, equalityComparer) { }

        public Hashtable(int capacity, float loadFactor, IEqualityComparer equalityComparer)
        {
            if (capacity < 0) throw new ArgumentOutOfRangeException("capacity", "Non-negative number required.");
            if (!(loadFactor >= 0.1f && loadFactor <= 1.0f))
                throw new ArgumentOutOfRangeException("loadFactor", "Load factor needs to be between 0.1 and 1.0.");
            m_keyComparer = equalityComparer;
            m_items = new Dictionary<object, object>(capacity, new VirtualKeyComparer(this));
        }

        public Hashtable(IDictionary d) : this(d, (IEqualityComparer)null) { }
        public Hashtable(IDictionary d, IEqualityComparer equalityComparer) : this(d == null ? 0 : d.Count, equalityComparer)
        {
            if (d == null) throw new ArgumentNullException("d");
            foreach (DictionaryEntry e in d) Add(e.Key, e.Value);
        }

        [Obsolete("This constructor has been deprecated. Use Hashtable(IEqualityComparer) instead.")]
        public Hashtable(IHashCodeProvider hcp, IComparer comparer) : this(0, CompatibleComparer.From(hcp, comparer)) { }
        [Obsolete("This constructor has been deprecated. Use Hashtable(int, IEqualityComparer) instead.")]
        public Hashtable(int capacity, IHashCodeProvider hcp, IComparer comparer) : this(capacity, CompatibleComparer.From(hcp, comparer)) { }
        [Obsolete("This constructor has been deprecated. Use Hashtable(IDictionary, IEqualityComparer) instead.")]
        public Hashtable(IDictionary d, IHashCodeProvider hcp, IComparer comparer) : this(d, CompatibleComparer.From(hcp, comparer)) { }

        [Obsolete("Hashtable.comparer has been deprecated. Use the KeyComparer properties instead.")]
        protected IComparer comparer
        {
            get { return CompatibleKeyComparer() == null ? null : CompatibleKeyComparer().Comparer; }
            set
            {
                CompatibleComparer current = CompatibleKeyComparer();
                m_keyComparer = new CompatibleComparer(current == null ? null : current.HashCodeProvider, value);
            }
        }

        [Obsolete("Hashtable.hcp has been deprecated. Use the EqualityComparer property instead.")]
        protected IHashCodeProvider hcp
        {
            get { return CompatibleKeyComparer() == null ? null : CompatibleKeyComparer().HashCodeProvider; }
            set
            {
                CompatibleComparer current = CompatibleKeyComparer();
                m_keyComparer = new CompatibleComparer(value, current == null ? null : current.Comparer);
            }
        }

        protected IEqualityComparer EqualityComparer { get { return m_keyComparer; } }

        // The obsolete comparer/hcp pair and an IEqualityComparer given to a constructor exclude each other, as in .NET.
        private CompatibleComparer CompatibleKeyComparer()
        {
            if (m_keyComparer == null) return null;
            CompatibleComparer compatible = m_keyComparer as CompatibleComparer;
            if (compatible == null)
                throw new ArgumentException("The usage of IKeyComparer and IHashCodeProvider/IComparer interfaces cannot be mixed; use one or the other.");
            return compatible;
        }

        protected virtual int GetHash(object key)
        {
            return m_keyComparer != null ? m_keyComparer.GetHashCode(key) : key.GetHashCode();
        }

        protected virtual bool KeyEquals(object item, object key)
        {
            if (object.ReferenceEquals(item, key)) return true;
            if (m_keyComparer != null) return m_keyComparer.Equals(item, key);
            return item != null && item.Equals(key);
        }

        public virtual object this[object key]
        {
            get
            {
                if (key == null) throw new ArgumentNullException("key");
                object v;
                return m_items.TryGetValue(key, out v) ? v : null;
            }
            set
            {
                if (key == null) throw new ArgumentNullException("key");
                m_items[key] = value;
            }
        }

        public virtual int Count { get { return m_items.Count; } }
        public virtual bool IsReadOnly { get { return false; } }
        public virtual bool IsFixedSize { get { return false; } }
        public virtual bool IsSynchronized { get { return false; } }
        public virtual object SyncRoot { get { return this; } }
        public virtual ICollection Keys { get { return new ArrayList((ICollection)new List<object>(m_items.Keys).ToArray()); } }
        public virtual ICollection Values { get { return new ArrayList((ICollection)new List<object>(m_items.Values).ToArray()); } }

        public virtual void Add(object key, object value)
        {
            if (key == null) throw new ArgumentNullException("key");
            if (m_items.ContainsKey(key)) throw new ArgumentException("Item has already been added. Key in dictionary: '" + key + "'  Key being added: '" + key + "'");
            m_items.Add(key, value);
        }
        public virtual bool Contains(object key) { return ContainsKey(key); }
        public virtual bool ContainsKey(object key)
        {
            if (key == null) throw new ArgumentNullException("key");
            return m_items.ContainsKey(key);
        }
        public virtual bool ContainsValue(object value)
        {
            foreach (object v in m_items.Values) if (object.Equals(v, value)) return true;
            return false;
        }
        public virtual void Remove(object key)
        {
            if (key == null) throw new ArgumentNullException("key");
            m_items.Remove(key);
        }
        public virtual void Clear() { m_items.Clear(); }
        public virtual void CopyTo(Array array, int arrayIndex)
        {
            DictionaryEntry[] target = array as DictionaryEntry[];
            if (target == null) throw new ArgumentException("Only DictionaryEntry arrays are supported.", "array");
            foreach (var kv in m_items) target[arrayIndex++] = new DictionaryEntry(kv.Key, kv.Value);
        }

        // A shallow copy with the same key comparer: the keys and values themselves are shared.
        public virtual object Clone()
        {
            Hashtable copy = new Hashtable(m_items.Count, m_keyComparer);
            foreach (var kv in m_items) copy.m_items.Add(kv.Key, kv.Value);
            return copy;
        }

        public virtual IDictionaryEnumerator GetEnumerator() { return new Enumerator(m_items); }
        IEnumerator IEnumerable.GetEnumerator() { return GetEnumerator(); }

        private sealed class Enumerator : IDictionaryEnumerator
        {
            private readonly DictionaryEntry[] m_entries;
            private int m_index = -1;
            internal Enumerator(Dictionary<object, object> items)
            {
                m_entries = new DictionaryEntry[items.Count];
                int i = 0;
                foreach (var kv in items) m_entries[i++] = new DictionaryEntry(kv.Key, kv.Value);
            }
            public bool MoveNext() { return ++m_index < m_entries.Length; }
            public void Reset() { m_index = -1; }
            public DictionaryEntry Entry
            {
                get
                {
                    if (m_index < 0 || m_index >= m_entries.Length) throw new InvalidOperationException("Enumeration has either not started or has already finished.");
                    return m_entries[m_index];
                }
            }
            public object Current { get { return Entry; } }
            public object Key { get { return Entry.Key; } }
            public object Value { get { return Entry.Value; } }
        }

        // The dictionary underneath asks the table, so that overrides of GetHash and KeyEquals decide.
        private sealed class VirtualKeyComparer : IEqualityComparer<object>
        {
            private readonly Hashtable m_table;
            internal VirtualKeyComparer(Hashtable table) { m_table = table; }
            public new bool Equals(object stored, object key) { return m_table.KeyEquals(stored, key); }
            public int GetHashCode(object key) { return m_table.GetHash(key); }
        }
    }

    [Obsolete("IHashCodeProvider has been deprecated. Use IEqualityComparer instead.")]
    public interface IHashCodeProvider
    {
        int GetHashCode(object obj);
    }

#pragma warning disable 618 // the obsolete pair is what this comparer exists for
    // The key comparer of the obsolete IHashCodeProvider/IComparer pair: equal when the comparer (or, without one,
    // IComparable) orders the keys the same; hashed by the provider, else by the key's own GetHashCode.
    internal sealed class CompatibleComparer : IEqualityComparer
    {
        internal readonly IHashCodeProvider HashCodeProvider;
        internal readonly IComparer Comparer;

        internal CompatibleComparer(IHashCodeProvider hashCodeProvider, IComparer comparer)
        {
            HashCodeProvider = hashCodeProvider;
            Comparer = comparer;
        }

        internal static IEqualityComparer From(IHashCodeProvider hashCodeProvider, IComparer comparer)
        {
            return hashCodeProvider == null && comparer == null ? null : new CompatibleComparer(hashCodeProvider, comparer);
        }

        public new bool Equals(object a, object b) { return Compare(a, b) == 0; }

        private int Compare(object a, object b)
        {
            if (a == b) return 0;
            if (a == null) return -1;
            if (b == null) return 1;
            if (Comparer != null) return Comparer.Compare(a, b);
            IComparable comparable = a as IComparable;
            if (comparable != null) return comparable.CompareTo(b);
            throw new ArgumentException("At least one object must implement IComparable.");
        }

        public int GetHashCode(object obj)
        {
            if (obj == null) throw new ArgumentNullException("obj");
            return HashCodeProvider != null ? HashCodeProvider.GetHashCode(obj) : obj.GetHashCode();
        }
    }
#pragma warning restore 618
}
