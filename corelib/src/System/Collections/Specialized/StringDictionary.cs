namespace System.Collections.Specialized
{
    // A hash table of strings whose keys are case-insensitive (kept lower-cased, invariant), as .NET's.
    public class StringDictionary : IEnumerable
    {
        private readonly Hashtable _contents = new Hashtable();

        public virtual int Count { get { return _contents.Count; } }
        public virtual bool IsSynchronized { get { return false; } }
        public virtual object SyncRoot { get { return _contents.SyncRoot; } }
        public virtual ICollection Keys { get { return _contents.Keys; } }
        public virtual ICollection Values { get { return _contents.Values; } }

        public virtual string this[string key]
        {
            get
            {
                if (key == null) throw new ArgumentNullException("key");
                return (string)_contents[key.ToLowerInvariant()];
            }
            set
            {
                if (key == null) throw new ArgumentNullException("key");
                _contents[key.ToLowerInvariant()] = value;
            }
        }

        public virtual void Add(string key, string value)
        {
            if (key == null) throw new ArgumentNullException("key");
            _contents.Add(key.ToLowerInvariant(), value);
        }

        public virtual void Clear() { _contents.Clear(); }

        public virtual bool ContainsKey(string key)
        {
            if (key == null) throw new ArgumentNullException("key");
            return _contents.ContainsKey(key.ToLowerInvariant());
        }

        public virtual bool ContainsValue(string value) { return _contents.ContainsValue(value); }
        public virtual void CopyTo(Array array, int index) { _contents.CopyTo(array, index); }
        public virtual IEnumerator GetEnumerator() { return _contents.GetEnumerator(); }

        public virtual void Remove(string key)
        {
            if (key == null) throw new ArgumentNullException("key");
            _contents.Remove(key.ToLowerInvariant());
        }
    }
}
