namespace System.Threading
{
    public enum EventResetMode
    {
        AutoReset = 0,
        ManualReset = 1,
    }

    // An event: set, it lets waiters through — all of them (manual reset) or one, resetting itself (auto reset).
    public class EventWaitHandle : WaitHandle
    {
        private readonly EventResetMode m_mode;
        private bool m_set; // under m_lock

        public EventWaitHandle(bool initialState, EventResetMode mode) : this(initialState, mode, null) { }

        // Named events are shared between processes on Windows only; .NET on Linux refuses them as Kiln does.
        public EventWaitHandle(bool initialState, EventResetMode mode, string name)
        {
            if (mode != EventResetMode.AutoReset && mode != EventResetMode.ManualReset)
                throw new ArgumentException("Value of flags is invalid.", "mode");
            if (name != null)
                throw new PlatformNotSupportedException("The named version of this synchronization primitive is not supported on this platform.");
            m_mode = mode;
            m_set = initialState;
        }

        public EventWaitHandle(bool initialState, EventResetMode mode, string name, out bool createdNew) : this(initialState, mode, name)
        {
            createdNew = true;
        }

        public bool Set()
        {
            ThrowIfDisposed();
            lock (m_lock)
            {
                m_set = true;
                WakeOwnWaiters();
            }
            Changed();
            return true;
        }

        public bool Reset()
        {
            ThrowIfDisposed();
            lock (m_lock) m_set = false;
            return true;
        }

        internal override void SignalForWait() { Set(); }

        internal override bool IsAvailable { get { return m_set; } }

        internal override bool Acquire()
        {
            if (m_mode == EventResetMode.AutoReset) m_set = false;
            return false;
        }
    }

    public sealed class ManualResetEvent : EventWaitHandle
    {
        public ManualResetEvent(bool initialState) : base(initialState, EventResetMode.ManualReset) { }
    }

    public sealed class AutoResetEvent : EventWaitHandle
    {
        public AutoResetEvent(bool initialState) : base(initialState, EventResetMode.AutoReset) { }
    }
}
