using System.Runtime.CompilerServices;

namespace System.Threading.Tasks
{
    // What runs when a task completes, other than a plain Action. canInline is false when the completing task asked
    // for asynchronous continuations or the continuation was registered after completion: then it is queued.
    internal abstract class TaskContinuation
    {
        // Inline continuations nest on the completing thread's stack; past this depth they are queued instead.
        private const int MaxInlineDepth = 64;

        internal abstract void Run(Task completed, bool canInline);

        internal static bool CanRunInline(bool canInline) { return canInline && ThreadCurrent.InlineDepth < MaxInlineDepth; }

        // .NET's IsValidLocationForInlining, for await continuations that captured no context: they run inline on the
        // completing thread only if its SynchronizationContext is null or exactly the base class and the current
        // TaskScheduler is the default; elsewhere (a UI context, a custom scheduler's task) they are queued to the pool.
        internal static bool IsValidLocationForInlining
        {
            get
            {
                SynchronizationContext sync = ThreadCurrent.SynchronizationContext;
                if (sync != null && sync.GetType() != typeof(SynchronizationContext)) return false;
                TaskScheduler scheduler = TaskScheduler.InternalCurrent;
                return scheduler == null || scheduler == TaskScheduler.Default;
            }
        }

        // An await's continuation that captured no context (a plain Action in the task's slot).
        internal static void RunAwaitAction(Action action, bool canInline)
        {
            RunAction(action, canInline && IsValidLocationForInlining);
        }

        internal static void RunAction(Action action, bool canInline)
        {
            if (CanRunInline(canInline)) RunInline(action);
            else ThreadPoolWorkQueue.Enqueue(new ActionWorkItem(action), true);
        }

        internal static void RunInline(Action action)
        {
            ThreadCurrent.InlineDepth++;
            try
            {
                action();
            }
            finally
            {
                ThreadCurrent.InlineDepth--;
            }
        }

        // Runs action in context (null: the current one), then restores the thread's contexts.
        internal static void RunInContext(Action action, ExecutionContext context)
        {
            ExecutionContext savedContext = ThreadCurrent.ExecutionContext;
            SynchronizationContext savedSync = ThreadCurrent.SynchronizationContext;
            ThreadCurrent.ExecutionContext = context;
            try
            {
                action();
            }
            finally
            {
                ThreadCurrent.ExecutionContext = savedContext;
                ThreadCurrent.SynchronizationContext = savedSync;
            }
        }
    }

    internal sealed class ActionWorkItem : IThreadPoolWorkItem
    {
        private readonly Action m_action;
        internal ActionWorkItem(Action action) { m_action = action; }
        public void Execute() { m_action(); }
    }

    // The runtime's own completion actions (WhenAll, WhenAny, Unwrap, waiters...): always inline unless the task
    // asked for asynchronous continuations. Plain Actions in a task's slot are await continuations, which are not.
    internal sealed class CompletionActionContinuation : TaskContinuation
    {
        private readonly Action m_action;
        internal CompletionActionContinuation(Action action) { m_action = action; }
        internal override void Run(Task completed, bool canInline) { RunAction(m_action, canInline); }
    }

    // A classic await's continuation (TaskAwaiter & co.): where it runs is decided when it is registered.
    internal static class AwaitContinuation
    {
        internal static object Create(Action action, bool continueOnCapturedContext, bool flowExecutionContext)
        {
            ExecutionContext context = flowExecutionContext ? ExecutionContext.CaptureForFlow() : null;
            if (continueOnCapturedContext)
            {
                SynchronizationContext sync = SynchronizationContext.CurrentForCapture();
                if (sync != null) return new SynchronizationContextContinuation(sync, action, context);
                TaskScheduler scheduler = TaskScheduler.InternalCurrent;
                if (scheduler != null && scheduler != TaskScheduler.Default) return new TaskSchedulerContinuation(scheduler, action, context);
            }
            if (context != null) return new ContextActionContinuation(action, context);
            return action;
        }
    }

    internal sealed class ContextActionContinuation : TaskContinuation
    {
        private readonly Action m_action;
        private readonly ExecutionContext m_context;
        internal ContextActionContinuation(Action action, ExecutionContext context) { m_action = action; m_context = context; }

        internal override void Run(Task completed, bool canInline)
        {
            if (CanRunInline(canInline) && IsValidLocationForInlining) RunInline(Invoke);
            else ThreadPoolWorkQueue.Enqueue(new ActionWorkItem(Invoke), true);
        }

        private void Invoke() { RunInContext(m_action, m_context); }
    }

    // Posts the continuation to a captured SynchronizationContext (runs it at once if that is current and allowed).
    internal sealed class SynchronizationContextContinuation : TaskContinuation
    {
        private readonly SynchronizationContext m_sync;
        private readonly Action m_action;
        private readonly ExecutionContext m_context;

        internal SynchronizationContextContinuation(SynchronizationContext sync, Action action, ExecutionContext context)
        {
            m_sync = sync;
            m_action = action;
            m_context = context;
        }

        internal override void Run(Task completed, bool canInline)
        {
            if (CanRunInline(canInline) && ThreadCurrent.SynchronizationContext == m_sync) RunInline(Invoke);
            else m_sync.Post(new SendOrPostCallback(Posted), null);
        }

        private void Posted(object state) { Invoke(); }

        private void Invoke() { RunInContext(m_action, m_context); }
    }

    // Runs the continuation as a task on a captured non-default TaskScheduler.
    internal sealed class TaskSchedulerContinuation : TaskContinuation
    {
        private readonly TaskScheduler m_scheduler;
        private readonly Action m_action;
        private readonly ExecutionContext m_context;

        internal TaskSchedulerContinuation(TaskScheduler scheduler, Action action, ExecutionContext context)
        {
            m_scheduler = scheduler;
            m_action = action;
            m_context = context;
        }

        internal override void Run(Task completed, bool canInline)
        {
            Task task = new Task();
            task.Initialize(new Action(Invoke), null, default(CancellationToken), TaskCreationOptions.None);
            if (CanRunInline(canInline) && TaskScheduler.InternalCurrent == m_scheduler)
            {
                task.m_scheduler = m_scheduler;
                if (m_scheduler.TryRunInline(task, false)) return;
            }
            task.ScheduleOn(m_scheduler);
        }

        private void Invoke() { RunInContext(m_action, m_context); }
    }

    // Wakes the threads blocked on a task (TaskWaiting); one instance serves every task.
    internal sealed class WakeWaitersContinuation : TaskContinuation
    {
        internal static readonly WakeWaitersContinuation Instance = new WakeWaitersContinuation();

        internal override void Run(Task completed, bool canInline) { TaskWaiting.Wake(completed); }
    }

    // ContinueWith: the continuation task starts (or is canceled) when its antecedent completes.
    internal sealed class ContinueWithContinuation : TaskContinuation
    {
        private readonly Task m_task;
        private readonly TaskContinuationOptions m_options;
        private readonly TaskScheduler m_scheduler;

        internal ContinueWithContinuation(Task task, TaskContinuationOptions options, TaskScheduler scheduler)
        {
            m_task = task;
            m_options = options;
            m_scheduler = scheduler;
        }

        internal override void Run(Task completed, bool canInline)
        {
            if (!Allowed(completed.Status))
            {
                m_task.CancelContinuation();
                return;
            }
            if (m_task.IsCompleted) return; // canceled by its token meanwhile
            if ((m_options & TaskContinuationOptions.ExecuteSynchronously) != 0 && CanRunInline(canInline))
            {
                m_task.m_scheduler = m_scheduler;
                ThreadCurrent.InlineDepth++;
                try
                {
                    if (m_scheduler.TryRunInline(m_task, false)) return;
                }
                finally
                {
                    ThreadCurrent.InlineDepth--;
                }
            }
            m_task.ScheduleOn(m_scheduler);
        }

        private bool Allowed(TaskStatus status)
        {
            if (status == TaskStatus.RanToCompletion) return (m_options & TaskContinuationOptions.NotOnRanToCompletion) == 0;
            if (status == TaskStatus.Faulted) return (m_options & TaskContinuationOptions.NotOnFaulted) == 0;
            return (m_options & TaskContinuationOptions.NotOnCanceled) == 0;
        }
    }
}
