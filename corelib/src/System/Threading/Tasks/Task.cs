using System.Runtime.CompilerServices;

namespace System.Threading.Tasks
{
    public enum TaskStatus
    {
        Created = 0, WaitingForActivation = 1, WaitingToRun = 2, Running = 3, WaitingForChildrenToComplete = 4,
        RanToCompletion = 5, Canceled = 6, Faulted = 7
    }

    // A Task completes once (result, exception or cancellation) and then runs the continuations registered on it,
    // inline, in registration order, as .NET does for await continuations. Blocking waits run the scheduler's
    // loop until the task completes, so blocking on the loop thread keeps queued work going.
    public class Task
    {
        internal const int Pending = 0;
        internal const int RanToCompletion = 1;
        internal const int Faulted = 2;
        internal const int Canceled = 3;

        internal int m_state;
        internal Exception m_exception;      // the first (or only) exception: what await rethrows
        internal Exception[] m_exceptions;   // all of them when a fault has several (WhenAll, SetException of many)
        private AggregateException m_aggregate;
        // null, one continuation, or an object[] of them (m_continuationCount used): each an Action run inline or a
        // WorkItem queued to the scheduler when the task completes
        private object m_continuation;
        private int m_continuationCount;

        private static Task s_completed;

        internal Task() { }

        public Task(Action action)
        {
            if (action == null) throw new ArgumentNullException("action");
            m_action = action;
        }

        private Action m_action;

        public void Start()
        {
            Action action = m_action;
            if (action == null) throw new InvalidOperationException("Start may not be called on a task that was already started.");
            m_action = null;
            Scheduler.Queue(new TaskRunner(this, action).Run);
        }

        public bool IsCompleted { get { return m_state != Pending; } }
        public bool IsCompletedSuccessfully { get { return m_state == RanToCompletion; } }
        public bool IsFaulted { get { return m_state == Faulted; } }
        public bool IsCanceled { get { return m_state == Canceled; } }

        public TaskStatus Status
        {
            get
            {
                switch (m_state)
                {
                    case RanToCompletion: return TaskStatus.RanToCompletion;
                    case Faulted: return TaskStatus.Faulted;
                    case Canceled: return TaskStatus.Canceled;
                    default: return m_action != null ? TaskStatus.Created : TaskStatus.WaitingForActivation;
                }
            }
        }

        public AggregateException Exception
        {
            get
            {
                if (m_state != Faulted) return null;
                if (m_aggregate == null) m_aggregate = new AggregateException(Exceptions());
                return m_aggregate;
            }
        }

        internal Exception[] Exceptions() { return m_exceptions != null ? m_exceptions : new Exception[] { m_exception }; }

        public static Task CompletedTask
        {
            get
            {
                if (s_completed == null)
                {
                    Task t = new Task();
                    t.m_state = RanToCompletion;
                    s_completed = t;
                }
                return s_completed;
            }
        }

        // ---- completion ----

        internal bool TrySetCompleted()
        {
            if (m_state != Pending) return false;
            m_state = RanToCompletion;
            RunContinuations();
            return true;
        }

        // How an async method's exception completes its task: OperationCanceledException cancels it.
        internal bool TrySetException(Exception exception)
        {
            return TrySetException(exception, exception is OperationCanceledException);
        }

        internal bool TrySetException(Exception exception, bool canceled)
        {
            if (m_state != Pending) return false;
            m_exception = exception;
            m_state = canceled ? Canceled : Faulted;
            RunContinuations();
            return true;
        }

        internal bool TrySetCanceled()
        {
            return TrySetException(new TaskCanceledException(), true);
        }

        // A fault with several exceptions: Exception lists them all, await rethrows the first.
        internal bool TrySetExceptions(Exception[] exceptions)
        {
            if (m_state != Pending) return false;
            m_exceptions = exceptions.Length > 1 ? exceptions : null;
            return TrySetException(exceptions[0], false);
        }

        private void RunContinuations()
        {
            object c = m_continuation;
            m_continuation = null;
            object[] list = c as object[];
            if (list == null)
            {
                if (c != null) Run(c);
                return;
            }
            int count = m_continuationCount;
            m_continuationCount = 0;
            for (int i = 0; i < count; i++) Run(list[i]);
        }

        private static void Run(object continuation)
        {
            Action action = continuation as Action;
            if (action != null) action();
            else Scheduler.Queue((WorkItem)continuation);
        }

        // Runs continuation when the task completes: at once (inline) when it already has.
        internal void OnCompleted(Action continuation) { AddContinuation(continuation); }

        // Queues work when the task completes (at once when it already has).
        internal void OnCompleted(WorkItem work) { AddContinuation(work); }

        private void AddContinuation(object continuation)
        {
            if (m_state != Pending)
            {
                Run(continuation);
                return;
            }
            if (m_continuation == null)
            {
                m_continuation = continuation;
                return;
            }
            object[] list = m_continuation as object[];
            if (list == null)
            {
                list = new object[4];
                list[0] = m_continuation;
                m_continuation = list;
                m_continuationCount = 1;
            }
            else if (m_continuationCount == list.Length)
            {
                object[] bigger = new object[list.Length * 2];
                for (int i = 0; i < m_continuationCount; i++) bigger[i] = list[i];
                m_continuation = list = bigger;
            }
            list[m_continuationCount++] = continuation;
        }

        // ---- waiting ----

        public void Wait()
        {
            Scheduler.RunUntilCompleted(this);
            if (m_state == Faulted) throw new AggregateException(Exceptions());
            // as .NET has done since 4.0: a canceled task reports a TaskCanceledException, not what canceled it
            if (m_state == Canceled) throw new AggregateException(new TaskCanceledException());
        }

        public bool Wait(TimeSpan timeout) { return Wait(Milliseconds(timeout, "timeout")); }

        public bool Wait(int millisecondsTimeout)
        {
            Task timeout = Delay(millisecondsTimeout);
            Scheduler.RunUntilEither(this, timeout);
            if (!IsCompleted) return false;
            Wait();
            return true;
        }

        // What `await` does: wait (running the loop), then throw the original exception, not an AggregateException.
        internal void GetResultForAwait()
        {
            Scheduler.RunUntilCompleted(this);
            ThrowIfUnsuccessful();
        }

        internal void ThrowIfUnsuccessful()
        {
            if (m_state == Faulted || m_state == Canceled) throw m_exception;
        }

        public TaskAwaiter GetAwaiter() { return new TaskAwaiter(this); }

        public ConfiguredTaskAwaitable ConfigureAwait(bool continueOnCapturedContext) { return new ConfiguredTaskAwaitable(this); }

        public Task ContinueWith(Action<Task> continuationAction)
        {
            if (continuationAction == null) throw new ArgumentNullException("continuationAction");
            Task next = new Task();
            OnCompleted(new ContinuationRunner(this, continuationAction, next).Queue);
            return next;
        }

        public Task<TResult> ContinueWith<TResult>(Func<Task, TResult> continuationFunction)
        {
            if (continuationFunction == null) throw new ArgumentNullException("continuationFunction");
            Task<TResult> next = new Task<TResult>();
            OnCompleted(new ContinuationRunner<TResult>(this, continuationFunction, next).Queue);
            return next;
        }

        // ---- factories ----

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

        public static Task Run(Action action) { return Run(action, default(CancellationToken)); }

        // A canceled token cancels the task if it has not started; an OperationCanceledException for that token
        // cancels it too; any other exception (any OperationCanceledException without the token) faults it.
        public static Task Run(Action action, CancellationToken cancellationToken)
        {
            if (action == null) throw new ArgumentNullException("action");
            Task t = new Task();
            Scheduler.Queue(new TaskRunner(t, action, cancellationToken).Run);
            return t;
        }

        public static Task<TResult> Run<TResult>(Func<TResult> function) { return Run(function, default(CancellationToken)); }

        public static Task<TResult> Run<TResult>(Func<TResult> function, CancellationToken cancellationToken)
        {
            if (function == null) throw new ArgumentNullException("function");
            Task<TResult> t = new Task<TResult>();
            Scheduler.Queue(new TaskRunner<TResult>(t, function, cancellationToken).Run);
            return t;
        }

        public static Task Run(Func<Task> function)
        {
            if (function == null) throw new ArgumentNullException("function");
            Task t = new Task();
            Scheduler.Queue(new TaskUnwrapper(t, function).Run);
            return t;
        }

        public static Task<TResult> Run<TResult>(Func<Task<TResult>> function)
        {
            if (function == null) throw new ArgumentNullException("function");
            Task<TResult> t = new Task<TResult>();
            Scheduler.Queue(new TaskUnwrapper<TResult>(t, function).Run);
            return t;
        }

        // Outcome of an inner task carried over to an outer one (Run of an async delegate, Unwrap).
        internal static void CopyOutcome(Task inner, Task outer)
        {
            if (inner.IsCanceled) outer.TrySetException(inner.m_exception, true);
            else if (inner.IsFaulted) outer.TrySetExceptions(inner.Exceptions());
            else outer.TrySetCompleted();
        }

        internal static bool IsCancellationFor(Exception e, CancellationToken token)
        {
            OperationCanceledException oce = e as OperationCanceledException;
            return oce != null && token.IsCancellationRequested && oce.CancellationToken == token;
        }

        public static void WaitAll(params Task[] tasks)
        {
            if (tasks == null) throw new ArgumentNullException("tasks");
            System.Collections.Generic.List<Exception> failures = new System.Collections.Generic.List<Exception>();
            for (int i = 0; i < tasks.Length; i++)
            {
                Scheduler.RunUntilCompleted(tasks[i]);
            }
            for (int i = 0; i < tasks.Length; i++)
            {
                if (tasks[i].IsFaulted) failures.AddRange(tasks[i].Exceptions());
                else if (tasks[i].IsCanceled) failures.Add(new TaskCanceledException());
            }
            if (failures.Count > 0) throw new AggregateException(failures.ToArray());
        }

        public static int WaitAny(params Task[] tasks)
        {
            if (tasks == null || tasks.Length == 0) throw new ArgumentException("The tasks argument contains no tasks.");
            Task any = WhenAny(tasks);
            Scheduler.RunUntilCompleted(any);
            for (int i = 0; i < tasks.Length; i++)
            {
                if (tasks[i].IsCompleted) return i;
            }
            return -1;
        }

        public static Task Delay(int millisecondsDelay)
        {
            if (millisecondsDelay < -1) throw new ArgumentOutOfRangeException("millisecondsDelay");
            if (millisecondsDelay == 0) return CompletedTask;
            Task t = new Task();
            if (millisecondsDelay > 0) Scheduler.AddTimer(millisecondsDelay, new Action(t.CompleteFromTimer));
            return t;
        }

        // Canceling the token cancels the delay at once; an already canceled token gives a canceled task.
        public static Task Delay(int millisecondsDelay, CancellationToken cancellationToken)
        {
            if (millisecondsDelay < -1) throw new ArgumentOutOfRangeException("millisecondsDelay");
            if (cancellationToken.IsCancellationRequested) return FromCanceled(cancellationToken);
            if (!cancellationToken.CanBeCanceled) return Delay(millisecondsDelay);
            Task t = new Task();
            DelayCanceler canceler = new DelayCanceler(t, cancellationToken);
            if (millisecondsDelay > 0) Scheduler.AddTimer(millisecondsDelay, new Action(canceler.Elapsed));
            else if (millisecondsDelay == 0) t.TrySetCompleted();
            return t;
        }

        public static Task Delay(TimeSpan delay) { return Delay(Milliseconds(delay, "delay")); }

        public static Task Delay(TimeSpan delay, CancellationToken cancellationToken) { return Delay(Milliseconds(delay, "delay"), cancellationToken); }

        // A TimeSpan timeout as the milliseconds the int overloads take (-1: infinite).
        private static int Milliseconds(TimeSpan value, string name)
        {
            long ms = (long)value.TotalMilliseconds;
            if (ms < -1 || ms > int.MaxValue) throw new ArgumentOutOfRangeException(name);
            return (int)ms;
        }

        private void CompleteFromTimer() { TrySetCompleted(); }

        public static YieldAwaitable Yield() { return new YieldAwaitable(); }

        public static Task WhenAll(params Task[] tasks)
        {
            if (tasks == null) throw new ArgumentNullException("tasks");
            Task all = new Task();
            WhenAllCounter counter = new WhenAllCounter(all, tasks);
            if (tasks.Length == 0) all.TrySetCompleted();
            for (int i = 0; i < tasks.Length; i++) tasks[i].OnCompleted(counter.OneDone);
            return all;
        }

        public static Task<TResult[]> WhenAll<TResult>(params Task<TResult>[] tasks)
        {
            if (tasks == null) throw new ArgumentNullException("tasks");
            Task<TResult[]> all = new Task<TResult[]>();
            WhenAllCounter<TResult> counter = new WhenAllCounter<TResult>(all, tasks);
            if (tasks.Length == 0) all.TrySetResult(new TResult[0]);
            for (int i = 0; i < tasks.Length; i++) tasks[i].OnCompleted(counter.OneDone);
            return all;
        }

        public static Task<Task> WhenAny(params Task[] tasks)
        {
            if (tasks == null || tasks.Length == 0) throw new ArgumentException("The tasks argument contains no tasks.");
            Task<Task> any = new Task<Task>();
            for (int i = 0; i < tasks.Length; i++) tasks[i].OnCompleted(new WhenAnyRunner(any, tasks[i]).Done);
            return any;
        }

        public static Task<Task<TResult>> WhenAny<TResult>(params Task<TResult>[] tasks)
        {
            if (tasks == null || tasks.Length == 0) throw new ArgumentException("The tasks argument contains no tasks.");
            Task<Task<TResult>> any = new Task<Task<TResult>>();
            for (int i = 0; i < tasks.Length; i++) tasks[i].OnCompleted(new WhenAnyRunner<TResult>(any, tasks[i]).Done);
            return any;
        }

        public static Task WhenAll(System.Collections.Generic.IEnumerable<Task> tasks)
        {
            if (tasks == null) throw new ArgumentNullException("tasks");
            return WhenAll(new System.Collections.Generic.List<Task>(tasks).ToArray());
        }

        public static Task<TResult[]> WhenAll<TResult>(System.Collections.Generic.IEnumerable<Task<TResult>> tasks)
        {
            if (tasks == null) throw new ArgumentNullException("tasks");
            return WhenAll(new System.Collections.Generic.List<Task<TResult>>(tasks).ToArray());
        }
    }

    public class Task<TResult> : Task
    {
        internal TResult m_result;

        internal Task() { }

        public Task(Func<TResult> function)
        {
            if (function == null) throw new ArgumentNullException("function");
            m_function = function;
        }

        private Func<TResult> m_function;

        public new void Start()
        {
            Func<TResult> f = m_function;
            if (f == null) throw new InvalidOperationException("Start may not be called on a task that was already started.");
            m_function = null;
            Scheduler.Queue(new TaskRunner<TResult>(this, f).Run);
        }

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
            if (m_state != Pending) return false;
            m_result = result;
            return TrySetCompleted();
        }

        internal new TResult GetResultForAwait()
        {
            Scheduler.RunUntilCompleted(this);
            ThrowIfUnsuccessful();
            return m_result;
        }

        public new TaskAwaiter<TResult> GetAwaiter() { return new TaskAwaiter<TResult>(this); }

        public Task<TNewResult> ContinueWith<TNewResult>(Func<Task<TResult>, TNewResult> continuationFunction)
        {
            if (continuationFunction == null) throw new ArgumentNullException("continuationFunction");
            Task<TNewResult> next = new Task<TNewResult>();
            OnCompleted(new TypedContinuationRunner<TResult, TNewResult>(this, continuationFunction, next).Queue);
            return next;
        }

        public Task ContinueWith(Action<Task<TResult>> continuationAction)
        {
            if (continuationAction == null) throw new ArgumentNullException("continuationAction");
            Task next = new Task();
            OnCompleted(new TypedActionRunner<TResult>(this, continuationAction, next).Queue);
            return next;
        }

        public new ConfiguredTaskAwaitable<TResult> ConfigureAwait(bool continueOnCapturedContext)
        {
            return new ConfiguredTaskAwaitable<TResult>(this);
        }
    }

    // Small closures (the core library is written without lambdas so that it reads the same in IL).
    internal sealed class TaskRunner
    {
        private readonly Task m_task;
        private readonly Action m_action;
        private readonly CancellationToken m_token;
        internal TaskRunner(Task task, Action action) { m_task = task; m_action = action; }
        internal TaskRunner(Task task, Action action, CancellationToken token) { m_task = task; m_action = action; m_token = token; }

        internal void Run()
        {
            if (m_token.IsCancellationRequested)
            {
                m_task.TrySetException(new TaskCanceledException(), true);
                return;
            }
            try
            {
                m_action();
            }
            catch (Exception e)
            {
                m_task.TrySetException(e, Task.IsCancellationFor(e, m_token));
                return;
            }
            m_task.TrySetCompleted();
        }
    }

    internal sealed class DelayCanceler
    {
        private readonly Task m_task;
        private readonly CancellationTokenRegistration m_registration;

        internal DelayCanceler(Task task, CancellationToken token)
        {
            m_task = task;
            m_registration = token.Register(new Action(Cancel));
        }

        private void Cancel() { m_task.TrySetCanceled(); }

        internal void Elapsed()
        {
            m_registration.Dispose();
            m_task.TrySetCompleted();
        }
    }

    internal sealed class TaskRunner<TResult>
    {
        private readonly Task<TResult> m_task;
        private readonly Func<TResult> m_function;
        private readonly CancellationToken m_token;
        internal TaskRunner(Task<TResult> task, Func<TResult> function) { m_task = task; m_function = function; }
        internal TaskRunner(Task<TResult> task, Func<TResult> function, CancellationToken token) { m_task = task; m_function = function; m_token = token; }

        internal void Run()
        {
            if (m_token.IsCancellationRequested)
            {
                m_task.TrySetException(new TaskCanceledException(), true);
                return;
            }
            TResult result;
            try
            {
                result = m_function();
            }
            catch (Exception e)
            {
                m_task.TrySetException(e, Task.IsCancellationFor(e, m_token));
                return;
            }
            m_task.TrySetResult(result);
        }
    }

    internal sealed class TaskUnwrapper
    {
        private readonly Task m_task;
        private readonly Func<Task> m_function;
        private Task m_inner;
        internal TaskUnwrapper(Task task, Func<Task> function) { m_task = task; m_function = function; }

        internal void Run()
        {
            try
            {
                m_inner = m_function();
            }
            catch (Exception e)
            {
                m_task.TrySetException(e);
                return;
            }
            m_inner.OnCompleted(InnerDone);
        }

        private void InnerDone() { Task.CopyOutcome(m_inner, m_task); }
    }

    internal sealed class TaskUnwrapper<TResult>
    {
        private readonly Task<TResult> m_task;
        private readonly Func<Task<TResult>> m_function;
        private Task<TResult> m_inner;
        internal TaskUnwrapper(Task<TResult> task, Func<Task<TResult>> function) { m_task = task; m_function = function; }
        internal TaskUnwrapper(Task<TResult> task, Task<TResult> inner) { m_task = task; m_inner = inner; }

        internal void Run()
        {
            try
            {
                m_inner = m_function();
            }
            catch (Exception e)
            {
                m_task.TrySetException(e, false);
                return;
            }
            Follow();
        }

        internal void Follow()
        {
            if (m_inner == null)
            {
                m_task.TrySetCanceled();
                return;
            }
            m_inner.OnCompleted(InnerDone);
        }

        private void InnerDone()
        {
            if (m_inner.IsCompletedSuccessfully) m_task.TrySetResult(m_inner.m_result);
            else Task.CopyOutcome(m_inner, m_task);
        }
    }

    // Task<Task>.Unwrap(): a task that completes as the inner task does.
    public static class TaskExtensions
    {
        public static Task Unwrap(this Task<Task> task)
        {
            if (task == null) throw new ArgumentNullException("task");
            Task result = new Task();
            task.OnCompleted(new OuterDone(task, result).Run);
            return result;
        }

        public static Task<TResult> Unwrap<TResult>(this Task<Task<TResult>> task)
        {
            if (task == null) throw new ArgumentNullException("task");
            Task<TResult> result = new Task<TResult>();
            task.OnCompleted(new OuterDone<TResult>(task, result).Run);
            return result;
        }

        private sealed class OuterDone
        {
            private readonly Task<Task> m_outer;
            private readonly Task m_result;
            internal OuterDone(Task<Task> outer, Task result) { m_outer = outer; m_result = result; }

            internal void Run()
            {
                if (!m_outer.IsCompletedSuccessfully) Task.CopyOutcome(m_outer, m_result);
                else if (m_outer.m_result == null) m_result.TrySetCanceled();
                else m_outer.m_result.OnCompleted(new Action(InnerDone));
            }

            private void InnerDone() { Task.CopyOutcome(m_outer.m_result, m_result); }
        }

        private sealed class OuterDone<TResult>
        {
            private readonly Task<Task<TResult>> m_outer;
            private readonly Task<TResult> m_result;
            internal OuterDone(Task<Task<TResult>> outer, Task<TResult> result) { m_outer = outer; m_result = result; }

            internal void Run()
            {
                if (!m_outer.IsCompletedSuccessfully) Task.CopyOutcome(m_outer, m_result);
                else new TaskUnwrapper<TResult>(m_result, m_outer.m_result).Follow();
            }
        }
    }

    internal sealed class ContinuationRunner
    {
        private readonly Task m_antecedent;
        private readonly Action<Task> m_action;
        private readonly Task m_next;
        internal ContinuationRunner(Task antecedent, Action<Task> action, Task next) { m_antecedent = antecedent; m_action = action; m_next = next; }

        internal void Queue() { Scheduler.Queue(Run); }

        private void Run()
        {
            try
            {
                m_action(m_antecedent);
            }
            catch (Exception e)
            {
                m_next.TrySetException(e);
                return;
            }
            m_next.TrySetCompleted();
        }
    }

    internal sealed class ContinuationRunner<TResult>
    {
        private readonly Task m_antecedent;
        private readonly Func<Task, TResult> m_function;
        private readonly Task<TResult> m_next;
        internal ContinuationRunner(Task antecedent, Func<Task, TResult> function, Task<TResult> next) { m_antecedent = antecedent; m_function = function; m_next = next; }

        internal void Queue() { Scheduler.Queue(Run); }

        private void Run()
        {
            TResult result;
            try
            {
                result = m_function(m_antecedent);
            }
            catch (Exception e)
            {
                m_next.TrySetException(e);
                return;
            }
            m_next.TrySetResult(result);
        }
    }

    internal sealed class TypedContinuationRunner<TResult, TNewResult>
    {
        private readonly Task<TResult> m_antecedent;
        private readonly Func<Task<TResult>, TNewResult> m_function;
        private readonly Task<TNewResult> m_next;
        internal TypedContinuationRunner(Task<TResult> antecedent, Func<Task<TResult>, TNewResult> function, Task<TNewResult> next)
        {
            m_antecedent = antecedent;
            m_function = function;
            m_next = next;
        }

        internal void Queue() { Scheduler.Queue(Run); }

        private void Run()
        {
            TNewResult result;
            try
            {
                result = m_function(m_antecedent);
            }
            catch (Exception e)
            {
                m_next.TrySetException(e);
                return;
            }
            m_next.TrySetResult(result);
        }
    }

    internal sealed class TypedActionRunner<TResult>
    {
        private readonly Task<TResult> m_antecedent;
        private readonly Action<Task<TResult>> m_action;
        private readonly Task m_next;
        internal TypedActionRunner(Task<TResult> antecedent, Action<Task<TResult>> action, Task next)
        {
            m_antecedent = antecedent;
            m_action = action;
            m_next = next;
        }

        internal void Queue() { Scheduler.Queue(Run); }

        private void Run()
        {
            try
            {
                m_action(m_antecedent);
            }
            catch (Exception e)
            {
                m_next.TrySetException(e);
                return;
            }
            m_next.TrySetCompleted();
        }
    }

    internal sealed class WhenAllCounter
    {
        private readonly Task m_all;
        private readonly Task[] m_tasks;
        private int m_remaining;
        internal WhenAllCounter(Task all, Task[] tasks) { m_all = all; m_tasks = tasks; m_remaining = tasks.Length; }

        internal void OneDone()
        {
            if (--m_remaining != 0) return;
            if (!WhenAllOutcome.Failed(m_tasks, m_all)) m_all.TrySetCompleted();
        }
    }

    internal sealed class WhenAllCounter<TResult>
    {
        private readonly Task<TResult[]> m_all;
        private readonly Task<TResult>[] m_tasks;
        private int m_remaining;
        internal WhenAllCounter(Task<TResult[]> all, Task<TResult>[] tasks) { m_all = all; m_tasks = tasks; m_remaining = tasks.Length; }

        internal void OneDone()
        {
            if (--m_remaining != 0) return;
            if (WhenAllOutcome.Failed(m_tasks, m_all)) return;
            TResult[] results = new TResult[m_tasks.Length];
            for (int i = 0; i < m_tasks.Length; i++) results[i] = m_tasks[i].m_result;
            m_all.TrySetResult(results);
        }
    }

    // How WhenAll ends when not every task succeeded: faulted with all their exceptions if any faulted, else
    // canceled with the first canceled task's exception.
    internal static class WhenAllOutcome
    {
        internal static bool Failed(Task[] tasks, Task all)
        {
            System.Collections.Generic.List<Exception> faults = null;
            Task canceled = null;
            for (int i = 0; i < tasks.Length; i++)
            {
                if (tasks[i].IsFaulted)
                {
                    if (faults == null) faults = new System.Collections.Generic.List<Exception>();
                    faults.AddRange(tasks[i].Exceptions());
                }
                else if (tasks[i].IsCanceled && canceled == null)
                {
                    canceled = tasks[i];
                }
            }
            if (faults != null) return all.TrySetExceptions(faults.ToArray()) || true;
            if (canceled != null) return all.TrySetException(canceled.m_exception, true) || true;
            return false;
        }
    }

    internal sealed class WhenAnyRunner
    {
        private readonly Task<Task> m_any;
        private readonly Task m_task;
        internal WhenAnyRunner(Task<Task> any, Task task) { m_any = any; m_task = task; }
        internal void Done() { m_any.TrySetResult(m_task); }
    }

    internal sealed class WhenAnyRunner<TResult>
    {
        private readonly Task<Task<TResult>> m_any;
        private readonly Task<TResult> m_task;
        internal WhenAnyRunner(Task<Task<TResult>> any, Task<TResult> task) { m_any = any; m_task = task; }
        internal void Done() { m_any.TrySetResult(m_task); }
    }

    public class TaskCompletionSource<TResult>
    {
        private readonly Task<TResult> m_task = new Task<TResult>();

        public TaskCompletionSource() { }
        public TaskCompletionSource(object state) { }

        public Task<TResult> Task { get { return m_task; } }

        public void SetResult(TResult result)
        {
            if (!m_task.TrySetResult(result)) throw new InvalidOperationException("An attempt was made to transition a task to a final state when it had already completed.");
        }

        public bool TrySetResult(TResult result) { return m_task.TrySetResult(result); }

        public void SetException(Exception exception)
        {
            if (exception == null) throw new ArgumentNullException("exception");
            if (!m_task.TrySetException(exception, false)) throw new InvalidOperationException("An attempt was made to transition a task to a final state when it had already completed.");
        }

        public bool TrySetException(Exception exception)
        {
            if (exception == null) throw new ArgumentNullException("exception");
            return m_task.TrySetException(exception, false);
        }

        public void SetException(System.Collections.Generic.IEnumerable<Exception> exceptions)
        {
            if (!TrySetException(exceptions)) throw new InvalidOperationException("An attempt was made to transition a task to a final state when it had already completed.");
        }

        public bool TrySetException(System.Collections.Generic.IEnumerable<Exception> exceptions)
        {
            if (exceptions == null) throw new ArgumentNullException("exceptions");
            Exception[] list = new System.Collections.Generic.List<Exception>(exceptions).ToArray();
            if (list.Length == 0) throw new ArgumentException("The exceptions collection was empty.", "exceptions");
            for (int i = 0; i < list.Length; i++)
            {
                if (list[i] == null) throw new ArgumentException("The exceptions collection included at least one null element.", "exceptions");
            }
            return m_task.TrySetExceptions(list);
        }

        public void SetCanceled()
        {
            if (!m_task.TrySetCanceled()) throw new InvalidOperationException("An attempt was made to transition a task to a final state when it had already completed.");
        }

        public bool TrySetCanceled() { return m_task.TrySetCanceled(); }

        public bool TrySetCanceled(CancellationToken cancellationToken)
        {
            return m_task.TrySetException(new TaskCanceledException(), true);
        }
    }

    public class TaskCompletionSource
    {
        private readonly Task m_task = new Task();

        public Task Task { get { return m_task; } }

        public void SetResult()
        {
            if (!m_task.TrySetCompleted()) throw new InvalidOperationException("An attempt was made to transition a task to a final state when it had already completed.");
        }

        public bool TrySetResult() { return m_task.TrySetCompleted(); }

        public void SetException(Exception exception)
        {
            if (!m_task.TrySetException(exception, false)) throw new InvalidOperationException("An attempt was made to transition a task to a final state when it had already completed.");
        }

        public bool TrySetException(Exception exception) { return m_task.TrySetException(exception, false); }

        public void SetCanceled()
        {
            if (!m_task.TrySetCanceled()) throw new InvalidOperationException("An attempt was made to transition a task to a final state when it had already completed.");
        }

        public bool TrySetCanceled() { return m_task.TrySetCanceled(); }
    }

    public class TaskCanceledException : OperationCanceledException
    {
        public TaskCanceledException() : base("A task was canceled.") { }
        public TaskCanceledException(string message) : base(message) { }
    }
}
