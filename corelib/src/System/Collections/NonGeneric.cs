using System.Collections.Generic;

namespace System.Collections
{
    public interface IList : ICollection
    {
        object this[int index] { get; set; }
        bool IsReadOnly { get; }
        bool IsFixedSize { get; }
        int Add(object value);
        bool Contains(object value);
        void Clear();
        int IndexOf(object value);
        void Insert(int index, object value);
        void Remove(object value);
        void RemoveAt(int index);
    }

    // Orders objects through IComparable (strings with String.Compare), null first.
    public sealed class Comparer : IComparer
    {
        public static readonly Comparer Default = new Comparer();
        public static readonly Comparer DefaultInvariant = Default;

        public int Compare(object a, object b)
        {
            if (a == b) return 0;
            if (a == null) return -1;
            if (b == null) return 1;
            string sa = a as string, sb = b as string;
            if (sa != null && sb != null) return string.Compare(sa, sb);
            IComparable ia = a as IComparable;
            if (ia != null) return ia.CompareTo(b);
            IComparable ib = b as IComparable;
            if (ib != null) return -ib.CompareTo(a);
            throw new ArgumentException("At least one object must implement IComparable.");
        }
    }

    // The pre-generics list of objects, over List<object>.
    public class ArrayList : IList
    {
        private readonly List<object> m_items;

        public ArrayList() { m_items = new List<object>(); }
        public ArrayList(int capacity) { m_items = new List<object>(capacity); }
        public ArrayList(ICollection c)
        {
            if (c == null) throw new ArgumentNullException("c");
            m_items = new List<object>();
            foreach (object o in c) m_items.Add(o);
        }

        public virtual object this[int index] { get { return m_items[index]; } set { m_items[index] = value; } }
        public virtual int Count { get { return m_items.Count; } }
        public virtual int Capacity { get { return m_items.Capacity; } set { m_items.Capacity = value; } }
        public virtual bool IsReadOnly { get { return false; } }
        public virtual bool IsFixedSize { get { return false; } }
        public virtual bool IsSynchronized { get { return false; } }
        public virtual object SyncRoot { get { return this; } }

        public virtual int Add(object value) { m_items.Add(value); return m_items.Count - 1; }
        public virtual void AddRange(ICollection c)
        {
            if (c == null) throw new ArgumentNullException("c");
            foreach (object o in c) m_items.Add(o);
        }
        public virtual void Insert(int index, object value) { m_items.Insert(index, value); }
        public virtual void InsertRange(int index, ICollection c)
        {
            if (c == null) throw new ArgumentNullException("c");
            var items = new List<object>();
            foreach (object o in c) items.Add(o);
            m_items.InsertRange(index, items);
        }
        public virtual void Remove(object obj) { int i = IndexOf(obj); if (i >= 0) m_items.RemoveAt(i); }
        public virtual void RemoveAt(int index) { m_items.RemoveAt(index); }
        public virtual void RemoveRange(int index, int count) { m_items.RemoveRange(index, count); }
        public virtual void Clear() { m_items.Clear(); }
        public virtual bool Contains(object item) { return IndexOf(item) >= 0; }
        public virtual int IndexOf(object value)
        {
            for (int i = 0; i < m_items.Count; i++) if (object.Equals(m_items[i], value)) return i;
            return -1;
        }
        public virtual int IndexOf(object value, int startIndex)
        {
            for (int i = startIndex; i < m_items.Count; i++) if (object.Equals(m_items[i], value)) return i;
            return -1;
        }
        public virtual int LastIndexOf(object value)
        {
            for (int i = m_items.Count - 1; i >= 0; i--) if (object.Equals(m_items[i], value)) return i;
            return -1;
        }
        public virtual void Reverse() { m_items.Reverse(); }
        public virtual void Reverse(int index, int count) { m_items.Reverse(index, count); }
        public virtual void Sort() { Sort(null); }
        public virtual void Sort(IComparer comparer) { Sort(0, m_items.Count, comparer); }
        public virtual void Sort(int index, int count, IComparer comparer)
        {
            m_items.Sort(index, count, new Adapter(comparer ?? Comparer.Default));
        }
        public virtual int BinarySearch(object value) { return BinarySearch(value, null); }
        public virtual int BinarySearch(object value, IComparer comparer) { return m_items.BinarySearch(value, new Adapter(comparer ?? Comparer.Default)); }
        public virtual ArrayList GetRange(int index, int count) { return new ArrayList((ICollection)m_items.GetRange(index, count).ToArray()); }
        public virtual object[] ToArray() { return m_items.ToArray(); }
        public virtual Array ToArray(Type type)
        {
            if (type == null) throw new ArgumentNullException("type");
            Array array = Array.CreateInstance(type, m_items.Count);
            CopyTo(array, 0);
            return array;
        }
        public virtual void CopyTo(Array array) { CopyTo(array, 0); }
        public virtual void CopyTo(Array array, int arrayIndex) { Array.Copy(m_items.ToArray(), 0, array, arrayIndex, m_items.Count); }
        public virtual IEnumerator GetEnumerator() { return ((IEnumerable)m_items).GetEnumerator(); }

        private sealed class Adapter : IComparer<object>
        {
            private readonly IComparer m_comparer;
            internal Adapter(IComparer comparer) { m_comparer = comparer; }
            public int Compare(object x, object y) { return m_comparer.Compare(x, y); }
        }
    }
}
