namespace System.Threading.Tasks
{
    // Task as the asynchronous programming model's IAsyncResult (what Begin* methods built on tasks return).
    public partial class Task
    {
        // Made on first use: Publish sets it once the final state is visible, and a task that completed before the
        // event was stored sets it here, so either side sees the other's write.
        WaitHandle IAsyncResult.AsyncWaitHandle
        {
            get
            {
                Details d = EnsureDetails();
                if (d.m_completionEvent == null)
                {
                    ManualResetEvent created = new ManualResetEvent(IsCompleted);
                    if (Interlocked.CompareExchange(ref d.m_completionEvent, created, null) != null) created.Dispose();
                    else if (IsCompleted) created.Set();
                }
                return d.m_completionEvent;
            }
        }

        bool IAsyncResult.CompletedSynchronously { get { return false; } }

        internal void SetAsyncState(object state)
        {
            if (state != null) EnsureDetails().m_stateObject = state;
        }
    }
}
