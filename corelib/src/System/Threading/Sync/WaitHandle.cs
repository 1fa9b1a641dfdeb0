namespace System.Threading
{
    // The base of the objects a thread can wait on, one or several at a time. Kiln's handles live in the process (no
    // kernel objects). Each keeps its state under a lock of its own, so a wait for one handle involves nobody else.
    // A wait for several (WaitAny, WaitAll) holds the shared gate while it looks at all of them, each under its lock,
    // taken in one global order (their ids); a handle that changes afterwards wakes the gate's waiters, which it knows
    // to do because they count themselves (s_multiWaiters) before they look. Either the waiter sees the change or the
    // changer sees the waiter. These are .NET's heavyweight primitives; the *Slim ones, which programs use when speed
    // matters, spin before they block.
    public abstract class WaitHandle : IDisposable
    {
        public const int WaitTimeout = 258;
        private const int MaxWaitHandles = 64;
        private const int OwnerPollMilliseconds = 50;

        private static object s_multiGate;    // made on first use (no class constructor on the wait path)
        private static int s_multiWaiters;    // threads inside WaitAny/WaitAll (Interlocked)
        private static long s_nextId;

        internal readonly object m_lock;      // guards the state (shared by handles that share state: named mutexes)
        private readonly long m_id = Interlocked.Increment(ref s_nextId);
        private int m_waiters;                // threads waiting for this handle alone (under m_lock)
        private bool m_disposed;

        protected WaitHandle() { m_lock = new object(); }

        internal WaitHandle(object stateLock) { m_lock = stateLock; }

        // Under m_lock: whether a wait on this handle would be satisfied now.
        internal virtual bool IsAvailable
        {
            get { throw new NotSupportedException("This WaitHandle has no state Kiln can wait on."); }
        }

        // Under m_lock, when IsAvailable: takes the handle (resets an auto-reset event, takes a semaphore's count, owns
        // a mutex). True when what was taken was an abandoned mutex.
        internal virtual bool Acquire() { return false; }

        // Under m_lock: whether the handle may become available without a signal (a mutex whose owner may end), so
        // that waiters look again now and then.
        internal virtual bool NeedsPolling { get { return false; } }

        // Signals the handle as SignalAndWait does: Set, Release(1) or ReleaseMutex, with their exceptions.
        internal virtual void SignalForWait()
        {
            throw new NotSupportedException("This WaitHandle cannot be signaled by SignalAndWait.");
        }

        // Called under m_lock after the state changed; Changed() must follow once m_lock is released.
        internal void WakeOwnWaiters()
        {
            if (m_waiters > 0) Blocking.WakeAll(m_lock);
        }

        // After a change, with m_lock released: wakes the threads waiting for several handles, if any.
        internal static void Changed()
        {
            if (Volatile.Read(ref s_multiWaiters) == 0) return;
            object gate = MultiGate;
            lock (gate) Blocking.WakeAll(gate);
        }

        private static object MultiGate
        {
            get
            {
                object gate = Volatile.Read(ref s_multiGate);
                if (gate != null) return gate;
                Interlocked.CompareExchange(ref s_multiGate, new object(), null);
                return Volatile.Read(ref s_multiGate);
            }
        }

        public virtual bool WaitOne() { return WaitOne(Blocking.Infinite); }

        public virtual bool WaitOne(TimeSpan timeout) { return WaitOne(Blocking.ToMilliseconds(timeout, "timeout")); }

        public virtual bool WaitOne(int millisecondsTimeout, bool exitContext) { return WaitOne(millisecondsTimeout); }

        public virtual bool WaitOne(TimeSpan timeout, bool exitContext) { return WaitOne(timeout); }

        public virtual bool WaitOne(int millisecondsTimeout)
        {
            Blocking.CheckTimeout(millisecondsTimeout, "millisecondsTimeout");
            ThrowIfDisposed();
            long deadline = Blocking.Deadline(millisecondsTimeout);
            bool abandoned;
            lock (m_lock)
            {
                while (!IsAvailable)
                {
                    int left = Blocking.Remaining(deadline);
                    if (left == 0) return false;
                    if (NeedsPolling && (left == Blocking.Infinite || left > OwnerPollMilliseconds)) left = OwnerPollMilliseconds;
                    m_waiters++;
                    try { Blocking.Wait(m_lock, left); }
                    finally { m_waiters--; }
                }
                abandoned = Acquire();
            }
            if (abandoned) throw new AbandonedMutexException();
            return true;
        }

        public static bool SignalAndWait(WaitHandle toSignal, WaitHandle toWaitOn)
        {
            return SignalAndWait(toSignal, toWaitOn, Blocking.Infinite, false);
        }

        public static bool SignalAndWait(WaitHandle toSignal, WaitHandle toWaitOn, TimeSpan timeout, bool exitContext)
        {
            return SignalAndWait(toSignal, toWaitOn, Blocking.ToMilliseconds(timeout, "timeout"), exitContext);
        }

        // Signals one handle, then waits for the other. .NET on Unix does both under its wait subsystem's lock; here
        // the two steps are apart, which no thread can tell from the outside except by the order of wake-ups.
        public static bool SignalAndWait(WaitHandle toSignal, WaitHandle toWaitOn, int millisecondsTimeout, bool exitContext)
        {
            if (toSignal == null) throw new ArgumentNullException("toSignal");
            if (toWaitOn == null) throw new ArgumentNullException("toWaitOn");
            Blocking.CheckTimeout(millisecondsTimeout, "millisecondsTimeout");
            toSignal.ThrowIfDisposed();
            toWaitOn.ThrowIfDisposed();
            toSignal.SignalForWait();
            return toWaitOn.WaitOne(millisecondsTimeout);
        }

        public static bool WaitAll(WaitHandle[] waitHandles) { return WaitAll(waitHandles, Blocking.Infinite); }

        public static bool WaitAll(WaitHandle[] waitHandles, TimeSpan timeout)
        {
            return WaitAll(waitHandles, Blocking.ToMilliseconds(timeout, "timeout"));
        }

        public static bool WaitAll(WaitHandle[] waitHandles, int millisecondsTimeout, bool exitContext)
        {
            return WaitAll(waitHandles, millisecondsTimeout);
        }

        public static bool WaitAll(WaitHandle[] waitHandles, TimeSpan timeout, bool exitContext) { return WaitAll(waitHandles, timeout); }

        public static bool WaitAll(WaitHandle[] waitHandles, int millisecondsTimeout)
        {
            CheckHandles(waitHandles, millisecondsTimeout, true);
            return WaitMultiple(waitHandles, millisecondsTimeout, true) != WaitTimeout;
        }

        public static int WaitAny(WaitHandle[] waitHandles) { return WaitAny(waitHandles, Blocking.Infinite); }

        public static int WaitAny(WaitHandle[] waitHandles, TimeSpan timeout)
        {
            return WaitAny(waitHandles, Blocking.ToMilliseconds(timeout, "timeout"));
        }

        public static int WaitAny(WaitHandle[] waitHandles, int millisecondsTimeout, bool exitContext)
        {
            return WaitAny(waitHandles, millisecondsTimeout);
        }

        public static int WaitAny(WaitHandle[] waitHandles, TimeSpan timeout, bool exitContext) { return WaitAny(waitHandles, timeout); }

        public static int WaitAny(WaitHandle[] waitHandles, int millisecondsTimeout)
        {
            CheckHandles(waitHandles, millisecondsTimeout, false);
            return WaitMultiple(waitHandles, millisecondsTimeout, false);
        }

        // WaitAll (all) or WaitAny: the first available handle in array order is the one taken, as .NET does.
        private static int WaitMultiple(WaitHandle[] waitHandles, int millisecondsTimeout, bool all)
        {
            WaitHandle[] ordered = (WaitHandle[])waitHandles.Clone();
            Array.Sort(ordered, new Comparison<WaitHandle>(CompareIds));
            long deadline = Blocking.Deadline(millisecondsTimeout);
            object gate = MultiGate;
            lock (gate)
            {
                Interlocked.Increment(ref s_multiWaiters);
                try
                {
                    while (true)
                    {
                        int outcome = TryTake(waitHandles, ordered, all);
                        if (outcome != WaitTimeout) return outcome;
                        int left = Blocking.Remaining(deadline);
                        if (left == 0) return WaitTimeout;
                        if (AnyNeedsPolling(ordered) && (left == Blocking.Infinite || left > OwnerPollMilliseconds)) left = OwnerPollMilliseconds;
                        Blocking.Wait(gate, left);
                    }
                }
                finally { Interlocked.Decrement(ref s_multiWaiters); }
            }
        }

        private static int CompareIds(WaitHandle a, WaitHandle b) { return a.m_id.CompareTo(b.m_id); }

        // With every handle's lock held (in id order): takes all (all) or the first available; WaitTimeout if it cannot.
        private static int TryTake(WaitHandle[] handles, WaitHandle[] ordered, bool all)
        {
            int locked = 0;
            int abandoned = -1;
            int taken = WaitTimeout;
            try
            {
                for (; locked < ordered.Length; locked++) Monitor.Enter(ordered[locked].m_lock);
                if (all)
                {
                    for (int i = 0; i < handles.Length; i++)
                    {
                        if (!handles[i].IsAvailable) return WaitTimeout;
                    }
                    for (int i = 0; i < handles.Length; i++)
                    {
                        if (handles[i].Acquire() && abandoned < 0) abandoned = i;
                    }
                    taken = 0;
                }
                else
                {
                    for (int i = 0; i < handles.Length && taken == WaitTimeout; i++)
                    {
                        if (!handles[i].IsAvailable) continue;
                        if (handles[i].Acquire()) abandoned = i;
                        taken = i;
                    }
                }
            }
            finally
            {
                for (int i = locked - 1; i >= 0; i--) Monitor.Exit(ordered[i].m_lock);
            }
            if (abandoned >= 0) throw new AbandonedMutexException(abandoned, handles[abandoned]);
            return taken;
        }

        private static bool AnyNeedsPolling(WaitHandle[] handles)
        {
            for (int i = 0; i < handles.Length; i++)
            {
                lock (handles[i].m_lock)
                {
                    if (handles[i].NeedsPolling) return true;
                }
            }
            return false;
        }

        private static void CheckHandles(WaitHandle[] waitHandles, int millisecondsTimeout, bool all)
        {
            if (waitHandles == null) throw new ArgumentNullException("waitHandles", "The waitHandles parameter cannot be null.");
            if (waitHandles.Length == 0) throw new ArgumentException("Waithandle array may not be empty.", "waitHandles");
            if (waitHandles.Length > MaxWaitHandles)
                throw new NotSupportedException("The number of WaitHandles must be less than or equal to 64.");
            Blocking.CheckTimeout(millisecondsTimeout, "millisecondsTimeout");
            for (int i = 0; i < waitHandles.Length; i++)
            {
                if (waitHandles[i] == null) throw new ArgumentNullException("waitHandles[" + i + "]", "At least one element in the specified array was null.");
                waitHandles[i].ThrowIfDisposed();
                if (!all) continue;
                for (int j = 0; j < i; j++)
                {
                    if (waitHandles[j] == waitHandles[i]) throw new DuplicateWaitObjectException("waitHandles[" + i + "]", "Duplicate objects in argument.");
                }
            }
        }

        internal void ThrowIfDisposed()
        {
            if (m_disposed) throw new ObjectDisposedException(null, "Safe handle has been closed.");
        }

        public virtual void Close() { Dispose(); }

        public void Dispose()
        {
            Dispose(true);
            GC.SuppressFinalize(this);
        }

        protected virtual void Dispose(bool explicitDisposing) { m_disposed = true; }
    }
}

namespace System
{
    public class DuplicateWaitObjectException : ArgumentException
    {
        public DuplicateWaitObjectException() : base("Duplicate objects in argument.") { }
        public DuplicateWaitObjectException(string parameterName) : base("Duplicate objects in argument.", parameterName) { }
        public DuplicateWaitObjectException(string parameterName, string message) : base(message, parameterName) { }
        public DuplicateWaitObjectException(string message, Exception innerException) : base(message, innerException) { }
    }
}
