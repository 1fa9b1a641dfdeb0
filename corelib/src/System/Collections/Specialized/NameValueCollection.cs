using System.Text;

namespace System.Collections.Specialized
{
    // String names to lists of string values (query strings, headers): Add appends a value to the name's list,
    // Set replaces it, Get joins it with commas, as .NET's.
    public class NameValueCollection : NameObjectCollectionBase
    {
        private string[] _allKeys;

        public NameValueCollection() { }
        public NameValueCollection(IEqualityComparer equalityComparer) : base(equalityComparer) { }
        public NameValueCollection(int capacity) : base(capacity) { }
        public NameValueCollection(int capacity, IEqualityComparer equalityComparer) : base(capacity, equalityComparer) { }
        public NameValueCollection(NameValueCollection col) : this(col != null ? col.Count : 0, col) { }

        public NameValueCollection(int capacity, NameValueCollection col) : base(capacity)
        {
            if (col == null) throw new ArgumentNullException("col");
            Add(col);
        }

        private static string Join(ArrayList values)
        {
            int n = values != null ? values.Count : 0;
            if (n == 0) return null;
            if (n == 1) return (string)values[0];
            StringBuilder s = new StringBuilder((string)values[0]);
            for (int i = 1; i < n; i++) s.Append(',').Append((string)values[i]);
            return s.ToString();
        }

        private static string[] ToArray(ArrayList values)
        {
            int n = values != null ? values.Count : 0;
            if (n == 0) return null;
            string[] array = new string[n];
            for (int i = 0; i < n; i++) array[i] = (string)values[i];
            return array;
        }

        public void Add(NameValueCollection c)
        {
            if (c == null) throw new ArgumentNullException("c");
            _allKeys = null;
            for (int i = 0; i < c.Count; i++)
            {
                string key = c.GetKey(i);
                string[] values = c.GetValues(i);
                if (values != null) foreach (string v in values) Add(key, v);
                else Add(key, null);
            }
        }

        public virtual void Add(string name, string value)
        {
            _allKeys = null;
            ArrayList values = (ArrayList)BaseGet(name);
            if (values == null)
            {
                values = new ArrayList(1);
                if (value != null) values.Add(value);
                BaseAdd(name, values);
            }
            else if (value != null)
            {
                values.Add(value);
            }
        }

        public virtual void Set(string name, string value)
        {
            _allKeys = null;
            ArrayList values = new ArrayList(1);
            values.Add(value);
            BaseSet(name, values);
        }

        public virtual void Remove(string name) { _allKeys = null; BaseRemove(name); }
        public virtual void Clear() { _allKeys = null; BaseClear(); }

        public virtual string Get(string name) { return Join((ArrayList)BaseGet(name)); }
        public virtual string[] GetValues(string name) { return ToArray((ArrayList)BaseGet(name)); }
        public virtual string Get(int index) { return Join((ArrayList)BaseGet(index)); }
        public virtual string[] GetValues(int index) { return ToArray((ArrayList)BaseGet(index)); }
        public virtual string GetKey(int index) { return BaseGetKey(index); }
        public bool HasKeys() { return BaseHasKeys(); }

        public string this[string name] { get { return Get(name); } set { Set(name, value); } }
        public string this[int index] { get { return Get(index); } }

        public virtual string[] AllKeys { get { return _allKeys ?? (_allKeys = BaseGetAllKeys()); } }

        public void CopyTo(Array dest, int index)
        {
            if (dest == null) throw new ArgumentNullException("dest");
            if (index < 0) throw new ArgumentOutOfRangeException("index");
            if (dest.Length - index < Count) throw new ArgumentException("Destination array is not long enough.");
            for (int i = 0; i < Count; i++) dest.SetValue(Get(i), index + i);
        }
    }
}
