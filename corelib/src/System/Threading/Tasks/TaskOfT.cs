using System.Runtime.CompilerServices;

namespace System.Threading.Tasks
{
    public class Task<TResult> : Task
    {
        internal TResult m_result;

        internal Task() { }

        internal Task(TaskCreationOptions options) : base(options) { }

        public Task(Func<TResult> function) : this(function, default(CancellationToken), TaskCreationOptions.None) { }

        public Task(Func<TResult> function, CancellationToken cancellationToken) : this(function, cancellationToken, TaskCreationOptions.None) { }

        public Task(Func<TResult> function, TaskCreationOptions creationOptions) : this(function, default(CancellationToken), creationOptions) { }

        public Task(Func<TResult> function, CancellationToken cancellationToken, TaskCreationOptions creationOptions)
        {
            if (function == null) throw new ArgumentNullException("function");
            Initialize(function, null, cancellationToken, creationOptions);
        }

        public Task(Func<object, TResult> function, object state) : this(function, state, default(CancellationToken), TaskCreationOptions.None) { }

        public Task(Func<object, TResult> function, object state, CancellationToken cancellationToken, TaskCreationOptions creationOptions)
        {
            if (function == null) throw new ArgumentNullException("function");
            Initialize(new Func<TResult>(new StateFunction(function, state).Invoke), state, cancellationToken, creationOptions);
        }

        public new static TaskFactory<TResult> Factory { get { return TaskFactory<TResult>.Instance; } }

        // Only the delegate's own execution writes the result, before the task is completed.
        internal override void InnerInvoke() { m_result = ((Func<TResult>)m_action)(); }

        public TResult Result
        {
            get
            {
                Wait();
                return m_result;
            }
        }

        internal bool TrySetResult(TResult result)
        {
            if (!ReserveForResult()) return false;
            m_result = result;
            PublishRanToCompletion();
            return true;
        }

        internal new TResult GetResultForAwait()
        {
            if (!IsCompleted) InternalWait(Timeout.Infinite, default(CancellationToken));
            ThrowIfUnsuccessful();
            return m_result;
        }

        public new TaskAwaiter<TResult> GetAwaiter() { return new TaskAwaiter<TResult>(this); }

        public new ConfiguredTaskAwaitable<TResult> ConfigureAwait(bool continueOnCapturedContext)
        {
            return new ConfiguredTaskAwaitable<TResult>(this, continueOnCapturedContext);
        }

        public Task<TNewResult> ContinueWith<TNewResult>(Func<Task<TResult>, TNewResult> continuationFunction) { return ContinueWith(continuationFunction, default(CancellationToken), TaskContinuationOptions.None, TaskScheduler.Current); }

        public Task<TNewResult> ContinueWith<TNewResult>(Func<Task<TResult>, TNewResult> continuationFunction, CancellationToken cancellationToken) { return ContinueWith(continuationFunction, cancellationToken, TaskContinuationOptions.None, TaskScheduler.Current); }

        public Task<TNewResult> ContinueWith<TNewResult>(Func<Task<TResult>, TNewResult> continuationFunction, TaskContinuationOptions continuationOptions) { return ContinueWith(continuationFunction, default(CancellationToken), continuationOptions, TaskScheduler.Current); }

        public Task<TNewResult> ContinueWith<TNewResult>(Func<Task<TResult>, TNewResult> continuationFunction, TaskScheduler scheduler) { return ContinueWith(continuationFunction, default(CancellationToken), TaskContinuationOptions.None, scheduler); }

        public Task<TNewResult> ContinueWith<TNewResult>(Func<Task<TResult>, TNewResult> continuationFunction, CancellationToken cancellationToken, TaskContinuationOptions continuationOptions, TaskScheduler scheduler)
        {
            if (continuationFunction == null) throw new ArgumentNullException("continuationFunction");
            Task<TNewResult> next = new Task<TNewResult>();
            ContinueWithCore(next, new Func<TNewResult>(new Continuation<Task<TResult>, TNewResult>(this, continuationFunction, null, null).Invoke), null, cancellationToken, continuationOptions, scheduler);
            return next;
        }

        public Task<TNewResult> ContinueWith<TNewResult>(Func<Task<TResult>, object, TNewResult> continuationFunction, object state)
        {
            if (continuationFunction == null) throw new ArgumentNullException("continuationFunction");
            Task<TNewResult> next = new Task<TNewResult>();
            ContinueWithCore(next, new Func<TNewResult>(new Continuation<Task<TResult>, TNewResult>(this, null, continuationFunction, state).Invoke), state, default(CancellationToken), TaskContinuationOptions.None, TaskScheduler.Current);
            return next;
        }

        public Task ContinueWith(Action<Task<TResult>> continuationAction) { return ContinueWith(continuationAction, default(CancellationToken), TaskContinuationOptions.None, TaskScheduler.Current); }

        public Task ContinueWith(Action<Task<TResult>> continuationAction, CancellationToken cancellationToken) { return ContinueWith(continuationAction, cancellationToken, TaskContinuationOptions.None, TaskScheduler.Current); }

        public Task ContinueWith(Action<Task<TResult>> continuationAction, TaskContinuationOptions continuationOptions) { return ContinueWith(continuationAction, default(CancellationToken), continuationOptions, TaskScheduler.Current); }

        public Task ContinueWith(Action<Task<TResult>> continuationAction, TaskScheduler scheduler) { return ContinueWith(continuationAction, default(CancellationToken), TaskContinuationOptions.None, scheduler); }

        public Task ContinueWith(Action<Task<TResult>> continuationAction, CancellationToken cancellationToken, TaskContinuationOptions continuationOptions, TaskScheduler scheduler)
        {
            if (continuationAction == null) throw new ArgumentNullException("continuationAction");
            Task next = new Task();
            return ContinueWithCore(next, new Action(new TypedAction(this, continuationAction).Invoke), null, cancellationToken, continuationOptions, scheduler);
        }

        private sealed class TypedAction
        {
            private readonly Task<TResult> m_antecedent;
            private readonly Action<Task<TResult>> m_action;
            internal TypedAction(Task<TResult> antecedent, Action<Task<TResult>> action) { m_antecedent = antecedent; m_action = action; }
            internal void Invoke() { m_action(m_antecedent); }
        }

        private sealed class StateFunction
        {
            private readonly Func<object, TResult> m_function;
            private readonly object m_state;
            internal StateFunction(Func<object, TResult> function, object state) { m_function = function; m_state = state; }
            internal TResult Invoke() { return m_function(m_state); }
        }
    }
}
