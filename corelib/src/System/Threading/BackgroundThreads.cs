namespace System.Threading
{
    // The one place where the thread pool, the timer queue and LongRunning tasks start threads: background threads
    // that do not flow the starter's ExecutionContext.
    //
    // System.Threading.Thread does not exist yet in this core library (it is helper "threads"' piece of issue 17):
    // until it does, Available is false, nothing is started, and blocking waits run queued work and due timers on
    // the waiting thread (SingleThreadFallback). When Thread lands, Start becomes
    //     Thread t = new Thread(new ThreadStart(body)); t.IsBackground = true; t.Name = name; t.UnsafeStart();
    // and Available true.
    internal static class BackgroundThreads
    {
        internal static bool Available { get { return false; } }

        internal static void Start(Action body, string name)
        {
            throw new PlatformNotSupportedException("Threads are not supported yet.");
        }
    }
}
