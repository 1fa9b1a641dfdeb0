using System.Collections.Generic;

namespace System
{
    // The rest of Array's generic helpers: sorting keys with their items, ranged and comparer searches, and the
    // predicate helpers List<T> also has.
    public abstract partial class Array
    {
        public static void Sort<TKey, TValue>(TKey[] keys, TValue[] items) { Sort(keys, items, null); }

        public static void Sort<TKey, TValue>(TKey[] keys, TValue[] items, IComparer<TKey> comparer)
        {
            if (keys == null) throw new ArgumentNullException("keys");
            Sort(keys, items, 0, keys.Length, comparer);
        }

        public static void Sort<TKey, TValue>(TKey[] keys, TValue[] items, int index, int length) { Sort(keys, items, index, length, null); }

        public static void Sort<TKey, TValue>(TKey[] keys, TValue[] items, int index, int length, IComparer<TKey> comparer)
        {
            if (keys == null) throw new ArgumentNullException("keys");
            if (index < 0 || length < 0) throw new ArgumentOutOfRangeException(index < 0 ? "index" : "length");
            if (keys.Length - index < length || (items != null && index > items.Length - length))
                throw new ArgumentException("Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.");
            IntrospectiveSort<TKey, TValue>.Sort(keys, items, index, length, comparer);
        }

        // Sorts an array of references through a non-generic comparer (null: the elements' IComparable).
        public static void Sort(Array array, System.Collections.IComparer comparer)
        {
            if (array == null) throw new ArgumentNullException("array");
            object[] objects = array as object[];
            if (objects == null) throw new NotSupportedException("Array.Sort(Array, IComparer) supports arrays of references only.");
            IntrospectiveSort<object>.Sort(objects, 0, objects.Length, comparer == null ? null : new NonGenericComparer(comparer));
        }

        public static void Sort(Array array) { Sort(array, (System.Collections.IComparer)null); }

        private sealed class NonGenericComparer : IComparer<object>
        {
            private readonly System.Collections.IComparer m_comparer;
            internal NonGenericComparer(System.Collections.IComparer comparer) { m_comparer = comparer; }
            public int Compare(object x, object y) { return m_comparer.Compare(x, y); }
        }

        public static int BinarySearch<T>(T[] array, T value, IComparer<T> comparer)
        {
            if (array == null) throw new ArgumentNullException("array");
            return SortedSearch.BinarySearch(array, 0, array.Length, value, comparer);
        }

        public static int BinarySearch<T>(T[] array, int index, int length, T value) { return BinarySearch(array, index, length, value, null); }

        public static int BinarySearch<T>(T[] array, int index, int length, T value, IComparer<T> comparer)
        {
            if (array == null) throw new ArgumentNullException("array");
            if (index < 0 || length < 0) throw new ArgumentOutOfRangeException(index < 0 ? "index" : "length");
            if (array.Length - index < length) throw new ArgumentException("Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.");
            return SortedSearch.BinarySearch(array, index, length, value, comparer);
        }

        public static int IndexOf<T>(T[] array, T value, int startIndex)
        {
            if (array == null) throw new ArgumentNullException("array");
            return IndexOf(array, value, startIndex, array.Length - startIndex);
        }

        public static int IndexOf<T>(T[] array, T value, int startIndex, int count)
        {
            if (array == null) throw new ArgumentNullException("array");
            if ((uint)startIndex > (uint)array.Length) throw new ArgumentOutOfRangeException("startIndex");
            if (count < 0 || count > array.Length - startIndex) throw new ArgumentOutOfRangeException("count");
            return IndexOfUnchecked(array, value, startIndex, count);
        }

        // The search behind Array.IndexOf and List<T>.IndexOf, arguments checked. The common element types compare
        // with == in a loop of their own (as .NET's IndexOf does for bitwise-equatable types) instead of a virtual
        // EqualityComparer call per element; the type tests and casts are the same type in each instantiation.
        internal static int IndexOfUnchecked<T>(T[] array, T value, int startIndex, int count)
        {
            if (typeof(T) == typeof(int)) return IndexOfInt32((int[])(object)array, (int)(object)value, startIndex, count);
            if (typeof(T) == typeof(long)) return IndexOfInt64((long[])(object)array, (long)(object)value, startIndex, count);
            // the default comparer's Equals, inlined (DefaultOperations)
            for (int i = startIndex; i < startIndex + count; i++) if (DefaultOperations.AreEqual(array[i], value)) return i;
            return -1;
        }

        private static int IndexOfInt32(int[] array, int value, int startIndex, int count)
        {
            for (int i = startIndex; i < startIndex + count; i++) if (array[i] == value) return i;
            return -1;
        }

        private static int IndexOfInt64(long[] array, long value, int startIndex, int count)
        {
            for (int i = startIndex; i < startIndex + count; i++) if (array[i] == value) return i;
            return -1;
        }

        public static int LastIndexOf<T>(T[] array, T value, int startIndex)
        {
            if (array == null) throw new ArgumentNullException("array");
            return LastIndexOf(array, value, startIndex, array.Length == 0 ? 0 : startIndex + 1);
        }

        public static int LastIndexOf<T>(T[] array, T value, int startIndex, int count)
        {
            if (array == null) throw new ArgumentNullException("array");
            if (array.Length == 0) return -1;
            if ((uint)startIndex >= (uint)array.Length) throw new ArgumentOutOfRangeException("startIndex");
            if (count < 0 || startIndex - count + 1 < 0) throw new ArgumentOutOfRangeException("count");
            // the default comparer's Equals, inlined (DefaultOperations)
            for (int i = startIndex; i > startIndex - count; i--) if (DefaultOperations.AreEqual(array[i], value)) return i;
            return -1;
        }

        public static T[] FindAll<T>(T[] array, Predicate<T> match)
        {
            if (array == null) throw new ArgumentNullException("array");
            if (match == null) throw new ArgumentNullException("match");
            List<T> found = new List<T>();
            for (int i = 0; i < array.Length; i++) if (match(array[i])) found.Add(array[i]);
            return found.ToArray();
        }

        public static T FindLast<T>(T[] array, Predicate<T> match)
        {
            if (array == null) throw new ArgumentNullException("array");
            if (match == null) throw new ArgumentNullException("match");
            for (int i = array.Length - 1; i >= 0; i--) if (match(array[i])) return array[i];
            return default(T);
        }

        public static int FindIndex<T>(T[] array, int startIndex, Predicate<T> match)
        {
            if (array == null) throw new ArgumentNullException("array");
            return FindIndex(array, startIndex, array.Length - startIndex, match);
        }

        public static int FindIndex<T>(T[] array, int startIndex, int count, Predicate<T> match)
        {
            if (array == null) throw new ArgumentNullException("array");
            if (match == null) throw new ArgumentNullException("match");
            if ((uint)startIndex > (uint)array.Length) throw new ArgumentOutOfRangeException("startIndex");
            if (count < 0 || count > array.Length - startIndex) throw new ArgumentOutOfRangeException("count");
            for (int i = startIndex; i < startIndex + count; i++) if (match(array[i])) return i;
            return -1;
        }

        public static int FindLastIndex<T>(T[] array, Predicate<T> match)
        {
            if (array == null) throw new ArgumentNullException("array");
            if (match == null) throw new ArgumentNullException("match");
            for (int i = array.Length - 1; i >= 0; i--) if (match(array[i])) return i;
            return -1;
        }

        public static bool TrueForAll<T>(T[] array, Predicate<T> match)
        {
            if (array == null) throw new ArgumentNullException("array");
            if (match == null) throw new ArgumentNullException("match");
            for (int i = 0; i < array.Length; i++) if (!match(array[i])) return false;
            return true;
        }

        public static void ForEach<T>(T[] array, Action<T> action)
        {
            if (array == null) throw new ArgumentNullException("array");
            if (action == null) throw new ArgumentNullException("action");
            for (int i = 0; i < array.Length; i++) action(array[i]);
        }

        public static void Fill<T>(T[] array, T value, int startIndex, int count)
        {
            if (array == null) throw new ArgumentNullException("array");
            if ((uint)startIndex > (uint)array.Length) throw new ArgumentOutOfRangeException("startIndex");
            if (count < 0 || count > array.Length - startIndex) throw new ArgumentOutOfRangeException("count");
            for (int i = startIndex; i < startIndex + count; i++) array[i] = value;
        }

        public static System.Collections.ObjectModel.ReadOnlyCollection<T> AsReadOnly<T>(T[] array)
        {
            if (array == null) throw new ArgumentNullException("array");
            return new System.Collections.ObjectModel.ReadOnlyCollection<T>(array);
        }
    }
}

namespace System.Collections
{
    public interface IComparer { int Compare(object x, object y); }

    public interface IEqualityComparer
    {
        bool Equals(object x, object y);
        int GetHashCode(object obj);
    }
}
