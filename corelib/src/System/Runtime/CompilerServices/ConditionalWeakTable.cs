namespace System.Runtime.CompilerServices
{
    // Values attached to keys without keeping the keys alive: each entry holds its key through a weak slot (WeakSlot,
    // runtime-c weak.c), so an entry dies with its key, and the table drops dead entries — and with them its strong
    // references to their values — when it is next changed after a collection.
    //
    // The limitation (Boehm has no ephemerons): the value is held strongly by the table, so a value that references its
    // own key (directly or through other objects) keeps the key alive for as long as the table lives; .NET's
    // ephemeron semantics would let both go. Doing better needs the collector to mark a value only once its key is
    // marked, repeated until nothing changes — a hook Boehm 8.2 does not offer (no callback when the mark stack
    // empties).
    public sealed class ConditionalWeakTable<TKey, TValue> where TKey : class where TValue : class
    {
        public delegate TValue CreateValueCallback(TKey key);

        private sealed class Entry
        {
            internal IntPtr KeySlot;
            internal int Hash;
            internal TValue Value;
            internal Entry Next;
        }

        private Entry[] _buckets = new Entry[8];
        private int _count;
        private int _prunedAfterCollection = -1;

        public void Add(TKey key, TValue value)
        {
            if (key == null) throw new ArgumentNullException("key");
            if (Find(key) != null) throw new ArgumentException("An item with the same key has already been added.");
            Insert(key, value);
        }

        public bool TryAdd(TKey key, TValue value)
        {
            if (key == null) throw new ArgumentNullException("key");
            if (Find(key) != null) return false;
            Insert(key, value);
            return true;
        }

        public void AddOrUpdate(TKey key, TValue value)
        {
            if (key == null) throw new ArgumentNullException("key");
            Entry e = Find(key);
            if (e != null) e.Value = value;
            else Insert(key, value);
        }

        public bool Remove(TKey key)
        {
            if (key == null) throw new ArgumentNullException("key");
            int hash = Object.GetHashCodeImpl(key);
            int b = hash % _buckets.Length;
            Entry previous = null;
            for (Entry e = _buckets[b]; e != null; previous = e, e = e.Next)
            {
                if (e.Hash == hash && WeakSlot.Get(ref e.KeySlot) == (object)key)
                {
                    Unlink(b, previous, e);
                    return true;
                }
            }
            return false;
        }

        public bool TryGetValue(TKey key, out TValue value)
        {
            if (key == null) throw new ArgumentNullException("key");
            Entry e = Find(key);
            value = e != null ? e.Value : null;
            return e != null;
        }

        public TValue GetValue(TKey key, CreateValueCallback createValueCallback)
        {
            if (createValueCallback == null) throw new ArgumentNullException("createValueCallback");
            TValue value;
            if (TryGetValue(key, out value)) return value;
            value = createValueCallback(key);
            // the callback may have added the key itself: the first value stays, as in .NET
            TValue added;
            if (TryGetValue(key, out added)) return added;
            Insert(key, value);
            return value;
        }

        public TValue GetOrCreateValue(TKey key)
        {
            return GetValue(key, k => Activator.CreateInstance<TValue>());
        }

        public void Clear()
        {
            for (int b = 0; b < _buckets.Length; b++)
            {
                for (Entry e = _buckets[b]; e != null; e = e.Next) WeakSlot.Free(ref e.KeySlot);
                _buckets[b] = null;
            }
            _count = 0;
        }

        private Entry Find(TKey key)
        {
            int hash = Object.GetHashCodeImpl(key);
            for (Entry e = _buckets[hash % _buckets.Length]; e != null; e = e.Next)
            {
                if (e.Hash == hash && WeakSlot.Get(ref e.KeySlot) == (object)key) return e;
            }
            return null;
        }

        private void Insert(TKey key, TValue value)
        {
            int collections = GC.CollectionCount(0);
            if (collections != _prunedAfterCollection)
            {
                _prunedAfterCollection = collections;
                PruneDeadKeys();
            }
            if (_count >= _buckets.Length * 2) Grow();
            Entry e = new Entry { Hash = Object.GetHashCodeImpl(key), Value = value };
            WeakSlot.Set(ref e.KeySlot, key, false);
            int b = e.Hash % _buckets.Length;
            e.Next = _buckets[b];
            _buckets[b] = e;
            _count++;
        }

        private void PruneDeadKeys()
        {
            for (int b = 0; b < _buckets.Length; b++)
            {
                Entry previous = null;
                for (Entry e = _buckets[b]; e != null; e = e.Next)
                {
                    if (WeakSlot.Get(ref e.KeySlot) == null) Unlink(b, previous, e);
                    else previous = e;
                }
            }
        }

        private void Unlink(int bucket, Entry previous, Entry e)
        {
            if (previous == null) _buckets[bucket] = e.Next;
            else previous.Next = e.Next;
            WeakSlot.Free(ref e.KeySlot);
            e.Value = null;
            _count--;
        }

        private void Grow()
        {
            Entry[] old = _buckets;
            _buckets = new Entry[old.Length * 2];
            for (int b = 0; b < old.Length; b++)
            {
                Entry e = old[b];
                while (e != null)
                {
                    Entry next = e.Next;
                    int nb = e.Hash % _buckets.Length;
                    e.Next = _buckets[nb];
                    _buckets[nb] = e;
                    e = next;
                }
            }
        }
    }
}
