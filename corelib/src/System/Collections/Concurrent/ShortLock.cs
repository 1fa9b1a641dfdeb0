using System.Threading;

namespace System.Collections.Concurrent
{
    // A lock for critical sections of a few instructions (a ring buffer's index update): taken with one
    // compare-and-exchange, waited for by spinning (SpinWait, which yields and then sleeps when the holder was
    // preempted). Cheaper than Monitor, whose locks live in a side table, when holders never block inside.
    internal struct ShortLock
    {
        private int m_held;

        internal void Enter()
        {
            if (Interlocked.CompareExchange(ref m_held, 1, 0) == 0) return;
            SpinWait spinner = new SpinWait();
            while (true)
            {
                spinner.SpinOnce();
                // a plain read first: spinning on it keeps the cache line shared until the holder leaves
                if (Volatile.Read(ref m_held) == 0 && Interlocked.CompareExchange(ref m_held, 1, 0) == 0) return;
            }
        }

        internal void Exit() { Volatile.Write(ref m_held, 0); }
    }
}
