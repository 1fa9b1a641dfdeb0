using System.Runtime.CompilerServices;

namespace System.Threading.Tasks
{
    public partial struct ValueTask
    {
        internal readonly Task _task;

        public ValueTask(Task task)
        {
            if (task == null) throw new ArgumentNullException("task");
            _task = task;
        }

        public static ValueTask CompletedTask { get { return default(ValueTask); } }

        public bool IsCompleted { get { return _task == null || _task.IsCompleted; } }
        public bool IsCompletedSuccessfully { get { return _task == null || _task.IsCompletedSuccessfully; } }
        public bool IsFaulted { get { return _task != null && _task.IsFaulted; } }
        public bool IsCanceled { get { return _task != null && _task.IsCanceled; } }

        public Task AsTask() { return _task ?? Task.CompletedTask; }

        public ValueTaskAwaiter GetAwaiter() { return new ValueTaskAwaiter(this); }

        public ConfiguredValueTaskAwaitable ConfigureAwait(bool continueOnCapturedContext) { return new ConfiguredValueTaskAwaitable(this, continueOnCapturedContext); }

        // What awaiting it does: wait for the task behind it, if any, then throw its exception.
        internal void GetResultForAwait()
        {
            if (_task != null) _task.GetResultForAwait();
        }

        internal void OnCompleted(Action continuation, bool continueOnCapturedContext, bool flowExecutionContext)
        {
            if (_task == null) continuation();
            else _task.SetContinuationForAwait(continuation, continueOnCapturedContext, flowExecutionContext);
        }
    }

    [AsyncMethodBuilder(typeof(AsyncValueTaskMethodBuilder))]
    public partial struct ValueTask { }

    public partial struct ValueTask<TResult>
    {
        internal readonly Task<TResult> _task;
        internal readonly TResult _result;

        public ValueTask(TResult result)
        {
            _task = null;
            _result = result;
        }

        public ValueTask(Task<TResult> task)
        {
            if (task == null) throw new ArgumentNullException("task");
            _task = task;
            _result = default(TResult);
        }

        public bool IsCompleted { get { return _task == null || _task.IsCompleted; } }
        public bool IsCompletedSuccessfully { get { return _task == null || _task.IsCompletedSuccessfully; } }
        public bool IsFaulted { get { return _task != null && _task.IsFaulted; } }
        public bool IsCanceled { get { return _task != null && _task.IsCanceled; } }

        // like awaiting it: the original exception, not an AggregateException (as on .NET)
        public TResult Result { get { return GetResultForAwait(); } }

        public Task<TResult> AsTask() { return _task ?? Task.FromResult(_result); }

        public ValueTaskAwaiter<TResult> GetAwaiter() { return new ValueTaskAwaiter<TResult>(this); }

        public ConfiguredValueTaskAwaitable<TResult> ConfigureAwait(bool continueOnCapturedContext)
        {
            return new ConfiguredValueTaskAwaitable<TResult>(this, continueOnCapturedContext);
        }

        internal TResult GetResultForAwait() { return _task == null ? _result : _task.GetResultForAwait(); }

        internal void OnCompleted(Action continuation, bool continueOnCapturedContext, bool flowExecutionContext)
        {
            if (_task == null) continuation();
            else _task.SetContinuationForAwait(continuation, continueOnCapturedContext, flowExecutionContext);
        }
    }

    [AsyncMethodBuilder(typeof(AsyncValueTaskMethodBuilder<>))]
    public partial struct ValueTask<TResult> { }
}

namespace System.Runtime.CompilerServices
{
    using System.Threading;
    using System.Threading.Tasks;

    public interface INotifyCompletion { void OnCompleted(Action continuation); }

    public interface ICriticalNotifyCompletion : INotifyCompletion { void UnsafeOnCompleted(Action continuation); }

    public interface IAsyncStateMachine
    {
        void MoveNext();
        void SetStateMachine(IAsyncStateMachine stateMachine);
    }

    public struct TaskAwaiter : ICriticalNotifyCompletion
    {
        private readonly Task m_task;
        internal TaskAwaiter(Task task) { m_task = task; }
        public bool IsCompleted { get { return m_task.IsCompleted; } }
        public void OnCompleted(Action continuation) { m_task.SetContinuationForAwait(continuation, true, true); }
        public void UnsafeOnCompleted(Action continuation) { m_task.SetContinuationForAwait(continuation, true, false); }
        public void GetResult() { m_task.GetResultForAwait(); }
    }

    public struct TaskAwaiter<TResult> : ICriticalNotifyCompletion
    {
        private readonly Task<TResult> m_task;
        internal TaskAwaiter(Task<TResult> task) { m_task = task; }
        public bool IsCompleted { get { return m_task.IsCompleted; } }
        public void OnCompleted(Action continuation) { m_task.SetContinuationForAwait(continuation, true, true); }
        public void UnsafeOnCompleted(Action continuation) { m_task.SetContinuationForAwait(continuation, true, false); }
        public TResult GetResult() { return m_task.GetResultForAwait(); }
    }

    public struct ConfiguredTaskAwaitable
    {
        internal readonly Task m_task;
        internal readonly bool m_continueOnCapturedContext;
        internal ConfiguredTaskAwaitable(Task task, bool continueOnCapturedContext) { m_task = task; m_continueOnCapturedContext = continueOnCapturedContext; }
        public ConfiguredTaskAwaiter GetAwaiter() { return new ConfiguredTaskAwaiter(m_task, m_continueOnCapturedContext); }

        public struct ConfiguredTaskAwaiter : ICriticalNotifyCompletion
        {
            private readonly Task m_task;
            private readonly bool m_continueOnCapturedContext;
            internal ConfiguredTaskAwaiter(Task task, bool continueOnCapturedContext) { m_task = task; m_continueOnCapturedContext = continueOnCapturedContext; }
            public bool IsCompleted { get { return m_task.IsCompleted; } }
            public void OnCompleted(Action continuation) { m_task.SetContinuationForAwait(continuation, m_continueOnCapturedContext, true); }
            public void UnsafeOnCompleted(Action continuation) { m_task.SetContinuationForAwait(continuation, m_continueOnCapturedContext, false); }
            public void GetResult() { m_task.GetResultForAwait(); }
        }
    }

    public struct ConfiguredTaskAwaitable<TResult>
    {
        internal readonly Task<TResult> m_task;
        internal readonly bool m_continueOnCapturedContext;
        internal ConfiguredTaskAwaitable(Task<TResult> task, bool continueOnCapturedContext) { m_task = task; m_continueOnCapturedContext = continueOnCapturedContext; }
        public ConfiguredTaskAwaiter GetAwaiter() { return new ConfiguredTaskAwaiter(m_task, m_continueOnCapturedContext); }

        public struct ConfiguredTaskAwaiter : ICriticalNotifyCompletion
        {
            private readonly Task<TResult> m_task;
            private readonly bool m_continueOnCapturedContext;
            internal ConfiguredTaskAwaiter(Task<TResult> task, bool continueOnCapturedContext) { m_task = task; m_continueOnCapturedContext = continueOnCapturedContext; }
            public bool IsCompleted { get { return m_task.IsCompleted; } }
            public void OnCompleted(Action continuation) { m_task.SetContinuationForAwait(continuation, m_continueOnCapturedContext, true); }
            public void UnsafeOnCompleted(Action continuation) { m_task.SetContinuationForAwait(continuation, m_continueOnCapturedContext, false); }
            public TResult GetResult() { return m_task.GetResultForAwait(); }
        }
    }

    public struct ValueTaskAwaiter : ICriticalNotifyCompletion
    {
        private readonly ValueTask m_value;
        internal ValueTaskAwaiter(ValueTask value) { m_value = value; }
        public bool IsCompleted { get { return m_value.IsCompleted; } }
        public void OnCompleted(Action continuation) { m_value.OnCompleted(continuation, true, true); }
        public void UnsafeOnCompleted(Action continuation) { m_value.OnCompleted(continuation, true, false); }
        public void GetResult() { m_value.GetResultForAwait(); }
    }

    public struct ValueTaskAwaiter<TResult> : ICriticalNotifyCompletion
    {
        private readonly ValueTask<TResult> m_value;
        internal ValueTaskAwaiter(ValueTask<TResult> value) { m_value = value; }
        public bool IsCompleted { get { return m_value.IsCompleted; } }
        public void OnCompleted(Action continuation) { m_value.OnCompleted(continuation, true, true); }
        public void UnsafeOnCompleted(Action continuation) { m_value.OnCompleted(continuation, true, false); }
        public TResult GetResult() { return m_value.GetResultForAwait(); }
    }

    public struct ConfiguredValueTaskAwaitable
    {
        internal readonly ValueTask m_value;
        internal readonly bool m_continueOnCapturedContext;
        internal ConfiguredValueTaskAwaitable(ValueTask value, bool continueOnCapturedContext) { m_value = value; m_continueOnCapturedContext = continueOnCapturedContext; }
        public ConfiguredValueTaskAwaiter GetAwaiter() { return new ConfiguredValueTaskAwaiter(m_value, m_continueOnCapturedContext); }

        public struct ConfiguredValueTaskAwaiter : ICriticalNotifyCompletion
        {
            private readonly ValueTask m_value;
            private readonly bool m_continueOnCapturedContext;
            internal ConfiguredValueTaskAwaiter(ValueTask value, bool continueOnCapturedContext) { m_value = value; m_continueOnCapturedContext = continueOnCapturedContext; }
            public bool IsCompleted { get { return m_value.IsCompleted; } }
            public void OnCompleted(Action continuation) { m_value.OnCompleted(continuation, m_continueOnCapturedContext, true); }
            public void UnsafeOnCompleted(Action continuation) { m_value.OnCompleted(continuation, m_continueOnCapturedContext, false); }
            public void GetResult() { m_value.GetResultForAwait(); }
        }
    }

    public struct ConfiguredValueTaskAwaitable<TResult>
    {
        internal readonly ValueTask<TResult> m_value;
        internal readonly bool m_continueOnCapturedContext;
        internal ConfiguredValueTaskAwaitable(ValueTask<TResult> value, bool continueOnCapturedContext) { m_value = value; m_continueOnCapturedContext = continueOnCapturedContext; }
        public ConfiguredValueTaskAwaiter GetAwaiter() { return new ConfiguredValueTaskAwaiter(m_value, m_continueOnCapturedContext); }

        public struct ConfiguredValueTaskAwaiter : ICriticalNotifyCompletion
        {
            private readonly ValueTask<TResult> m_value;
            private readonly bool m_continueOnCapturedContext;
            internal ConfiguredValueTaskAwaiter(ValueTask<TResult> value, bool continueOnCapturedContext) { m_value = value; m_continueOnCapturedContext = continueOnCapturedContext; }
            public bool IsCompleted { get { return m_value.IsCompleted; } }
            public void OnCompleted(Action continuation) { m_value.OnCompleted(continuation, m_continueOnCapturedContext, true); }
            public void UnsafeOnCompleted(Action continuation) { m_value.OnCompleted(continuation, m_continueOnCapturedContext, false); }
            public TResult GetResult() { return m_value.GetResultForAwait(); }
        }
    }

    public struct YieldAwaitable
    {
        public YieldAwaiter GetAwaiter() { return new YieldAwaiter(); }

        public struct YieldAwaiter : ICriticalNotifyCompletion
        {
            public bool IsCompleted { get { return false; } }
            public void OnCompleted(Action continuation) { YieldContinuation.Queue(continuation, true); }
            public void UnsafeOnCompleted(Action continuation) { YieldContinuation.Queue(continuation, false); }
            public void GetResult() { }
        }
    }

    // The builders classic `async` methods use. The state machine (a struct, as mcs emits it) is boxed at its first
    // real suspension; the box's own builder learns about the box through SetStateMachine, so later awaits reuse it.
    public struct AsyncTaskMethodBuilder
    {
        private Task m_task;
        private IAsyncStateMachine m_stateMachine;
        private Action m_moveNext;

        public static AsyncTaskMethodBuilder Create() { return default(AsyncTaskMethodBuilder); }

        public void Start<TStateMachine>(ref TStateMachine stateMachine) where TStateMachine : IAsyncStateMachine
        {
            AsyncMethodStart.Run(ref stateMachine);
        }

        public void SetStateMachine(IAsyncStateMachine stateMachine) { m_stateMachine = stateMachine; }

        public Task Task
        {
            get
            {
                if (m_task == null) m_task = new Task();
                return m_task;
            }
        }

        public void AwaitOnCompleted<TAwaiter, TStateMachine>(ref TAwaiter awaiter, ref TStateMachine stateMachine)
            where TAwaiter : INotifyCompletion where TStateMachine : IAsyncStateMachine
        {
            awaiter.OnCompleted(MoveNextAction(ref stateMachine));
        }

        public void AwaitUnsafeOnCompleted<TAwaiter, TStateMachine>(ref TAwaiter awaiter, ref TStateMachine stateMachine)
            where TAwaiter : ICriticalNotifyCompletion where TStateMachine : IAsyncStateMachine
        {
            awaiter.UnsafeOnCompleted(AsyncMethodStart.Continuation(MoveNextAction(ref stateMachine)));
        }

        // The box's MoveNext as a delegate, kept for the method's later awaits (every await used to make one). Awaits
        // after the first run in the box, whose builder keeps it; the first runs in the copy on the stack, whose
        // builder is left behind, so a method makes it twice at most.
        private Action MoveNextAction<TStateMachine>(ref TStateMachine stateMachine) where TStateMachine : IAsyncStateMachine
        {
            if (m_moveNext == null) m_moveNext = new Action(Box(ref stateMachine).MoveNext);
            return m_moveNext;
        }

        private IAsyncStateMachine Box<TStateMachine>(ref TStateMachine stateMachine) where TStateMachine : IAsyncStateMachine
        {
            if (m_stateMachine == null)
            {
                Task t = Task; // the task must exist before the state machine (and this builder with it) is copied
                IAsyncStateMachine boxed = stateMachine;
                boxed.SetStateMachine(boxed);
                m_stateMachine = boxed;
            }
            return m_stateMachine;
        }

        public void SetResult() { Task.TrySetCompleted(); }

        public void SetException(Exception exception) { Task.TrySetException(exception); }
    }

    public struct AsyncTaskMethodBuilder<TResult>
    {
        private Task<TResult> m_task;
        private IAsyncStateMachine m_stateMachine;
        private Action m_moveNext;

        public static AsyncTaskMethodBuilder<TResult> Create() { return default(AsyncTaskMethodBuilder<TResult>); }

        public void Start<TStateMachine>(ref TStateMachine stateMachine) where TStateMachine : IAsyncStateMachine
        {
            AsyncMethodStart.Run(ref stateMachine);
        }

        public void SetStateMachine(IAsyncStateMachine stateMachine) { m_stateMachine = stateMachine; }

        public Task<TResult> Task
        {
            get
            {
                if (m_task == null) m_task = new Task<TResult>();
                return m_task;
            }
        }

        public void AwaitOnCompleted<TAwaiter, TStateMachine>(ref TAwaiter awaiter, ref TStateMachine stateMachine)
            where TAwaiter : INotifyCompletion where TStateMachine : IAsyncStateMachine
        {
            awaiter.OnCompleted(MoveNextAction(ref stateMachine));
        }

        public void AwaitUnsafeOnCompleted<TAwaiter, TStateMachine>(ref TAwaiter awaiter, ref TStateMachine stateMachine)
            where TAwaiter : ICriticalNotifyCompletion where TStateMachine : IAsyncStateMachine
        {
            awaiter.UnsafeOnCompleted(AsyncMethodStart.Continuation(MoveNextAction(ref stateMachine)));
        }

        // The box's MoveNext as a delegate, kept for the method's later awaits (every await used to make one). Awaits
        // after the first run in the box, whose builder keeps it; the first runs in the copy on the stack, whose
        // builder is left behind, so a method makes it twice at most.
        private Action MoveNextAction<TStateMachine>(ref TStateMachine stateMachine) where TStateMachine : IAsyncStateMachine
        {
            if (m_moveNext == null) m_moveNext = new Action(Box(ref stateMachine).MoveNext);
            return m_moveNext;
        }

        private IAsyncStateMachine Box<TStateMachine>(ref TStateMachine stateMachine) where TStateMachine : IAsyncStateMachine
        {
            if (m_stateMachine == null)
            {
                Task<TResult> t = Task;
                IAsyncStateMachine boxed = stateMachine;
                boxed.SetStateMachine(boxed);
                m_stateMachine = boxed;
            }
            return m_stateMachine;
        }

        public void SetResult(TResult result) { Task.TrySetResult(result); }

        public void SetException(Exception exception) { Task.TrySetException(exception); }
    }

    public struct AsyncVoidMethodBuilder
    {
        private IAsyncStateMachine m_stateMachine;
        private Action m_moveNext;

        public static AsyncVoidMethodBuilder Create() { return default(AsyncVoidMethodBuilder); }

        public void Start<TStateMachine>(ref TStateMachine stateMachine) where TStateMachine : IAsyncStateMachine
        {
            AsyncMethodStart.Run(ref stateMachine);
        }

        public void SetStateMachine(IAsyncStateMachine stateMachine) { m_stateMachine = stateMachine; }

        public void AwaitOnCompleted<TAwaiter, TStateMachine>(ref TAwaiter awaiter, ref TStateMachine stateMachine)
            where TAwaiter : INotifyCompletion where TStateMachine : IAsyncStateMachine
        {
            awaiter.OnCompleted(MoveNextAction(ref stateMachine));
        }

        public void AwaitUnsafeOnCompleted<TAwaiter, TStateMachine>(ref TAwaiter awaiter, ref TStateMachine stateMachine)
            where TAwaiter : ICriticalNotifyCompletion where TStateMachine : IAsyncStateMachine
        {
            awaiter.UnsafeOnCompleted(AsyncMethodStart.Continuation(MoveNextAction(ref stateMachine)));
        }

        // The box's MoveNext as a delegate, kept for the method's later awaits (every await used to make one). Awaits
        // after the first run in the box, whose builder keeps it; the first runs in the copy on the stack, whose
        // builder is left behind, so a method makes it twice at most.
        private Action MoveNextAction<TStateMachine>(ref TStateMachine stateMachine) where TStateMachine : IAsyncStateMachine
        {
            if (m_moveNext == null) m_moveNext = new Action(Box(ref stateMachine).MoveNext);
            return m_moveNext;
        }

        private IAsyncStateMachine Box<TStateMachine>(ref TStateMachine stateMachine) where TStateMachine : IAsyncStateMachine
        {
            if (m_stateMachine == null)
            {
                IAsyncStateMachine boxed = stateMachine;
                boxed.SetStateMachine(boxed);
                m_stateMachine = boxed;
            }
            return m_stateMachine;
        }

        public void SetResult() { }

        // An exception escaping an async void method ends the program, as on .NET.
        public void SetException(Exception exception) { ThreadPoolWorkQueue.Enqueue(new ActionWorkItem(new Rethrower(exception).Throw), false); }

        private sealed class Rethrower
        {
            private readonly Exception m_exception;
            internal Rethrower(Exception exception) { m_exception = exception; }
            internal void Throw() { System.Exception.DispatchThrow(m_exception); }
        }
    }

    // The builders of classic `async ValueTask` methods: a method that completes without suspending makes no task.
    public struct AsyncValueTaskMethodBuilder
    {
        private AsyncTaskMethodBuilder m_builder;
        private bool m_suspended;

        public static AsyncValueTaskMethodBuilder Create() { return default(AsyncValueTaskMethodBuilder); }

        public void Start<TStateMachine>(ref TStateMachine stateMachine) where TStateMachine : IAsyncStateMachine
        {
            AsyncMethodStart.Run(ref stateMachine);
        }

        public void SetStateMachine(IAsyncStateMachine stateMachine) { m_builder.SetStateMachine(stateMachine); }

        public ValueTask Task { get { return m_suspended ? new ValueTask(m_builder.Task) : default(ValueTask); } }

        public void AwaitOnCompleted<TAwaiter, TStateMachine>(ref TAwaiter awaiter, ref TStateMachine stateMachine)
            where TAwaiter : INotifyCompletion where TStateMachine : IAsyncStateMachine
        {
            m_suspended = true;
            m_builder.AwaitOnCompleted(ref awaiter, ref stateMachine);
        }

        public void AwaitUnsafeOnCompleted<TAwaiter, TStateMachine>(ref TAwaiter awaiter, ref TStateMachine stateMachine)
            where TAwaiter : ICriticalNotifyCompletion where TStateMachine : IAsyncStateMachine
        {
            m_suspended = true;
            m_builder.AwaitUnsafeOnCompleted(ref awaiter, ref stateMachine);
        }

        public void SetResult() { if (m_suspended) m_builder.SetResult(); }

        public void SetException(Exception exception)
        {
            m_suspended = true; // a failed ValueTask is backed by a faulted task
            m_builder.SetException(exception);
        }
    }

    public struct AsyncValueTaskMethodBuilder<TResult>
    {
        private AsyncTaskMethodBuilder<TResult> m_builder;
        private bool m_suspended;
        private TResult m_result;

        public static AsyncValueTaskMethodBuilder<TResult> Create() { return default(AsyncValueTaskMethodBuilder<TResult>); }

        public void Start<TStateMachine>(ref TStateMachine stateMachine) where TStateMachine : IAsyncStateMachine
        {
            AsyncMethodStart.Run(ref stateMachine);
        }

        public void SetStateMachine(IAsyncStateMachine stateMachine) { m_builder.SetStateMachine(stateMachine); }

        public ValueTask<TResult> Task
        {
            get { return m_suspended ? new ValueTask<TResult>(m_builder.Task) : new ValueTask<TResult>(m_result); }
        }

        public void AwaitOnCompleted<TAwaiter, TStateMachine>(ref TAwaiter awaiter, ref TStateMachine stateMachine)
            where TAwaiter : INotifyCompletion where TStateMachine : IAsyncStateMachine
        {
            m_suspended = true;
            m_builder.AwaitOnCompleted(ref awaiter, ref stateMachine);
        }

        public void AwaitUnsafeOnCompleted<TAwaiter, TStateMachine>(ref TAwaiter awaiter, ref TStateMachine stateMachine)
            where TAwaiter : ICriticalNotifyCompletion where TStateMachine : IAsyncStateMachine
        {
            m_suspended = true;
            m_builder.AwaitUnsafeOnCompleted(ref awaiter, ref stateMachine);
        }

        public void SetResult(TResult result)
        {
            if (m_suspended) m_builder.SetResult(result);
            else m_result = result;
        }

        public void SetException(Exception exception)
        {
            m_suspended = true;
            m_builder.SetException(exception);
        }
    }

    // What the builders share: the contexts around a classic async method's synchronous part, and the
    // ExecutionContext its continuations run in.
    internal static class AsyncMethodStart
    {
        // As .NET: changes the method makes to the ExecutionContext (AsyncLocal values) or SynchronizationContext
        // before it first suspends do not leak to its caller.
        internal static void Run<TStateMachine>(ref TStateMachine stateMachine) where TStateMachine : IAsyncStateMachine
        {
            ExecutionContext context = ThreadCurrent.ExecutionContext;
            SynchronizationContext sync = ThreadCurrent.SynchronizationContext;
            try
            {
                stateMachine.MoveNext();
            }
            finally
            {
                ThreadCurrent.ExecutionContext = context;
                ThreadCurrent.SynchronizationContext = sync;
            }
        }

        // UnsafeOnCompleted flows nothing itself: the builder resumes the method in the context it suspended in.
        internal static Action Continuation(Action moveNext)
        {
            ExecutionContext context = ExecutionContext.CaptureForFlow();
            if (context == null) return moveNext;
            return new Action(new Runner(moveNext, context).Run);
        }

        private sealed class Runner
        {
            private readonly Action m_moveNext;
            private readonly ExecutionContext m_context;
            internal Runner(Action moveNext, ExecutionContext context) { m_moveNext = moveNext; m_context = context; }
            internal void Run() { TaskContinuation.RunInContext(m_moveNext, m_context); }
        }
    }

    // Task.Yield's continuation: to the current SynchronizationContext or non-default TaskScheduler if there is one,
    // else to the thread pool.
    internal static class YieldContinuation
    {
        internal static void Queue(Action continuation, bool flowExecutionContext)
        {
            object target = AwaitContinuation.Create(continuation, true, flowExecutionContext);
            TaskContinuation tc = target as TaskContinuation;
            if (tc != null) tc.Run(null, false);
            else ThreadPoolWorkQueue.Enqueue(new ActionWorkItem(continuation), true);
        }
    }

    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Interface | AttributeTargets.Delegate | AttributeTargets.Enum | AttributeTargets.Method)]
    public sealed class AsyncMethodBuilderAttribute : Attribute
    {
        public AsyncMethodBuilderAttribute(Type builderType) { }
    }
}
