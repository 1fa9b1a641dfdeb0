namespace System.Threading
{
    // The one place where the thread pool, the timer queue and LongRunning tasks start threads: background threads
    // that do not flow the starter's ExecutionContext.
    //
    // The pool keeps per-thread state in [ThreadStatic] fields (ThreadCurrent). With ThreadStaticsSupported false
    // (as before thread statics existed) no thread is started, and blocking waits run queued work and due timers on
    // the waiting thread (SingleThreadFallback).
    internal static class BackgroundThreads
    {
        private const bool ThreadStaticsSupported = true;

        internal static bool Available { get { return ThreadStaticsSupported; } }

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
