namespace System
{
    // The asynchronous-programming-model pair that every delegate's BeginInvoke/EndInvoke mentions.
    public delegate void AsyncCallback(IAsyncResult ar);

    public interface IAsyncResult
    {
        object AsyncState { get; }
        System.Threading.WaitHandle AsyncWaitHandle { get; }
        bool CompletedSynchronously { get; }
        bool IsCompleted { get; }
    }
}

namespace System.Threading
{
    // The base of the objects a thread can wait on. Kiln has no OS threads, so the core library creates no wait handle
    // of its own: this is the public surface IAsyncResult needs, and waiting is left abstract for the one who can
    // signal (a subclass). WaitOne(int) is virtual in .NET; here it is abstract because no honest default exists.
    public abstract class WaitHandle : IDisposable
    {
        public const int WaitTimeout = 258;

        protected WaitHandle() { }

        public abstract bool WaitOne(int millisecondsTimeout);

        public virtual bool WaitOne() { return WaitOne(-1); }

        public virtual bool WaitOne(TimeSpan timeout)
        {
            long ms = (long)timeout.TotalMilliseconds;
            if (ms < -1 || ms > int.MaxValue) throw new ArgumentOutOfRangeException("timeout");
            return WaitOne((int)ms);
        }

        public virtual bool WaitOne(int millisecondsTimeout, bool exitContext) { return WaitOne(millisecondsTimeout); }

        public virtual void Close() { Dispose(); }

        public void Dispose()
        {
            Dispose(true);
            GC.SuppressFinalize(this);
        }

        // The base holds no OS handle, so there is nothing of its own to release.
        protected virtual void Dispose(bool explicitDisposing) { }
    }
}
