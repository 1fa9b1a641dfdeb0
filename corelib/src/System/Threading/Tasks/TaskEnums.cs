namespace System.Threading.Tasks
{
    public enum TaskStatus
    {
        Created = 0, WaitingForActivation = 1, WaitingToRun = 2, Running = 3, WaitingForChildrenToComplete = 4,
        RanToCompletion = 5, Canceled = 6, Faulted = 7
    }

    [Flags]
    public enum TaskCreationOptions
    {
        None = 0, PreferFairness = 1, LongRunning = 2, AttachedToParent = 4, DenyChildAttach = 8, HideScheduler = 16,
        RunContinuationsAsynchronously = 64
    }

    [Flags]
    public enum TaskContinuationOptions
    {
        None = 0, PreferFairness = 1, LongRunning = 2, AttachedToParent = 4, DenyChildAttach = 8, HideScheduler = 16,
        LazyCancellation = 32, RunContinuationsAsynchronously = 64,
        NotOnRanToCompletion = 0x10000, NotOnFaulted = 0x20000, NotOnCanceled = 0x40000,
        OnlyOnRanToCompletion = NotOnFaulted | NotOnCanceled,
        OnlyOnFaulted = NotOnRanToCompletion | NotOnCanceled,
        OnlyOnCanceled = NotOnRanToCompletion | NotOnFaulted,
        ExecuteSynchronously = 0x80000
    }

    public class UnobservedTaskExceptionEventArgs : EventArgs
    {
        private readonly AggregateException m_exception;
        private bool m_observed;

        public UnobservedTaskExceptionEventArgs(AggregateException exception) { m_exception = exception; }

        public AggregateException Exception { get { return m_exception; } }

        public bool Observed { get { return m_observed; } }

        public void SetObserved() { m_observed = true; }
    }

    // Task's fault until someone observes it (.NET's TaskExceptionHolder, reduced to its finalizer). The task only
    // lives on through this holder once it is garbage, so the finalizer may read it.
    internal sealed class UnobservedExceptionHolder
    {
        private readonly Task m_task;

        internal UnobservedExceptionHolder(Task task) { m_task = task; }

        ~UnobservedExceptionHolder()
        {
            AggregateException e = new AggregateException(
                "A Task's exception(s) were not observed either by Waiting on the Task or accessing its Exception property. As a result, the unobserved exception was rethrown by the finalizer thread.",
                m_task.ExceptionsUnobserved());
            TaskScheduler.PublishUnobservedTaskException(m_task, new UnobservedTaskExceptionEventArgs(e));
        }
    }
}
