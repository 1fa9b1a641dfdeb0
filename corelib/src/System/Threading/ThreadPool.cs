namespace System.Threading
{
    public delegate void WaitCallback(object state);

    public interface IThreadPoolWorkItem
    {
        void Execute();
    }

    // The process's thread pool (ThreadPoolWorkQueue, ThreadPoolWorkers). The safe members run the work item in the
    // ExecutionContext of the caller; the Unsafe ones in the default context.
    public static class ThreadPool
    {
        public static bool QueueUserWorkItem(WaitCallback callBack) { return QueueUserWorkItem(callBack, null); }

        public static bool QueueUserWorkItem(WaitCallback callBack, object state)
        {
            if (callBack == null) throw new ArgumentNullException("callBack");
            ThreadPoolWorkQueue.Enqueue(new CallbackWorkItem(callBack, state, ExecutionContext.Capture()), false);
            return true;
        }

        public static bool QueueUserWorkItem<TState>(Action<TState> callBack, TState state, bool preferLocal)
        {
            if (callBack == null) throw new ArgumentNullException("callBack");
            ThreadPoolWorkQueue.Enqueue(new CallbackWorkItem<TState>(callBack, state, ExecutionContext.Capture()), preferLocal);
            return true;
        }

        public static bool UnsafeQueueUserWorkItem(WaitCallback callBack, object state)
        {
            if (callBack == null) throw new ArgumentNullException("callBack");
            ThreadPoolWorkQueue.Enqueue(new CallbackWorkItem(callBack, state, null), false);
            return true;
        }

        public static bool UnsafeQueueUserWorkItem<TState>(Action<TState> callBack, TState state, bool preferLocal)
        {
            if (callBack == null) throw new ArgumentNullException("callBack");
            ThreadPoolWorkQueue.Enqueue(new CallbackWorkItem<TState>(callBack, state, null), preferLocal);
            return true;
        }

        public static bool UnsafeQueueUserWorkItem(IThreadPoolWorkItem callBack, bool preferLocal)
        {
            if (callBack == null) throw new ArgumentNullException("callBack");
            if (callBack is System.Threading.Tasks.Task)
            {
                throw new ArgumentOutOfRangeException("callBack", "The work item may not be a Task.");
            }
            ThreadPoolWorkQueue.Enqueue(callBack, preferLocal);
            return true;
        }

        public static bool SetMinThreads(int workerThreads, int completionPortThreads) { return ThreadPoolWorkers.SetMin(workerThreads, completionPortThreads); }

        public static void GetMinThreads(out int workerThreads, out int completionPortThreads)
        {
            workerThreads = ThreadPoolWorkers.MinWorkers;
            completionPortThreads = ThreadPoolWorkers.MinCompletionPorts;
        }

        public static bool SetMaxThreads(int workerThreads, int completionPortThreads) { return ThreadPoolWorkers.SetMax(workerThreads, completionPortThreads); }

        public static void GetMaxThreads(out int workerThreads, out int completionPortThreads)
        {
            workerThreads = ThreadPoolWorkers.MaxWorkers;
            completionPortThreads = ThreadPoolWorkers.MaxCompletionPorts;
        }

        // Workers not running an item (this pool has no I/O completion threads: all of those are available).
        public static void GetAvailableThreads(out int workerThreads, out int completionPortThreads)
        {
            workerThreads = ThreadPoolWorkers.MaxWorkers - ThreadPoolWorkers.BusyCount;
            completionPortThreads = ThreadPoolWorkers.MaxCompletionPorts;
        }

        public static int ThreadCount { get { return ThreadPoolWorkers.ThreadCount; } }

        public static long PendingWorkItemCount { get { return ThreadPoolWorkQueue.PendingCount; } }

        public static long CompletedWorkItemCount { get { return ThreadPoolWorkQueue.DequeuedCount; } }

        private sealed class CallbackWorkItem : IThreadPoolWorkItem
        {
            private readonly WaitCallback m_callback;
            private readonly object m_state;
            private readonly ExecutionContext m_context;

            internal CallbackWorkItem(WaitCallback callback, object state, ExecutionContext context)
            {
                m_callback = callback;
                m_state = state;
                m_context = context;
            }

            public void Execute()
            {
                ThreadCurrent.ExecutionContext = m_context;
                m_callback(m_state);
            }
        }

        private sealed class CallbackWorkItem<TState> : IThreadPoolWorkItem
        {
            private readonly Action<TState> m_callback;
            private readonly TState m_state;
            private readonly ExecutionContext m_context;

            internal CallbackWorkItem(Action<TState> callback, TState state, ExecutionContext context)
            {
                m_callback = callback;
                m_state = state;
                m_context = context;
            }

            public void Execute()
            {
                ThreadCurrent.ExecutionContext = m_context;
                m_callback(m_state);
            }
        }
    }
}
