using System.Collections;

namespace System
{
    // Arrays are non-generic sequences too (`IEnumerable e = new object[] {...}`, `objects.OfType<int>()`). For
    // single-dimensional arrays the compiler maps IEnumerable.GetEnumerator to SZArrayHelper<T>, like the generic
    // collection interfaces; this implementation is what a multi-dimensional array uses.
    public abstract partial class Array : IEnumerable, ICollection
    {
        // ICollection, so arrays can be passed where pre-generics APIs (ArrayList, Hashtable) take collections
        int ICollection.Count { get { return Length; } }
        bool ICollection.IsSynchronized { get { return false; } }
        object ICollection.SyncRoot { get { return this; } }

        // public, as in .NET: `foreach (object o in someArray)` over a value typed Array calls it directly
        public IEnumerator GetEnumerator() { return new FlatEnumerator(this); }

        // the elements in row-major order, as .NET enumerates a multi-dimensional array
        private sealed class FlatEnumerator : IEnumerator
        {
            private readonly Array m_array;
            private int m_index = -1;

            internal FlatEnumerator(Array array) { m_array = array; }

            public bool MoveNext()
            {
                if (m_index < m_array.Length) m_index++;
                return m_index < m_array.Length;
            }

            public object Current
            {
                get
                {
                    if (m_index < 0) throw new InvalidOperationException("Enumeration has not started. Call MoveNext.");
                    if (m_index >= m_array.Length) throw new InvalidOperationException("Enumeration already finished.");
                    return GetFlatImpl(m_array, m_index);
                }
            }

            public void Reset() { m_index = -1; }
        }
    }
}
