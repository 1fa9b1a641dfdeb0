namespace System.Threading
{
    public delegate void SendOrPostCallback(object state);

    // Where work for a particular context goes (a UI thread, a single-threaded loop). The base class posts to the
    // thread pool and sends synchronously; subclasses override Post and Send. Current is per thread.
    public class SynchronizationContext
    {
        public SynchronizationContext() { }

        public static SynchronizationContext Current { get { return ThreadCurrent.SynchronizationContext; } }

        public static void SetSynchronizationContext(SynchronizationContext syncContext) { ThreadCurrent.SynchronizationContext = syncContext; }

        public virtual void Send(SendOrPostCallback d, object state) { d(state); }

        public virtual void Post(SendOrPostCallback d, object state)
        {
            ThreadPool.QueueUserWorkItem<PostedCallback>(PostedCallback.Run, new PostedCallback(d, state), false);
        }

        public virtual SynchronizationContext CreateCopy() { return new SynchronizationContext(); }

        public virtual void OperationStarted() { }

        public virtual void OperationCompleted() { }

        // An await captures a context only when it is not null and not the base class, whose Post only queues to
        // the pool (as .NET decides it).
        internal static SynchronizationContext CurrentForCapture()
        {
            SynchronizationContext c = ThreadCurrent.SynchronizationContext;
            return c != null && c.GetType() != typeof(SynchronizationContext) ? c : null;
        }

        private sealed class PostedCallback
        {
            private readonly SendOrPostCallback m_callback;
            private readonly object m_state;
            internal PostedCallback(SendOrPostCallback callback, object state) { m_callback = callback; m_state = state; }
            internal static void Run(PostedCallback p) { p.m_callback(p.m_state); }
        }
    }
}
