using System.Collections.Generic;
using System.Threading;

namespace System.Collections.Concurrent
{
    // A producer/consumer collection over any IProducerConsumerCollection (a ConcurrentQueue by default): Take waits
    // for an item, Add waits for room when the collection is bounded, and CompleteAdding ends the stream — takers then
    // drain what is left and stop. All waiting happens on one gate, so a change wakes whoever it may concern.
    public class BlockingCollection<T> : IEnumerable<T>, ICollection, IDisposable, IReadOnlyCollection<T>
    {
        private readonly object m_gate = new object();
        private readonly IProducerConsumerCollection<T> m_collection;
        private readonly int m_boundedCapacity;   // -1: unbounded
        private int m_count;                      // items added and not yet taken (under m_gate)
        private int m_waiters;                    // threads blocked on m_gate
        private volatile bool m_addingCompleted;
        private bool m_disposed;

        public BlockingCollection() : this(new ConcurrentQueue<T>()) { }

        public BlockingCollection(int boundedCapacity) : this(new ConcurrentQueue<T>(), boundedCapacity) { }

        public BlockingCollection(IProducerConsumerCollection<T> collection)
        {
            if (collection == null) throw new ArgumentNullException("collection");
            m_collection = collection;
            m_boundedCapacity = -1;
            m_count = collection.Count;
        }

        public BlockingCollection(IProducerConsumerCollection<T> collection, int boundedCapacity)
        {
            if (collection == null) throw new ArgumentNullException("collection");
            if (boundedCapacity < 1)
                throw new ArgumentOutOfRangeException("boundedCapacity", boundedCapacity, "The boundedCapacity argument must be positive.");
            int count = collection.Count;
            if (count > boundedCapacity)
                throw new ArgumentException("The collection argument contains more items than are allowed by the boundedCapacity.", "collection");
            m_collection = collection;
            m_boundedCapacity = boundedCapacity;
            m_count = count;
        }

        public int BoundedCapacity
        {
            get
            {
                ThrowIfDisposed();
                return m_boundedCapacity;
            }
        }

        public int Count
        {
            get
            {
                ThrowIfDisposed();
                lock (m_gate) return m_count;
            }
        }

        public bool IsAddingCompleted
        {
            get
            {
                ThrowIfDisposed();
                return m_addingCompleted;
            }
        }

        public bool IsCompleted
        {
            get
            {
                ThrowIfDisposed();
                lock (m_gate) return m_addingCompleted && m_count == 0;
            }
        }

        // ---- adding ----

        public void Add(T item) { TryAddWithNoTimeValidation(item, Blocking.Infinite, default(CancellationToken)); }

        public void Add(T item, CancellationToken cancellationToken)
        {
            TryAddWithNoTimeValidation(item, Blocking.Infinite, cancellationToken);
        }

        public bool TryAdd(T item) { return TryAddWithNoTimeValidation(item, 0, default(CancellationToken)); }

        public bool TryAdd(T item, TimeSpan timeout) { return TryAddWithNoTimeValidation(item, ToTimeout(timeout), default(CancellationToken)); }

        public bool TryAdd(T item, int millisecondsTimeout)
        {
            CheckTimeout(millisecondsTimeout);
            return TryAddWithNoTimeValidation(item, millisecondsTimeout, default(CancellationToken));
        }

        public bool TryAdd(T item, int millisecondsTimeout, CancellationToken cancellationToken)
        {
            CheckTimeout(millisecondsTimeout);
            return TryAddWithNoTimeValidation(item, millisecondsTimeout, cancellationToken);
        }

        private bool TryAddWithNoTimeValidation(T item, int millisecondsTimeout, CancellationToken cancellationToken)
        {
            ThrowIfDisposed();
            cancellationToken.ThrowIfCancellationRequested();
            if (m_addingCompleted) throw AddingCompleted();
            long deadline = Blocking.Deadline(millisecondsTimeout);
            using (Blocking.WakeOnCancel(m_gate, cancellationToken))
            {
                lock (m_gate)
                {
                    while (m_boundedCapacity != -1 && m_count >= m_boundedCapacity)
                    {
                        if (!WaitOnGate(deadline, cancellationToken)) return false;
                        if (m_addingCompleted) throw AddingCompleted();
                    }
                    if (m_addingCompleted) throw AddingCompleted();
                    if (!m_collection.TryAdd(item))
                        throw new InvalidOperationException("The underlying collection didn't accept the item.");
                    m_count++;
                    if (m_waiters > 0) Blocking.WakeAll(m_gate);
                    return true;
                }
            }
        }

        // ---- taking ----

        public T Take()
        {
            T item;
            if (!TryTakeWithNoTimeValidation(out item, Blocking.Infinite, default(CancellationToken))) throw CompletedAndEmpty();
            return item;
        }

        public T Take(CancellationToken cancellationToken)
        {
            T item;
            if (!TryTakeWithNoTimeValidation(out item, Blocking.Infinite, cancellationToken)) throw CompletedAndEmpty();
            return item;
        }

        public bool TryTake(out T item) { return TryTakeWithNoTimeValidation(out item, 0, default(CancellationToken)); }

        public bool TryTake(out T item, TimeSpan timeout)
        {
            return TryTakeWithNoTimeValidation(out item, ToTimeout(timeout), default(CancellationToken));
        }

        public bool TryTake(out T item, int millisecondsTimeout)
        {
            CheckTimeout(millisecondsTimeout);
            return TryTakeWithNoTimeValidation(out item, millisecondsTimeout, default(CancellationToken));
        }

        public bool TryTake(out T item, int millisecondsTimeout, CancellationToken cancellationToken)
        {
            CheckTimeout(millisecondsTimeout);
            return TryTakeWithNoTimeValidation(out item, millisecondsTimeout, cancellationToken);
        }

        // False when the time ran out, or (for an infinite wait) when adding completed with nothing left.
        private bool TryTakeWithNoTimeValidation(out T item, int millisecondsTimeout, CancellationToken cancellationToken)
        {
            ThrowIfDisposed();
            cancellationToken.ThrowIfCancellationRequested();
            item = default(T);
            long deadline = Blocking.Deadline(millisecondsTimeout);
            using (Blocking.WakeOnCancel(m_gate, cancellationToken))
            {
                lock (m_gate)
                {
                    while (m_count == 0)
                    {
                        if (m_addingCompleted) return false;
                        if (!WaitOnGate(deadline, cancellationToken)) return false;
                    }
                    if (!m_collection.TryTake(out item))
                        throw new InvalidOperationException("The underlying collection was modified from outside of the BlockingCollection<T>.");
                    m_count--;
                    if (m_waiters > 0) Blocking.WakeAll(m_gate);
                    return true;
                }
            }
        }

        // Under m_gate: one wait for a change; false when the deadline has passed. Throws when canceled.
        private bool WaitOnGate(long deadline, CancellationToken cancellationToken)
        {
            cancellationToken.ThrowIfCancellationRequested();
            int left = Blocking.Remaining(deadline);
            if (left == 0) return false;
            m_waiters++;
            try { Blocking.Wait(m_gate, left); }
            finally { m_waiters--; }
            cancellationToken.ThrowIfCancellationRequested();
            return true;
        }

        public void CompleteAdding()
        {
            ThrowIfDisposed();
            lock (m_gate)
            {
                m_addingCompleted = true;
                Blocking.WakeAll(m_gate);
            }
        }

        // ---- consuming enumeration ----

        public IEnumerable<T> GetConsumingEnumerable() { return GetConsumingEnumerable(default(CancellationToken)); }

        // Takes items until adding has completed and nothing is left.
        public IEnumerable<T> GetConsumingEnumerable(CancellationToken cancellationToken)
        {
            ThrowIfDisposed();
            return Consume(cancellationToken);
        }

        private IEnumerable<T> Consume(CancellationToken cancellationToken)
        {
            T item;
            while (TryTakeWithNoTimeValidation(out item, Blocking.Infinite, cancellationToken)) yield return item;
        }

        // ---- snapshots ----

        public T[] ToArray()
        {
            ThrowIfDisposed();
            return m_collection.ToArray();
        }

        public void CopyTo(T[] array, int index)
        {
            ThrowIfDisposed();
            m_collection.CopyTo(array, index);
        }

        IEnumerator<T> IEnumerable<T>.GetEnumerator()
        {
            ThrowIfDisposed();
            return ConcurrentCollection.Enumerate(m_collection.ToArray());
        }

        IEnumerator IEnumerable.GetEnumerator() { return ((IEnumerable<T>)this).GetEnumerator(); }

        bool ICollection.IsSynchronized
        {
            get
            {
                ThrowIfDisposed();
                return false;
            }
        }

        object ICollection.SyncRoot { get { throw ConcurrentCollection.NoSyncRoot(); } }

        void ICollection.CopyTo(Array array, int index)
        {
            ThrowIfDisposed();
            ConcurrentCollection.CopyTo(m_collection.ToArray(), array, index);
        }

        // ---- several collections ----

        public static int AddToAny(BlockingCollection<T>[] collections, T item)
        {
            return TryAddToAny(collections, item, Blocking.Infinite, default(CancellationToken), true);
        }

        public static int TryAddToAny(BlockingCollection<T>[] collections, T item)
        {
            return TryAddToAny(collections, item, 0, default(CancellationToken), false);
        }

        public static int TryAddToAny(BlockingCollection<T>[] collections, T item, int millisecondsTimeout)
        {
            CheckTimeout(millisecondsTimeout);
            return TryAddToAny(collections, item, millisecondsTimeout, default(CancellationToken), false);
        }

        // Polls the collections in order, sleeping a little between rounds (they have gates of their own).
        private static int TryAddToAny(BlockingCollection<T>[] collections, T item, int millisecondsTimeout, CancellationToken token, bool mustAdd)
        {
            CheckCollections(collections);
            long deadline = Blocking.Deadline(millisecondsTimeout);
            for (int round = 0; ; round++)
            {
                for (int i = 0; i < collections.Length; i++)
                {
                    if (collections[i].TryAdd(item)) return i;
                }
                token.ThrowIfCancellationRequested();
                int left = Blocking.Remaining(deadline);
                if (left == 0) return -1;
                Blocking.Pause(round, left);
            }
        }

        public static int TakeFromAny(BlockingCollection<T>[] collections, out T item)
        {
            int index = TryTakeFromAny(collections, out item, Blocking.Infinite, default(CancellationToken));
            if (index < 0) throw new ArgumentException("All collections are marked as complete with regards to additions.", "collections");
            return index;
        }

        public static int TryTakeFromAny(BlockingCollection<T>[] collections, out T item)
        {
            return TryTakeFromAny(collections, out item, 0, default(CancellationToken));
        }

        public static int TryTakeFromAny(BlockingCollection<T>[] collections, out T item, int millisecondsTimeout)
        {
            CheckTimeout(millisecondsTimeout);
            return TryTakeFromAny(collections, out item, millisecondsTimeout, default(CancellationToken));
        }

        private static int TryTakeFromAny(BlockingCollection<T>[] collections, out T item, int millisecondsTimeout, CancellationToken token)
        {
            CheckCollections(collections);
            long deadline = Blocking.Deadline(millisecondsTimeout);
            for (int round = 0; ; round++)
            {
                bool allCompleted = true;
                for (int i = 0; i < collections.Length; i++)
                {
                    if (collections[i].TryTake(out item)) return i;
                    if (!collections[i].IsCompleted) allCompleted = false;
                }
                token.ThrowIfCancellationRequested();
                int left = Blocking.Remaining(deadline);
                if (left == 0 || allCompleted)
                {
                    item = default(T);
                    return -1;
                }
                Blocking.Pause(round, left);
            }
        }

        private static void CheckCollections(BlockingCollection<T>[] collections)
        {
            if (collections == null) throw new ArgumentNullException("collections");
            if (collections.Length == 0) throw new ArgumentException("The collections argument is a zero-length array.", "collections");
            for (int i = 0; i < collections.Length; i++)
            {
                if (collections[i] == null) throw new ArgumentException("The collections argument contains at least one null element.", "collections");
            }
        }

        // ---- helpers ----

        private static InvalidOperationException AddingCompleted()
        {
            return new InvalidOperationException("The collection has been marked as complete with regards to additions.");
        }

        private static InvalidOperationException CompletedAndEmpty()
        {
            return new InvalidOperationException("The collection argument is empty and has been marked as complete with regards to additions.");
        }

        private static int ToTimeout(TimeSpan timeout)
        {
            long ms = (long)timeout.TotalMilliseconds;
            if (ms < -1 || ms > int.MaxValue)
                throw new ArgumentOutOfRangeException("timeout", timeout, "The specified timeout must represent a value between -1 and Int32.MaxValue, inclusive.");
            return (int)ms;
        }

        private static void CheckTimeout(int millisecondsTimeout)
        {
            if (millisecondsTimeout < -1)
                throw new ArgumentOutOfRangeException("millisecondsTimeout", millisecondsTimeout, "The specified timeout must represent a value between -1 and Int32.MaxValue, inclusive.");
        }

        public void Dispose()
        {
            Dispose(true);
            GC.SuppressFinalize(this);
        }

        protected virtual void Dispose(bool disposing)
        {
            if (disposing) m_disposed = true;
        }

        private void ThrowIfDisposed()
        {
            if (m_disposed) throw new ObjectDisposedException("BlockingCollection", "The collection has been disposed.");
        }
    }
}
