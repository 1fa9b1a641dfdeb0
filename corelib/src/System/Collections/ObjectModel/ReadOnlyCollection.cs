using System.Collections.Generic;

namespace System.Collections.ObjectModel
{
    // A read-only view of a list: it sees the list's later changes, and refuses its own.
    public class ReadOnlyCollection<T> : IList<T>, IList, IReadOnlyList<T>
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

        bool ICollection.IsSynchronized { get { return false; } }

        object ICollection.SyncRoot
        {
            get
            {
                ICollection c = m_list as ICollection;
                return c != null ? c.SyncRoot : this;
            }
        }

        void ICollection.CopyTo(Array array, int index) { NonGenericViews.CopyTo(m_list, array, index); }

        object IList.this[int index]
        {
            get { return m_list[index]; }
            set { throw CollectionErrors.ReadOnly(); }
        }

        bool IList.IsReadOnly { get { return true; } }
        bool IList.IsFixedSize { get { return true; } }
        int IList.Add(object value) { throw CollectionErrors.ReadOnly(); }
        void IList.Clear() { throw CollectionErrors.ReadOnly(); }
        bool IList.Contains(object value) { return NonGenericViews.IsCompatible<T>(value) && Contains((T)value); }
        int IList.IndexOf(object value) { return NonGenericViews.IsCompatible<T>(value) ? IndexOf((T)value) : -1; }
        void IList.Insert(int index, object value) { throw CollectionErrors.ReadOnly(); }
        void IList.Remove(object value) { throw CollectionErrors.ReadOnly(); }
        void IList.RemoveAt(int index) { throw CollectionErrors.ReadOnly(); }
    }
}
