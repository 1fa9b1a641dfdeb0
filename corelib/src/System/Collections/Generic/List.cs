using System.Collections.ObjectModel;

namespace System.Collections.Generic
{
    // A growable array. Capacity grows as in .NET (0, then 4, then doubling, or to what one insertion needs), and
    // every change that could disturb an enumeration bumps the version.
    public class List<T> : IList<T>, IList, IReadOnlyList<T>
    {
        private static readonly T[] s_empty = new T[0];

        private T[] m_items;
        private int m_size;
        private int m_version;

        public List() { m_items = s_empty; }

        public List(int capacity)
        {
            if (capacity < 0) throw CollectionErrors.NegativeArgument("capacity");
            m_items = capacity == 0 ? s_empty : new T[capacity];
        }

        public List(IEnumerable<T> collection)
        {
            if (collection == null) throw new ArgumentNullException("collection");
            ICollection<T> c = collection as ICollection<T>;
            if (c != null)
            {
                int count = c.Count;
                m_items = count == 0 ? s_empty : new T[count];
                if (count > 0)
                {
                    c.CopyTo(m_items, 0);
                    m_size = count;
                }
                return;
            }
            m_items = s_empty;
            foreach (T item in collection) Add(item);
        }

        // A list over an array the caller filled and gives away (LINQ's ToList of a projected array).
        internal static List<T> Adopt(T[] items)
        {
            List<T> list = new List<T>();
            list.m_items = items;
            list.m_size = items.Length;
            return list;
        }

        public int Count { get { return m_size; } }
        bool ICollection<T>.IsReadOnly { get { return false; } }

        public int Capacity
        {
            get { return m_items.Length; }
            set
            {
                if (value < m_size) throw new ArgumentOutOfRangeException("value", "capacity was less than the current size.");
                if (value == m_items.Length) return;
                if (value == 0)
                {
                    m_items = s_empty;
                    return;
                }
                m_items = m_size > 0 ? (T[])Array.ResizedCopy(m_items, m_size, value) : new T[value];
            }
        }

        // AggressiveInlining: the check's throw makes these more than the optimizer copies into other partitions
        // unasked (CrossPartitionCopies), while .NET's JIT inlines them everywhere.
        public T this[int index]
        {
            [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
            get
            {
                if ((uint)index >= (uint)m_size) throw CollectionErrors.IndexOutOfRange();
                return m_items[index];
            }
            [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
            set
            {
                if ((uint)index >= (uint)m_size) throw CollectionErrors.IndexOutOfRange();
                m_items[index] = value;
                m_version++;
            }
        }

        private void Grow(int min)
        {
            int capacity = m_items.Length == 0 ? 4 : m_items.Length * 2;
            if (capacity < min) capacity = min;
            Capacity = capacity;
        }

        public int EnsureCapacity(int capacity)
        {
            if (capacity < 0) throw CollectionErrors.NegativeArgument("capacity");
            if (m_items.Length < capacity) Grow(capacity);
            return m_items.Length;
        }

        public void TrimExcess()
        {
            if (m_size < (int)(m_items.Length * 0.9)) Capacity = m_size;
        }

        // The common case is small enough for LLVM to inline into the caller's loop (the size check is the bounds
        // check: the element is stored before m_size, whose store LLVM cannot tell from the array's length, so
        // that no second check follows); growing stays out of line (NoInlining, as .NET's AddWithResize), or the
        // optimizer folds Grow and the Capacity setter into Add and the whole no longer fits its inlining budget.
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public void Add(T item)
        {
            m_version++;
            T[] items = m_items;
            int size = m_size;
            if ((uint)size < (uint)items.Length)
            {
                items[size] = item;
                m_size = size + 1;
            }
            else AddWithResize(item);
        }

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
        private void AddWithResize(T item)
        {
            int size = m_size;
            Grow(size + 1);
            m_size = size + 1;
            m_items[size] = item;
        }

        public void AddRange(IEnumerable<T> collection) { InsertRange(m_size, collection); }

        public void InsertRange(int index, IEnumerable<T> collection)
        {
            if (collection == null) throw new ArgumentNullException("collection");
            if ((uint)index > (uint)m_size) throw new ArgumentOutOfRangeException("index", "Index must be within the bounds of the List.");
            ICollection<T> c = collection as ICollection<T>;
            if (c == null)
            {
                foreach (T item in collection) Insert(index++, item);
                return;
            }
            int count = c.Count;
            if (count == 0) return;
            if (m_items.Length - m_size < count) Grow(m_size + count);
            if (index < m_size) Array.Copy(m_items, index, m_items, index + count, m_size - index);
            if ((object)c == (object)this)
            {
                // Inserting a list into itself: the part before index, then the part after the gap.
                Array.Copy(m_items, 0, m_items, index, index);
                Array.Copy(m_items, index + count, m_items, index * 2, m_size - index);
            }
            else
            {
                T[] copy = new T[count];
                c.CopyTo(copy, 0);
                Array.Copy(copy, 0, m_items, index, count);
            }
            m_size += count;
            m_version++;
        }

        public ReadOnlyCollection<T> AsReadOnly() { return new ReadOnlyCollection<T>(this); }

        public void Clear()
        {
            m_version++;
            if (m_size > 0) Array.Clear(m_items, 0, m_size);
            m_size = 0;
        }

        public bool Contains(T item) { return m_size != 0 && IndexOf(item) >= 0; }

        public int IndexOf(T item) { return IndexOf(item, 0, m_size); }

        public int IndexOf(T item, int index)
        {
            if ((uint)index > (uint)m_size) throw new ArgumentOutOfRangeException("index", "Index was out of range. Must be non-negative and less than or equal to the size of the collection.");
            return IndexOf(item, index, m_size - index);
        }

        public int IndexOf(T item, int index, int count)
        {
            if ((uint)index > (uint)m_size) throw new ArgumentOutOfRangeException("index", "Index was out of range. Must be non-negative and less than or equal to the size of the collection.");
            if (count < 0 || index > m_size - count) throw new ArgumentOutOfRangeException("count", "Count must be positive and count must refer to a location within the string/array/collection.");
            return Array.IndexOfUnchecked(m_items, item, index, count);
        }

        public int LastIndexOf(T item)
        {
            if (m_size == 0) return -1;
            return LastIndexOf(item, m_size - 1, m_size);
        }

        public int LastIndexOf(T item, int index)
        {
            if (index >= m_size) throw new ArgumentOutOfRangeException("index", "Index was out of range. Must be non-negative and less than the size of the collection.");
            return LastIndexOf(item, index, index + 1);
        }

        public int LastIndexOf(T item, int index, int count)
        {
            if (m_size == 0) return -1;
            if (index < 0 || index >= m_size) throw CollectionErrors.IndexOutOfRange();
            if (count < 0 || count > index + 1) throw new ArgumentOutOfRangeException("count", "Count must be positive and count must refer to a location within the string/array/collection.");
            // the default comparer's Equals, inlined (DefaultOperations)
            for (int i = index; i > index - count; i--) if (DefaultOperations.AreEqual(m_items[i], item)) return i;
            return -1;
        }

        public void Insert(int index, T item)
        {
            if ((uint)index > (uint)m_size) throw new ArgumentOutOfRangeException("index", "Index must be within the bounds of the List.");
            if (m_size == m_items.Length) Grow(m_size + 1);
            if (index < m_size) Array.Copy(m_items, index, m_items, index + 1, m_size - index);
            m_items[index] = item;
            m_size++;
            m_version++;
        }

        public bool Remove(T item)
        {
            int index = IndexOf(item);
            if (index < 0) return false;
            RemoveAt(index);
            return true;
        }

        public void RemoveAt(int index)
        {
            if ((uint)index >= (uint)m_size) throw CollectionErrors.IndexOutOfRange();
            m_size--;
            if (index < m_size) Array.Copy(m_items, index + 1, m_items, index, m_size - index);
            m_items[m_size] = default(T);
            m_version++;
        }

        public int RemoveAll(Predicate<T> match)
        {
            if (match == null) throw new ArgumentNullException("match");
            int free = 0;
            while (free < m_size && !match(m_items[free])) free++;
            if (free >= m_size) return 0;
            int current = free + 1;
            while (current < m_size)
            {
                while (current < m_size && match(m_items[current])) current++;
                if (current < m_size) m_items[free++] = m_items[current++];
            }
            Array.Clear(m_items, free, m_size - free);
            int removed = m_size - free;
            m_size = free;
            m_version++;
            return removed;
        }

        public void RemoveRange(int index, int count)
        {
            CheckRange(index, count);
            if (count == 0) return;
            m_size -= count;
            if (index < m_size) Array.Copy(m_items, index + count, m_items, index, m_size - index);
            Array.Clear(m_items, m_size, count);
            m_version++;
        }

        private void CheckRange(int index, int count)
        {
            if (index < 0) throw CollectionErrors.NegativeArgument("index");
            if (count < 0) throw CollectionErrors.NegativeArgument("count");
            if (m_size - index < count) throw CollectionErrors.InvalidRange();
        }

        public T Find(Predicate<T> match)
        {
            if (match == null) throw new ArgumentNullException("match");
            for (int i = 0; i < m_size; i++) if (match(m_items[i])) return m_items[i];
            return default(T);
        }

        public T FindLast(Predicate<T> match)
        {
            if (match == null) throw new ArgumentNullException("match");
            for (int i = m_size - 1; i >= 0; i--) if (match(m_items[i])) return m_items[i];
            return default(T);
        }

        public int FindIndex(Predicate<T> match) { return FindIndex(0, m_size, match); }

        public int FindIndex(int startIndex, Predicate<T> match) { return FindIndex(startIndex, m_size - startIndex, match); }

        public int FindIndex(int startIndex, int count, Predicate<T> match)
        {
            if ((uint)startIndex > (uint)m_size) throw new ArgumentOutOfRangeException("startIndex", "Index was out of range. Must be non-negative and less than or equal to the size of the collection.");
            if (count < 0 || startIndex > m_size - count) throw new ArgumentOutOfRangeException("count", "Count must be positive and count must refer to a location within the string/array/collection.");
            if (match == null) throw new ArgumentNullException("match");
            for (int i = startIndex; i < startIndex + count; i++) if (match(m_items[i])) return i;
            return -1;
        }

        public int FindLastIndex(Predicate<T> match) { return FindLastIndex(m_size - 1, m_size, match); }

        public int FindLastIndex(int startIndex, Predicate<T> match) { return FindLastIndex(startIndex, startIndex + 1, match); }

        public int FindLastIndex(int startIndex, int count, Predicate<T> match)
        {
            if (match == null) throw new ArgumentNullException("match");
            if (m_size == 0)
            {
                if (startIndex != -1) throw new ArgumentOutOfRangeException("startIndex", "Index was out of range. Must be non-negative and less than the size of the collection.");
            }
            else if ((uint)startIndex >= (uint)m_size)
            {
                throw new ArgumentOutOfRangeException("startIndex", "Index was out of range. Must be non-negative and less than the size of the collection.");
            }
            if (count < 0 || startIndex - count + 1 < 0) throw new ArgumentOutOfRangeException("count", "Count must be positive and count must refer to a location within the string/array/collection.");
            for (int i = startIndex; i > startIndex - count; i--) if (match(m_items[i])) return i;
            return -1;
        }

        public List<T> FindAll(Predicate<T> match)
        {
            if (match == null) throw new ArgumentNullException("match");
            List<T> result = new List<T>();
            for (int i = 0; i < m_size; i++) if (match(m_items[i])) result.Add(m_items[i]);
            return result;
        }

        public bool Exists(Predicate<T> match) { return FindIndex(match) >= 0; }

        public bool TrueForAll(Predicate<T> match)
        {
            if (match == null) throw new ArgumentNullException("match");
            for (int i = 0; i < m_size; i++) if (!match(m_items[i])) return false;
            return true;
        }

        public void ForEach(Action<T> action)
        {
            if (action == null) throw new ArgumentNullException("action");
            int version = m_version;
            for (int i = 0; i < m_size; i++)
            {
                if (version != m_version) break;
                action(m_items[i]);
            }
            if (version != m_version) throw CollectionErrors.VersionChanged();
        }

        public List<TOutput> ConvertAll<TOutput>(Converter<T, TOutput> converter)
        {
            if (converter == null) throw new ArgumentNullException("converter");
            List<TOutput> result = new List<TOutput>(m_size);
            for (int i = 0; i < m_size; i++) result.Add(converter(m_items[i]));
            return result;
        }

        public List<T> GetRange(int index, int count)
        {
            CheckRange(index, count);
            List<T> result = new List<T>(count);
            Array.Copy(m_items, index, result.m_items, 0, count);
            result.m_size = count;
            return result;
        }

        public T[] ToArray()
        {
            if (m_size == 0) return s_empty;
            T[] result = new T[m_size];
            Array.Copy(m_items, 0, result, 0, m_size);
            return result;
        }

        public void CopyTo(T[] array) { CopyTo(array, 0); }

        public void CopyTo(T[] array, int arrayIndex)
        {
            CollectionErrors.CheckCopyTo(array, arrayIndex, m_size);
            Array.Copy(m_items, 0, array, arrayIndex, m_size);
        }

        public void CopyTo(int index, T[] array, int arrayIndex, int count)
        {
            if (m_size - index < count) throw CollectionErrors.InvalidRange();
            if (index < 0) throw CollectionErrors.NegativeArgument("index");
            CollectionErrors.CheckCopyTo(array, arrayIndex, count);
            Array.Copy(m_items, index, array, arrayIndex, count);
        }

        public void Reverse() { Reverse(0, m_size); }

        public void Reverse(int index, int count)
        {
            CheckRange(index, count);
            for (int i = index, j = index + count - 1; i < j; i++, j--)
            {
                T t = m_items[i];
                m_items[i] = m_items[j];
                m_items[j] = t;
            }
            m_version++;
        }

        public void Sort() { Sort(0, m_size, null); }

        public void Sort(IComparer<T> comparer) { Sort(0, m_size, comparer); }

        public void Sort(Comparison<T> comparison)
        {
            if (comparison == null) throw new ArgumentNullException("comparison");
            IntrospectiveSort<T>.Sort(m_items, 0, m_size, comparison);
            m_version++;
        }

        public void Sort(int index, int count, IComparer<T> comparer)
        {
            CheckRange(index, count);
            IntrospectiveSort<T>.Sort(m_items, index, count, comparer);
            m_version++;
        }

        public int BinarySearch(T item) { return BinarySearch(0, m_size, item, null); }

        public int BinarySearch(T item, IComparer<T> comparer) { return BinarySearch(0, m_size, item, comparer); }

        public int BinarySearch(int index, int count, T item, IComparer<T> comparer)
        {
            CheckRange(index, count);
            return SortedSearch.BinarySearch(m_items, index, count, item, comparer);
        }

        public Enumerator GetEnumerator() { return new Enumerator(this); }

        IEnumerator<T> IEnumerable<T>.GetEnumerator() { return new Enumerator(this); }

        IEnumerator IEnumerable.GetEnumerator() { return new Enumerator(this); }

        // The non-generic views (.NET's List<T> is an IList too): values are checked as T, with .NET's exceptions.
        bool ICollection.IsSynchronized { get { return false; } }
        object ICollection.SyncRoot { get { return this; } }
        void ICollection.CopyTo(Array array, int index) { NonGenericViews.CopyTo(this, array, index); }
        bool IList.IsReadOnly { get { return false; } }
        bool IList.IsFixedSize { get { return false; } }

        object IList.this[int index]
        {
            get { return this[index]; }
            set { this[index] = NonGenericViews.Cast<T>(value); }
        }

        int IList.Add(object value)
        {
            Add(NonGenericViews.Cast<T>(value, "item"));
            return m_size - 1;
        }

        bool IList.Contains(object value) { return NonGenericViews.IsCompatible<T>(value) && Contains((T)value); }
        int IList.IndexOf(object value) { return NonGenericViews.IsCompatible<T>(value) ? IndexOf((T)value) : -1; }
        void IList.Insert(int index, object value) { Insert(index, NonGenericViews.Cast<T>(value, "item")); }

        void IList.Remove(object value)
        {
            if (NonGenericViews.IsCompatible<T>(value)) Remove((T)value);
        }

        public struct Enumerator : IEnumerator<T>
        {
            private readonly List<T> m_list;
            private readonly int m_version;
            private int m_index;
            private T m_current;

            internal Enumerator(List<T> list)
            {
                m_list = list;
                m_version = list.m_version;
                m_index = 0;
                m_current = default(T);
            }

            public bool MoveNext()
            {
                if (m_version != m_list.m_version) throw CollectionErrors.VersionChanged();
                if (m_index < m_list.m_size)
                {
                    m_current = m_list.m_items[m_index++];
                    return true;
                }
                m_index = m_list.m_size + 1;
                m_current = default(T);
                return false;
            }

            public T Current { get { return m_current; } }

            object IEnumerator.Current
            {
                get
                {
                    if (m_index == 0 || m_index == m_list.m_size + 1) throw CollectionErrors.EnumerationNotRunning();
                    return m_current;
                }
            }

            void IEnumerator.Reset()
            {
                if (m_version != m_list.m_version) throw CollectionErrors.VersionChanged();
                m_index = 0;
                m_current = default(T);
            }

            public void Dispose() { }
        }
    }

    internal static class SortedSearch
    {
        // .NET's binary search: the index of an item equal to `value`, or the complement of where it would go.
        // The default comparer's Compare is inlined (DefaultOrder), a comparer called through its interface.
        internal static int BinarySearch<T>(T[] items, int index, int count, T value, IComparer<T> comparer)
        {
            if (comparer == null || comparer == Comparer<T>.Default)
                return BinarySearch(items, index, count, value, new DefaultOrder<T>());
            return BinarySearch(items, index, count, value, new ComparerOrder<T>(comparer));
        }

        private static int BinarySearch<T, TOrder>(T[] items, int index, int count, T value, TOrder comparer) where TOrder : struct, ISortOrder<T>
        {
            int lo = index, hi = index + count - 1;
            try
            {
                while (lo <= hi)
                {
                    int mid = lo + ((hi - lo) >> 1);
                    int order = comparer.Compare(items[mid], value);
                    if (order == 0) return mid;
                    if (order < 0) lo = mid + 1; else hi = mid - 1;
                }
            }
            catch (Exception e)
            {
                throw new InvalidOperationException("Failed to compare two elements in the array.", e);
            }
            return ~lo;
        }
    }
}
