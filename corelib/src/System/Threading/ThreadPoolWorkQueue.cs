using System.Threading.Tasks;

namespace System.Threading
{
    // The thread pool's queues, as .NET keeps them: one global FIFO queue, and a local queue per worker that its
    // owner uses as a stack (LIFO: the newest, cache-warm item first) while idle workers steal from its other end.
    // Items are Tasks or IThreadPoolWorkItems.
    internal static class ThreadPoolWorkQueue
    {
        // Guards the global queue and the list of local queues; idle workers sleep on it.
        private static readonly LowLevelMonitor s_monitor = new LowLevelMonitor();
        private static object[] s_global = new object[64];
        private static int s_head;
        private static int s_count;
        private static LocalQueue[] s_locals = new LocalQueue[0];

        // Items queued anywhere and not yet taken. Incremented before an item is queued, so a worker that finds it
        // positive may briefly find nothing yet, but never sleeps while an item waits.
        private static volatile int s_pending;
        private static volatile int s_idle;
        // Items taken so far: the starvation check watches whether it moves.
        private static long s_dequeued;

        internal static int PendingCount { get { int p = s_pending; return p < 0 ? 0 : p; } }

        internal static long DequeuedCount { get { return Interlocked.Read(ref s_dequeued); } }

        internal static int IdleCount { get { return s_idle; } }

        internal static void Enqueue(object item, bool preferLocal)
        {
            Interlocked.Increment(ref s_pending);
            LocalQueue local = preferLocal ? ThreadCurrent.LocalQueue : null;
            if (local != null)
            {
                local.Push(item);
                if (s_idle > 0) WakeOne();
            }
            else
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
                if (s_idle > 0) s_monitor.Signal();
                s_monitor.Release();
            }
            if (s_idle == 0) ThreadPoolWorkers.WorkArrived();
        }

        private static void WakeOne()
        {
            s_monitor.Acquire();
            s_monitor.Signal();
            s_monitor.Release();
        }

        // The next item for a worker: its own newest, else the global queue's oldest, else one stolen from another
        // worker. Null when there is none.
        internal static object Dequeue(LocalQueue local)
        {
            object item = local != null ? local.Pop() : null;
            if (item == null) item = DequeueGlobal();
            if (item == null) item = Steal(local);
            if (item != null) Taken();
            return item;
        }

        private static void Taken()
        {
            Interlocked.Decrement(ref s_pending);
            Interlocked.Increment(ref s_dequeued);
        }

        private static object DequeueGlobal()
        {
            if (s_count == 0) return null; // a racy peek; the locked check below decides
            s_monitor.Acquire();
            object item = null;
            if (s_count > 0)
            {
                item = s_global[s_head];
                s_global[s_head] = null;
                s_head = (s_head + 1) % s_global.Length;
                s_count--;
            }
            s_monitor.Release();
            return item;
        }

        private static int s_stealStart;

        private static object Steal(LocalQueue thief)
        {
            LocalQueue[] locals = s_locals;
            int start = (s_stealStart++ & 0x7fffffff);
            for (int i = 0; i < locals.Length; i++)
            {
                LocalQueue victim = locals[(start + i) % locals.Length];
                if (victim == thief) continue;
                object item = victim.Steal();
                if (item != null) return item;
            }
            return null;
        }

        // A worker with nothing to do sleeps here until an item is queued (or the time runs out). The idle count is
        // raised with a full barrier before pending is read, and producers raise pending before reading the idle
        // count, so one of the two always sees the other: no wake-up is lost.
        internal static void WaitForWork(int timeoutMilliseconds)
        {
            s_monitor.Acquire();
            Interlocked.Increment(ref s_idle);
            if (s_pending <= 0) s_monitor.Wait(timeoutMilliseconds);
            Interlocked.Decrement(ref s_idle);
            s_monitor.Release();
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

        // A worker's own queue: its owner pushes and pops at the tail, thieves take from the head. One lock per
        // queue keeps it simple; owners rarely meet thieves.
        internal sealed class LocalQueue
        {
            private readonly LowLevelMonitor m_lock = new LowLevelMonitor();
            private object[] m_items = new object[32];
            private int m_head;
            private int m_count;

            internal void Push(object item)
            {
                m_lock.Acquire();
                if (m_count == m_items.Length)
                {
                    object[] bigger = new object[m_items.Length * 2];
                    for (int i = 0; i < m_count; i++) bigger[i] = m_items[(m_head + i) % m_items.Length];
                    m_items = bigger;
                    m_head = 0;
                }
                m_items[(m_head + m_count) % m_items.Length] = item;
                m_count++;
                m_lock.Release();
            }

            internal object Pop()
            {
                if (m_count == 0) return null;
                m_lock.Acquire();
                object item = null;
                if (m_count > 0)
                {
                    m_count--;
                    int at = (m_head + m_count) % m_items.Length;
                    item = m_items[at];
                    m_items[at] = null;
                }
                m_lock.Release();
                return item;
            }

            internal object Steal()
            {
                if (m_count == 0) return null;
                m_lock.Acquire();
                object item = null;
                if (m_count > 0)
                {
                    item = m_items[m_head];
                    m_items[m_head] = null;
                    m_head = (m_head + 1) % m_items.Length;
                    m_count--;
                }
                m_lock.Release();
                return item;
            }
        }
    }
}
