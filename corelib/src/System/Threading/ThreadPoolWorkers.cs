namespace System.Threading
{
    // The pool's threads: a worker per processor started as work arrives, and, as .NET does without its hill
    // climbing, one more whenever queued work has waited ~500 ms without any item being picked up (workers blocked
    // in waits would otherwise starve the queue), up to the maximum. Workers are background threads: they never
    // keep the process alive.
    internal static class ThreadPoolWorkers
    {
        internal const int StarvationCheckMilliseconds = 500;
        internal const int DefaultMaxWorkers = 32767;
        internal const int DefaultMaxCompletionPorts = 1000;

        private static volatile int s_threadCount;
        private static int s_minWorkers = Environment.ProcessorCount;
        private static int s_maxWorkers = DefaultMaxWorkers;
        private static int s_minCompletionPorts = Environment.ProcessorCount;
        private static int s_maxCompletionPorts = DefaultMaxCompletionPorts;
        private static int s_gateStarted;

        internal static int ThreadCount { get { return s_threadCount; } }
        // Workers not asleep waiting for work, as .NET counts the threads processing work: changed only as a worker
        // sleeps or wakes, never per item (a count every item touched would bounce between the cores).
        internal static int BusyCount { get { int busy = s_threadCount - ThreadPoolWorkQueue.IdleCount; return busy < 0 ? 0 : busy; } }
        internal static int MinWorkers { get { return s_minWorkers; } }
        internal static int MaxWorkers { get { return s_maxWorkers; } }
        internal static int MinCompletionPorts { get { return s_minCompletionPorts; } }
        internal static int MaxCompletionPorts { get { return s_maxCompletionPorts; } }

        internal static bool SetMin(int workers, int completionPorts)
        {
            if (workers < 0 || completionPorts < 0 || workers > s_maxWorkers || completionPorts > s_maxCompletionPorts) return false;
            s_minWorkers = workers;
            s_minCompletionPorts = completionPorts;
            return true;
        }

        internal static bool SetMax(int workers, int completionPorts)
        {
            if (workers < 1 || completionPorts < 1 || workers < s_minWorkers || completionPorts < s_minCompletionPorts) return false;
            s_maxWorkers = workers;
            s_maxCompletionPorts = completionPorts;
            return true;
        }

        // Called by a producer that saw no idle worker: up to the minimum, each arrival starts a worker at once.
        internal static void WorkArrived()
        {
            EnsureGate();
            while (true)
            {
                int count = s_threadCount;
                if (count >= s_minWorkers || count >= s_maxWorkers) return;
                if (Interlocked.CompareExchange(ref s_threadCount, count + 1, count) == count) break;
            }
            BackgroundThreads.Start(new Action(WorkerLoop), BackgroundThreads.PoolWorkerName);
        }

        private static void EnsureGate()
        {
            if (s_gateStarted != 0 || Interlocked.CompareExchange(ref s_gateStarted, 1, 0) != 0) return;
            BackgroundThreads.Start(new Action(GateLoop), ".NET TP Gate");
        }

        private static void WorkerLoop()
        {
            ThreadPoolWorkQueue.LocalQueue local = new ThreadPoolWorkQueue.LocalQueue();
            ThreadPoolWorkQueue.Register(local);
            ThreadCurrent.LocalQueue = local;
            while (true)
            {
                object item = ThreadPoolWorkQueue.Dequeue(local);
                if (item == null)
                {
                    ThreadPoolWorkQueue.WaitForWork(-1);
                    continue;
                }
                ThreadPoolWorkQueue.Execute(item);
                // each item starts from the default contexts, whatever the previous one left behind
                ThreadCurrent.ExecutionContext = null;
                ThreadCurrent.SynchronizationContext = null;
            }
        }

        // The starvation check: queued work that nobody picked up for a whole period gets another worker.
        private static void GateLoop()
        {
            LowLevelMonitor sleeper = new LowLevelMonitor();
            long lastDequeued = ThreadPoolWorkQueue.DequeuedCount;
            while (true)
            {
                sleeper.Acquire();
                sleeper.Wait(StarvationCheckMilliseconds);
                sleeper.Release();
                long dequeued = ThreadPoolWorkQueue.DequeuedCount;
                if (ThreadPoolWorkQueue.PendingCount > 0 && dequeued == lastDequeued && ThreadPoolWorkQueue.IdleCount == 0)
                {
                    int count = s_threadCount;
                    if (count < s_maxWorkers && Interlocked.CompareExchange(ref s_threadCount, count + 1, count) == count)
                    {
                        BackgroundThreads.Start(new Action(WorkerLoop), BackgroundThreads.PoolWorkerName);
                    }
                }
                lastDequeued = dequeued;
            }
        }
    }
}
