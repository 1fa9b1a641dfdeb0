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
}
