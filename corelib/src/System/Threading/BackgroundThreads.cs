namespace System.Threading
{
    // The one place where the thread pool, the timer queue and LongRunning tasks start threads: background threads
    // that do not flow the starter's ExecutionContext.
    internal static class BackgroundThreads
    {
        internal static void Start(Action body, string name)
        {
            Thread t = new Thread(new ThreadStart(body));
            t.IsBackground = true;
            t.Name = name;
            t._isThreadPoolThread = name == PoolWorkerName;
            t.UnsafeStart();
        }

        internal const string PoolWorkerName = ".NET TP Worker";
    }
}
