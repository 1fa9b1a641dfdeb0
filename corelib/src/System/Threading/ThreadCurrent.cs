using System.Threading.Tasks;

namespace System.Threading
{
    // Everything the pool, tasks and contexts keep per thread, in one place. [ThreadStatic] makes each field
    // per-thread once the compiler supports thread statics; until then they are process-wide, which is right as
    // long as programs run on one thread.
    internal static class ThreadCurrent
    {
        // null: the default context (nothing set, flow not suppressed)
        [ThreadStatic] internal static ExecutionContext ExecutionContext;

        [ThreadStatic] internal static SynchronizationContext SynchronizationContext;

        // The task whose delegate this thread is running: TaskScheduler.Current, parents of attached children.
        [ThreadStatic] internal static Task Task;

        // The local queue of a pool worker (null on other threads).
        [ThreadStatic] internal static ThreadPoolWorkQueue.LocalQueue LocalQueue;

        // Runtime async: the suspension the innermost frame prepared, registered once its chain is linked.
        [ThreadStatic] internal static object PendingSuspension;

        // How many continuations are running inline, one inside the other, on this thread: past a limit they are
        // queued instead, so that a long series of completions does not overflow the stack.
        [ThreadStatic] internal static int InlineDepth;
    }
}
