using System.Collections.Generic;
using System.Threading;

namespace System.Collections.Concurrent
{
    // A hash table for many threads. Buckets hold chains of nodes whose keys never change, so reads walk a chain
    // without locking; a new value is written into its node when one store writes it whole (references and
    // primitives up to 8 bytes, as .NET decides), else it goes in a new node, so that no read sees half a value. Writers lock one of several stripes (bucket
    // index modulo the lock count); growing takes every stripe and builds new chains, leaving the old ones intact for
    // readers still walking them. Sizes and growth follow .NET (31 buckets, then the next odd size above twice the
    // old one that 3, 5 and 7 do not divide; a stripe over its budget asks for growth), so enumeration order — bucket
    // by bucket, newest first — is .NET's for the same hash codes.
    public partial class ConcurrentDictionary<TKey, TValue> : IDictionary<TKey, TValue>, IReadOnlyDictionary<TKey, TValue>
    {
        private const int DefaultCapacity = 31;
        private const int MaxLocks = 1024;
        private static readonly bool s_isValueWriteAtomic = IsValueWriteAtomic();

        private sealed class Node
        {
            internal readonly TKey Key;
            internal TValue Value; // written in place only when s_isValueWriteAtomic
            internal readonly int Hash;
            internal volatile Node Next;

            internal Node(TKey key, TValue value, int hash, Node next)
            {
                Key = key;
                Value = value;
                Hash = hash;
                Next = next;
            }
        }

        private sealed class Tables
        {
            internal readonly Node[] Buckets;
            internal readonly object[] Locks;
            internal readonly int[] CountPerLock;

            internal Tables(Node[] buckets, object[] locks, int[] countPerLock)
            {
                Buckets = buckets;
                Locks = locks;
                CountPerLock = countPerLock;
            }
        }

        private volatile Tables m_tables;
        private readonly IEqualityComparer<TKey> m_comparer;
        private readonly bool m_growLocks;
        private int m_budget; // the most nodes one stripe may hold before the table grows

        public ConcurrentDictionary() : this(Environment.ProcessorCount, DefaultCapacity, true, null) { }

        public ConcurrentDictionary(IEqualityComparer<TKey> comparer) : this(Environment.ProcessorCount, DefaultCapacity, true, comparer) { }

        public ConcurrentDictionary(IEnumerable<KeyValuePair<TKey, TValue>> collection) : this(collection, null) { }

        public ConcurrentDictionary(IEnumerable<KeyValuePair<TKey, TValue>> collection, IEqualityComparer<TKey> comparer)
            : this(Environment.ProcessorCount, DefaultCapacity, true, comparer)
        {
            if (collection == null) throw new ArgumentNullException("collection");
            AddAll(collection);
        }

        public ConcurrentDictionary(int concurrencyLevel, int capacity) : this(concurrencyLevel, capacity, false, null) { }

        public ConcurrentDictionary(int concurrencyLevel, int capacity, IEqualityComparer<TKey> comparer)
            : this(concurrencyLevel, capacity, false, comparer) { }

        public ConcurrentDictionary(int concurrencyLevel, IEnumerable<KeyValuePair<TKey, TValue>> collection, IEqualityComparer<TKey> comparer)
            : this(concurrencyLevel, DefaultCapacity, false, comparer)
        {
            if (collection == null) throw new ArgumentNullException("collection");
            AddAll(collection);
        }

        private ConcurrentDictionary(int concurrencyLevel, int capacity, bool growLocks, IEqualityComparer<TKey> comparer)
        {
            if (concurrencyLevel < 1) throw new ArgumentOutOfRangeException("concurrencyLevel", "The concurrencyLevel argument must be positive.");
            if (capacity < 0) throw new ArgumentOutOfRangeException("capacity", "The capacity argument must be greater than or equal to zero.");
            if (capacity < concurrencyLevel) capacity = concurrencyLevel;
            object[] locks = new object[concurrencyLevel];
            for (int i = 0; i < locks.Length; i++) locks[i] = new object();
            m_tables = new Tables(new Node[capacity == 0 ? 1 : capacity], locks, new int[locks.Length]);
            m_comparer = comparer ?? EqualityComparer<TKey>.Default;
            m_growLocks = growLocks;
            m_budget = Math.Max(1, m_tables.Buckets.Length / locks.Length);
        }

        private void AddAll(IEnumerable<KeyValuePair<TKey, TValue>> collection)
        {
            foreach (KeyValuePair<TKey, TValue> pair in collection)
            {
                if (pair.Key == null) throw new ArgumentNullException("key");
                TValue ignored;
                if (!TryAddInternal(pair.Key, pair.Value, false, out ignored))
                    throw new ArgumentException("The source argument contains duplicate keys.");
            }
        }

        public IEqualityComparer<TKey> Comparer { get { return m_comparer; } }

        // ---- reading (no locks) ----

        public bool TryGetValue(TKey key, out TValue value)
        {
            if (key == null) throw new ArgumentNullException("key");
            Node n = Find(key);
            if (n == null)
            {
                value = default(TValue);
                return false;
            }
            value = n.Value;
            return true;
        }

        private Node Find(TKey key)
        {
            int hash = m_comparer.GetHashCode(key);
            Tables tables = m_tables;
            for (Node n = ReadBucket(tables.Buckets, Bucket(hash, tables.Buckets.Length)); n != null; n = n.Next)
            {
                if (n.Hash == hash && m_comparer.Equals(n.Key, key)) return n;
            }
            return null;
        }

        public bool ContainsKey(TKey key)
        {
            TValue ignored;
            return TryGetValue(key, out ignored);
        }

        public TValue this[TKey key]
        {
            get
            {
                TValue value;
                if (!TryGetValue(key, out value)) throw new KeyNotFoundException("The given key '" + key + "' was not present in the dictionary.");
                return value;
            }
            set
            {
                if (key == null) throw new ArgumentNullException("key");
                TValue ignored;
                TryAddInternal(key, value, true, out ignored);
            }
        }

        // ---- writing (one stripe) ----

        public bool TryAdd(TKey key, TValue value)
        {
            if (key == null) throw new ArgumentNullException("key");
            TValue ignored;
            return TryAddInternal(key, value, false, out ignored);
        }

        // Adds key, or (update) replaces its value. False when the key was there; resulting is then its value (or,
        // when updated, the new one).
        private bool TryAddInternal(TKey key, TValue value, bool update, out TValue resulting)
        {
            int hash = m_comparer.GetHashCode(key);
            while (true)
            {
                Tables tables = m_tables;
                int bucket = Bucket(hash, tables.Buckets.Length);
                int stripe = bucket % tables.Locks.Length;
                bool grow = false;
                lock (tables.Locks[stripe])
                {
                    if (tables != m_tables) continue;
                    Node previous;
                    Node n = FindInBucket(tables, bucket, hash, key, out previous);
                    if (n != null)
                    {
                        if (update)
                        {
                            SetValue(tables, bucket, previous, n, value);
                            resulting = value;
                        }
                        else resulting = n.Value;
                        return false;
                    }
                    Publish(tables.Buckets, bucket, new Node(key, value, hash, tables.Buckets[bucket]));
                    tables.CountPerLock[stripe]++;
                    grow = tables.CountPerLock[stripe] > m_budget;
                }
                if (grow) Grow(tables);
                resulting = value;
                return true;
            }
        }

        // Under the stripe's lock: the key's node in the bucket (null when absent) and the node before it.
        private Node FindInBucket(Tables tables, int bucket, int hash, TKey key, out Node previous)
        {
            previous = null;
            for (Node n = tables.Buckets[bucket]; n != null; n = n.Next)
            {
                if (n.Hash == hash && m_comparer.Equals(n.Key, key)) return n;
                previous = n;
            }
            return null;
        }

        // Whether one store writes a TValue whole. Known without reflection from a boxed default: null for reference
        // types. Enums count as not atomic here (.NET looks at their underlying type): they only take the slower path.
        private static bool IsValueWriteAtomic()
        {
            object sample = default(TValue);
            return sample == null || sample is int || sample is uint || sample is bool || sample is char
                || sample is byte || sample is sbyte || sample is short || sample is ushort || sample is float
                || sample is IntPtr || sample is UIntPtr
                || (IntPtr.Size == 8 && (sample is long || sample is ulong || sample is double));
        }

        // Under the stripe's lock: gives n the value, in place when that is one store, else through a new node.
        private static void SetValue(Tables tables, int bucket, Node previous, Node n, TValue value)
        {
            if (s_isValueWriteAtomic) n.Value = value;
            else Replace(tables, bucket, previous, n, new Node(n.Key, value, n.Hash, n.Next));
        }

        // Under the stripe's lock: puts replacement where n was.
        private static void Replace(Tables tables, int bucket, Node previous, Node n, Node replacement)
        {
            if (previous == null) Publish(tables.Buckets, bucket, replacement);
            else previous.Next = replacement;
        }

        public bool TryRemove(TKey key, out TValue value)
        {
            if (key == null) throw new ArgumentNullException("key");
            return TryRemoveInternal(key, false, default(TValue), out value);
        }

        // Removes the entry only when its value is the given one (by EqualityComparer<TValue>.Default).
        public bool TryRemove(KeyValuePair<TKey, TValue> item)
        {
            if (item.Key == null) throw new ArgumentNullException("item", "TKey is a reference type and item.Key is null.");
            TValue ignored;
            return TryRemoveInternal(item.Key, true, item.Value, out ignored);
        }

        private bool TryRemoveInternal(TKey key, bool matchValue, TValue expected, out TValue value)
        {
            int hash = m_comparer.GetHashCode(key);
            while (true)
            {
                Tables tables = m_tables;
                int bucket = Bucket(hash, tables.Buckets.Length);
                int stripe = bucket % tables.Locks.Length;
                lock (tables.Locks[stripe])
                {
                    if (tables != m_tables) continue;
                    Node previous;
                    Node n = FindInBucket(tables, bucket, hash, key, out previous);
                    if (n != null && (!matchValue || EqualityComparer<TValue>.Default.Equals(n.Value, expected)))
                    {
                        Replace(tables, bucket, previous, n, n.Next);
                        tables.CountPerLock[stripe]--;
                        value = n.Value;
                        return true;
                    }
                }
                value = default(TValue);
                return false;
            }
        }

        // Replaces the value only when it is comparisonValue (by EqualityComparer<TValue>.Default).
        public bool TryUpdate(TKey key, TValue newValue, TValue comparisonValue)
        {
            if (key == null) throw new ArgumentNullException("key");
            return TryUpdateInternal(key, m_comparer.GetHashCode(key), newValue, comparisonValue);
        }

        private bool TryUpdateInternal(TKey key, int hash, TValue newValue, TValue comparisonValue)
        {
            while (true)
            {
                Tables tables = m_tables;
                int bucket = Bucket(hash, tables.Buckets.Length);
                int stripe = bucket % tables.Locks.Length;
                lock (tables.Locks[stripe])
                {
                    if (tables != m_tables) continue;
                    Node previous;
                    Node n = FindInBucket(tables, bucket, hash, key, out previous);
                    if (n == null || !EqualityComparer<TValue>.Default.Equals(n.Value, comparisonValue)) return false;
                    SetValue(tables, bucket, previous, n, newValue);
                    return true;
                }
            }
        }

        // The factory runs outside any lock, so two threads may both run it for one key; only one value is kept.
        public TValue GetOrAdd(TKey key, Func<TKey, TValue> valueFactory)
        {
            if (key == null) throw new ArgumentNullException("key");
            if (valueFactory == null) throw new ArgumentNullException("valueFactory");
            Node n = Find(key);
            if (n != null) return n.Value;
            TValue resulting;
            TryAddInternal(key, valueFactory(key), false, out resulting);
            return resulting;
        }

        public TValue GetOrAdd<TArg>(TKey key, Func<TKey, TArg, TValue> valueFactory, TArg factoryArgument)
        {
            if (key == null) throw new ArgumentNullException("key");
            if (valueFactory == null) throw new ArgumentNullException("valueFactory");
            Node n = Find(key);
            if (n != null) return n.Value;
            TValue resulting;
            TryAddInternal(key, valueFactory(key, factoryArgument), false, out resulting);
            return resulting;
        }

        public TValue GetOrAdd(TKey key, TValue value)
        {
            if (key == null) throw new ArgumentNullException("key");
            Node n = Find(key);
            if (n != null) return n.Value;
            TValue resulting;
            TryAddInternal(key, value, false, out resulting);
            return resulting;
        }

        // Retries until its add or its update was not overtaken by another thread's (the value it updated from is still
        // the key's, by EqualityComparer<TValue>.Default, as .NET checks); the factories may run again.
        public TValue AddOrUpdate(TKey key, Func<TKey, TValue> addValueFactory, Func<TKey, TValue, TValue> updateValueFactory)
        {
            if (key == null) throw new ArgumentNullException("key");
            if (addValueFactory == null) throw new ArgumentNullException("addValueFactory");
            if (updateValueFactory == null) throw new ArgumentNullException("updateValueFactory");
            while (true)
            {
                Node n = Find(key);
                if (n != null)
                {
                    TValue current = n.Value;
                    TValue updated = updateValueFactory(key, current);
                    if (TryUpdateInternal(key, n.Hash, updated, current)) return updated;
                    continue;
                }
                TValue added = addValueFactory(key);
                TValue resulting;
                if (TryAddInternal(key, added, false, out resulting)) return resulting;
            }
        }

        public TValue AddOrUpdate(TKey key, TValue addValue, Func<TKey, TValue, TValue> updateValueFactory)
        {
            if (key == null) throw new ArgumentNullException("key");
            if (updateValueFactory == null) throw new ArgumentNullException("updateValueFactory");
            while (true)
            {
                Node n = Find(key);
                if (n != null)
                {
                    TValue current = n.Value;
                    TValue updated = updateValueFactory(key, current);
                    if (TryUpdateInternal(key, n.Hash, updated, current)) return updated;
                    continue;
                }
                TValue resulting;
                if (TryAddInternal(key, addValue, false, out resulting)) return resulting;
            }
        }

        public TValue AddOrUpdate<TArg>(TKey key, Func<TKey, TArg, TValue> addValueFactory, Func<TKey, TValue, TArg, TValue> updateValueFactory, TArg factoryArgument)
        {
            if (key == null) throw new ArgumentNullException("key");
            if (addValueFactory == null) throw new ArgumentNullException("addValueFactory");
            if (updateValueFactory == null) throw new ArgumentNullException("updateValueFactory");
            while (true)
            {
                Node n = Find(key);
                if (n != null)
                {
                    TValue current = n.Value;
                    TValue updated = updateValueFactory(key, current, factoryArgument);
                    if (TryUpdateInternal(key, n.Hash, updated, current)) return updated;
                    continue;
                }
                TValue resulting;
                if (TryAddInternal(key, addValueFactory(key, factoryArgument), false, out resulting)) return resulting;
            }
        }

        // ---- whole-table operations (every stripe) ----

        public void Clear()
        {
            int locked = 0;
            try
            {
                locked = LockAll();
                Tables tables = m_tables;
                Tables empty = new Tables(new Node[DefaultCapacity], tables.Locks, new int[tables.Locks.Length]);
                m_tables = empty;
                m_budget = Math.Max(1, DefaultCapacity / tables.Locks.Length);
            }
            finally { UnlockAll(locked); }
        }

        public int Count
        {
            get
            {
                int locked = 0;
                try
                {
                    locked = LockAll();
                    return CountUnderLocks();
                }
                finally { UnlockAll(locked); }
            }
        }

        private int CountUnderLocks()
        {
            int count = 0;
            int[] counts = m_tables.CountPerLock;
            for (int i = 0; i < counts.Length; i++) count += counts[i];
            return count;
        }

        public bool IsEmpty
        {
            get
            {
                int locked = 0;
                try
                {
                    locked = LockAll();
                    return CountUnderLocks() == 0;
                }
                finally { UnlockAll(locked); }
            }
        }

        public KeyValuePair<TKey, TValue>[] ToArray()
        {
            int locked = 0;
            try
            {
                locked = LockAll();
                List<KeyValuePair<TKey, TValue>> items = new List<KeyValuePair<TKey, TValue>>(CountUnderLocks());
                Node[] buckets = m_tables.Buckets;
                for (int i = 0; i < buckets.Length; i++)
                {
                    for (Node n = buckets[i]; n != null; n = n.Next) items.Add(new KeyValuePair<TKey, TValue>(n.Key, n.Value));
                }
                return items.ToArray();
            }
            finally { UnlockAll(locked); }
        }

        // Walks the live table without locks: it may see writes made while it runs, and never fails because of them.
        public IEnumerator<KeyValuePair<TKey, TValue>> GetEnumerator()
        {
            Node[] buckets = m_tables.Buckets;
            for (int i = 0; i < buckets.Length; i++)
            {
                for (Node n = ReadBucket(buckets, i); n != null; n = n.Next)
                    yield return new KeyValuePair<TKey, TValue>(n.Key, n.Value);
            }
        }

        IEnumerator IEnumerable.GetEnumerator() { return GetEnumerator(); }

        // Every stripe, in order (so two threads locking all cannot deadlock); returns how many were taken.
        private int LockAll()
        {
            object[] locks = m_tables.Locks;
            int taken = 0;
            for (; taken < locks.Length; taken++) Monitor.Enter(locks[taken]);
            // a growth that added stripes happened before we held the first: take the new ones too
            object[] now = m_tables.Locks;
            for (; taken < now.Length; taken++) Monitor.Enter(now[taken]);
            return taken;
        }

        private void UnlockAll(int taken)
        {
            object[] locks = m_tables.Locks;
            for (int i = 0; i < taken; i++) Monitor.Exit(locks[i]);
        }

        // Doubles the table (and, unless a lock count was given, the stripes) once a stripe passed its budget.
        private void Grow(Tables seen)
        {
            int locked = 0;
            try
            {
                // stripe 0 first: whoever holds it decides, and a table already replaced needs nothing
                Monitor.Enter(seen.Locks[0]);
                locked = 1;
                if (seen != m_tables) return;
                int approximate = 0;
                for (int i = 0; i < seen.CountPerLock.Length; i++) approximate += seen.CountPerLock[i];
                // a few crowded stripes (poor hash codes) are no reason to grow: allow them more instead
                if (approximate < seen.Buckets.Length / 4)
                {
                    m_budget = 2 * m_budget;
                    if (m_budget < 0) m_budget = int.MaxValue;
                    return;
                }
                int length = seen.Buckets.Length * 2 + 1;
                while (length % 3 == 0 || length % 5 == 0 || length % 7 == 0) length += 2;
                object[] locks = seen.Locks;
                if (m_growLocks && locks.Length < MaxLocks)
                {
                    locks = new object[locks.Length * 2];
                    Array.Copy(seen.Locks, locks, seen.Locks.Length);
                    for (int i = seen.Locks.Length; i < locks.Length; i++) locks[i] = new object();
                }
                for (; locked < seen.Locks.Length; locked++) Monitor.Enter(seen.Locks[locked]);
                Node[] buckets = new Node[length];
                int[] counts = new int[locks.Length];
                for (int i = 0; i < seen.Buckets.Length; i++)
                {
                    for (Node n = seen.Buckets[i]; n != null; n = n.Next)
                    {
                        int bucket = Bucket(n.Hash, length);
                        buckets[bucket] = new Node(n.Key, n.Value, n.Hash, buckets[bucket]);
                        counts[bucket % locks.Length]++;
                    }
                }
                m_budget = Math.Max(1, length / locks.Length);
                m_tables = new Tables(buckets, locks, counts);
            }
            finally
            {
                for (int i = 0; i < locked; i++) Monitor.Exit(seen.Locks[i]);
            }
        }

        // Bucket heads are read without locks: the node a writer publishes must be complete when a reader sees it.
        private static Node ReadBucket(Node[] buckets, int i) { return Volatile.Read(ref buckets[i]); }

        private static void Publish(Node[] buckets, int i, Node n) { Volatile.Write(ref buckets[i], n); }

        private static int Bucket(int hash, int length) { return (int)((uint)hash % (uint)length); }
    }
}
