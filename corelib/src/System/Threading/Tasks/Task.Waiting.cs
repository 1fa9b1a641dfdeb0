using System.Collections.Generic;

namespace System.Threading.Tasks
{
    // Blocking waits: the calling thread sleeps (TaskWaiting) until the task completes, after first running the task
    // itself if it is queued and nobody has started it, as .NET inlines it.
    public partial class Task
    {
        public void Wait() { Wait(Timeout.Infinite, default(CancellationToken)); }

        public bool Wait(TimeSpan timeout) { return Wait(Milliseconds(timeout, "timeout"), default(CancellationToken)); }

        public bool Wait(int millisecondsTimeout) { return Wait(millisecondsTimeout, default(CancellationToken)); }

        public void Wait(CancellationToken cancellationToken) { Wait(Timeout.Infinite, cancellationToken); }

        public bool Wait(TimeSpan timeout, CancellationToken cancellationToken) { return Wait(Milliseconds(timeout, "timeout"), cancellationToken); }

        public bool Wait(int millisecondsTimeout, CancellationToken cancellationToken)
        {
            if (millisecondsTimeout < -1) throw new ArgumentOutOfRangeException("millisecondsTimeout");
            if (!IsCompleted && !InternalWait(millisecondsTimeout, cancellationToken)) return false;
            ThrowIfWaitFailed();
            return true;
        }

        // Wait's exceptions: an AggregateException of the faults, or of a TaskCanceledException (as .NET has done
        // since 4.0: not what canceled it).
        private void ThrowIfWaitFailed()
        {
            int s = m_state;
            if (s == Faulted) throw new AggregateException(Exceptions());
            if (s == Canceled) throw new AggregateException(new TaskCanceledException());
        }

        // True when the task completed in time; throws OperationCanceledException when token is canceled first.
        internal bool InternalWait(int millisecondsTimeout, CancellationToken token)
        {
            token.ThrowIfCancellationRequested();
            if (TryInline()) return true;
            if (!token.CanBeCanceled) return TaskWaiting.Block(this, millisecondsTimeout);
            Task either = WhenAnyOf(this, CanceledBy(token));
            bool done = TaskWaiting.Block(either, millisecondsTimeout);
            if (!IsCompleted) token.ThrowIfCancellationRequested();
            return done && IsCompleted;
        }

        // Runs a queued, not yet started task on the waiting thread when its scheduler allows it.
        private bool TryInline()
        {
            if (m_action == null || (m_flags & (FlagScheduled | FlagStarted)) != FlagScheduled) return false;
            TaskScheduler scheduler = m_scheduler;
            if (scheduler == null) return false;
            scheduler.TryRunInline(this, true);
            return IsCompleted;
        }

        // A task that completes when token is canceled.
        private static Task CanceledBy(CancellationToken token)
        {
            Task t = new Task();
            token.Register(new Action(t.CompleteFromToken));
            return t;
        }

        private void CompleteFromToken() { TrySetCompleted(); }

        private static Task WhenAnyOf(Task a, Task b)
        {
            Task any = new Task();
            Action done = new Action(any.CompleteFromToken);
            a.AddCompletionAction(done);
            b.AddCompletionAction(done);
            return any;
        }

        // A TimeSpan timeout as the milliseconds the int overloads take (-1: infinite).
        private static int Milliseconds(TimeSpan value, string name)
        {
            long ms = (long)value.TotalMilliseconds;
            if (ms < -1 || ms > int.MaxValue) throw new ArgumentOutOfRangeException(name);
            return (int)ms;
        }

        public static void WaitAll(params Task[] tasks) { WaitAll(tasks, Timeout.Infinite, default(CancellationToken)); }

        public static bool WaitAll(Task[] tasks, TimeSpan timeout) { return WaitAll(tasks, Milliseconds(timeout, "timeout"), default(CancellationToken)); }

        public static bool WaitAll(Task[] tasks, int millisecondsTimeout) { return WaitAll(tasks, millisecondsTimeout, default(CancellationToken)); }

        public static void WaitAll(Task[] tasks, CancellationToken cancellationToken) { WaitAll(tasks, Timeout.Infinite, cancellationToken); }

        // True when all completed in time; then failures are thrown together in one AggregateException.
        public static bool WaitAll(Task[] tasks, int millisecondsTimeout, CancellationToken cancellationToken)
        {
            CheckTasks(tasks);
            if (millisecondsTimeout < -1) throw new ArgumentOutOfRangeException("millisecondsTimeout");
            long start = LowLevelMonitor.Now;
            for (int i = 0; i < tasks.Length; i++)
            {
                if (tasks[i].IsCompleted) continue;
                if (!tasks[i].InternalWait(LowLevelMonitor.Remaining(millisecondsTimeout, start), cancellationToken)) return false;
            }
            List<Exception> failures = new List<Exception>();
            for (int i = 0; i < tasks.Length; i++)
            {
                if (tasks[i].IsFaulted) failures.AddRange(tasks[i].Exceptions());
                else if (tasks[i].IsCanceled) failures.Add(new TaskCanceledException());
            }
            if (failures.Count > 0) throw new AggregateException(failures.ToArray());
            return true;
        }

        public static int WaitAny(params Task[] tasks) { return WaitAny(tasks, Timeout.Infinite, default(CancellationToken)); }

        public static int WaitAny(Task[] tasks, TimeSpan timeout) { return WaitAny(tasks, Milliseconds(timeout, "timeout"), default(CancellationToken)); }

        public static int WaitAny(Task[] tasks, int millisecondsTimeout) { return WaitAny(tasks, millisecondsTimeout, default(CancellationToken)); }

        public static int WaitAny(Task[] tasks, CancellationToken cancellationToken) { return WaitAny(tasks, Timeout.Infinite, cancellationToken); }

        // The index of the first completed task, or -1 when none completed in time.
        public static int WaitAny(Task[] tasks, int millisecondsTimeout, CancellationToken cancellationToken)
        {
            CheckTasks(tasks);
            if (millisecondsTimeout < -1) throw new ArgumentOutOfRangeException("millisecondsTimeout");
            int done = FirstCompleted(tasks);
            if (done >= 0) return done;
            Task any = new Task();
            Action signal = new Action(any.CompleteFromToken);
            for (int i = 0; i < tasks.Length; i++) tasks[i].AddCompletionAction(signal);
            any.InternalWait(millisecondsTimeout, cancellationToken);
            return FirstCompleted(tasks);
        }

        private static int FirstCompleted(Task[] tasks)
        {
            for (int i = 0; i < tasks.Length; i++)
            {
                if (tasks[i].IsCompleted) return i;
            }
            return -1;
        }

        private static void CheckTasks(Task[] tasks)
        {
            if (tasks == null) throw new ArgumentNullException("tasks");
            for (int i = 0; i < tasks.Length; i++)
            {
                if (tasks[i] == null) throw new ArgumentException("The tasks array included at least one null element.", "tasks");
            }
        }
    }
}
