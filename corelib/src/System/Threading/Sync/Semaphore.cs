namespace System.Threading
{
    // A count of free places: a wait takes one, Release gives them back (never above the maximum).
    public sealed class Semaphore : WaitHandle
    {
        private readonly int m_maximum;
        private int m_count; // under m_lock

        public Semaphore(int initialCount, int maximumCount) : this(initialCount, maximumCount, null) { }

        // Named semaphores are shared between processes on Windows only; .NET on Linux refuses them as Kiln does.
        public Semaphore(int initialCount, int maximumCount, string name)
        {
            if (initialCount < 0) throw new ArgumentOutOfRangeException("initialCount", "Non-negative number required.");
            if (maximumCount < 1) throw new ArgumentOutOfRangeException("maximumCount", "Positive number required.");
            if (initialCount > maximumCount)
                throw new ArgumentException("The initial count for the semaphore must be greater than or equal to zero and less than the maximum count.");
            if (name != null)
                throw new PlatformNotSupportedException("The named version of this synchronization primitive is not supported on this platform.");
            m_count = initialCount;
            m_maximum = maximumCount;
        }

        public Semaphore(int initialCount, int maximumCount, string name, out bool createdNew) : this(initialCount, maximumCount, name)
        {
            createdNew = true;
        }

        public int Release() { return Release(1); }

        // Returns the count before the release.
        public int Release(int releaseCount)
        {
            if (releaseCount < 1) throw new ArgumentOutOfRangeException("releaseCount", "Non-negative number required.");
            ThrowIfDisposed();
            int previous;
            lock (m_lock)
            {
                previous = m_count;
                if (releaseCount > m_maximum - previous) throw new SemaphoreFullException();
                m_count = previous + releaseCount;
                WakeOwnWaiters();
            }
            Changed();
            return previous;
        }

        // .NET reports a full semaphore here as Windows' SignalObjectAndWait does (ERROR_TOO_MANY_POSTS).
        internal override void SignalForWait()
        {
            try { Release(1); }
            catch (SemaphoreFullException e)
            {
                throw new InvalidOperationException("The WaitHandle cannot be signaled because it would exceed its maximum count.", e);
            }
        }

        internal override bool IsAvailable { get { return m_count > 0; } }

        internal override bool Acquire()
        {
            m_count--;
            return false;
        }
    }

    public class SemaphoreFullException : SystemException
    {
        public SemaphoreFullException() : base("Adding the specified count to the semaphore would cause it to exceed its maximum count.") { }
        public SemaphoreFullException(string message) : base(message) { }
        public SemaphoreFullException(string message, Exception innerException) : base(message, innerException) { }
    }
}
