using System.Collections.Generic;

namespace System.Collections.Specialized
{
    // Ordered (name, value) entries with a hash index of each name's first entry, as .NET's: names compare
    // case-insensitively (invariant culture) unless a comparer is given, a name may repeat (BaseAdd) and null is a name.
    public abstract class NameObjectCollectionBase : ICollection
    {
        private sealed class Entry
        {
            internal readonly string Key;
            internal object Value;
            internal Entry(string key, object value) { Key = key; Value = value; }
        }

        private readonly IEqualityComparer _comparer;
        private readonly List<Entry> _entries;
        private Hashtable _firstByName;
        private Entry _nullKeyEntry;
        private KeysCollection _keys;
        private int _version;

        protected NameObjectCollectionBase() : this(0, StringComparer.InvariantCultureIgnoreCase) { }
        protected NameObjectCollectionBase(IEqualityComparer equalityComparer) : this(0, equalityComparer) { }
        protected NameObjectCollectionBase(int capacity) : this(capacity, StringComparer.InvariantCultureIgnoreCase) { }

        protected NameObjectCollectionBase(int capacity, IEqualityComparer equalityComparer)
        {
            if (capacity < 0) throw new ArgumentOutOfRangeException("capacity");
            _comparer = equalityComparer ?? StringComparer.InvariantCultureIgnoreCase;
            _entries = new List<Entry>(capacity);
            _firstByName = new Hashtable(_comparer);
        }

        protected bool IsReadOnly { get; set; }

        public virtual int Count { get { return _entries.Count; } }
        bool ICollection.IsSynchronized { get { return false; } }
        object ICollection.SyncRoot { get { return this; } }

        public virtual KeysCollection Keys { get { return _keys ?? (_keys = new KeysCollection(this)); } }

        public virtual IEnumerator GetEnumerator() { return new KeyEnumerator(this); }

        void ICollection.CopyTo(Array array, int index)
        {
            if (array == null) throw new ArgumentNullException("array");
            if (index < 0) throw new ArgumentOutOfRangeException("index");
            if (array.Length - index < _entries.Count) throw new ArgumentException("Destination array is not long enough.");
            for (int i = 0; i < _entries.Count; i++) array.SetValue(_entries[i].Key, index + i);
        }

        private Entry Find(string name)
        {
            return name == null ? _nullKeyEntry : (Entry)_firstByName[name];
        }

        private void CheckWritable()
        {
            if (IsReadOnly) throw new NotSupportedException("Collection is read-only.");
        }

        protected bool BaseHasKeys() { return _firstByName.Count > 0; }

        protected void BaseAdd(string name, object value)
        {
            CheckWritable();
            Entry entry = new Entry(name, value);
            if (name == null) { if (_nullKeyEntry == null) _nullKeyEntry = entry; }
            else if (_firstByName[name] == null) _firstByName[name] = entry;
            _entries.Add(entry);
            _version++;
        }

        protected void BaseRemove(string name)
        {
            CheckWritable();
            if (name == null) _nullKeyEntry = null;
            else _firstByName.Remove(name);
            for (int i = _entries.Count - 1; i >= 0; i--)
            {
                string key = _entries[i].Key;
                if (name == null ? key == null : key != null && _comparer.Equals(key, name)) _entries.RemoveAt(i);
            }
            _version++;
        }

        protected void BaseRemoveAt(int index)
        {
            CheckWritable();
            // as .NET: the name leaves the index even when a later entry has the same name (BaseGet then misses it)
            string key = _entries[index].Key;
            if (key == null) _nullKeyEntry = null; else _firstByName.Remove(key);
            _entries.RemoveAt(index);
            _version++;
        }

        protected void BaseClear()
        {
            CheckWritable();
            _firstByName = new Hashtable(_comparer);
            _nullKeyEntry = null;
            _entries.Clear();
            _version++;
        }

        protected object BaseGet(string name)
        {
            Entry e = Find(name);
            return e != null ? e.Value : null;
        }

        protected void BaseSet(string name, object value)
        {
            CheckWritable();
            Entry e = Find(name);
            if (e != null) { e.Value = value; _version++; }
            else BaseAdd(name, value);
        }

        protected object BaseGet(int index) { return _entries[index].Value; }
        protected string BaseGetKey(int index) { return _entries[index].Key; }

        protected void BaseSet(int index, object value)
        {
            CheckWritable();
            _entries[index].Value = value;
            _version++;
        }

        protected string[] BaseGetAllKeys()
        {
            string[] keys = new string[_entries.Count];
            for (int i = 0; i < keys.Length; i++) keys[i] = _entries[i].Key;
            return keys;
        }

        protected object[] BaseGetAllValues()
        {
            object[] values = new object[_entries.Count];
            for (int i = 0; i < values.Length; i++) values[i] = _entries[i].Value;
            return values;
        }

        private sealed class KeyEnumerator : IEnumerator
        {
            private readonly NameObjectCollectionBase _owner;
            private readonly int _version;
            private int _pos = -1;

            internal KeyEnumerator(NameObjectCollectionBase owner) { _owner = owner; _version = owner._version; }

            public bool MoveNext()
            {
                if (_version != _owner._version) throw new InvalidOperationException("Collection was modified; enumeration operation may not execute.");
                if (_pos < _owner._entries.Count) _pos++;
                return _pos < _owner._entries.Count;
            }

            public object Current
            {
                get
                {
                    if (_pos < 0 || _pos >= _owner._entries.Count) throw new InvalidOperationException("Enumeration has either not started or has already finished.");
                    return _owner._entries[_pos].Key;
                }
            }

            public void Reset()
            {
                if (_version != _owner._version) throw new InvalidOperationException("Collection was modified; enumeration operation may not execute.");
                _pos = -1;
            }
        }

        public class KeysCollection : ICollection
        {
            private readonly NameObjectCollectionBase _owner;

            internal KeysCollection(NameObjectCollectionBase owner) { _owner = owner; }

            public virtual string Get(int index) { return _owner.BaseGetKey(index); }
            public string this[int index] { get { return Get(index); } }
            public int Count { get { return _owner.Count; } }
            public IEnumerator GetEnumerator() { return new KeyEnumerator(_owner); }
            bool ICollection.IsSynchronized { get { return false; } }
            object ICollection.SyncRoot { get { return _owner; } }
            void ICollection.CopyTo(Array array, int index) { ((ICollection)_owner).CopyTo(array, index); }
        }
    }
}
