using System.Collections.Generic;

namespace System.Threading
{
    // A lock owned by a thread, which may take it again (recursively) and must release it as often. A thread that
    // ends while it owns one abandons it: the next thread to take it gets it with an AbandonedMutexException (waiters
    // look now and then whether the owner still runs, since its end sends no signal). Names are shared within the
    // process (.NET shares them between processes too); Mutex objects opened with one name share one state and lock.
    public sealed class Mutex : WaitHandle
    {
        private static Dictionary<string, MutexState> s_named; // made on first use, then locked for lookups

        private readonly MutexState m_state;
        private readonly bool m_createdNew;

        public Mutex() : this(false) { }

        public Mutex(bool initiallyOwned) : this(initiallyOwned, null) { }

        public Mutex(bool initiallyOwned, string name) : this(Open(initiallyOwned, name)) { }

        public Mutex(bool initiallyOwned, string name, out bool createdNew) : this(Open(initiallyOwned, name))
        {
            createdNew = m_createdNew;
        }

        private Mutex(Opened opened) : base(opened.State)
        {
            m_state = opened.State;
            m_createdNew = opened.Created;
        }

        private sealed class Opened
        {
            internal MutexState State;
            internal bool Created;
        }

        private static Opened Open(bool initiallyOwned, string name)
        {
            Opened opened = new Opened();
            if (name == null || name.Length == 0)
            {
                opened.State = new MutexState(initiallyOwned);
                opened.Created = true;
                return opened;
            }
            Dictionary<string, MutexState> named = Volatile.Read(ref s_named);
            if (named == null)
            {
                Interlocked.CompareExchange(ref s_named, new Dictionary<string, MutexState>(), null);
                named = Volatile.Read(ref s_named);
            }
            lock (named)
            {
                if (!named.TryGetValue(name, out opened.State))
                {
                    opened.State = new MutexState(initiallyOwned);
                    named[name] = opened.State;
                    opened.Created = true;
                }
            }
            return opened;
        }

        public void ReleaseMutex()
        {
            ThrowIfDisposed();
            bool released = false;
            lock (m_lock)
            {
                if (m_state.OwnerId != Blocking.CurrentThreadId || m_state.Recursion == 0)
                    throw new ApplicationException("Object synchronization method was called from an unsynchronized block of code.");
                if (--m_state.Recursion == 0)
                {
                    m_state.OwnerId = 0;
                    m_state.Owner = null;
                    WakeOwnWaiters();
                    released = true;
                }
            }
            if (released) Changed();
        }

        internal override void SignalForWait() { ReleaseMutex(); }

        internal override bool IsAvailable
        {
            get { return m_state.Recursion == 0 || m_state.OwnerId == Blocking.CurrentThreadId || !Blocking.IsAlive(m_state.Owner); }
        }

        internal override bool NeedsPolling
        {
            get { return m_state.Recursion > 0 && m_state.OwnerId != Blocking.CurrentThreadId; }
        }

        internal override bool Acquire()
        {
            bool abandoned = m_state.Recursion > 0 && m_state.OwnerId != Blocking.CurrentThreadId;
            if (abandoned) m_state.Recursion = 0;
            m_state.Take();
            return abandoned;
        }

        // The state of one mutex (and its lock, the WaitHandle's m_lock).
        private sealed class MutexState
        {
            internal int OwnerId;      // 0: free
            internal object Owner;     // the owning thread, to notice when it ends
            internal int Recursion;

            internal MutexState(bool owned)
            {
                if (owned) Take();
            }

            internal void Take()
            {
                OwnerId = Blocking.CurrentThreadId;
                Owner = Blocking.CurrentThread;
                Recursion++;
            }
        }
    }

    public class AbandonedMutexException : SystemException
    {
        private readonly int m_index = -1;
        private readonly Mutex m_mutex;

        public AbandonedMutexException() : base("The wait completed due to an abandoned mutex.") { }
        public AbandonedMutexException(string message) : base(message) { }
        public AbandonedMutexException(string message, Exception inner) : base(message, inner) { }

        public AbandonedMutexException(int location, WaitHandle handle) : base("The wait completed due to an abandoned mutex.")
        {
            m_index = location;
            m_mutex = handle as Mutex;
        }

        public Mutex Mutex { get { return m_mutex; } }

        public int MutexIndex { get { return m_index; } }
    }
}
