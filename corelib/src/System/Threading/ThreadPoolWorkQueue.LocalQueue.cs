namespace System.Threading
{
    internal static partial class ThreadPoolWorkQueue
    {
        // A worker's own queue, a work-stealing deque as .NET's: its owner pushes and pops at the tail (newest first)
        // without a lock, thieves take from the head under a lock. Every pool item passes through here, so the owner's
        // push is two plain stores and its pop one exchange (a full fence) — unless the queue holds one item or none,
        // where the owner and a thief could want the same one and the lock settles it. Indices only move by one and
        // are masked into the array, whose length is a power of two.
        internal sealed class LocalQueue
        {
            private const int InitialCapacity = 32;
            // The tail is brought back near zero before it could overflow (rebasing keeps every item's slot).
            private const int RebaseAbove = 1 << 30;

            private readonly LowLevelMonitor m_lock = new LowLevelMonitor();
            private object[] m_items = new object[InitialCapacity];
            private int m_mask = InitialCapacity - 1;
            private volatile int m_head;
            private volatile int m_tail;
            // Items its owner took from anywhere; only the owner writes it.
            private long m_taken;
            private int m_untilOldestFirst = OldestFirstEvery;
            // Owner only: items it takes from another queue wait here between that queue's lock and its own (Dequeue).
            private readonly object[] m_transfer = new object[StealMost];

            private int m_stealStart;

            internal object[] Transfer { get { return m_transfer; } }

            // Owner only: where its next look at the other queues starts (turn by turn, so no victim is always first).
            internal int NextStealStart() { return m_stealStart++ & 0x7fffffff; }

            // Items in the queue, as a racy snapshot (never below 0).
            internal int Count
            {
                get
                {
                    int count = m_tail - m_head;
                    return count < 0 ? 0 : count;
                }
            }

            internal long Taken { get { return Volatile.Read(ref m_taken); } }

            internal void CountTaken() { Volatile.Write(ref m_taken, m_taken + 1); }

            // Owner only: true once every OldestFirstEvery calls.
            internal bool OldestFirstNow()
            {
                if (--m_untilOldestFirst > 0) return false;
                m_untilOldestFirst = OldestFirstEvery;
                return true;
            }

            // Owner only. The item is stored before the tail that publishes it (a release store).
            internal void Push(object item)
            {
                int tail = m_tail;
                // thieves only raise the head, so a stale head only understates the room
                if (tail - m_head < m_mask && tail < RebaseAbove)
                {
                    Volatile.Write(ref m_items[tail & m_mask], item);
                    m_tail = tail + 1;
                    return;
                }
                m_lock.Acquire();
                MakeRoom();
                tail = m_tail;
                m_items[tail & m_mask] = item;
                m_tail = tail + 1;
                m_lock.Release();
            }

            // Owner only: the newest item, or null.
            internal object Pop()
            {
                int tail = m_tail - 1;
                if (tail < m_head) return null;
                // claim the slot before looking at the head: a thief claims the head the same way (exchange, then
                // compare with the tail), so the two exchanges order the race and at most one of us sees the last
                // item as its own — the owner takes it without the lock when no thief has claimed it (.NET's
                // LocalPop: an await loop's queue holds one item most of the time)
                Interlocked.Exchange(ref m_tail, tail);
                int slot = tail & m_mask;
                if (tail >= m_head)
                {
                    object item = m_items[slot];
                    m_items[slot] = null;
                    return item;
                }
                // a thief claimed the head past our slot: decide under the thieves' lock
                m_lock.Acquire();
                object taken = null;
                if (tail >= m_head)
                {
                    taken = m_items[slot];
                    m_items[slot] = null;
                }
                else
                {
                    m_tail = tail + 1;
                }
                m_lock.Release();
                return taken;
            }

            // Any thread (the owner too): the oldest item, or null.
            internal object Steal()
            {
                if (m_tail - m_head <= 0) return null;
                m_lock.Acquire();
                object item = TakeOldest();
                m_lock.Release();
                return item;
            }

            // Another worker: the older half of the items (at least one, at most the buffer's length), oldest first into
            // `into`; how many. One at a time, each claimed as Steal claims it: a head raised by more than one before
            // the items are read would let the owner's push reuse their slots (its room check trusts the head).
            internal int StealHalf(object[] into)
            {
                if (m_tail - m_head <= 0) return 0;
                m_lock.Acquire();
                int wanted = (m_tail - m_head + 1) / 2;
                if (wanted > into.Length) wanted = into.Length;
                int taken = 0;
                while (taken < wanted)
                {
                    object item = TakeOldest();
                    if (item == null) break;
                    into[taken++] = item;
                }
                m_lock.Release();
                return taken;
            }

            // Under the lock: claims the head (exchange, then compare with the tail: the owner's Pop claims its slot the
            // same way, so at most one of us sees the last item as its own).
            private object TakeOldest()
            {
                int head = m_head;
                Interlocked.Exchange(ref m_head, head + 1);
                if (head < m_tail)
                {
                    int slot = head & m_mask;
                    object item = m_items[slot];
                    m_items[slot] = null;
                    return item;
                }
                m_head = head;
                return null;
            }

            // Under the lock, by the owner: room for one more item, and indices far from overflow.
            private void MakeRoom()
            {
                int head = m_head;
                int tail = m_tail;
                if (tail - head >= m_mask)
                {
                    object[] bigger = new object[m_items.Length * 2];
                    int biggerMask = bigger.Length - 1;
                    for (int i = head; i < tail; i++) bigger[i & biggerMask] = m_items[i & m_mask];
                    m_items = bigger;
                    m_mask = biggerMask;
                }
                if (tail >= RebaseAbove)
                {
                    // a multiple of the length: every item keeps its slot
                    int shift = head & ~m_mask;
                    m_head = head - shift;
                    m_tail = tail - shift;
                }
            }
        }
    }
}
