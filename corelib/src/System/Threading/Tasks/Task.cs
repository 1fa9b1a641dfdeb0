using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace System.Threading.Tasks
{
    // A Task completes once — result, exception or cancellation — and then runs the continuations registered on it.
    // Completion and registration race between threads: completing reserves the task with a compare-and-swap, writes
    // the outcome, publishes the final state and then swaps the continuation slot for a sentinel; registering
    // compare-and-swaps into the slot (or adds to the list there under its lock) unless it holds the sentinel, in
    // which case the task has completed and the registrar runs the continuation itself. So each continuation runs
    // exactly once. A task with a delegate (Task.Run, StartNew, new Task(...)) is claimed by whoever executes it —
    // the pool, a waiter inlining it, RunSynchronously, a cancellation before it started — with one more CAS.
    public partial class Task : IDisposable, IAsyncResult
    {
        internal const int Pending = 0;
        internal const int RanToCompletion = 1;
        internal const int Faulted = 2;
        internal const int Canceled = 3;
        private const int Completing = 4; // a completer won the race and is writing the outcome

        // m_flags bits
        private const int FlagScheduled = 1;
        private const int FlagStarted = 2;       // the delegate was claimed (or the task canceled before it ran)
        private const int FlagDelegateDone = 4;

        internal volatile int m_state;
        private volatile int m_flags;
        internal Exception m_exception;      // the first (or only) exception: what await rethrows

        // null, one continuation, a List<object> of them, or s_completionSentinel once they have run
        private volatile object m_continuation;
        private static readonly object s_completionSentinel = new object();

        internal Delegate m_action;          // Action (Task) or Func<TResult> (Task<TResult>); null for a promise
        internal TaskScheduler m_scheduler;
        private TaskCreationOptions m_options;
        private Details m_details;           // what only some tasks need, allocated when first needed

        // As .NET's contingent properties: the promise tasks async code makes by the million stay small.
        private sealed class Details
        {
            internal Exception[] m_exceptions;   // all of them when a fault has several (WhenAll, SetException of many)
            internal AggregateException m_aggregate;
            internal object m_stateObject;
            internal ExecutionContext m_context;
            internal CancellationToken m_token;
            internal CancellationTokenRegistration m_tokenRegistration;
            internal Task m_parent;
            internal int m_completionCountdown = 1; // the delegate and each attached child still running
            internal List<Exception> m_childExceptions;
            internal int m_id;
            internal UnobservedExceptionHolder m_unobserved; // a fault nobody has looked at yet
            internal ManualResetEvent m_completionEvent;     // IAsyncResult.AsyncWaitHandle, made on first use
        }

        private Details EnsureDetails()
        {
            Details d = m_details;
            if (d != null) return d;
            Interlocked.CompareExchange(ref m_details, new Details(), null);
            return m_details;
        }

        private static int s_lastId;
        private static Task s_completed;

        internal Task() { }

        internal Task(TaskCreationOptions options) { m_options = options; }

        public Task(Action action) : this(action, default(CancellationToken), TaskCreationOptions.None) { }

        public Task(Action action, CancellationToken cancellationToken) : this(action, cancellationToken, TaskCreationOptions.None) { }

        public Task(Action action, TaskCreationOptions creationOptions) : this(action, default(CancellationToken), creationOptions) { }

        public Task(Action action, CancellationToken cancellationToken, TaskCreationOptions creationOptions)
        {
            if (action == null) throw new ArgumentNullException("action");
            Initialize(action, null, cancellationToken, creationOptions);
        }

        public Task(Action<object> action, object state) : this(action, state, default(CancellationToken), TaskCreationOptions.None) { }

        public Task(Action<object> action, object state, CancellationToken cancellationToken) : this(action, state, cancellationToken, TaskCreationOptions.None) { }

        public Task(Action<object> action, object state, TaskCreationOptions creationOptions) : this(action, state, default(CancellationToken), creationOptions) { }

        public Task(Action<object> action, object state, CancellationToken cancellationToken, TaskCreationOptions creationOptions)
        {
            if (action == null) throw new ArgumentNullException("action");
            Initialize(new Action(new StateAction(action, state).Invoke), state, cancellationToken, creationOptions);
        }

        // A task with a delegate: captures the ExecutionContext, attaches to the running task if asked (and allowed),
        // and is canceled by its token until it starts.
        internal void Initialize(Delegate action, object state, CancellationToken token, TaskCreationOptions options)
        {
            m_action = action;
            m_options = options;
            ExecutionContext context = ExecutionContext.CaptureForFlow();
            if (state != null || context != null) { Details d = EnsureDetails(); d.m_stateObject = state; d.m_context = context; }
            if ((options & TaskCreationOptions.AttachedToParent) != 0)
            {
                // only code running in the parent's delegate attaches, so the parent cannot finish meanwhile
                Task parent = ThreadCurrent.Task;
                if (parent != null && (parent.m_options & TaskCreationOptions.DenyChildAttach) == 0)
                {
                    EnsureDetails().m_parent = parent;
                    Interlocked.Increment(ref parent.EnsureDetails().m_completionCountdown);
                }
            }
            if (token.IsCancellationRequested)
            {
                EnsureDetails().m_token = token;
                CancelBeforeStart();
            }
            else if (token.CanBeCanceled)
            {
                Details d = EnsureDetails();
                d.m_token = token;
                d.m_tokenRegistration = token.Register(new Action(CancelBeforeStart));
            }
        }

        private void CancelBeforeStart()
        {
            if (!TryClaim()) return;
            m_flags |= FlagDelegateDone;
            CompleteCanceled(new TaskCanceledException());
        }

        // ---- properties ----

        public bool IsCompleted { get { int s = m_state; return s != Pending && s != Completing; } }
        public bool IsCompletedSuccessfully { get { return m_state == RanToCompletion; } }
        public bool IsFaulted { get { return m_state == Faulted; } }
        public bool IsCanceled { get { return m_state == Canceled; } }

        public object AsyncState { get { Details d = m_details; return d == null ? null : d.m_stateObject; } }

        public TaskCreationOptions CreationOptions { get { return (TaskCreationOptions)((int)m_options & 0xffff); } }

        public int Id
        {
            get
            {
                Details d = EnsureDetails();
                if (d.m_id == 0)
                {
                    int id = Interlocked.Increment(ref s_lastId);
                    Interlocked.CompareExchange(ref d.m_id, id, 0);
                }
                return d.m_id;
            }
        }

        public static int? CurrentId
        {
            get
            {
                Task t = ThreadCurrent.Task;
                if (t == null) return null;
                return t.Id;
            }
        }

        public TaskStatus Status
        {
            get
            {
                switch (m_state)
                {
                    case RanToCompletion: return TaskStatus.RanToCompletion;
                    case Faulted: return TaskStatus.Faulted;
                    case Canceled: return TaskStatus.Canceled;
                }
                int flags = m_flags;
                if (m_action == null) return TaskStatus.WaitingForActivation;
                if ((flags & FlagDelegateDone) != 0) return TaskStatus.WaitingForChildrenToComplete;
                if ((flags & FlagStarted) != 0) return TaskStatus.Running;
                if ((flags & FlagScheduled) != 0) return TaskStatus.WaitingToRun;
                return m_scheduler == null && (m_options & (TaskCreationOptions)InternalContinuation) == 0 ? TaskStatus.Created : TaskStatus.WaitingForActivation;
            }
        }

        public AggregateException Exception
        {
            get
            {
                if (m_state != Faulted) return null;
                Details d = EnsureDetails();
                if (d.m_aggregate == null) Interlocked.CompareExchange(ref d.m_aggregate, new AggregateException(Exceptions()), null);
                return d.m_aggregate;
            }
        }

        // The exceptions of a fault, observed: Wait, Result, await, Exception, WhenAll and Unwrap all come here.
        internal Exception[] Exceptions()
        {
            MarkObserved();
            return ExceptionsUnobserved();
        }

        internal Exception[] ExceptionsUnobserved()
        {
            Details d = m_details;
            return d != null && d.m_exceptions != null ? d.m_exceptions : new Exception[] { m_exception };
        }

        public static Task CompletedTask
        {
            get
            {
                if (s_completed == null)
                {
                    Task t = new Task();
                    t.m_state = RanToCompletion;
                    t.m_continuation = s_completionSentinel;
                    s_completed = t;
                }
                return s_completed;
            }
        }

        public void Dispose() { }

        // ---- completion ----

        private bool Reserve()
        {
            return m_state == Pending && Interlocked.CompareExchange(ref m_state, Completing, Pending) == Pending;
        }

        internal bool TrySetCompleted()
        {
            if (!Reserve()) return false;
            Publish(RanToCompletion);
            return true;
        }

        // How an async method's exception completes its task: OperationCanceledException cancels it.
        internal bool TrySetException(Exception exception)
        {
            return TrySetException(exception, exception is OperationCanceledException);
        }

        internal bool TrySetException(Exception exception, bool canceled)
        {
            if (!Reserve()) return false;
            m_exception = exception;
            if (!canceled) WatchForUnobservedFault();
            Publish(canceled ? Canceled : Faulted);
            return true;
        }

        internal bool TrySetCanceled()
        {
            return TrySetException(new TaskCanceledException(), true);
        }

        // A fault with several exceptions: Exception lists them all, await rethrows the first.
        internal bool TrySetExceptions(Exception[] exceptions)
        {
            if (!Reserve()) return false;
            if (exceptions.Length > 1) EnsureDetails().m_exceptions = exceptions;
            m_exception = exceptions[0];
            WatchForUnobservedFault();
            Publish(Faulted);
            return true;
        }

        // As .NET: the fault goes in a small finalizable holder (Task itself has no finalizer); observing the fault
        // suppresses the holder's finalizer, and a holder collected unobserved raises
        // TaskScheduler.UnobservedTaskException on the finalizer thread.
        private void WatchForUnobservedFault()
        {
            EnsureDetails().m_unobserved = new UnobservedExceptionHolder(this);
        }

        internal void MarkObserved()
        {
            Details d = m_details;
            if (d == null) return;
            UnobservedExceptionHolder holder = d.m_unobserved;
            if (holder == null) return;
            d.m_unobserved = null;
            GC.SuppressFinalize(holder);
        }

        // Task<TResult>.TrySetResult: reserve, write the result, publish.
        internal bool ReserveForResult() { return Reserve(); }

        internal void PublishRanToCompletion() { Publish(RanToCompletion); }

        private void CompleteCanceled(Exception exception) { TrySetException(exception, true); }

        // The outcome is written: make it visible, run the continuations, tell an attached parent.
        private void Publish(int final)
        {
            Interlocked.Exchange(ref m_state, final);
            Details d = m_details;
            if (d != null)
            {
                d.m_tokenRegistration.Dispose();
                ManualResetEvent completion = d.m_completionEvent;
                if (completion != null) completion.Set();
            }
            RunContinuations();
            if (d != null && d.m_parent != null) d.m_parent.ChildCompleted(this);
        }

        private void RunContinuations()
        {
            object c = Interlocked.Exchange(ref m_continuation, s_completionSentinel);
            if (c == null) return;
            bool canInline = (m_options & TaskCreationOptions.RunContinuationsAsynchronously) == 0;
            List<object> list = c as List<object>;
            if (list == null)
            {
                RunContinuation(c, canInline);
                return;
            }
            object[] all;
            lock (list) { all = list.ToArray(); }
            for (int i = 0; i < all.Length; i++) RunContinuation(all[i], canInline);
        }

        private void RunContinuation(object continuation, bool canInline)
        {
            TaskContinuation tc = continuation as TaskContinuation;
            if (tc != null) tc.Run(this, canInline);
            else TaskContinuation.RunAwaitAction((Action)continuation, canInline);
        }

        // Registers continuation to run when the task completes; false when it already has (nothing registered).
        internal bool TryAddContinuation(object continuation)
        {
            object current = m_continuation;
            if (current == s_completionSentinel) return false;
            if (current == null && Interlocked.CompareExchange(ref m_continuation, continuation, null) == null) return true;
            while (true)
            {
                current = m_continuation;
                if (current == s_completionSentinel) return false;
                List<object> list = current as List<object>;
                if (list == null)
                {
                    list = new List<object>();
                    if (current != null) list.Add(current);
                    Interlocked.CompareExchange(ref m_continuation, list, current);
                    continue;
                }
                lock (list)
                {
                    // completion swaps in the sentinel before it reads the list under this lock
                    if (m_continuation != s_completionSentinel)
                    {
                        list.Add(continuation);
                        return true;
                    }
                }
                return false;
            }
        }

        // Runs continuation when the task completes: registered, or at once (inline) when it already has.
        internal void AddCompletionAction(Action continuation)
        {
            if (IsCompleted || !TryAddContinuation(new CompletionActionContinuation(continuation))) continuation();
        }

        internal void AddCompletionAction(TaskContinuation continuation)
        {
            if (!TryAddContinuation(continuation)) continuation.Run(this, true);
        }

        internal void OnCompleted(Action continuation) { AddCompletionAction(continuation); }

        // ---- running the delegate ----

        private bool TryClaim()
        {
            while (true)
            {
                int flags = m_flags;
                if ((flags & FlagStarted) != 0) return false;
                if (Interlocked.CompareExchange(ref m_flags, flags | FlagStarted, flags) == flags) return true;
            }
        }

        private void MarkScheduled()
        {
            while (true)
            {
                int flags = m_flags;
                if (Interlocked.CompareExchange(ref m_flags, flags | FlagScheduled, flags) == flags) return;
            }
        }

        // Hands the task to scheduler (Start, Task.Run, StartNew, a continuation whose antecedent completed).
        internal void ScheduleOn(TaskScheduler scheduler)
        {
            m_scheduler = scheduler;
            MarkScheduled();
            try
            {
                scheduler.QueueTask(this);
            }
            catch (Exception e)
            {
                TaskSchedulerException wrapped = new TaskSchedulerException(e);
                if (TryClaim()) TrySetException(wrapped, false);
                throw wrapped;
            }
        }

        internal void ExecuteFromThreadPool() { ExecuteEntry(); }

        // Runs the delegate if nobody else has claimed it; false if somebody had.
        internal bool ExecuteEntry()
        {
            if (!TryClaim()) return false;
            Execute();
            return true;
        }

        private void Execute()
        {
            Task previousTask = ThreadCurrent.Task;
            ExecutionContext previousContext = ThreadCurrent.ExecutionContext;
            SynchronizationContext previousSync = ThreadCurrent.SynchronizationContext;
            ThreadCurrent.Task = this;
            Details details = m_details;
            ThreadCurrent.ExecutionContext = details == null ? null : details.m_context;
            Exception failure = null;
            try
            {
                InnerInvoke();
            }
            catch (Exception e)
            {
                failure = e;
            }
            finally
            {
                ThreadCurrent.Task = previousTask;
                ThreadCurrent.ExecutionContext = previousContext;
                ThreadCurrent.SynchronizationContext = previousSync;
            }
            if (failure != null)
            {
                if (details != null && IsCancellationFor(failure, details.m_token)) m_exception = failure;
                else AddChildException(failure, true);
            }
            m_flags |= FlagDelegateDone;
            details = m_details; // an attached child or an exception may have made it
            if (details == null || Interlocked.Decrement(ref details.m_completionCountdown) == 0) FinishAfterChildren();
        }

        internal virtual void InnerInvoke() { ((Action)m_action)(); }

        internal virtual void CompleteWithResult() { TrySetCompleted(); }

        // The delegate and every attached child are done: the task's own exception and its children's decide.
        private void FinishAfterChildren()
        {
            Details d = m_details;
            List<Exception> faults = d == null ? null : d.m_childExceptions;
            if (faults != null)
            {
                Exception[] all;
                lock (faults) { all = faults.ToArray(); }
                TrySetExceptions(all);
            }
            else if (m_exception != null)
            {
                m_exception = null;
                CompleteCanceled(new TaskCanceledException());
            }
            else
            {
                CompleteWithResult();
            }
        }

        private void AddChildException(Exception e, bool own)
        {
            Details d = EnsureDetails();
            if (d.m_childExceptions == null) Interlocked.CompareExchange(ref d.m_childExceptions, new List<Exception>(), null);
            lock (d.m_childExceptions)
            {
                if (own) d.m_childExceptions.Insert(0, e);
                else d.m_childExceptions.Add(e);
            }
        }

        private void ChildCompleted(Task child)
        {
            if (child.IsFaulted) AddChildException(child.Exception, false);
            if (Interlocked.Decrement(ref m_details.m_completionCountdown) == 0) FinishAfterChildren();
        }

        // ---- starting ----

        public void Start() { Start(TaskScheduler.Current); }

        public void Start(TaskScheduler scheduler)
        {
            if (scheduler == null) throw new ArgumentNullException("scheduler");
            CheckStartable("Start");
            ScheduleOn(scheduler);
        }

        public void RunSynchronously() { RunSynchronously(TaskScheduler.Current); }

        public void RunSynchronously(TaskScheduler scheduler)
        {
            if (scheduler == null) throw new ArgumentNullException("scheduler");
            CheckStartable("RunSynchronously");
            m_scheduler = scheduler;
            MarkScheduled();
            if (!scheduler.TryRunInline(this, false))
            {
                scheduler.QueueTask(this);
                Wait();
            }
        }

        private void CheckStartable(string what)
        {
            if (m_action == null)
            {
                if (what == "Start") throw new InvalidOperationException("Start may not be called on a promise-style task.");
                throw new InvalidOperationException("RunSynchronously may not be called on a task not bound to a delegate, such as the task returned from an asynchronous method.");
            }
            if (IsCompleted) throw new InvalidOperationException(what + " may not be called on a task that has completed.");
            if ((m_flags & (FlagScheduled | FlagStarted)) != 0 || m_scheduler != null)
            {
                throw new InvalidOperationException(what + " may not be called on a task that was already started.");
            }
            if ((m_options & (TaskCreationOptions)InternalContinuation) != 0)
            {
                throw new InvalidOperationException(what + " may not be called on a continuation task.");
            }
        }

        internal const int InternalContinuation = 0x10000;

        internal void MarkContinuation() { m_options |= (TaskCreationOptions)InternalContinuation; }

        // Called when a continuation's antecedent completed in a way its options exclude.
        internal void CancelContinuation()
        {
            if (!TryClaim()) return;
            m_flags |= FlagDelegateDone;
            CompleteCanceled(new TaskCanceledException());
        }

        internal static bool IsCancellationFor(Exception e, CancellationToken token)
        {
            OperationCanceledException oce = e as OperationCanceledException;
            return oce != null && token.IsCancellationRequested && oce.CancellationToken == token;
        }

        // Outcome of an inner task carried over to an outer one (Run of an async delegate, Unwrap).
        internal static void CopyOutcome(Task inner, Task outer)
        {
            if (inner.IsCanceled) outer.TrySetException(inner.m_exception, true);
            else if (inner.IsFaulted) outer.TrySetExceptions(inner.Exceptions());
            else outer.TrySetCompleted();
        }

        // What `await` does: wait, then throw the original exception, not an AggregateException.
        internal void GetResultForAwait()
        {
            if (!IsCompleted) InternalWait(Timeout.Infinite, default(CancellationToken));
            ThrowIfUnsuccessful();
        }

        internal void ThrowIfUnsuccessful()
        {
            int s = m_state;
            if (s == Faulted) MarkObserved();
            if (s == Faulted || s == Canceled) System.Exception.DispatchThrow(m_exception);
        }

        public TaskAwaiter GetAwaiter() { return new TaskAwaiter(this); }

        public ConfiguredTaskAwaitable ConfigureAwait(bool continueOnCapturedContext) { return new ConfiguredTaskAwaitable(this, continueOnCapturedContext); }

        // An await's continuation: to the captured SynchronizationContext or TaskScheduler when asked and there is
        // one, in the captured ExecutionContext when flowing; if the task completed meanwhile it is queued, not run
        // on this stack.
        internal void SetContinuationForAwait(Action action, bool continueOnCapturedContext, bool flowExecutionContext)
        {
            object continuation = AwaitContinuation.Create(action, continueOnCapturedContext, flowExecutionContext);
            if (TryAddContinuation(continuation)) return;
            TaskContinuation tc = continuation as TaskContinuation;
            if (tc != null) tc.Run(this, false);
            else TaskContinuation.RunAction(action, false);
        }

        private sealed class StateAction
        {
            private readonly Action<object> m_action;
            private readonly object m_state;
            internal StateAction(Action<object> action, object state) { m_action = action; m_state = state; }
            internal void Invoke() { m_action(m_state); }
        }
    }

    public class TaskSchedulerException : Exception
    {
        public TaskSchedulerException() : base("An exception was thrown by a TaskScheduler.") { }
        public TaskSchedulerException(string message) : base(message) { }
        public TaskSchedulerException(Exception innerException) : base("An exception was thrown by a TaskScheduler.", innerException) { }
        public TaskSchedulerException(string message, Exception innerException) : base(message, innerException) { }
    }

    public class TaskCanceledException : OperationCanceledException
    {
        public TaskCanceledException() : base("A task was canceled.") { }
        public TaskCanceledException(string message) : base(message) { }
    }
}
