using System.Runtime.CompilerServices;

namespace System.Threading.Tasks
{
    // A unit of queued work that is not a delegate (saves allocating one per resumption).
    internal abstract class WorkItem
    {
        internal abstract void Execute();
    }

    // The run loop: a queue of work items and a heap of timers, on the program's one thread. Blocking waits
    // (Task.Wait, .Result, GetAwaiter().GetResult()) run the loop until what they wait for completes.
    internal static class Scheduler
    {
        private static object[] s_queue = new object[16]; // Actions and WorkItems
        private static int s_head;
        private static int s_count;

        private static long[] s_timerDue = new long[8];
        private static long[] s_timerOrder = new long[8];
        private static Action[] s_timerAction = new Action[8];
        private static int s_timerCount;
        private static long s_timerSequence;

        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern long NowMilliseconds();

        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern void SleepMilliseconds(long milliseconds);

        internal static void Queue(Action work) { Enqueue(work); }

        internal static void Queue(WorkItem work) { Enqueue(work); }

        private static void Enqueue(object work)
        {
            if (s_count == s_queue.Length)
            {
                object[] bigger = new object[s_queue.Length * 2];
                for (int i = 0; i < s_count; i++) bigger[i] = s_queue[(s_head + i) % s_queue.Length];
                s_queue = bigger;
                s_head = 0;
            }
            s_queue[(s_head + s_count) % s_queue.Length] = work;
            s_count++;
        }

        internal static void AddTimer(int milliseconds, Action action)
        {
            if (s_timerCount == s_timerDue.Length)
            {
                int n = s_timerDue.Length * 2;
                long[] due = new long[n];
                long[] order = new long[n];
                Action[] actions = new Action[n];
                for (int i = 0; i < s_timerCount; i++) { due[i] = s_timerDue[i]; order[i] = s_timerOrder[i]; actions[i] = s_timerAction[i]; }
                s_timerDue = due;
                s_timerOrder = order;
                s_timerAction = actions;
            }
            int at = s_timerCount++;
            s_timerDue[at] = NowMilliseconds() + milliseconds;
            s_timerOrder[at] = s_timerSequence++;
            s_timerAction[at] = action;
            while (at > 0)
            {
                int parent = (at - 1) / 2;
                if (!Earlier(at, parent)) break;
                SwapTimers(at, parent);
                at = parent;
            }
        }

        // Timers due at the same time fire in the order they were created.
        private static bool Earlier(int a, int b)
        {
            return s_timerDue[a] < s_timerDue[b] || (s_timerDue[a] == s_timerDue[b] && s_timerOrder[a] < s_timerOrder[b]);
        }

        private static void SwapTimers(int a, int b)
        {
            long d = s_timerDue[a]; s_timerDue[a] = s_timerDue[b]; s_timerDue[b] = d;
            long o = s_timerOrder[a]; s_timerOrder[a] = s_timerOrder[b]; s_timerOrder[b] = o;
            Action x = s_timerAction[a]; s_timerAction[a] = s_timerAction[b]; s_timerAction[b] = x;
        }

        private static Action PopTimer()
        {
            Action first = s_timerAction[0];
            s_timerCount--;
            s_timerDue[0] = s_timerDue[s_timerCount];
            s_timerOrder[0] = s_timerOrder[s_timerCount];
            s_timerAction[0] = s_timerAction[s_timerCount];
            s_timerAction[s_timerCount] = null;
            int at = 0;
            while (true)
            {
                int left = 2 * at + 1, right = left + 1, smallest = at;
                if (left < s_timerCount && Earlier(left, smallest)) smallest = left;
                if (right < s_timerCount && Earlier(right, smallest)) smallest = right;
                if (smallest == at) break;
                SwapTimers(at, smallest);
                at = smallest;
            }
            return first;
        }

        // Runs one piece of work: a queued item, else the next timer (sleeping until it is due). False when idle.
        private static bool RunOne()
        {
            if (s_count > 0)
            {
                object work = s_queue[s_head];
                s_queue[s_head] = null;
                s_head = (s_head + 1) % s_queue.Length;
                s_count--;
                Action action = work as Action;
                if (action != null) action();
                else ((WorkItem)work).Execute();
                return true;
            }
            if (s_timerCount > 0)
            {
                long wait = s_timerDue[0] - NowMilliseconds();
                if (wait > 0) SleepMilliseconds(wait);
                PopTimer()();
                return true;
            }
            return false;
        }

        internal static void RunUntilCompleted(Task task)
        {
            while (!task.IsCompleted)
            {
                if (!RunOne()) throw new InvalidOperationException("Deadlock: waiting for a task that nothing can complete.");
            }
        }

        internal static void RunUntilEither(Task a, Task b)
        {
            while (!a.IsCompleted && !b.IsCompleted)
            {
                if (!RunOne()) return;
            }
        }

        // After Main returns: finish queued work and timers, as pending async work would on .NET only while
        // foreground threads live (Kiln's loop thread is the main thread).
        internal static void Drain()
        {
            while (s_count > 0) RunOne();
        }
    }
}
