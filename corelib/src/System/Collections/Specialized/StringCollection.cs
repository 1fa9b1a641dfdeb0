namespace System.Collections.Specialized
{
    // A list of strings from before generics, as .NET's; its enumerator is the typed StringEnumerator.
    public class StringCollection : IList
    {
        private readonly ArrayList _data = new ArrayList();

        public string this[int index] { get { return (string)_data[index]; } set { _data[index] = value; } }
        public int Count { get { return _data.Count; } }
        public bool IsReadOnly { get { return false; } }
        public bool IsSynchronized { get { return false; } }
        public object SyncRoot { get { return _data.SyncRoot; } }

        public int Add(string value) { return _data.Add(value); }

        public void AddRange(string[] value)
        {
            if (value == null) throw new ArgumentNullException("value");
            _data.AddRange(value);
        }

        public void Clear() { _data.Clear(); }
        public bool Contains(string value) { return _data.Contains(value); }
        public void CopyTo(string[] array, int index) { ((ICollection)_data).CopyTo(array, index); }
        public StringEnumerator GetEnumerator() { return new StringEnumerator(_data.GetEnumerator()); }
        public int IndexOf(string value) { return _data.IndexOf(value); }
        public void Insert(int index, string value) { _data.Insert(index, value); }
        public void Remove(string value) { _data.Remove(value); }
        public void RemoveAt(int index) { _data.RemoveAt(index); }

        object IList.this[int index] { get { return this[index]; } set { this[index] = (string)value; } }
        bool IList.IsFixedSize { get { return false; } }
        int IList.Add(object value) { return Add((string)value); }
        bool IList.Contains(object value) { return Contains((string)value); }
        int IList.IndexOf(object value) { return IndexOf((string)value); }
        void IList.Insert(int index, object value) { Insert(index, (string)value); }
        void IList.Remove(object value) { Remove((string)value); }
        void ICollection.CopyTo(Array array, int index) { ((ICollection)_data).CopyTo(array, index); }
        IEnumerator IEnumerable.GetEnumerator() { return _data.GetEnumerator(); }
    }

    public class StringEnumerator
    {
        private readonly IEnumerator _inner;

        internal StringEnumerator(IEnumerator inner) { _inner = inner; }

        public string Current { get { return (string)_inner.Current; } }
        public bool MoveNext() { return _inner.MoveNext(); }
        public void Reset() { _inner.Reset(); }
    }
}
