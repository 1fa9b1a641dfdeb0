using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace System.Threading.Tasks
{
    public partial class Task
    {
        private static readonly TaskFactory s_factory = new TaskFactory();

        public static TaskFactory Factory { get { return s_factory; } }

        public static Task<TResult> FromResult<TResult>(TResult result)
        {
            Task<TResult> t = new Task<TResult>();
            t.TrySetResult(result);
            return t;
        }

        public static Task FromException(Exception exception)
        {
            if (exception == null) throw new ArgumentNullException("exception");
            Task t = new Task();
            t.TrySetException(exception, false);
            return t;
        }

        public static Task<TResult> FromException<TResult>(Exception exception)
        {
            if (exception == null) throw new ArgumentNullException("exception");
            Task<TResult> t = new Task<TResult>();
            t.TrySetException(exception, false);
            return t;
        }

        public static Task FromCanceled(CancellationToken cancellationToken)
        {
            Task t = new Task();
            t.TrySetCanceled();
            return t;
        }

        public static Task<TResult> FromCanceled<TResult>(CancellationToken cancellationToken)
        {
            Task<TResult> t = new Task<TResult>();
            t.TrySetCanceled();
            return t;
        }

        // Task.Run: on the default scheduler (the pool), no child may attach. A canceled token cancels the task if it
        // has not started; an OperationCanceledException for that token cancels it too; any other exception faults it.
        public static Task Run(Action action) { return Run(action, default(CancellationToken)); }

        public static Task Run(Action action, CancellationToken cancellationToken)
        {
            if (action == null) throw new ArgumentNullException("action");
            return TaskFactory.Start(action, null, cancellationToken, TaskCreationOptions.DenyChildAttach, TaskScheduler.Default);
        }

        public static Task<TResult> Run<TResult>(Func<TResult> function) { return Run(function, default(CancellationToken)); }

        public static Task<TResult> Run<TResult>(Func<TResult> function, CancellationToken cancellationToken)
        {
            if (function == null) throw new ArgumentNullException("function");
            return TaskFactory<TResult>.Start(function, null, cancellationToken, TaskCreationOptions.DenyChildAttach, TaskScheduler.Default);
        }

        public static Task Run(Func<Task> function) { return Run(function, default(CancellationToken)); }

        public static Task Run(Func<Task> function, CancellationToken cancellationToken)
        {
            if (function == null) throw new ArgumentNullException("function");
            return TaskFactory<Task>.Start(function, null, cancellationToken, TaskCreationOptions.DenyChildAttach, TaskScheduler.Default).Unwrap();
        }

        public static Task<TResult> Run<TResult>(Func<Task<TResult>> function) { return Run(function, default(CancellationToken)); }

        public static Task<TResult> Run<TResult>(Func<Task<TResult>> function, CancellationToken cancellationToken)
        {
            if (function == null) throw new ArgumentNullException("function");
            return TaskFactory<Task<TResult>>.Start(function, null, cancellationToken, TaskCreationOptions.DenyChildAttach, TaskScheduler.Default).Unwrap();
        }

        // ---- Delay: a timer completes the task on the pool ----

        public static Task Delay(int millisecondsDelay) { return Delay(millisecondsDelay, default(CancellationToken)); }

        public static Task Delay(TimeSpan delay) { return Delay(Milliseconds(delay, "delay")); }

        public static Task Delay(TimeSpan delay, CancellationToken cancellationToken) { return Delay(Milliseconds(delay, "delay"), cancellationToken); }

        // Canceling the token cancels the delay at once; an already canceled token gives a canceled task.
        public static Task Delay(int millisecondsDelay, CancellationToken cancellationToken)
        {
            if (millisecondsDelay < -1) throw new ArgumentOutOfRangeException("millisecondsDelay");
            if (cancellationToken.IsCancellationRequested) return FromCanceled(cancellationToken);
            if (millisecondsDelay == 0) return CompletedTask;
            DelayPromise promise = new DelayPromise(cancellationToken);
            if (millisecondsDelay > 0) TimerQueue.Schedule(promise, millisecondsDelay);
            return promise.m_task;
        }

        private sealed class DelayPromise : TimerQueueTimer
        {
            internal readonly Task m_task = new Task();
            private readonly CancellationTokenRegistration m_registration;

            internal DelayPromise(CancellationToken token)
            {
                if (token.CanBeCanceled) m_registration = token.Register(new Action(Cancel));
            }

            private void Cancel()
            {
                if (m_task.TrySetCanceled()) TimerQueue.Unschedule(this);
            }

            public override void Execute()
            {
                m_registration.Dispose();
                m_task.TrySetCompleted();
            }
        }

        public static YieldAwaitable Yield() { return new YieldAwaitable(); }

        // ---- combinators ----

        public static Task WhenAll(params Task[] tasks)
        {
            CheckTasks(tasks);
            Task all = new Task();
            WhenAllCounter counter = new WhenAllCounter(all, (Task[])tasks.Clone());
            if (tasks.Length == 0) all.TrySetCompleted();
            Action done = new Action(counter.OneDone);
            for (int i = 0; i < tasks.Length; i++) tasks[i].AddCompletionAction(done);
            return all;
        }

        public static Task<TResult[]> WhenAll<TResult>(params Task<TResult>[] tasks)
        {
            if (tasks == null) throw new ArgumentNullException("tasks");
            CheckTasks(tasks);
            Task<TResult[]> all = new Task<TResult[]>();
            WhenAllCounter<TResult> counter = new WhenAllCounter<TResult>(all, (Task<TResult>[])tasks.Clone());
            if (tasks.Length == 0) all.TrySetResult(new TResult[0]);
            Action done = new Action(counter.OneDone);
            for (int i = 0; i < tasks.Length; i++) tasks[i].AddCompletionAction(done);
            return all;
        }

        public static Task WhenAll(IEnumerable<Task> tasks)
        {
            if (tasks == null) throw new ArgumentNullException("tasks");
            return WhenAll(new List<Task>(tasks).ToArray());
        }

        public static Task<TResult[]> WhenAll<TResult>(IEnumerable<Task<TResult>> tasks)
        {
            if (tasks == null) throw new ArgumentNullException("tasks");
            return WhenAll(new List<Task<TResult>>(tasks).ToArray());
        }

        public static Task<Task> WhenAny(params Task[] tasks)
        {
            if (tasks == null || tasks.Length == 0) throw new ArgumentException("The tasks argument contains no tasks.");
            CheckTasks(tasks);
            Task<Task> any = new Task<Task>();
            for (int i = 0; i < tasks.Length; i++) tasks[i].AddCompletionAction(new WhenAnyRunner(any, tasks[i]).Done);
            return any;
        }

        public static Task<Task<TResult>> WhenAny<TResult>(params Task<TResult>[] tasks)
        {
            if (tasks == null || tasks.Length == 0) throw new ArgumentException("The tasks argument contains no tasks.");
            CheckTasks(tasks);
            Task<Task<TResult>> any = new Task<Task<TResult>>();
            for (int i = 0; i < tasks.Length; i++) tasks[i].AddCompletionAction(new WhenAnyRunner<TResult>(any, tasks[i]).Done);
            return any;
        }

        public static Task<Task> WhenAny(IEnumerable<Task> tasks)
        {
            if (tasks == null) throw new ArgumentNullException("tasks");
            return WhenAny(new List<Task>(tasks).ToArray());
        }

        // ---- ContinueWith ----

        public Task ContinueWith(Action<Task> continuationAction) { return ContinueWith(continuationAction, default(CancellationToken), TaskContinuationOptions.None, TaskScheduler.Current); }

        public Task ContinueWith(Action<Task> continuationAction, CancellationToken cancellationToken) { return ContinueWith(continuationAction, cancellationToken, TaskContinuationOptions.None, TaskScheduler.Current); }

        public Task ContinueWith(Action<Task> continuationAction, TaskContinuationOptions continuationOptions) { return ContinueWith(continuationAction, default(CancellationToken), continuationOptions, TaskScheduler.Current); }

        public Task ContinueWith(Action<Task> continuationAction, TaskScheduler scheduler) { return ContinueWith(continuationAction, default(CancellationToken), TaskContinuationOptions.None, scheduler); }

        public Task ContinueWith(Action<Task> continuationAction, CancellationToken cancellationToken, TaskContinuationOptions continuationOptions, TaskScheduler scheduler)
        {
            if (continuationAction == null) throw new ArgumentNullException("continuationAction");
            Task next = new Task();
            return ContinueWithCore(next, new Action(new Continuation(this, continuationAction, null, null).Invoke), null, cancellationToken, continuationOptions, scheduler);
        }

        public Task ContinueWith(Action<Task, object> continuationAction, object state) { return ContinueWith(continuationAction, state, default(CancellationToken), TaskContinuationOptions.None, TaskScheduler.Current); }

        public Task ContinueWith(Action<Task, object> continuationAction, object state, CancellationToken cancellationToken, TaskContinuationOptions continuationOptions, TaskScheduler scheduler)
        {
            if (continuationAction == null) throw new ArgumentNullException("continuationAction");
            Task next = new Task();
            return ContinueWithCore(next, new Action(new Continuation(this, null, continuationAction, state).Invoke), state, cancellationToken, continuationOptions, scheduler);
        }

        public Task<TResult> ContinueWith<TResult>(Func<Task, TResult> continuationFunction) { return ContinueWith(continuationFunction, default(CancellationToken), TaskContinuationOptions.None, TaskScheduler.Current); }

        public Task<TResult> ContinueWith<TResult>(Func<Task, TResult> continuationFunction, CancellationToken cancellationToken) { return ContinueWith(continuationFunction, cancellationToken, TaskContinuationOptions.None, TaskScheduler.Current); }

        public Task<TResult> ContinueWith<TResult>(Func<Task, TResult> continuationFunction, TaskContinuationOptions continuationOptions) { return ContinueWith(continuationFunction, default(CancellationToken), continuationOptions, TaskScheduler.Current); }

        public Task<TResult> ContinueWith<TResult>(Func<Task, TResult> continuationFunction, TaskScheduler scheduler) { return ContinueWith(continuationFunction, default(CancellationToken), TaskContinuationOptions.None, scheduler); }

        public Task<TResult> ContinueWith<TResult>(Func<Task, TResult> continuationFunction, CancellationToken cancellationToken, TaskContinuationOptions continuationOptions, TaskScheduler scheduler)
        {
            if (continuationFunction == null) throw new ArgumentNullException("continuationFunction");
            Task<TResult> next = new Task<TResult>();
            ContinueWithCore(next, new Func<TResult>(new Continuation<Task, TResult>(this, continuationFunction, null, null).Invoke), null, cancellationToken, continuationOptions, scheduler);
            return next;
        }

        public Task<TResult> ContinueWith<TResult>(Func<Task, object, TResult> continuationFunction, object state) { return ContinueWith(continuationFunction, state, default(CancellationToken), TaskContinuationOptions.None, TaskScheduler.Current); }

        public Task<TResult> ContinueWith<TResult>(Func<Task, object, TResult> continuationFunction, object state, CancellationToken cancellationToken, TaskContinuationOptions continuationOptions, TaskScheduler scheduler)
        {
            if (continuationFunction == null) throw new ArgumentNullException("continuationFunction");
            Task<TResult> next = new Task<TResult>();
            ContinueWithCore(next, new Func<TResult>(new Continuation<Task, TResult>(this, null, continuationFunction, state).Invoke), state, cancellationToken, continuationOptions, scheduler);
            return next;
        }

        // next runs invoke (with state as its AsyncState) when this task completes, as options and scheduler say.
        internal Task ContinueWithCore(Task next, Delegate invoke, object state, CancellationToken token, TaskContinuationOptions options, TaskScheduler scheduler)
        {
            if (scheduler == null) throw new ArgumentNullException("scheduler");
            TaskContinuationOptions kinds = TaskContinuationOptions.OnlyOnRanToCompletion | TaskContinuationOptions.NotOnRanToCompletion;
            if ((options & TaskContinuationOptions.LongRunning) != 0 && (options & TaskContinuationOptions.ExecuteSynchronously) != 0)
            {
                throw new ArgumentOutOfRangeException("continuationOptions", "The specified TaskContinuationOptions combined LongRunning and ExecuteSynchronously.  Synchronous continuations should not be long running.");
            }
            if ((options & kinds) == kinds)
            {
                throw new ArgumentOutOfRangeException("continuationOptions", "The specified TaskContinuationOptions excluded all continuation kinds.");
            }
            TaskCreationOptions creation = (TaskCreationOptions)((int)options & 0xff) & ~(TaskCreationOptions)0x20; // not LazyCancellation
            next.Initialize(invoke, state, token, creation);
            next.MarkContinuation();
            AddCompletionAction(new ContinueWithContinuation(next, options, scheduler));
            return next;
        }

        // The closures of ContinueWith: the user's delegate with the antecedent (and state).
        private sealed class Continuation
        {
            private readonly Task m_antecedent;
            private readonly Action<Task> m_action;
            private readonly Action<Task, object> m_stateAction;
            private readonly object m_state;

            internal Continuation(Task antecedent, Action<Task> action, Action<Task, object> stateAction, object state)
            {
                m_antecedent = antecedent;
                m_action = action;
                m_stateAction = stateAction;
                m_state = state;
            }

            internal void Invoke()
            {
                if (m_action != null) m_action(m_antecedent);
                else m_stateAction(m_antecedent, m_state);
            }
        }

        internal sealed class Continuation<TAntecedent, TResult>
        {
            private readonly TAntecedent m_antecedent;
            private readonly Func<TAntecedent, TResult> m_function;
            private readonly Func<TAntecedent, object, TResult> m_stateFunction;
            private readonly object m_state;

            internal Continuation(TAntecedent antecedent, Func<TAntecedent, TResult> function, Func<TAntecedent, object, TResult> stateFunction, object state)
            {
                m_antecedent = antecedent;
                m_function = function;
                m_stateFunction = stateFunction;
                m_state = state;
            }

            internal TResult Invoke()
            {
                return m_function != null ? m_function(m_antecedent) : m_stateFunction(m_antecedent, m_state);
            }
        }
    }
}
