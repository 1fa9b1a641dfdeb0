using System.Collections.Generic;

namespace System.Collections.ObjectModel
{
    // A read-only view of a list: reads go to the list, writes throw NotSupportedException.
    public class ReadOnlyCollection<T> : IList<T>, IReadOnlyList<T>
    {
        private readonly IList<T> m_list;

        public ReadOnlyCollection(IList<T> list)
        {
            if (list == null) throw new ArgumentNullException("list");
            m_list = list;
        }

        public int Count { get { return m_list.Count; } }

        public T this[int index] { get { return m_list[index]; } }

        T IList<T>.this[int index]
        {
            get { return m_list[index]; }
            set { throw ReadOnly(); }
        }

        public bool Contains(T value) { return m_list.Contains(value); }

        public int IndexOf(T value) { return m_list.IndexOf(value); }

        public void CopyTo(T[] array, int index) { m_list.CopyTo(array, index); }

        public IEnumerator<T> GetEnumerator() { return m_list.GetEnumerator(); }

        IEnumerator IEnumerable.GetEnumerator() { return m_list.GetEnumerator(); }

        protected IList<T> Items { get { return m_list; } }

        bool ICollection<T>.IsReadOnly { get { return true; } }

        void ICollection<T>.Add(T item) { throw ReadOnly(); }

        void ICollection<T>.Clear() { throw ReadOnly(); }

        bool ICollection<T>.Remove(T item) { throw ReadOnly(); }

        void IList<T>.Insert(int index, T item) { throw ReadOnly(); }

        void IList<T>.RemoveAt(int index) { throw ReadOnly(); }

        private static Exception ReadOnly() { return new NotSupportedException("Collection is read-only."); }
    }
}
