// Interlocked on the volatile state is a full barrier: the compiler's warning that the reference is not volatile does not apply.
#pragma warning disable 420

namespace System.Threading
{
    // An event that stays set until reset. Waiters spin briefly (a set that comes quickly costs no sleep) and then
    // block on the event's gate; Set wakes them all. Set and Reset take no lock when nobody waits: a waiter counts
    // itself (Interlocked, a full fence) before its last look at the state, and Set looks at the count after its
    // write (behind a full fence), so one of the two always sees the other.
    public class ManualResetEventSlim : IDisposable
    {
        private const int MaxSpinCount = 2047;

        private readonly object m_gate = new object();
        private volatile int m_set;      // 1 when set; changed with Interlocked.Exchange, a full fence (cheaper than a barrier)
        private int m_waiters;           // threads about to block or blocked on m_gate (Interlocked)
        private readonly int m_spinCount;
        private bool m_disposed;
        private ManualResetEvent m_handle;

        public ManualResetEventSlim() : this(false) { }

        public ManualResetEventSlim(bool initialState) : this(initialState, SpinWait.SpinCountforSpinBeforeWait) { }

        public ManualResetEventSlim(bool initialState, int spinCount)
        {
            if (spinCount < 0 || spinCount > MaxSpinCount)
                throw new ArgumentOutOfRangeException("spinCount", "The spinCount argument must be in the range 0 to " + MaxSpinCount + ", inclusive.");
            m_set = initialState ? 1 : 0;
            m_spinCount = spinCount;
        }

        public bool IsSet { get { return m_set != 0; } }

        public int SpinCount { get { return m_spinCount; } }

        // A kernel-style handle that follows this event, made when first asked for.
        public WaitHandle WaitHandle
        {
            get
            {
                ThrowIfDisposed();
                lock (m_gate)
                {
                    if (m_handle == null)
                    {
                        // published before the state is copied, so a concurrent Set or Reset either sees it or is seen
                        ManualResetEvent handle = new ManualResetEvent(false);
                        Volatile.Write(ref m_handle, handle);
                        Interlocked.MemoryBarrier();
                        if (m_set != 0) handle.Set();
                    }
                    return m_handle;
                }
            }
        }

        public void Set()
        {
            Interlocked.Exchange(ref m_set, 1);
            if (Volatile.Read(ref m_waiters) > 0)
            {
                lock (m_gate) Blocking.WakeAll(m_gate);
            }
            if (Volatile.Read(ref m_handle) != null) SyncHandle();
        }

        public void Reset()
        {
            ThrowIfDisposed();
            Interlocked.Exchange(ref m_set, 0);
            if (Volatile.Read(ref m_handle) != null) SyncHandle();
        }

        // Brings the handle to the event's current state (whichever of a racing Set and Reset came last).
        private void SyncHandle()
        {
            lock (m_gate)
            {
                if (m_set != 0) m_handle.Set();
                else m_handle.Reset();
            }
        }

        public void Wait() { Wait(Blocking.Infinite, default(CancellationToken)); }

        public void Wait(CancellationToken cancellationToken) { Wait(Blocking.Infinite, cancellationToken); }

        public bool Wait(int millisecondsTimeout) { return Wait(millisecondsTimeout, default(CancellationToken)); }

        public bool Wait(TimeSpan timeout) { return Wait(Blocking.ToMilliseconds(timeout, "timeout"), default(CancellationToken)); }

        public bool Wait(TimeSpan timeout, CancellationToken cancellationToken)
        {
            return Wait(Blocking.ToMilliseconds(timeout, "timeout"), cancellationToken);
        }

        public bool Wait(int millisecondsTimeout, CancellationToken cancellationToken)
        {
            ThrowIfDisposed();
            cancellationToken.ThrowIfCancellationRequested();
            Blocking.CheckTimeout(millisecondsTimeout, "millisecondsTimeout");
            if (m_set != 0) return true;
            if (millisecondsTimeout == 0) return false;
            long deadline = Blocking.Deadline(millisecondsTimeout);
            // a set that comes within a few spins costs no sleep (never sleeping: blocking is the next step)
            SpinWait spinner = new SpinWait();
            for (int i = 0; i < m_spinCount; i++)
            {
                spinner.SpinOnce(-1);
                if (m_set != 0) return true;
            }
            using (Blocking.WakeOnCancel(m_gate, cancellationToken))
            {
                lock (m_gate)
                {
                    while (m_set == 0)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        int left = Blocking.Remaining(deadline);
                        if (left == 0) return false;
                        Interlocked.Increment(ref m_waiters);
                        try
                        {
                            if (m_set == 0) Blocking.Wait(m_gate, left);
                        }
                        finally { Interlocked.Decrement(ref m_waiters); }
                    }
                }
            }
            return true;
        }

        public void Dispose()
        {
            Dispose(true);
            GC.SuppressFinalize(this);
        }

        protected virtual void Dispose(bool disposing)
        {
            if (m_disposed) return;
            m_disposed = true;
            if (disposing && m_handle != null) m_handle.Dispose();
        }

        private void ThrowIfDisposed()
        {
            if (m_disposed) throw new ObjectDisposedException("The event has been disposed.");
        }
    }
}
