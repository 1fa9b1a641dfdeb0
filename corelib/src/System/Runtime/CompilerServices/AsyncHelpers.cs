using System.Threading;
using System.Threading.Tasks;

namespace System.Runtime.CompilerServices
{
    // The runtime-async surface (shared/runtime-async.md §1). Inside runtime-async methods the compiler turns these
    // calls into suspension points; called from ordinary code they throw, as they have nothing to suspend.
    public static class AsyncHelpers
    {
        private static Exception NotInAsync() { return new InvalidOperationException("AsyncHelpers methods may only be called from runtime-async methods."); }

        public static void Await(Task task) { throw NotInAsync(); }
        public static T Await<T>(Task<T> task) { throw NotInAsync(); }
        public static void Await(ValueTask task) { throw NotInAsync(); }
        public static T Await<T>(ValueTask<T> task) { throw NotInAsync(); }
        public static void Await(ConfiguredTaskAwaitable configuredAwaitable) { throw NotInAsync(); }
        public static T Await<T>(ConfiguredTaskAwaitable<T> configuredAwaitable) { throw NotInAsync(); }
        public static void Await(ConfiguredValueTaskAwaitable configuredAwaitable) { throw NotInAsync(); }
        public static T Await<T>(ConfiguredValueTaskAwaitable<T> configuredAwaitable) { throw NotInAsync(); }
        public static void AwaitAwaiter<TAwaiter>(TAwaiter awaiter) where TAwaiter : INotifyCompletion { throw NotInAsync(); }
        public static void UnsafeAwaitAwaiter<TAwaiter>(TAwaiter awaiter) where TAwaiter : ICriticalNotifyCompletion { throw NotInAsync(); }

        // ---- what compiled code calls (the names are the compiler's contract: codegen-llvm AsyncHelperMethods) ----

        // A leaf continuation (runtime-c async.c): the innermost link of a suspended chain. It is typed object so
        // that the objects holding it are scanned by the collector, which keeps the whole chain alive.
        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern object NewLeaf();

        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern void RunChain(object leaf);

        // Awaiting a value: SuspendFor gives the leaf to suspend on, or null when the value is already complete;
        // after resumption (or at once) ResultOf produces the result or throws the original exception. Contexts are
        // captured only here, when the await really suspends: a completed await costs IsCompleted and a branch.
        internal static object SuspendFor(Task task) { return task.IsCompleted ? null : Suspend(new TaskResumer(NewLeaf(), task, true, true)); }
        internal static object SuspendFor<T>(Task<T> task) { return task.IsCompleted ? null : Suspend(new TaskResumer(NewLeaf(), task, true, true)); }
        internal static object SuspendFor(ValueTask task) { return task.IsCompleted ? null : SuspendFor(task._task); }
        internal static object SuspendFor<T>(ValueTask<T> task) { return task.IsCompleted ? null : SuspendFor(task._task); }
        internal static object SuspendFor(ConfiguredTaskAwaitable a) { return SuspendFor(a.m_task, a.m_continueOnCapturedContext); }
        internal static object SuspendFor<T>(ConfiguredTaskAwaitable<T> a) { return SuspendFor(a.m_task, a.m_continueOnCapturedContext); }
        internal static object SuspendFor(ConfiguredValueTaskAwaitable a) { return a.m_value.IsCompleted ? null : SuspendFor(a.m_value._task, a.m_continueOnCapturedContext); }
        internal static object SuspendFor<T>(ConfiguredValueTaskAwaitable<T> a) { return a.m_value.IsCompleted ? null : SuspendFor(a.m_value._task, a.m_continueOnCapturedContext); }

        private static object SuspendFor(Task task, bool continueOnCapturedContext)
        {
            return task.IsCompleted ? null : Suspend(new TaskResumer(NewLeaf(), task, continueOnCapturedContext, true));
        }

        // The transparent awaits of async versions and async-callable thunks (what an ordinary method did by returning
        // its task unawaited): they capture no SynchronizationContext or TaskScheduler themselves; the runtime-async
        // frame awaiting them decides (CaptureContextForVariantAwait).
        internal static object SuspendTransparentlyFor(Task task) { return SuspendTransparently(task); }
        internal static object SuspendTransparentlyFor<T>(Task<T> task) { return SuspendTransparently(task); }
        internal static object SuspendTransparentlyFor(ValueTask task) { return task.IsCompleted ? null : SuspendTransparently(task._task); }
        internal static object SuspendTransparentlyFor<T>(ValueTask<T> task) { return task.IsCompleted ? null : SuspendTransparently(task._task); }

        private static object SuspendTransparently(Task task)
        {
            return task.IsCompleted ? null : Suspend(new TaskResumer(NewLeaf(), task, false, false));
        }

        internal static void ResultOf(Task task) { task.GetResultForAwait(); }
        internal static T ResultOf<T>(Task<T> task) { return task.GetResultForAwait(); }
        internal static void ResultOf(ValueTask task) { task.GetResultForAwait(); }
        internal static T ResultOf<T>(ValueTask<T> task) { return task.GetResultForAwait(); }
        internal static void ResultOf(ConfiguredTaskAwaitable a) { a.m_task.GetResultForAwait(); }
        internal static T ResultOf<T>(ConfiguredTaskAwaitable<T> a) { return a.m_task.GetResultForAwait(); }
        internal static void ResultOf(ConfiguredValueTaskAwaitable a) { a.m_value.GetResultForAwait(); }
        internal static T ResultOf<T>(ConfiguredValueTaskAwaitable<T> a) { return a.m_value.GetResultForAwait(); }

        // AwaitAwaiter / UnsafeAwaitAwaiter: suspend until the awaiter calls back (on the thread and context it
        // chooses: Task.Yield's posts to the captured context or the pool); the IL then calls GetResult itself.
        internal static object SuspendForAwaiter<TAwaiter>(TAwaiter awaiter) where TAwaiter : INotifyCompletion
        {
            if (AwaiterKind<TAwaiter>.IsYield) return Suspend(YieldResumer.Take());
            return Suspend(new AwaiterResumer<TAwaiter>(NewLeaf(), awaiter));
        }

        internal static object UnsafeSuspendForAwaiter<TAwaiter>(TAwaiter awaiter) where TAwaiter : ICriticalNotifyCompletion
        {
            if (AwaiterKind<TAwaiter>.IsYield) return Suspend(YieldResumer.Take());
            return Suspend(new UnsafeAwaiterResumer<TAwaiter>(NewLeaf(), awaiter));
        }

        // Whether an awaiter type is Task.Yield's, decided once per type: comparing the two Type objects on every
        // suspension went through the runtime's type-object table twice per await.
        private static class AwaiterKind<TAwaiter>
        {
            internal static readonly bool IsYield = typeof(TAwaiter) == typeof(YieldAwaitable.YieldAwaiter);
        }

        // What the innermost suspension waits for is registered only once the whole chain of suspended frames is
        // linked, at the point where the chain is handed over (a task-returning thunk, or a resumed frame that
        // suspends again): the wake-up, which may come from another thread at once, must never find a half-built
        // chain. Until then the resumer waits in a per-thread slot.
        private static object Suspend(ChainResumer resumer)
        {
            ThreadCurrent.PendingSuspension = resumer;
            return resumer.m_leaf;
        }

        // A runtime-async frame's await of a callee's variant suspended (compiled code calls this on that cold path
        // only): if the innermost wait captured nothing — a transparent await in an async version or thunk, such as
        // the one behind `await Task.Delay(n)` — the chain resumes in this frame's captured context, unless it said
        // ConfigureAwait(false). The innermost frame that decides wins: the whole chain resumes there.
        internal static void CaptureContextForVariantAwait(int continueOnCapturedContext)
        {
            ChainResumer resumer = (ChainResumer)ThreadCurrent.PendingSuspension;
            if (resumer != null) resumer.Decide(continueOnCapturedContext != 0);
        }

        internal static void CommitSuspension()
        {
            ChainResumer resumer = (ChainResumer)ThreadCurrent.PendingSuspension;
            ThreadCurrent.PendingSuspension = null;
            if (resumer != null) resumer.Register();
        }

        // Around the variant a task-returning thunk runs: as with a classic async method's builder, AsyncLocal writes
        // and SynchronizationContext changes the runtime-async method makes are undone for its caller when it
        // returns, suspends or throws.
        internal static object CurrentExecutionContext() { return ThreadCurrent.ExecutionContext; }

        internal static object CurrentSynchronizationContext() { return ThreadCurrent.SynchronizationContext; }

        internal static void RestoreContexts(object executionContext, object synchronizationContext)
        {
            ThreadCurrent.ExecutionContext = (ExecutionContext)executionContext;
            ThreadCurrent.SynchronizationContext = (SynchronizationContext)synchronizationContext;
        }

        // The task-returning thunk of a runtime-async method: completed synchronously, threw, or suspended (then a
        // pending task that the chain's root continuation completes).
        internal static Task TaskFromResult() { return Task.CompletedTask; }
        internal static Task<T> TaskFromResult<T>(T result) { return Task.FromResult(result); }
        internal static ValueTask ValueTaskFromResult() { return default(ValueTask); }
        internal static ValueTask<T> ValueTaskFromResult<T>(T result) { return new ValueTask<T>(result); }

        // An exception escaping an async method faults its task; OperationCanceledException cancels it.
        internal static Task TaskFromException(Exception e) { Task t = new Task(); t.TrySetException(e); return t; }
        internal static Task<T> TaskFromException<T>(Exception e) { Task<T> t = new Task<T>(); t.TrySetException(e); return t; }
        internal static ValueTask ValueTaskFromException(Exception e) { return new ValueTask(TaskFromException(e)); }
        internal static ValueTask<T> ValueTaskFromException<T>(Exception e) { return new ValueTask<T>(TaskFromException<T>(e)); }

        internal static Task NewPending() { return new Task(); }
        internal static Task<T> NewPending<T>() { return new Task<T>(); }
        internal static Task TaskFromPending(Task task) { return task; }
        internal static Task<T> TaskFromPending<T>(Task<T> task) { return task; }
        internal static ValueTask ValueTaskFromPending(Task task) { return new ValueTask(task); }
        internal static ValueTask<T> ValueTaskFromPending<T>(Task<T> task) { return new ValueTask<T>(task); }

        internal static void Complete(Task task) { task.TrySetCompleted(); }
        internal static void Complete<T>(Task<T> task, T result) { task.TrySetResult(result); }
        internal static void Fail(Task task, Exception exception) { task.TrySetException(exception); }

        // A Main that returns Task or Task<int>: block until it completes; a failure is unhandled.
        internal static int RunMain(Task main)
        {
            main.GetResultForAwait();
            return Environment.ExitCode;
        }

        internal static int RunMain(Task<int> main) { return main.GetResultForAwait(); }

        // Resumes a suspended chain (spec §7): inline on the thread that completed what it awaited, unless a
        // SynchronizationContext or non-default TaskScheduler was captured (then the resumption is posted there), the
        // task asked for asynchronous continuations, or inline resumptions are nested too deep (then it is queued to
        // the pool). Registration happens once, after the chain is linked, and the task runs each continuation once,
        // so a chain is resumed exactly once. The chain runs in the ExecutionContext current when it suspended.
        private abstract class ChainResumer : TaskContinuation, IThreadPoolWorkItem
        {
            internal object m_leaf;
            private ExecutionContext m_context;
            private SynchronizationContext m_sync;
            private TaskScheduler m_scheduler;
            private bool m_decided;

            // decided: whether this wait's own await chose (an AsyncHelpers.Await, an awaiter); a transparent await
            // leaves the choice to the first awaiting frame (Decide).
            protected ChainResumer(object leaf, bool captureContext, bool decided)
            {
                Start(leaf, captureContext, decided);
            }

            // A new wait (a reused resumer starts over: YieldResumer).
            protected void Start(object leaf, bool captureContext, bool decided)
            {
                m_leaf = leaf;
                m_context = ExecutionContext.CaptureForFlow();
                m_sync = null;
                m_scheduler = null;
                m_decided = false;
                if (decided) Decide(captureContext);
            }

            // After the pool ran it (Execute): what it held is not kept alive by a resumer waiting to be reused.
            protected void Forget()
            {
                m_leaf = null;
                m_context = null;
            }

            internal void Decide(bool captureContext)
            {
                if (m_decided) return;
                m_decided = true;
                if (!captureContext) return;
                m_sync = SynchronizationContext.CurrentForCapture();
                if (m_sync != null) return;
                TaskScheduler scheduler = TaskScheduler.InternalCurrent;
                if (scheduler != null && scheduler != TaskScheduler.Default) m_scheduler = scheduler;
            }

            internal abstract void Register();

            // From the awaited task: with no context captured, inline only where .NET would inline an await's
            // continuation (IsValidLocationForInlining).
            internal override void Run(Task completed, bool canInline) { Dispatch(canInline, true); }

            protected void Dispatch(bool canInline) { Dispatch(canInline, false); }

            private void Dispatch(bool canInline, bool fromTask)
            {
                if (m_sync != null)
                {
                    if (CanRunInline(canInline) && ThreadCurrent.SynchronizationContext == m_sync) ResumeInline();
                    else m_sync.Post(new SendOrPostCallback(Posted), null);
                }
                else if (m_scheduler != null)
                {
                    Task.Factory.StartNew(new Action(Resume), CancellationToken.None, TaskCreationOptions.None, m_scheduler);
                }
                else if (CanRunInline(canInline) && (!fromTask || IsValidLocationForInlining))
                {
                    ResumeInline();
                }
                else
                {
                    ThreadPoolWorkQueue.Enqueue(this, true);
                }
            }

            private void Posted(object state) { Resume(); }

            // Only the pool calls it, once per wait: it took the item from its queue and holds it no more.
            public void Execute()
            {
                Resume();
                Executed();
            }

            protected virtual void Executed() { }

            private void ResumeInline()
            {
                ThreadCurrent.InlineDepth++;
                try
                {
                    Resume();
                }
                finally
                {
                    ThreadCurrent.InlineDepth--;
                }
            }

            private void Resume()
            {
                ExecutionContext savedContext = ThreadCurrent.ExecutionContext;
                SynchronizationContext savedSync = ThreadCurrent.SynchronizationContext;
                ThreadCurrent.ExecutionContext = m_context;
                try
                {
                    RunChain(m_leaf);
                }
                finally
                {
                    ThreadCurrent.ExecutionContext = savedContext;
                    ThreadCurrent.SynchronizationContext = savedSync;
                }
            }

            // An awaiter's callback: the awaiter chose the thread.
            protected void Woken() { Dispatch(true); }
        }

        private sealed class TaskResumer : ChainResumer
        {
            private readonly Task m_task;
            internal TaskResumer(object leaf, Task task, bool captureContext, bool decided) : base(leaf, captureContext, decided) { m_task = task; }

            // Completed before the chain was linked: resume from the pool rather than on this stack.
            internal override void Register()
            {
                if (!m_task.TryAddContinuation(this)) Dispatch(false);
            }
        }

        // Task.Yield, awaited without its awaiter's detour through a delegate: the resumer itself is what is posted to
        // the captured context or queued to the pool (where YieldAwaiter would send its continuation). Once the pool
        // ran it, nothing refers to it (the queue cleared its slot, the chain's frames never held it), so the thread
        // keeps it for its next yield: a loop of yields on the pool allocates no resumers, as .NET queues an async
        // method's box itself for Task.Yield. One spare per thread: a worker runs one resumer while the chain takes
        // the spare for its next yield, then keeps the one it ran. A resumer posted to a context or scheduler goes
        // through a delegate the context may still hold, and is never reused.
        private sealed class YieldResumer : ChainResumer
        {
            [ThreadStatic] private static YieldResumer t_spare;

            private YieldResumer(object leaf) : base(leaf, true, true) { }

            internal static YieldResumer Take()
            {
                YieldResumer spare = t_spare;
                if (spare == null) return new YieldResumer(NewLeaf());
                t_spare = null;
                spare.Start(NewLeaf(), true, true);
                return spare;
            }

            internal override void Register() { Dispatch(false); }

            protected override void Executed()
            {
                Forget();
                t_spare = this;
            }
        }

        private sealed class AwaiterResumer<TAwaiter> : ChainResumer where TAwaiter : INotifyCompletion
        {
            private readonly TAwaiter m_awaiter;
            internal AwaiterResumer(object leaf, TAwaiter awaiter) : base(leaf, false, true) { m_awaiter = awaiter; }
            internal override void Register() { m_awaiter.OnCompleted(new Action(Woken)); }
        }

        private sealed class UnsafeAwaiterResumer<TAwaiter> : ChainResumer where TAwaiter : ICriticalNotifyCompletion
        {
            private readonly TAwaiter m_awaiter;
            internal UnsafeAwaiterResumer(object leaf, TAwaiter awaiter) : base(leaf, false, true) { m_awaiter = awaiter; }
            internal override void Register() { m_awaiter.UnsafeOnCompleted(new Action(Woken)); }
        }
    }
}
