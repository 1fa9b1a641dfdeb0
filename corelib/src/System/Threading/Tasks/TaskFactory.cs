namespace System.Threading.Tasks
{
    // Task.Factory: StartNew with a token, options and scheduler (by default the factory's, else TaskScheduler.Current).
    public partial class TaskFactory
    {
        private readonly CancellationToken m_token;
        private readonly TaskCreationOptions m_creationOptions;
        private readonly TaskContinuationOptions m_continuationOptions;
        private readonly TaskScheduler m_scheduler;

        public TaskFactory() { }

        public TaskFactory(CancellationToken cancellationToken) { m_token = cancellationToken; }

        public TaskFactory(TaskScheduler scheduler) { m_scheduler = scheduler; }

        public TaskFactory(TaskCreationOptions creationOptions, TaskContinuationOptions continuationOptions)
        {
            m_creationOptions = creationOptions;
            m_continuationOptions = continuationOptions;
        }

        public TaskFactory(CancellationToken cancellationToken, TaskCreationOptions creationOptions, TaskContinuationOptions continuationOptions, TaskScheduler scheduler)
        {
            m_token = cancellationToken;
            m_creationOptions = creationOptions;
            m_continuationOptions = continuationOptions;
            m_scheduler = scheduler;
        }

        public CancellationToken CancellationToken { get { return m_token; } }
        public TaskCreationOptions CreationOptions { get { return m_creationOptions; } }
        public TaskContinuationOptions ContinuationOptions { get { return m_continuationOptions; } }
        public TaskScheduler Scheduler { get { return m_scheduler; } }

        private TaskScheduler SchedulerOrCurrent { get { return m_scheduler ?? TaskScheduler.Current; } }

        public Task StartNew(Action action) { return StartNew(action, m_token, m_creationOptions, SchedulerOrCurrent); }

        public Task StartNew(Action action, CancellationToken cancellationToken) { return StartNew(action, cancellationToken, m_creationOptions, SchedulerOrCurrent); }

        public Task StartNew(Action action, TaskCreationOptions creationOptions) { return StartNew(action, m_token, creationOptions, SchedulerOrCurrent); }

        public Task StartNew(Action action, CancellationToken cancellationToken, TaskCreationOptions creationOptions, TaskScheduler scheduler)
        {
            if (action == null) throw new ArgumentNullException("action");
            return Start(action, null, cancellationToken, creationOptions, scheduler);
        }

        public Task StartNew(Action<object> action, object state) { return StartNew(action, state, m_token, m_creationOptions, SchedulerOrCurrent); }

        public Task StartNew(Action<object> action, object state, CancellationToken cancellationToken) { return StartNew(action, state, cancellationToken, m_creationOptions, SchedulerOrCurrent); }

        public Task StartNew(Action<object> action, object state, TaskCreationOptions creationOptions) { return StartNew(action, state, m_token, creationOptions, SchedulerOrCurrent); }

        public Task StartNew(Action<object> action, object state, CancellationToken cancellationToken, TaskCreationOptions creationOptions, TaskScheduler scheduler)
        {
            if (action == null) throw new ArgumentNullException("action");
            Task t = new Task(action, state, cancellationToken, creationOptions);
            return Schedule(t, scheduler);
        }

        public Task<TResult> StartNew<TResult>(Func<TResult> function) { return StartNew(function, m_token, m_creationOptions, SchedulerOrCurrent); }

        public Task<TResult> StartNew<TResult>(Func<TResult> function, CancellationToken cancellationToken) { return StartNew(function, cancellationToken, m_creationOptions, SchedulerOrCurrent); }

        public Task<TResult> StartNew<TResult>(Func<TResult> function, TaskCreationOptions creationOptions) { return StartNew(function, m_token, creationOptions, SchedulerOrCurrent); }

        public Task<TResult> StartNew<TResult>(Func<TResult> function, CancellationToken cancellationToken, TaskCreationOptions creationOptions, TaskScheduler scheduler)
        {
            if (function == null) throw new ArgumentNullException("function");
            return TaskFactory<TResult>.Start(function, null, cancellationToken, creationOptions, scheduler);
        }

        public Task<TResult> StartNew<TResult>(Func<object, TResult> function, object state) { return StartNew(function, state, m_token, m_creationOptions, SchedulerOrCurrent); }

        public Task<TResult> StartNew<TResult>(Func<object, TResult> function, object state, CancellationToken cancellationToken, TaskCreationOptions creationOptions, TaskScheduler scheduler)
        {
            if (function == null) throw new ArgumentNullException("function");
            Task<TResult> t = new Task<TResult>(function, state, cancellationToken, creationOptions);
            Schedule(t, scheduler);
            return t;
        }

        internal static Task Start(Action action, object state, CancellationToken token, TaskCreationOptions options, TaskScheduler scheduler)
        {
            Task t = new Task();
            t.Initialize(action, state, token, options);
            return Schedule(t, scheduler);
        }

        internal static Task Schedule(Task t, TaskScheduler scheduler)
        {
            if (scheduler == null) throw new ArgumentNullException("scheduler");
            if (!t.IsCompleted) t.ScheduleOn(scheduler);
            return t;
        }

        public Task ContinueWhenAll(Task[] tasks, Action<Task[]> continuationAction)
        {
            if (continuationAction == null) throw new ArgumentNullException("continuationAction");
            Task[] copy = (Task[])tasks.Clone();
            return Task.WhenAll(copy).ContinueWith(new AllAction(copy, continuationAction).Invoke, m_token, m_continuationOptions, SchedulerOrCurrent);
        }

        public Task ContinueWhenAny(Task[] tasks, Action<Task> continuationAction)
        {
            if (continuationAction == null) throw new ArgumentNullException("continuationAction");
            return Task.WhenAny(tasks).ContinueWith(new AnyAction(continuationAction).Invoke, m_token, m_continuationOptions, SchedulerOrCurrent);
        }

        private sealed class AllAction
        {
            private readonly Task[] m_tasks;
            private readonly Action<Task[]> m_action;
            internal AllAction(Task[] tasks, Action<Task[]> action) { m_tasks = tasks; m_action = action; }
            internal void Invoke(Task all) { m_action(m_tasks); }
        }

        private sealed class AnyAction
        {
            private readonly Action<Task> m_action;
            internal AnyAction(Action<Task> action) { m_action = action; }
            internal void Invoke(Task<Task> any) { m_action(any.m_result); }
        }
    }

    public partial class TaskFactory<TResult>
    {
        internal static readonly TaskFactory<TResult> Instance = new TaskFactory<TResult>();

        private readonly CancellationToken m_token;
        private readonly TaskCreationOptions m_creationOptions;
        private readonly TaskScheduler m_scheduler;

        public TaskFactory() { }

        public TaskFactory(CancellationToken cancellationToken) { m_token = cancellationToken; }

        public TaskFactory(TaskScheduler scheduler) { m_scheduler = scheduler; }

        public TaskFactory(CancellationToken cancellationToken, TaskCreationOptions creationOptions, TaskContinuationOptions continuationOptions, TaskScheduler scheduler)
        {
            m_token = cancellationToken;
            m_creationOptions = creationOptions;
            m_scheduler = scheduler;
        }

        public Task<TResult> StartNew(Func<TResult> function) { return StartNew(function, m_token, m_creationOptions, m_scheduler ?? TaskScheduler.Current); }

        public Task<TResult> StartNew(Func<TResult> function, TaskCreationOptions creationOptions) { return StartNew(function, m_token, creationOptions, m_scheduler ?? TaskScheduler.Current); }

        public Task<TResult> StartNew(Func<TResult> function, CancellationToken cancellationToken, TaskCreationOptions creationOptions, TaskScheduler scheduler)
        {
            if (function == null) throw new ArgumentNullException("function");
            return Start(function, null, cancellationToken, creationOptions, scheduler);
        }

        internal static Task<TResult> Start(Func<TResult> function, object state, CancellationToken token, TaskCreationOptions options, TaskScheduler scheduler)
        {
            Task<TResult> t = new Task<TResult>();
            t.Initialize(function, state, token, options);
            TaskFactory.Schedule(t, scheduler);
            return t;
        }
    }
}
