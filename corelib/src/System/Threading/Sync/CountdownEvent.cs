namespace System.Threading
{
    // An event that is set when its count reaches zero: each Signal takes one off, AddCount puts more on.
    public class CountdownEvent : IDisposable
    {
        private int m_initialCount;
        private int m_currentCount; // changed by Interlocked only
        private readonly ManualResetEventSlim m_event;
        private bool m_disposed;

        public CountdownEvent(int initialCount)
        {
            if (initialCount < 0) throw new ArgumentOutOfRangeException("initialCount");
            m_initialCount = initialCount;
            m_currentCount = initialCount;
            m_event = new ManualResetEventSlim(initialCount == 0);
        }

        public int CurrentCount
        {
            get
            {
                int observed = Volatile.Read(ref m_currentCount);
                return observed < 0 ? 0 : observed;
            }
        }

        public int InitialCount { get { return m_initialCount; } }

        public bool IsSet { get { return m_currentCount <= 0; } }

        public WaitHandle WaitHandle
        {
            get
            {
                ThrowIfDisposed();
                return m_event.WaitHandle;
            }
        }

        public bool Signal() { return Signal(1); }

        // True when this signal brought the count to zero (and set the event).
        public bool Signal(int signalCount)
        {
            if (signalCount <= 0) throw new ArgumentOutOfRangeException("signalCount");
            ThrowIfDisposed();
            while (true)
            {
                int observed = Volatile.Read(ref m_currentCount);
                if (observed < signalCount)
                    throw new InvalidOperationException("Invalid attempt made to decrement the event's count below zero.");
                if (Interlocked.CompareExchange(ref m_currentCount, observed - signalCount, observed) != observed) continue;
                if (observed != signalCount) return false;
                m_event.Set();
                return true;
            }
        }

        public void AddCount() { AddCount(1); }

        public void AddCount(int signalCount)
        {
            if (!TryAddCount(signalCount))
                throw new InvalidOperationException("The event is already signaled and cannot be incremented.");
        }

        public bool TryAddCount() { return TryAddCount(1); }

        public bool TryAddCount(int signalCount)
        {
            if (signalCount <= 0) throw new ArgumentOutOfRangeException("signalCount");
            ThrowIfDisposed();
            while (true)
            {
                int observed = Volatile.Read(ref m_currentCount);
                if (observed <= 0) return false;
                if (observed > int.MaxValue - signalCount)
                    throw new InvalidOperationException("The increment operation would cause the CurrentCount to overflow.");
                if (Interlocked.CompareExchange(ref m_currentCount, observed + signalCount, observed) == observed) return true;
            }
        }

        public void Reset() { Reset(m_initialCount); }

        public void Reset(int count)
        {
            ThrowIfDisposed();
            if (count < 0) throw new ArgumentOutOfRangeException("count");
            m_currentCount = count;
            m_initialCount = count;
            if (count == 0) m_event.Set();
            else m_event.Reset();
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
            Blocking.CheckTimeout(millisecondsTimeout, "millisecondsTimeout");
            ThrowIfDisposed();
            cancellationToken.ThrowIfCancellationRequested();
            return IsSet || m_event.Wait(millisecondsTimeout, cancellationToken);
        }

        public void Dispose()
        {
            Dispose(true);
            GC.SuppressFinalize(this);
        }

        protected virtual void Dispose(bool disposing)
        {
            if (!disposing) return;
            m_event.Dispose();
            m_disposed = true;
        }

        private void ThrowIfDisposed()
        {
            if (m_disposed) throw new ObjectDisposedException("CountdownEvent");
        }
    }
}
