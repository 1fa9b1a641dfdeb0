namespace System.Threading
{
    // The base of the objects a thread can wait on, one or several at a time. Kiln's handles live in the process
    // (no kernel objects), and all of them keep their state under one lock, s_gate: a wait for any or all of several
    // handles is then a check of all of them at one instant, and every signal wakes the waiters to look again. These
    // are .NET's heavyweight primitives; the *Slim ones, which programs use when speed matters, have gates of their own.
    public abstract class WaitHandle : IDisposable
    {
        public const int WaitTimeout = 258;
        private const int MaxWaitHandles = 64;

        internal static readonly object s_gate = new object();
        private bool m_disposed;

        protected WaitHandle() { }

        // Under s_gate: whether a wait on this handle would be satisfied now.
        internal virtual bool IsAvailable
        {
            get { throw new NotSupportedException("This WaitHandle has no state Kiln can wait on."); }
        }

        // Under s_gate, when IsAvailable: takes the handle (resets an auto-reset event, takes a semaphore's count, owns
        // a mutex). True when what was taken was an abandoned mutex.
        internal virtual bool Acquire() { return false; }

        // Under s_gate: wakes the waiters after the state changed.
        internal static void Signaled() { Blocking.WakeAll(s_gate); }

        public virtual bool WaitOne() { return WaitOne(Blocking.Infinite); }

        public virtual bool WaitOne(TimeSpan timeout) { return WaitOne(Blocking.ToMilliseconds(timeout, "timeout")); }

        public virtual bool WaitOne(int millisecondsTimeout, bool exitContext) { return WaitOne(millisecondsTimeout); }

        public virtual bool WaitOne(TimeSpan timeout, bool exitContext) { return WaitOne(timeout); }

        public virtual bool WaitOne(int millisecondsTimeout)
        {
            Blocking.CheckTimeout(millisecondsTimeout, "millisecondsTimeout");
            ThrowIfDisposed();
            return WaitAnyCore(new WaitHandle[] { this }, millisecondsTimeout, false) != WaitTimeout;
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
            long deadline = Blocking.Deadline(millisecondsTimeout);
            lock (s_gate)
            {
                while (!AllAvailable(waitHandles))
                {
                    int left = Blocking.Remaining(deadline);
                    if (left == 0) return false;
                    Blocking.Wait(s_gate, left);
                }
                int abandoned = -1;
                for (int i = 0; i < waitHandles.Length; i++)
                {
                    if (waitHandles[i].Acquire() && abandoned < 0) abandoned = i;
                }
                if (abandoned >= 0) throw new AbandonedMutexException(abandoned, waitHandles[abandoned]);
                return true;
            }
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
            return WaitAnyCore(waitHandles, millisecondsTimeout, true);
        }

        // The first available handle in array order is the one taken, as .NET does.
        private static int WaitAnyCore(WaitHandle[] waitHandles, int millisecondsTimeout, bool reportIndex)
        {
            long deadline = Blocking.Deadline(millisecondsTimeout);
            lock (s_gate)
            {
                while (true)
                {
                    for (int i = 0; i < waitHandles.Length; i++)
                    {
                        if (!waitHandles[i].IsAvailable) continue;
                        if (waitHandles[i].Acquire())
                            throw reportIndex ? new AbandonedMutexException(i, waitHandles[i]) : new AbandonedMutexException();
                        return i;
                    }
                    int left = Blocking.Remaining(deadline);
                    if (left == 0) return WaitTimeout;
                    Blocking.Wait(s_gate, left);
                }
            }
        }

        private static bool AllAvailable(WaitHandle[] waitHandles)
        {
            for (int i = 0; i < waitHandles.Length; i++)
            {
                if (!waitHandles[i].IsAvailable) return false;
            }
            return true;
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
