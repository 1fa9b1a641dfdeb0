using System.Threading.Tasks;

namespace System.Threading
{
    // The thread pool's queues, as .NET keeps them: one global FIFO queue, and a local queue per worker that its
    // owner uses as a stack (LIFO: the newest, cache-warm item first) while idle workers steal from its other end.
    // Items are Tasks or IThreadPoolWorkItems.
    internal static partial class ThreadPoolWorkQueue
    {
        // Guards the global queue and the list of local queues; idle workers sleep on it.
        private static readonly LowLevelMonitor s_monitor = new LowLevelMonitor();
        private static object[] s_global = new object[64];
        private static int s_head;
        private static int s_count;
        private static LocalQueue[] s_locals = new LocalQueue[0];

        // Workers asleep (or about to sleep) in WaitForWork. Only they write it, as they fall asleep and wake, so the read
        // every enqueue makes stays a cache hit while all workers are busy. Nothing else shared is written per item:
        // a count every item touched would bounce its cache line between the cores on every item (it did: two cores
        // ran the concurrent async benchmark slower than one), so pending and completed items are counted per queue.
        // (PaddedInt32: on lines of its own, away from the global queue's fields every enqueue writes)
        private static PaddedInt32 s_idle;

        // Items queued and not yet taken: racy sums for the starvation check and ThreadPool.PendingWorkItemCount.
        internal static int PendingCount
        {
            get
            {
                long pending = s_count;
                LocalQueue[] locals = s_locals;
                for (int i = 0; i < locals.Length; i++) pending += locals[i].Count;
                return pending > int.MaxValue ? int.MaxValue : (int)pending;
            }
        }

        // Items taken so far (each worker counts its own): the starvation check watches whether it moves.
        internal static long DequeuedCount
        {
            get
            {
                long taken = 0;
                LocalQueue[] locals = s_locals;
                for (int i = 0; i < locals.Length; i++) taken += locals[i].Taken;
                return taken;
            }
        }

        internal static int IdleCount { get { return Volatile.Read(ref s_idle.Value); } }

        // An item in a local queue is stored before the idle count is read, with a full barrier between, and an idle
        // worker raises the count before it looks at the queues (WaitForWork): one of the two always sees the other, so
        // no wake-up is lost.
        internal static void Enqueue(object item, bool preferLocal)
        {
            LocalQueue local = preferLocal ? ThreadCurrent.LocalQueue : null;
            if (local != null)
            {
                local.Push(item);
                WakeIfIdle();
            }
            else
            {
                EnqueueGlobal(item);
            }
        }

        // After an item is stored in a local queue: a sleeping worker may steal it.
        private static void WakeIfIdle()
        {
            Interlocked.MemoryBarrier();
            if (Volatile.Read(ref s_idle.Value) > 0) WakeOne();
            else ThreadPoolWorkers.WorkArrived();
        }

        // Under the monitor, where an idle worker counts itself and looks at the global queue: no fence is needed.
        private static void EnqueueGlobal(object item)
        {
            s_monitor.Acquire();
            if (s_count == s_global.Length)
            {
                object[] bigger = new object[s_global.Length * 2];
                for (int i = 0; i < s_count; i++) bigger[i] = s_global[(s_head + i) % s_global.Length];
                s_global = bigger;
                s_head = 0;
            }
            s_global[(s_head + s_count) % s_global.Length] = item;
            s_count++;
            bool idle = s_idle.Value > 0;
            if (idle) s_monitor.Signal();
            s_monitor.Release();
            if (!idle) ThreadPoolWorkers.WorkArrived();
        }

        private static void WakeOne()
        {
            s_monitor.Acquire();
            s_monitor.Signal();
            s_monitor.Release();
        }

        // How often a worker takes the oldest queued item before its own newest (as Go's scheduler looks at its global
        // queue every 61st time). A worker's own queue is a stack, and a chain that awaits Task.Yield in a loop is
        // always its newest item: without this, it would run forever while the global queue and the older items
        // under it waited (.NET sends Task.Yield's continuations to the global queue for that reason; here they stay
        // in the worker's queue, off the lock every core would share, and take at most this many turns in a row).
        private const int OldestFirstEvery = 61;

        // A worker moves items into its own queue in runs, as Go's scheduler does: from the global queue its share (the
        // queue divided among the workers, at most GlobalShareMost), from another worker's queue the older half (at
        // most StealMost). Taken one at a time, neighbouring items went to different workers — and work queued
        // together was mostly made together, by one thread, side by side in memory (10,000 async chains started by
        // Main: their frames and resumers) — so two cores running neighbours each wrote lines the other held, and
        // every await waited on the other core's cache: two cores ran bench/async-concurrent-gc.sh 2.6x slower than
        // one (versions on, 120 ms against 46). A worker that took a run of neighbours, or stole half of another's
        // queue, shares lines with the other workers' items only at the ends of its run. Stealing 32 at most still
        // left the thief's run next to the items its victim takes oldest-first (~50 ns an await on both cores
        // against ~42 on one); 256 made it 44.
        private const int GlobalShareMost = 32;
        internal const int StealMost = 256;

        // The next item for a worker: its own newest, else the global queue's oldest (and its share of the rest), else
        // the oldest of another worker's (and half of the rest); every OldestFirstEvery items, the global queue's
        // oldest or its own oldest first. Null when there is none.
        internal static object Dequeue(LocalQueue local)
        {
            object item = null;
            if (local != null)
            {
                if (local.OldestFirstNow())
                {
                    item = DequeueGlobal(local);
                    if (item == null) item = local.Steal();
                }
                if (item == null) item = local.Pop();
            }
            if (item == null) item = DequeueGlobal(local);
            if (item == null) item = Steal(local);
            if (item != null && local != null) local.CountTaken();
            return item;
        }

        private static object DequeueGlobal(LocalQueue local)
        {
            if (s_count == 0) return null; // a racy peek; the locked check below decides
            s_monitor.Acquire();
            if (s_count == 0)
            {
                s_monitor.Release();
                return null;
            }
            if (local == null)
            {
                object only = TakeGlobal();
                s_monitor.Release();
                return only;
            }
            int share = 1 + (s_count - 1) / s_locals.Length;
            if (share > GlobalShareMost) share = GlobalShareMost;
            object[] transfer = local.Transfer;
            for (int i = 0; i < share; i++) transfer[i] = TakeGlobal();
            s_monitor.Release();
            return TakeTransferred(local, share);
        }

        private static object TakeGlobal()
        {
            object item = s_global[s_head];
            s_global[s_head] = null;
            s_head = (s_head + 1) % s_global.Length;
            s_count--;
            return item;
        }

        // A worker took `count` items, oldest first, into its transfer buffer (under another queue's lock, which it has
        // released: pushing may take its own queue's lock): it runs the oldest now and queues the others so that they
        // pop oldest first. While they were in the buffer an idle worker may have found no work and gone to sleep.
        private static object TakeTransferred(LocalQueue local, int count)
        {
            object[] transfer = local.Transfer;
            object item = transfer[0];
            transfer[0] = null;
            if (count == 1) return item;
            for (int i = count - 1; i > 0; i--)
            {
                local.Push(transfer[i]);
                transfer[i] = null;
            }
            WakeIfIdle();
            return item;
        }

        private static object Steal(LocalQueue thief)
        {
            LocalQueue[] locals = s_locals;
            // where to start looking: each thief's own rotation (a shared one was a line every steal wrote)
            int start = thief != null ? thief.NextStealStart() : 0;
            for (int i = 0; i < locals.Length; i++)
            {
                LocalQueue victim = locals[(start + i) % locals.Length];
                if (victim == thief) continue;
                if (thief == null)
                {
                    object one = victim.Steal();
                    if (one != null) return one;
                    continue;
                }
                int taken = victim.StealHalf(thief.Transfer);
                if (taken > 0) return TakeTransferred(thief, taken);
            }
            return null;
        }

        // A worker with nothing to do sleeps here until an item is queued (or the time runs out). The idle count is
        // raised with a full barrier before the queues are looked at, and producers store their item before reading
        // the idle count (Enqueue), so one of the two always sees the other: no wake-up is lost. A producer that sees
        // the count signals under the monitor, which this worker holds from its look until it sleeps.
        internal static void WaitForWork(int timeoutMilliseconds)
        {
            s_monitor.Acquire();
            Interlocked.Increment(ref s_idle.Value);
            if (!HasQueuedWork()) s_monitor.Wait(timeoutMilliseconds);
            Interlocked.Decrement(ref s_idle.Value);
            s_monitor.Release();
        }

        // The caller holds the monitor (so the global count is exact); local counts are read as they are.
        private static bool HasQueuedWork()
        {
            if (s_count > 0) return true;
            LocalQueue[] locals = s_locals;
            for (int i = 0; i < locals.Length; i++)
            {
                if (locals[i].Count > 0) return true;
            }
            return false;
        }

        internal static void Register(LocalQueue local)
        {
            s_monitor.Acquire();
            LocalQueue[] bigger = new LocalQueue[s_locals.Length + 1];
            for (int i = 0; i < s_locals.Length; i++) bigger[i] = s_locals[i];
            bigger[s_locals.Length] = local;
            s_locals = bigger;
            s_monitor.Release();
        }

        // Runs one item on the current thread.
        internal static void Execute(object item)
        {
            Task task = item as Task;
            if (task != null) task.ExecuteFromThreadPool();
            else ((IThreadPoolWorkItem)item).Execute();
        }
    }
}
