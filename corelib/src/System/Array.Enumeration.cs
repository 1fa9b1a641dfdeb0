using System.Collections;

namespace System
{
    // Arrays are non-generic sequences too (`IEnumerable e = new object[] {...}`, `objects.OfType<int>()`). For
    // single-dimensional arrays the compiler maps IEnumerable.GetEnumerator to SZArrayHelper<T>, like the generic
    // collection interfaces; this implementation is what a multi-dimensional array would use.
    public abstract partial class Array : IEnumerable, ICollection
    {
        // ICollection, so arrays can be passed where pre-generics APIs (ArrayList, Hashtable) take collections
        int ICollection.Count { get { return Length; } }
        bool ICollection.IsSynchronized { get { return false; } }
        object ICollection.SyncRoot { get { return this; } }

        IEnumerator IEnumerable.GetEnumerator()
        {
            throw new NotSupportedException("Enumerating a multi-dimensional array through IEnumerable is not supported yet.");
        }
    }
}
