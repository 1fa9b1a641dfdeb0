using System.Collections;
using System.Collections.Generic;

namespace System
{
    // What T[] does as an IList<T>, ICollection<T>, IEnumerable<T> and IReadOnlyList<T>: the compiler puts these
    // static methods in array types' interface maps. Each takes the array first, where an interface call passes
    // `this`, so the calling conventions match.
    internal static class SZArrayHelper<T>
    {
        internal static IEnumerator<T> GetEnumerator(T[] array) { return new ArrayEnumerator(array); }
        internal static int get_Count(T[] array) { return array.Length; }
        internal static bool get_IsReadOnly(T[] array) { return true; }

        internal static T get_Item(T[] array, int index)
        {
            if ((uint)index >= (uint)array.Length) throw new ArgumentOutOfRangeException("index");
            return array[index];
        }

        internal static void set_Item(T[] array, int index, T value)
        {
            if ((uint)index >= (uint)array.Length) throw new ArgumentOutOfRangeException("index");
            array[index] = value;
        }

        internal static int IndexOf(T[] array, T value)
        {
            EqualityComparer<T> c = EqualityComparer<T>.Default;
            for (int i = 0; i < array.Length; i++) if (c.Equals(array[i], value)) return i;
            return -1;
        }

        internal static bool Contains(T[] array, T value) { return IndexOf(array, value) >= 0; }

        internal static void CopyTo(T[] array, T[] destination, int index)
        {
            for (int i = 0; i < array.Length; i++) destination[index + i] = array[i];
        }

        internal static void Add(T[] array, T value) { throw new NotSupportedException("Collection was of a fixed size."); }
        internal static void Clear(T[] array) { throw new NotSupportedException("Collection is read-only."); }
        internal static void Insert(T[] array, int index, T value) { throw new NotSupportedException("Collection was of a fixed size."); }
        internal static bool Remove(T[] array, T value) { throw new NotSupportedException("Collection was of a fixed size."); }
        internal static void RemoveAt(T[] array, int index) { throw new NotSupportedException("Collection was of a fixed size."); }

        internal sealed class ArrayEnumerator : IEnumerator<T>
        {
            private readonly T[] m_array;
            private int m_index = -1;

            internal ArrayEnumerator(T[] array) { m_array = array; }

            public bool MoveNext() { return ++m_index < m_array.Length; }
            public T Current { get { return m_array[m_index]; } }
            object IEnumerator.Current { get { return m_array[m_index]; } }
            public void Reset() { m_index = -1; }
            public void Dispose() { }
        }
    }
}
