using System.Threading.Tasks;

namespace System.Threading
{
    // A count of free places that threads take (Wait) and give back (Release), and that asynchronous code can wait
    // for without holding a thread (WaitAsync). As in .NET, blocked threads are served before asynchronous waiters,
    // and asynchronous waiters in the order they came.
    public class SemaphoreSlim : IDisposable
    {
        private readonly object m_gate = new object();
        private volatile int m_count;
        private readonly int m_maxCount;
        private int m_syncWaiters;            // threads blocked in Wait (under m_gate)
        private AsyncWaiter m_asyncHead;      // WaitAsync callers in order (under m_gate)
        private AsyncWaiter m_asyncTail;
        private ManualResetEvent m_handle;    // AvailableWaitHandle: set while the count is positive
        private bool m_disposed;

        public SemaphoreSlim(int initialCount) : this(initialCount, int.MaxValue) { }

        public SemaphoreSlim(int initialCount, int maxCount)
        {
            if (initialCount < 0 || initialCount > maxCount)
                throw new ArgumentOutOfRangeException("initialCount", initialCount, "The initialCount argument must be non-negative and less than or equal to the maximumCount.");
            if (maxCount <= 0)
                throw new ArgumentOutOfRangeException("maxCount", maxCount, "The maximumCount argument must be a positive number. If a maximum is not required, use the constructor without a maxCount parameter.");
            m_count = initialCount;
            m_maxCount = maxCount;
        }

        public int CurrentCount { get { return m_count; } }

        public WaitHandle AvailableWaitHandle
        {
            get
            {
                ThrowIfDisposed();
                lock (m_gate)
                {
                    if (m_handle == null) m_handle = new ManualResetEvent(m_count > 0);
                    return m_handle;
                }
            }
        }

        // ---- blocking waits ----

        public void Wait() { Wait(Blocking.Infinite, default(CancellationToken)); }

        public void Wait(CancellationToken cancellationToken) { Wait(Blocking.Infinite, cancellationToken); }

        public bool Wait(int millisecondsTimeout) { return Wait(millisecondsTimeout, default(CancellationToken)); }

        public bool Wait(TimeSpan timeout) { return Wait(ToTimeout(timeout), default(CancellationToken)); }

        public bool Wait(TimeSpan timeout, CancellationToken cancellationToken) { return Wait(ToTimeout(timeout), cancellationToken); }

        public bool Wait(int millisecondsTimeout, CancellationToken cancellationToken)
        {
            ThrowIfDisposed();
            CheckTimeout(millisecondsTimeout);
            cancellationToken.ThrowIfCancellationRequested();
            if (millisecondsTimeout == 0 && m_count == 0) return false;
            // as .NET: spin first, for a release that is about to come costs no sleep and wake-up; four times the
            // usual spins, since blocking here (a lock, then Monitor.Wait) costs more than an event's wait
            if (m_count == 0)
            {
                int spins = SpinWait.SpinCountforSpinBeforeWait * 4;
                SpinWait spinner = new SpinWait();
                while (m_count == 0 && spinner.Count < spins) spinner.SpinOnce(-1);
            }
            long deadline = Blocking.Deadline(millisecondsTimeout);
            using (Blocking.WakeOnCancel(m_gate, cancellationToken))
            {
                lock (m_gate)
                {
                    while (m_count == 0)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        int left = Blocking.Remaining(deadline);
                        if (left == 0) return false;
                        m_syncWaiters++;
                        try { Blocking.Wait(m_gate, left); }
                        finally { m_syncWaiters--; }
                    }
                    Take();
                    return true;
                }
            }
        }

        // ---- asynchronous waits ----

        public Task WaitAsync() { return WaitAsync(Blocking.Infinite, default(CancellationToken)); }

        public Task WaitAsync(CancellationToken cancellationToken) { return WaitAsync(Blocking.Infinite, cancellationToken); }

        public Task<bool> WaitAsync(int millisecondsTimeout) { return WaitAsync(millisecondsTimeout, default(CancellationToken)); }

        public Task<bool> WaitAsync(TimeSpan timeout) { return WaitAsync(ToTimeout(timeout), default(CancellationToken)); }

        public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
        {
            return WaitAsync(ToTimeout(timeout), cancellationToken);
        }

        public Task<bool> WaitAsync(int millisecondsTimeout, CancellationToken cancellationToken)
        {
            ThrowIfDisposed();
            CheckTimeout(millisecondsTimeout);
            if (cancellationToken.IsCancellationRequested) return Task.FromCanceled<bool>(cancellationToken);
            AsyncWaiter waiter;
            lock (m_gate)
            {
                if (m_count > 0)
                {
                    Take();
                    return True;
                }
                if (millisecondsTimeout == 0) return False;
                waiter = new AsyncWaiter(this, cancellationToken);
                if (m_asyncTail == null) m_asyncHead = waiter;
                else
                {
                    m_asyncTail.Next = waiter;
                    waiter.Prev = m_asyncTail;
                }
                m_asyncTail = waiter;
            }
            // registered outside the lock: a token canceled meanwhile runs its callback at once, which takes the lock
            waiter.Arm(millisecondsTimeout, cancellationToken);
            return waiter.Task;
        }

        // Completed results, made on first use (a race makes two, harmlessly).
        private static Task<bool> s_true, s_false;

        private static Task<bool> True { get { return s_true ?? (s_true = Task.FromResult(true)); } }

        private static Task<bool> False { get { return s_false ?? (s_false = Task.FromResult(false)); } }

        // ---- release ----

        public int Release() { return Release(1); }

        // Returns the count before the release.
        public int Release(int releaseCount)
        {
            ThrowIfDisposed();
            if (releaseCount < 1)
                throw new ArgumentOutOfRangeException("releaseCount", releaseCount, "The releaseCount argument must be greater than zero.");
            AsyncWaiter released = null;
            int previous;
            lock (m_gate)
            {
                previous = m_count;
                if (m_maxCount - previous < releaseCount) throw new SemaphoreFullException();
                int count = previous + releaseCount;
                // blocked threads first: each takes one of the new places when it wakes
                if (m_syncWaiters > 0)
                {
                    if (releaseCount == 1 || m_syncWaiters == 1) Blocking.WakeOne(m_gate);
                    else Blocking.WakeAll(m_gate);
                }
                int forAsync = count - m_syncWaiters;
                AsyncWaiter last = null;
                while (forAsync > 0 && m_asyncHead != null)
                {
                    AsyncWaiter w = m_asyncHead;
                    Unlink(w);
                    if (last == null) released = w;
                    else last.Next = w;
                    last = w;
                    count--;
                    forAsync--;
                }
                m_count = count;
                if (m_handle != null && previous == 0 && count > 0) m_handle.Set();
            }
            // completed outside the lock: their continuations may run here and take the semaphore again
            while (released != null)
            {
                AsyncWaiter next = released.Next;
                released.Next = null;
                released.Complete(true);
                released = next;
            }
            return previous;
        }

        // Under m_gate, with a positive count.
        private void Take()
        {
            m_count--;
            if (m_count == 0 && m_handle != null) m_handle.Reset();
        }

        private void Unlink(AsyncWaiter w)
        {
            if (w.Prev != null) w.Prev.Next = w.Next;
            else m_asyncHead = w.Next;
            if (w.Next != null) w.Next.Prev = w.Prev;
            else m_asyncTail = w.Prev;
            w.Prev = null;
            w.Next = null;
            w.Queued = false;
        }

        // A waiter that timed out or was canceled leaves the queue, unless a release took it out first.
        private bool Withdraw(AsyncWaiter w)
        {
            lock (m_gate)
            {
                if (!w.Queued) return false;
                Unlink(w);
                return true;
            }
        }

        // One WaitAsync caller: its task, and what can end its wait besides a release (a timeout, its token).
        private sealed class AsyncWaiter
        {
            private readonly SemaphoreSlim m_owner;
            private readonly TaskCompletionSource<bool> m_source = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
            private readonly CancellationToken m_token;
            private CancellationTokenRegistration m_registration;
            internal AsyncWaiter Prev;
            internal AsyncWaiter Next;
            internal bool Queued = true;

            internal AsyncWaiter(SemaphoreSlim owner, CancellationToken token)
            {
                m_owner = owner;
                m_token = token;
            }

            internal Task<bool> Task { get { return m_source.Task; } }

            internal void Arm(int millisecondsTimeout, CancellationToken token)
            {
                if (millisecondsTimeout != Blocking.Infinite)
                    System.Threading.Tasks.Task.Delay(millisecondsTimeout).ContinueWith(TimedOut);
                if (token.CanBeCanceled) m_registration = token.Register(Canceled);
            }

            internal void Complete(bool result)
            {
                m_registration.Dispose();
                m_source.TrySetResult(result);
            }

            private void TimedOut(Task delay)
            {
                if (m_owner.Withdraw(this)) Complete(false);
            }

            private void Canceled()
            {
                if (m_owner.Withdraw(this)) m_source.TrySetCanceled(m_token);
            }
        }

        // ---- helpers ----

        private static int ToTimeout(TimeSpan timeout)
        {
            long ms = (long)timeout.TotalMilliseconds;
            if (ms < -1 || ms > int.MaxValue)
                throw new ArgumentOutOfRangeException("timeout", timeout, "The timeout must represent a value between -1 and Int32.MaxValue, inclusive.");
            return (int)ms;
        }

        private static void CheckTimeout(int millisecondsTimeout)
        {
            if (millisecondsTimeout < -1)
                throw new ArgumentOutOfRangeException("millisecondsTimeout", millisecondsTimeout, "The timeout must represent a value between -1 and Int32.MaxValue, inclusive.");
        }

        public void Dispose()
        {
            Dispose(true);
            GC.SuppressFinalize(this);
        }

        protected virtual void Dispose(bool disposing)
        {
            if (!disposing || m_disposed) return;
            m_disposed = true;
            if (m_handle != null) m_handle.Dispose();
        }

        private void ThrowIfDisposed()
        {
            if (m_disposed) throw new ObjectDisposedException(null, "The semaphore has been disposed.");
        }
    }
}
