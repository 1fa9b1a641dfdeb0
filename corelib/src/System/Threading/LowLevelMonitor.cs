using System.Runtime.CompilerServices;

namespace System.Threading
{
    // A mutex and a condition variable (runtime-c lowlevel_sync.c), as .NET's own LowLevelMonitor: the thread pool,
    // the timer thread and blocking task waits sleep on these, without Monitor or the wait handles built over it.
    // The native part is never freed (there are no finalizers), so monitors belong to owners that live as long as
    // the process: the pool, the timer queue, the parking lot's buckets.
    internal sealed class LowLevelMonitor
    {
        private readonly IntPtr m_native;

        internal LowLevelMonitor() { m_native = Create(); }

        internal void Acquire() { Acquire(m_native); }

        internal void Release() { Release(m_native); }

        // The caller holds the lock. False when the time ran out (-1: no limit); may return early, as any condition
        // wait may, so callers loop on their condition.
        internal bool Wait(int timeoutMilliseconds) { return Wait(m_native, timeoutMilliseconds) != 0; }

        internal void Signal() { Signal(m_native); }

        internal void SignalAll() { SignalAll(m_native); }

        // The monotonic clock in milliseconds: deadlines of timed waits and timers.
        internal static long Now { get { return NowMilliseconds(); } }

        // What is left of a timeout that started at start (-1 stays infinite, never below 0).
        internal static int Remaining(int timeoutMilliseconds, long start)
        {
            if (timeoutMilliseconds < 0) return -1;
            long left = timeoutMilliseconds - (NowMilliseconds() - start);
            return left <= 0 ? 0 : (int)left;
        }

        [MethodImpl(MethodImplOptions.InternalCall)] private static extern IntPtr Create();
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern void Acquire(IntPtr monitor);
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern void Release(IntPtr monitor);
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern int Wait(IntPtr monitor, int timeoutMilliseconds);
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern void Signal(IntPtr monitor);
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern void SignalAll(IntPtr monitor);
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern long NowMilliseconds();
    }
}
