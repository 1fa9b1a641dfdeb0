using System.Collections.Generic;

namespace System.Collections.ObjectModel
{
    // A read-only view of a list: it sees the list's later changes, and refuses its own.
    public class ReadOnlyCollection<T> : IList<T>, IReadOnlyList<T>
    {
        private readonly IList<T> m_list;

        public ReadOnlyCollection(IList<T> list)
        {
            if (list == null) throw new ArgumentNullException("list");
            m_list = list;
        }

        protected IList<T> Items { get { return m_list; } }

        public int Count { get { return m_list.Count; } }

        public T this[int index] { get { return m_list[index]; } }

        T IList<T>.this[int index]
        {
            get { return m_list[index]; }
            set { throw CollectionErrors.ReadOnly(); }
        }

        bool ICollection<T>.IsReadOnly { get { return true; } }

        public bool Contains(T value) { return m_list.Contains(value); }

        public void CopyTo(T[] array, int index) { m_list.CopyTo(array, index); }

        public int IndexOf(T value) { return m_list.IndexOf(value); }

        public IEnumerator<T> GetEnumerator() { return m_list.GetEnumerator(); }

        IEnumerator IEnumerable.GetEnumerator() { return m_list.GetEnumerator(); }

        void ICollection<T>.Add(T value) { throw CollectionErrors.ReadOnly(); }
        void ICollection<T>.Clear() { throw CollectionErrors.ReadOnly(); }
        void IList<T>.Insert(int index, T value) { throw CollectionErrors.ReadOnly(); }
        bool ICollection<T>.Remove(T value) { throw CollectionErrors.ReadOnly(); }
        void IList<T>.RemoveAt(int index) { throw CollectionErrors.ReadOnly(); }
    }
}
