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
        internal Exception m_exception;
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
            get { return m_state == Faulted ? new AggregateException(m_exception) : null; }
        }

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
            if (m_state != Pending) return false;
            m_exception = new TaskCanceledException();
            m_state = Canceled;
            RunContinuations();
            return true;
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
            if (m_state == Faulted) throw new AggregateException(m_exception);
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

        public static Task Run(Action action)
        {
            Task t = new Task();
            Scheduler.Queue(new TaskRunner(t, action).Run);
            return t;
        }

        public static Task<TResult> Run<TResult>(Func<TResult> function)
        {
            Task<TResult> t = new Task<TResult>();
            Scheduler.Queue(new TaskRunner<TResult>(t, function).Run);
            return t;
        }

        public static Task Run(Func<Task> function)
        {
            Task t = new Task();
            Scheduler.Queue(new TaskUnwrapper(t, function).Run);
            return t;
        }

        public static Task Delay(int millisecondsDelay)
        {
            if (millisecondsDelay < -1) throw new ArgumentOutOfRangeException("millisecondsDelay");
            if (millisecondsDelay == 0) return CompletedTask;
            Task t = new Task();
            if (millisecondsDelay > 0) Scheduler.AddTimer(millisecondsDelay, new Action(t.CompleteFromTimer));
            return t;
        }

        public static Task Delay(int millisecondsDelay, CancellationToken cancellationToken)
        {
            cancellationToken.ThrowIfCancellationRequested();
            return Delay(millisecondsDelay);
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
        internal TaskRunner(Task task, Action action) { m_task = task; m_action = action; }

        internal void Run()
        {
            try
            {
                m_action();
            }
            catch (Exception e)
            {
                m_task.TrySetException(e);
                return;
            }
            m_task.TrySetCompleted();
        }
    }

    internal sealed class TaskRunner<TResult>
    {
        private readonly Task<TResult> m_task;
        private readonly Func<TResult> m_function;
        internal TaskRunner(Task<TResult> task, Func<TResult> function) { m_task = task; m_function = function; }

        internal void Run()
        {
            TResult result;
            try
            {
                result = m_function();
            }
            catch (Exception e)
            {
                m_task.TrySetException(e);
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

        private void InnerDone()
        {
            if (m_inner.IsFaulted || m_inner.IsCanceled) m_task.TrySetException(m_inner.m_exception);
            else m_task.TrySetCompleted();
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
            for (int i = 0; i < m_tasks.Length; i++)
            {
                if (m_tasks[i].IsFaulted) { m_all.TrySetException(m_tasks[i].m_exception); return; }
            }
            for (int i = 0; i < m_tasks.Length; i++)
            {
                if (m_tasks[i].IsCanceled) { m_all.TrySetCanceled(); return; }
            }
            m_all.TrySetCompleted();
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
            TResult[] results = new TResult[m_tasks.Length];
            for (int i = 0; i < m_tasks.Length; i++)
            {
                if (m_tasks[i].IsFaulted) { m_all.TrySetException(m_tasks[i].m_exception); return; }
                if (m_tasks[i].IsCanceled) { m_all.TrySetCanceled(); return; }
                results[i] = m_tasks[i].m_result;
            }
            m_all.TrySetResult(results);
        }
    }

    internal sealed class WhenAnyRunner
    {
        private readonly Task<Task> m_any;
        private readonly Task m_task;
        internal WhenAnyRunner(Task<Task> any, Task task) { m_any = any; m_task = task; }
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

        public bool TrySetException(Exception exception) { return m_task.TrySetException(exception, false); }

        public void SetCanceled()
        {
            if (!m_task.TrySetCanceled()) throw new InvalidOperationException("An attempt was made to transition a task to a final state when it had already completed.");
        }

        public bool TrySetCanceled() { return m_task.TrySetCanceled(); }
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
