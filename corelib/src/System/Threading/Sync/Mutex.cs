using System.Collections.Generic;

namespace System.Threading
{
    // A lock owned by a thread, which may take it again (recursively) and must release it as often. A thread that
    // ends while it owns one abandons it: the next thread to take it gets it with an AbandonedMutexException.
    // Names are shared within the process (.NET shares them between processes too).
    public sealed class Mutex : WaitHandle
    {
        private static readonly Dictionary<string, MutexState> s_named = new Dictionary<string, MutexState>();

        private readonly MutexState m_state; // shared by every Mutex opened with the same name

        public Mutex() : this(false) { }

        public Mutex(bool initiallyOwned) : this(initiallyOwned, null) { }

        public Mutex(bool initiallyOwned, string name)
        {
            bool createdNew;
            m_state = Open(initiallyOwned, name, out createdNew);
        }

        public Mutex(bool initiallyOwned, string name, out bool createdNew)
        {
            m_state = Open(initiallyOwned, name, out createdNew);
        }

        private static MutexState Open(bool initiallyOwned, string name, out bool createdNew)
        {
            lock (s_gate)
            {
                MutexState state;
                if (name != null && name.Length > 0 && s_named.TryGetValue(name, out state))
                {
                    createdNew = false;
                    return state;
                }
                state = new MutexState();
                if (initiallyOwned) state.Take();
                if (name != null && name.Length > 0) s_named[name] = state;
                createdNew = true;
                return state;
            }
        }

        public void ReleaseMutex()
        {
            ThrowIfDisposed();
            lock (s_gate)
            {
                if (m_state.OwnerId != Blocking.CurrentThreadId || m_state.Recursion == 0)
                    throw new ApplicationException("Object synchronization method was called from an unsynchronized block of code.");
                if (--m_state.Recursion == 0)
                {
                    m_state.OwnerId = 0;
                    m_state.Owner = null;
                    Signaled();
                }
            }
        }

        internal override bool IsAvailable
        {
            get { return m_state.Recursion == 0 || m_state.OwnerId == Blocking.CurrentThreadId || !Blocking.IsAlive(m_state.Owner); }
        }

        internal override bool Acquire()
        {
            bool abandoned = m_state.Recursion > 0 && m_state.OwnerId != Blocking.CurrentThreadId;
            if (abandoned) m_state.Recursion = 0;
            m_state.Take();
            return abandoned;
        }

        private sealed class MutexState
        {
            internal int OwnerId;      // 0: free
            internal object Owner;     // the owning thread, to notice when it ends
            internal int Recursion;

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
