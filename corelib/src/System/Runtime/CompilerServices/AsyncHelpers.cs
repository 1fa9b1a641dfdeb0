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
        // after resumption (or at once) ResultOf produces the result or throws the original exception.
        internal static object SuspendFor(Task task) { return task.IsCompleted ? null : Suspend(new TaskResumer(NewLeaf(), task)); }
        internal static object SuspendFor<T>(Task<T> task) { return task.IsCompleted ? null : Suspend(new TaskResumer(NewLeaf(), task)); }
        internal static object SuspendFor(ValueTask task) { return task.IsCompleted ? null : SuspendFor(task._task); }
        internal static object SuspendFor<T>(ValueTask<T> task) { return task.IsCompleted ? null : SuspendFor(task._task); }
        internal static object SuspendFor(ConfiguredTaskAwaitable a) { return SuspendFor(a.m_task); }
        internal static object SuspendFor<T>(ConfiguredTaskAwaitable<T> a) { return SuspendFor(a.m_task); }
        internal static object SuspendFor(ConfiguredValueTaskAwaitable a) { return SuspendFor(a.m_value); }
        internal static object SuspendFor<T>(ConfiguredValueTaskAwaitable<T> a) { return SuspendFor(a.m_value); }

        internal static void ResultOf(Task task) { task.GetResultForAwait(); }
        internal static T ResultOf<T>(Task<T> task) { return task.GetResultForAwait(); }
        internal static void ResultOf(ValueTask task) { task.GetResultForAwait(); }
        internal static T ResultOf<T>(ValueTask<T> task) { return task.GetResultForAwait(); }
        internal static void ResultOf(ConfiguredTaskAwaitable a) { a.m_task.GetResultForAwait(); }
        internal static T ResultOf<T>(ConfiguredTaskAwaitable<T> a) { return a.m_task.GetResultForAwait(); }
        internal static void ResultOf(ConfiguredValueTaskAwaitable a) { a.m_value.GetResultForAwait(); }
        internal static T ResultOf<T>(ConfiguredValueTaskAwaitable<T> a) { return a.m_value.GetResultForAwait(); }

        // AwaitAwaiter / UnsafeAwaitAwaiter: suspend until the awaiter calls back; the IL then calls GetResult itself.
        internal static object SuspendForAwaiter<TAwaiter>(TAwaiter awaiter) where TAwaiter : INotifyCompletion
        {
            return Suspend(new AwaiterResumer<TAwaiter>(NewLeaf(), awaiter));
        }

        internal static object UnsafeSuspendForAwaiter<TAwaiter>(TAwaiter awaiter) where TAwaiter : ICriticalNotifyCompletion
        {
            return Suspend(new UnsafeAwaiterResumer<TAwaiter>(NewLeaf(), awaiter));
        }

        // What the innermost suspension waits for is registered only once the whole chain of suspended frames is
        // linked, at the point where the chain is handed over (a task-returning thunk, or a resumed frame that
        // suspends again): the wake-up must never find a half-built chain, which matters once it can come from
        // another thread (then this becomes a per-thread slot).
        private static ChainResumer s_pending;

        private static object Suspend(ChainResumer resumer)
        {
            s_pending = resumer;
            return resumer.m_leaf;
        }

        internal static void CommitSuspension()
        {
            ChainResumer resumer = s_pending;
            s_pending = null;
            if (resumer != null) resumer.Register();
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

        // A Main that returns Task or Task<int>: run the loop until it completes; a failure is unhandled.
        internal static int RunMain(Task main)
        {
            main.GetResultForAwait();
            return Environment.ExitCode;
        }

        internal static int RunMain(Task<int> main) { return main.GetResultForAwait(); }

        // Resumes a suspended chain from the scheduler's loop, never from inside the completion that woke it, so
        // that a long chain of awaits does not grow the native stack.
        private abstract class ChainResumer : WorkItem
        {
            internal readonly object m_leaf;
            protected ChainResumer(object leaf) { m_leaf = leaf; }

            internal abstract void Register();

            internal void Queue() { Scheduler.Queue(this); }

            internal override void Execute() { RunChain(m_leaf); }
        }

        private sealed class TaskResumer : ChainResumer
        {
            private readonly Task m_task;
            internal TaskResumer(object leaf, Task task) : base(leaf) { m_task = task; }
            internal override void Register() { m_task.OnCompleted(this); }
        }

        private sealed class AwaiterResumer<TAwaiter> : ChainResumer where TAwaiter : INotifyCompletion
        {
            private readonly TAwaiter m_awaiter;
            internal AwaiterResumer(object leaf, TAwaiter awaiter) : base(leaf) { m_awaiter = awaiter; }
            internal override void Register() { m_awaiter.OnCompleted(Queue); }
        }

        private sealed class UnsafeAwaiterResumer<TAwaiter> : ChainResumer where TAwaiter : ICriticalNotifyCompletion
        {
            private readonly TAwaiter m_awaiter;
            internal UnsafeAwaiterResumer(object leaf, TAwaiter awaiter) : base(leaf) { m_awaiter = awaiter; }
            internal override void Register() { m_awaiter.UnsafeOnCompleted(Queue); }
        }
    }
}
