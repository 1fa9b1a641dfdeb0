namespace System.Threading.Tasks
{
    // Blocking a thread until a task completes. Waiters sleep on one of a fixed set of monitors chosen by the task's
    // identity hash (a parking lot: no native object per wait, so nothing to free); a task with waiters has a
    // WakeWaitersContinuation that signals that monitor once the task's final state is published. A waiter re-checks
    // IsCompleted under the monitor's lock, so a completion between its check and its sleep cannot be lost.
    internal static class TaskWaiting
    {
        private const int BucketCount = 32;
        private static readonly LowLevelMonitor[] s_buckets = CreateBuckets();

        private static LowLevelMonitor[] CreateBuckets()
        {
            LowLevelMonitor[] buckets = new LowLevelMonitor[BucketCount];
            for (int i = 0; i < BucketCount; i++) buckets[i] = new LowLevelMonitor();
            return buckets;
        }

        private static LowLevelMonitor BucketOf(Task task)
        {
            return s_buckets[(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(task) & 0x7fffffff) % BucketCount];
        }

        // True when task completed within timeoutMilliseconds (-1: no limit).
        internal static bool Block(Task task, int timeoutMilliseconds)
        {
            if (task.IsCompleted) return true;
            if (!BackgroundThreads.Available) return SingleThreadFallback.RunUntilCompleted(task, timeoutMilliseconds);
            if (timeoutMilliseconds == 0) return false;
            task.AddCompletionAction(WakeWaitersContinuation.Instance);
            LowLevelMonitor bucket = BucketOf(task);
            long start = LowLevelMonitor.Now;
            bucket.Acquire();
            while (!task.IsCompleted)
            {
                int left = LowLevelMonitor.Remaining(timeoutMilliseconds, start);
                if (left == 0) break;
                bucket.Wait(left);
            }
            bucket.Release();
            return task.IsCompleted;
        }

        internal static void Wake(Task task)
        {
            LowLevelMonitor bucket = BucketOf(task);
            bucket.Acquire();
            bucket.SignalAll();
            bucket.Release();
        }
    }

    // While no thread can be started (BackgroundThreads), a blocked thread does the pool's and the timer thread's
    // work itself: it runs queued items and fires due timers until what it waits for completes. This is the run loop
    // Kiln had before the thread pool, kept so that programs keep working until System.Threading.Thread lands.
    internal static class SingleThreadFallback
    {
        private static readonly LowLevelMonitor s_sleeper = new LowLevelMonitor();

        internal static bool RunUntilCompleted(Task task, int timeoutMilliseconds)
        {
            long start = LowLevelMonitor.Now;
            while (!task.IsCompleted)
            {
                int left = LowLevelMonitor.Remaining(timeoutMilliseconds, start);
                if (left == 0) return false;
                object item = ThreadPoolWorkQueue.TryDequeueGlobal();
                if (item != null)
                {
                    RunItem(item);
                    continue;
                }
                long nextTimer = TimerQueue.FireDue();
                if (ThreadPoolWorkQueue.PendingCount > 0 || nextTimer == 0) continue;
                if (nextTimer < 0 && left < 0) throw new InvalidOperationException("Deadlock: waiting for a task that nothing can complete.");
                long sleep = nextTimer < 0 ? left : (left < 0 ? nextTimer : Math.Min(nextTimer, left));
                Console.FlushOutput(); // output produced before a wait is visible during it
                s_sleeper.Acquire();
                s_sleeper.Wait((int)Math.Min(sleep, int.MaxValue));
                s_sleeper.Release();
            }
            return true;
        }

        // A pool item runs on the waiting thread as on a pool thread (default contexts, no current task) and leaves
        // that thread's contexts as they were.
        private static void RunItem(object item)
        {
            ExecutionContext context = ThreadCurrent.ExecutionContext;
            SynchronizationContext sync = ThreadCurrent.SynchronizationContext;
            Task task = ThreadCurrent.Task;
            ThreadCurrent.ExecutionContext = null;
            ThreadCurrent.SynchronizationContext = null;
            ThreadCurrent.Task = null;
            try
            {
                ThreadPoolWorkQueue.Execute(item);
            }
            finally
            {
                ThreadCurrent.ExecutionContext = context;
                ThreadCurrent.SynchronizationContext = sync;
                ThreadCurrent.Task = task;
            }
        }
    }
}
