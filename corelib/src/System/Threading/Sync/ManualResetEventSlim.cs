namespace System.Threading
{
    // An event that stays set until reset. Waiters spin briefly (a set that comes quickly costs no sleep) and then
    // block on the event's gate; Set wakes them all.
    public class ManualResetEventSlim : IDisposable
    {
        private const int MaxSpinCount = 2047;

        private readonly object m_gate = new object();
        private volatile bool m_set;
        private int m_waiters;           // threads blocked on m_gate (under it): Set pulses only when there are some
        private readonly int m_spinCount;
        private bool m_disposed;
        private ManualResetEvent m_handle;

        public ManualResetEventSlim() : this(false) { }

        public ManualResetEventSlim(bool initialState) : this(initialState, Environment.ProcessorCount == 1 ? 1 : 35) { }

        public ManualResetEventSlim(bool initialState, int spinCount)
        {
            if (spinCount < 0 || spinCount > MaxSpinCount)
                throw new ArgumentOutOfRangeException("spinCount", "The spinCount argument must be in the range 0 to " + MaxSpinCount + ", inclusive.");
            m_set = initialState;
            m_spinCount = spinCount;
        }

        public bool IsSet { get { return m_set; } }

        public int SpinCount { get { return m_spinCount; } }

        // A kernel-style handle that follows this event, made when first asked for.
        public WaitHandle WaitHandle
        {
            get
            {
                ThrowIfDisposed();
                lock (m_gate)
                {
                    if (m_handle == null) m_handle = new ManualResetEvent(m_set);
                    return m_handle;
                }
            }
        }

        public void Set()
        {
            lock (m_gate)
            {
                m_set = true;
                if (m_waiters > 0) Blocking.WakeAll(m_gate);
                if (m_handle != null) m_handle.Set();
            }
        }

        public void Reset()
        {
            ThrowIfDisposed();
            lock (m_gate)
            {
                m_set = false;
                if (m_handle != null) m_handle.Reset();
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
            if (m_set) return true;
            if (millisecondsTimeout == 0) return false;
            long deadline = Blocking.Deadline(millisecondsTimeout);
            // a set that comes within a few spins costs no sleep (never sleeping: blocking is the next step)
            SpinWait spinner = new SpinWait();
            for (int i = 0; i < m_spinCount; i++)
            {
                spinner.SpinOnce(-1);
                if (m_set) return true;
            }
            using (Blocking.WakeOnCancel(m_gate, cancellationToken))
            {
                lock (m_gate)
                {
                    while (!m_set)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        int left = Blocking.Remaining(deadline);
                        if (left == 0) return false;
                        m_waiters++;
                        try { Blocking.Wait(m_gate, left); }
                        finally { m_waiters--; }
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
