using System.Collections.Generic;

namespace System.Collections.Concurrent
{
    // A thread-safe collection that producers add to and consumers take from (what BlockingCollection wraps).
    public interface IProducerConsumerCollection<T> : IEnumerable<T>, ICollection
    {
        void CopyTo(T[] array, int index);
        T[] ToArray();
        bool TryAdd(T item);
        bool TryTake(out T item);
    }

    // What the concurrent collections share: argument checks and the non-generic ICollection members, which copy a
    // snapshot (ToArray) as .NET does.
    internal static class ConcurrentCollection
    {
        internal static NotSupportedException NoSyncRoot()
        {
            return new NotSupportedException("The SyncRoot property may not be used for the synchronization of concurrent collections.");
        }

        internal static void CopyTo<T>(T[] snapshot, T[] array, int index)
        {
            if (array == null) throw new ArgumentNullException("array");
            if (index < 0) throw new ArgumentOutOfRangeException("index", "The index argument must be greater than or equal zero.");
            if (array.Length - index < snapshot.Length)
                throw new ArgumentException("The number of elements in the collection is greater than the available space from index to the end of the destination array.", "index");
            Array.Copy(snapshot, 0, array, index, snapshot.Length);
        }

        internal static void CopyTo<T>(T[] snapshot, Array array, int index)
        {
            if (array == null) throw new ArgumentNullException("array");
            T[] typed = array as T[];
            if (typed != null)
            {
                CopyTo(snapshot, typed, index);
                return;
            }
            if (index < 0) throw new ArgumentOutOfRangeException("index", "The index argument must be greater than or equal zero.");
            if (array.Length - index < snapshot.Length)
                throw new ArgumentException("The number of elements in the collection is greater than the available space from index to the end of the destination array.", "index");
            Array.Copy(snapshot, 0, array, index, snapshot.Length);
        }

        internal static IEnumerator<T> Enumerate<T>(T[] snapshot)
        {
            for (int i = 0; i < snapshot.Length; i++) yield return snapshot[i];
        }
    }
}
