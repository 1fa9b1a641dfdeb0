using System.Collections.Generic;

namespace System.Threading.Tasks
{
    // Where tasks run. Default is the thread pool; Current is the scheduler of the task running on this thread (the
    // default outside tasks, or when the task hides it).
    public abstract class TaskScheduler
    {
        private static readonly TaskScheduler s_default = new ThreadPoolTaskScheduler();
        private static int s_lastId;
        private int m_id;

        protected TaskScheduler() { }

        public static TaskScheduler Default { get { return s_default; } }

        public static TaskScheduler Current { get { return InternalCurrent ?? s_default; } }

        // The running task's scheduler, or null (outside tasks, or HideScheduler).
        internal static TaskScheduler InternalCurrent
        {
            get
            {
                Task t = ThreadCurrent.Task;
                if (t == null || (t.CreationOptions & TaskCreationOptions.HideScheduler) != 0) return null;
                return t.m_scheduler;
            }
        }

        public int Id
        {
            get
            {
                if (m_id == 0)
                {
                    int id = Interlocked.Increment(ref s_lastId);
                    Interlocked.CompareExchange(ref m_id, id, 0);
                }
                return m_id;
            }
        }

        public virtual int MaximumConcurrencyLevel { get { return int.MaxValue; } }

        protected internal abstract void QueueTask(Task task);

        protected abstract bool TryExecuteTaskInline(Task task, bool taskWasPreviouslyQueued);

        protected abstract IEnumerable<Task> GetScheduledTasks();

        protected internal virtual bool TryDequeue(Task task) { return false; }

        // Runs task on the calling thread; false when it had already run (or was canceled before it could).
        protected bool TryExecuteTask(Task task)
        {
            if (task.m_scheduler != this) throw new InvalidOperationException("ExecuteTask may not be called for a task which was previously queued to a different TaskScheduler.");
            return task.ExecuteEntry();
        }

        // Inlining as Wait, RunSynchronously and synchronous continuations ask for it.
        internal bool TryRunInline(Task task, bool taskWasPreviouslyQueued)
        {
            bool ran = TryExecuteTaskInline(task, taskWasPreviouslyQueued);
            if (ran && !task.IsCompleted && task.Status != TaskStatus.WaitingForChildrenToComplete)
            {
                throw new InvalidOperationException("The TryExecuteTaskInline call to the underlying scheduler succeeded, but the task body was not invoked.");
            }
            return ran;
        }

        public static TaskScheduler FromCurrentSynchronizationContext()
        {
            SynchronizationContext context = SynchronizationContext.Current;
            if (context == null) throw new InvalidOperationException("The current SynchronizationContext may not be used as a TaskScheduler.");
            return new SynchronizationContextTaskScheduler(context);
        }

        // Raised on the finalizer thread when a faulted task whose exception nobody observed is collected. As on
        // .NET Core, an event left unobserved (no SetObserved) does not end the process.
        public static event EventHandler<UnobservedTaskExceptionEventArgs> UnobservedTaskException;

        internal static void PublishUnobservedTaskException(Task sender, UnobservedTaskExceptionEventArgs args)
        {
            EventHandler<UnobservedTaskExceptionEventArgs> handler = UnobservedTaskException;
            if (handler != null) handler(sender, args);
        }
    }

    // The default scheduler: tasks go to the thread pool (to the worker's local queue when queued from a worker,
    // unless PreferFairness), LongRunning ones get a thread of their own.
    internal sealed class ThreadPoolTaskScheduler : TaskScheduler
    {
        protected internal override void QueueTask(Task task)
        {
            TaskCreationOptions options = task.CreationOptions;
            if ((options & TaskCreationOptions.LongRunning) != 0)
            {
                BackgroundThreads.Start(new Action(task.ExecuteFromThreadPool), ".NET Long Running Task");
                return;
            }
            ThreadPoolWorkQueue.Enqueue(task, (options & TaskCreationOptions.PreferFairness) == 0);
        }

        // The task is claimed atomically, so running it here makes its queued entry a no-op.
        protected override bool TryExecuteTaskInline(Task task, bool taskWasPreviouslyQueued) { return TryExecuteTask(task); }

        protected override IEnumerable<Task> GetScheduledTasks() { return new Task[0]; }
    }

    // TaskScheduler.FromCurrentSynchronizationContext: tasks are posted to the context; inlined only on it.
    internal sealed class SynchronizationContextTaskScheduler : TaskScheduler
    {
        private readonly SynchronizationContext m_context;

        internal SynchronizationContextTaskScheduler(SynchronizationContext context) { m_context = context; }

        public override int MaximumConcurrencyLevel { get { return 1; } }

        protected internal override void QueueTask(Task task) { m_context.Post(new SendOrPostCallback(Run), task); }

        private void Run(object task) { TryExecuteTask((Task)task); }

        protected override bool TryExecuteTaskInline(Task task, bool taskWasPreviouslyQueued)
        {
            return SynchronizationContext.Current == m_context && TryExecuteTask(task);
        }

        protected override IEnumerable<Task> GetScheduledTasks() { return new Task[0]; }
    }
}
