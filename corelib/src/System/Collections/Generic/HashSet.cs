namespace System.Collections.Generic
{
    // The Dictionary's layout without values: entries in insertion order, freed slots reused last-freed first, null
    // allowed (hash 0). Only adding bumps the version, as in .NET 5+.
    public class HashSet<T> : ISet<T>, IReadOnlyCollection<T>
    {
        private struct Entry
        {
            internal int hash;        // non-negative; -1 marks a free entry
            internal int next;        // next in the bucket chain or the free list; -1 ends it
            internal T value;
        }

        private int[] m_buckets;      // 1-based index into m_entries, 0 = empty
        private Entry[] m_entries;
        private int m_count;
        private int m_freeList = -1;
        private int m_freeCount;
        private int m_version;
        private ulong m_bucketMultiplier; // HashBuckets.Multiplier(m_buckets.Length)
        // null for the default comparer, whose calls (DefaultOperations) the compiler makes direct and inlinable
        private readonly IEqualityComparer<T> m_comparer;

        public HashSet() : this(0, null) { }
        public HashSet(IEqualityComparer<T> comparer) : this(0, comparer) { }
        public HashSet(int capacity) : this(capacity, null) { }

        public HashSet(int capacity, IEqualityComparer<T> comparer)
        {
            if (capacity < 0) throw CollectionErrors.NegativeArgument("capacity");
            m_comparer = comparer == EqualityComparer<T>.Default ? null : comparer;
            Allocate(HashBuckets.PrimeAtLeast(capacity));
        }

        public HashSet(IEnumerable<T> collection) : this(collection, null) { }

        public HashSet(IEnumerable<T> collection, IEqualityComparer<T> comparer) : this(0, comparer)
        {
            if (collection == null) throw new ArgumentNullException("collection");
            foreach (T item in collection) Add(item);
        }

        private void Allocate(int size)
        {
            m_buckets = new int[size];
            m_bucketMultiplier = HashBuckets.Multiplier(size);
            m_entries = new Entry[size];
        }

        public IEqualityComparer<T> Comparer { get { return m_comparer ?? EqualityComparer<T>.Default; } }
        public int Count { get { return m_count - m_freeCount; } }
        bool ICollection<T>.IsReadOnly { get { return false; } }

        private int Hash(T item)
        {
            if (item == null) return 0;
            IEqualityComparer<T> comparer = m_comparer;
            return (comparer == null ? DefaultOperations.HashOf(item) : comparer.GetHashCode(item)) & 0x7FFFFFFF;
        }

        private bool ItemsEqual(T stored, T item)
        {
            IEqualityComparer<T> comparer = m_comparer;
            return comparer == null ? DefaultOperations.AreEqual(stored, item) : comparer.Equals(stored, item);
        }

        private int Bucket(int hash) { return HashBuckets.Index(hash, m_buckets.Length, m_bucketMultiplier); }

        private int Find(T item) { return Find(item, Hash(item)); }

        private int Find(T item, int hash)
        {
            Entry[] entries = m_entries;
            IEqualityComparer<T> comparer = m_comparer;
            int i = m_buckets[Bucket(hash)] - 1;
            if (comparer == null)
            {
                for (; i >= 0; i = entries[i].next)
                {
                    if (entries[i].hash == hash && DefaultOperations.AreEqual(entries[i].value, item)) return i;
                }
                return -1;
            }
            for (; i >= 0; i = entries[i].next)
            {
                if (entries[i].hash == hash && comparer.Equals(entries[i].value, item)) return i;
            }
            return -1;
        }

        public bool Contains(T item) { return Find(item) >= 0; }

        public bool TryGetValue(T equalValue, out T actualValue)
        {
            int i = Find(equalValue);
            actualValue = i >= 0 ? m_entries[i].value : default(T);
            return i >= 0;
        }

        // The item's hash is computed once, for the search and for the new entry.
        public bool Add(T item)
        {
            int hash = Hash(item);
            if (Find(item, hash) >= 0) return false;
            int index;
            if (m_freeCount > 0)
            {
                index = m_freeList;
                m_freeList = m_entries[index].next;
                m_freeCount--;
            }
            else
            {
                if (m_count == m_entries.Length) Resize();
                index = m_count++;
            }
            int bucket = Bucket(hash);
            m_entries[index].hash = hash;
            m_entries[index].value = item;
            m_entries[index].next = m_buckets[bucket] - 1;
            m_buckets[bucket] = index + 1;
            m_version++;
            return true;
        }

        void ICollection<T>.Add(T item) { Add(item); }

        private void Resize()
        {
            Entry[] old = m_entries;
            Allocate(HashBuckets.GrownSize(old.Length));
            Array.Copy(old, 0, m_entries, 0, m_count);
            for (int i = 0; i < m_count; i++)
            {
                if (m_entries[i].hash < 0) continue;
                int bucket = Bucket(m_entries[i].hash);
                m_entries[i].next = m_buckets[bucket] - 1;
                m_buckets[bucket] = i + 1;
            }
        }

        public bool Remove(T item)
        {
            int hash = Hash(item);
            int bucket = Bucket(hash);
            int previous = -1;
            for (int i = m_buckets[bucket] - 1; i >= 0; i = m_entries[i].next)
            {
                if (m_entries[i].hash == hash && ItemsEqual(m_entries[i].value, item))
                {
                    if (previous < 0) m_buckets[bucket] = m_entries[i].next + 1; else m_entries[previous].next = m_entries[i].next;
                    m_entries[i].hash = -1;
                    m_entries[i].value = default(T);
                    m_entries[i].next = m_freeList;
                    m_freeList = i;
                    m_freeCount++;
                    return true;
                }
                previous = i;
            }
            return false;
        }

        public int RemoveWhere(Predicate<T> match)
        {
            if (match == null) throw new ArgumentNullException("match");
            int removed = 0;
            for (int i = 0; i < m_count; i++)
            {
                if (m_entries[i].hash < 0) continue;
                T value = m_entries[i].value;
                if (match(value) && Remove(value)) removed++;
            }
            return removed;
        }

        public void Clear()
        {
            if (m_count == 0) return;
            Array.Clear(m_buckets, 0, m_buckets.Length);
            Array.Clear(m_entries, 0, m_count);
            m_count = 0;
            m_freeList = -1;
            m_freeCount = 0;
        }

        public void CopyTo(T[] array) { CopyTo(array, 0, Count); }

        public void CopyTo(T[] array, int arrayIndex) { CopyTo(array, arrayIndex, Count); }

        public void CopyTo(T[] array, int arrayIndex, int count)
        {
            if (array == null) throw new ArgumentNullException("array");
            if (arrayIndex < 0) throw CollectionErrors.NegativeArgument("arrayIndex");
            if (count < 0) throw CollectionErrors.NegativeArgument("count");
            if (arrayIndex > array.Length || count > array.Length - arrayIndex) throw CollectionErrors.DestinationTooSmall();
            for (int i = 0; i < m_count && count > 0; i++)
            {
                if (m_entries[i].hash < 0) continue;
                array[arrayIndex++] = m_entries[i].value;
                count--;
            }
        }

        // ---- set operations; `other` is read with this set's comparer ----

        private static void CheckOther(IEnumerable<T> other)
        {
            if (other == null) throw new ArgumentNullException("other");
        }

        // `other` as a set under this set's comparer (itself when it already is one).
        private HashSet<T> AsSet(IEnumerable<T> other)
        {
            HashSet<T> set = other as HashSet<T>;
            if (set != null && set.Comparer.Equals(Comparer)) return set;
            return new HashSet<T>(other, m_comparer);
        }

        public void UnionWith(IEnumerable<T> other)
        {
            CheckOther(other);
            foreach (T item in other) Add(item);
        }

        public void IntersectWith(IEnumerable<T> other)
        {
            CheckOther(other);
            if (Count == 0 || other == this) return;
            HashSet<T> keep = AsSet(other);
            for (int i = 0; i < m_count; i++)
            {
                if (m_entries[i].hash >= 0 && !keep.Contains(m_entries[i].value)) Remove(m_entries[i].value);
            }
        }

        public void ExceptWith(IEnumerable<T> other)
        {
            CheckOther(other);
            if (Count == 0) return;
            if (other == this)
            {
                Clear();
                return;
            }
            foreach (T item in other) Remove(item);
        }

        public void SymmetricExceptWith(IEnumerable<T> other)
        {
            CheckOther(other);
            if (Count == 0)
            {
                UnionWith(other);
                return;
            }
            if (other == this)
            {
                Clear();
                return;
            }
            foreach (T item in AsSet(other))
            {
                if (!Remove(item)) Add(item);
            }
        }

        public bool IsSubsetOf(IEnumerable<T> other)
        {
            CheckOther(other);
            if (Count == 0 || other == this) return true;
            return ContainedIn(AsSet(other));
        }

        public bool IsProperSubsetOf(IEnumerable<T> other)
        {
            CheckOther(other);
            if (other == this) return false;
            HashSet<T> set = AsSet(other);
            return set.Count > Count && ContainedIn(set);
        }

        public bool IsSupersetOf(IEnumerable<T> other)
        {
            CheckOther(other);
            if (other == this) return true;
            foreach (T item in other) if (!Contains(item)) return false;
            return true;
        }

        public bool IsProperSupersetOf(IEnumerable<T> other)
        {
            CheckOther(other);
            if (Count == 0 || other == this) return false;
            HashSet<T> set = AsSet(other);
            return set.Count < Count && set.ContainedIn(this);
        }

        public bool Overlaps(IEnumerable<T> other)
        {
            CheckOther(other);
            if (Count == 0) return false;
            if (other == this) return true;
            foreach (T item in other) if (Contains(item)) return true;
            return false;
        }

        public bool SetEquals(IEnumerable<T> other)
        {
            CheckOther(other);
            if (other == this) return true;
            HashSet<T> set = AsSet(other);
            return set.Count == Count && set.ContainedIn(this);
        }

        private bool ContainedIn(HashSet<T> set)
        {
            for (int i = 0; i < m_count; i++)
            {
                if (m_entries[i].hash >= 0 && !set.Contains(m_entries[i].value)) return false;
            }
            return true;
        }

        public Enumerator GetEnumerator() { return new Enumerator(this); }
        IEnumerator<T> IEnumerable<T>.GetEnumerator() { return new Enumerator(this); }
        IEnumerator IEnumerable.GetEnumerator() { return new Enumerator(this); }

        public struct Enumerator : IEnumerator<T>
        {
            private readonly HashSet<T> m_set;
            private readonly int m_version;
            private int m_index;
            private T m_current;

            internal Enumerator(HashSet<T> set)
            {
                m_set = set;
                m_version = set.m_version;
                m_index = 0;
                m_current = default(T);
            }

            public bool MoveNext()
            {
                if (m_version != m_set.m_version) throw CollectionErrors.VersionChanged();
                while (m_index < m_set.m_count)
                {
                    int i = m_index++;
                    if (m_set.m_entries[i].hash >= 0)
                    {
                        m_current = m_set.m_entries[i].value;
                        return true;
                    }
                }
                m_index = m_set.m_count + 1;
                m_current = default(T);
                return false;
            }

            public T Current { get { return m_current; } }

            object IEnumerator.Current
            {
                get
                {
                    if (m_index == 0 || m_index == m_set.m_count + 1) throw CollectionErrors.EnumerationNotRunning();
                    return m_current;
                }
            }

            void IEnumerator.Reset()
            {
                if (m_version != m_set.m_version) throw CollectionErrors.VersionChanged();
                m_index = 0;
                m_current = default(T);
            }

            public void Dispose() { }
        }
    }
}
