using System.Collections.Generic;

namespace System.Collections.ObjectModel
{
    // A list whose changes go through four protected virtual methods (InsertItem, SetItem, RemoveItem,
    // ClearItems), so subclasses can watch or veto them; over a List<T> of its own or a list it wraps.
    public class Collection<T> : IList<T>, IList, IReadOnlyList<T>
    {
        private readonly IList<T> items;

        public Collection() { items = new List<T>(); }

        public Collection(IList<T> list)
        {
            if (list == null) throw new ArgumentNullException("list");
            items = list;
        }

        public int Count { get { return items.Count; } }

        protected IList<T> Items { get { return items; } }

        public T this[int index]
        {
            get { return items[index]; }
            set
            {
                if (items.IsReadOnly) throw CollectionErrors.ReadOnly();
                if ((uint)index >= (uint)items.Count) throw CollectionErrors.IndexOutOfRange();
                SetItem(index, value);
            }
        }

        public void Add(T item)
        {
            if (items.IsReadOnly) throw CollectionErrors.ReadOnly();
            InsertItem(items.Count, item);
        }

        public void Clear()
        {
            if (items.IsReadOnly) throw CollectionErrors.ReadOnly();
            ClearItems();
        }

        public void CopyTo(T[] array, int index) { items.CopyTo(array, index); }
        public bool Contains(T item) { return items.Contains(item); }
        public IEnumerator<T> GetEnumerator() { return items.GetEnumerator(); }
        public int IndexOf(T item) { return items.IndexOf(item); }

        public void Insert(int index, T item)
        {
            if (items.IsReadOnly) throw CollectionErrors.ReadOnly();
            if ((uint)index > (uint)items.Count) throw NonGenericViews.InsertOutOfRange();
            InsertItem(index, item);
        }

        public bool Remove(T item)
        {
            if (items.IsReadOnly) throw CollectionErrors.ReadOnly();
            int index = items.IndexOf(item);
            if (index < 0) return false;
            RemoveItem(index);
            return true;
        }

        public void RemoveAt(int index)
        {
            if (items.IsReadOnly) throw CollectionErrors.ReadOnly();
            if ((uint)index >= (uint)items.Count) throw CollectionErrors.IndexOutOfRange();
            RemoveItem(index);
        }

        protected virtual void ClearItems() { items.Clear(); }
        protected virtual void InsertItem(int index, T item) { items.Insert(index, item); }
        protected virtual void RemoveItem(int index) { items.RemoveAt(index); }
        protected virtual void SetItem(int index, T item) { items[index] = item; }

        bool ICollection<T>.IsReadOnly { get { return items.IsReadOnly; } }
        IEnumerator IEnumerable.GetEnumerator() { return items.GetEnumerator(); }

        bool ICollection.IsSynchronized { get { return false; } }

        object ICollection.SyncRoot
        {
            get
            {
                ICollection c = items as ICollection;
                return c != null ? c.SyncRoot : this;
            }
        }

        void ICollection.CopyTo(Array array, int index) { NonGenericViews.CopyTo(items, array, index); }

        object IList.this[int index]
        {
            get { return items[index]; }
            set { this[index] = NonGenericViews.Cast<T>(value); }
        }

        bool IList.IsReadOnly { get { return items.IsReadOnly; } }

        bool IList.IsFixedSize
        {
            get
            {
                IList list = items as IList;
                return list != null ? list.IsFixedSize : items.IsReadOnly;
            }
        }

        int IList.Add(object value)
        {
            if (items.IsReadOnly) throw CollectionErrors.ReadOnly();
            Add(NonGenericViews.Cast<T>(value));
            return Count - 1;
        }

        bool IList.Contains(object value) { return NonGenericViews.IsCompatible<T>(value) && Contains((T)value); }
        int IList.IndexOf(object value) { return NonGenericViews.IsCompatible<T>(value) ? IndexOf((T)value) : -1; }

        void IList.Insert(int index, object value)
        {
            if (items.IsReadOnly) throw CollectionErrors.ReadOnly();
            Insert(index, NonGenericViews.Cast<T>(value));
        }

        void IList.Remove(object value)
        {
            if (items.IsReadOnly) throw CollectionErrors.ReadOnly();
            if (NonGenericViews.IsCompatible<T>(value)) Remove((T)value);
        }
    }
}
