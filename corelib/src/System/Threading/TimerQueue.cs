namespace System.Threading
{
    // All timers of the process: a heap ordered by due time (then by creation, so timers due together fire in the
    // order they were made) served by one background thread, which queues each firing to the thread pool, as .NET's
    // TimerQueue does. Changing or disposing a timer does not search the heap: the timer's version moves on and the
    // entries of older versions are dropped when they come up.
    internal static class TimerQueue
    {
        private static readonly LowLevelMonitor s_monitor = new LowLevelMonitor();
        private static long[] s_due = new long[16];
        private static long[] s_order = new long[16];
        private static TimerQueueTimer[] s_timers = new TimerQueueTimer[16];
        private static int[] s_versions = new int[16];
        private static int s_count;
        private static long s_sequence;
        private static int s_threadStarted;

        // Schedules timer's next firing dueTime milliseconds from now (its version at this moment).
        internal static void Schedule(TimerQueueTimer timer, long dueTime)
        {
            s_monitor.Acquire();
            int version = ++timer.m_version;
            Push(LowLevelMonitor.Now + dueTime, timer, version);
            s_monitor.Signal(); // the thread may be sleeping towards a later timer
            s_monitor.Release();
            EnsureThread();
        }

        // Drops timer's pending firing, if any.
        internal static void Unschedule(TimerQueueTimer timer)
        {
            s_monitor.Acquire();
            timer.m_version++;
            s_monitor.Release();
        }

        private static void EnsureThread()
        {
            if (s_threadStarted != 0 || Interlocked.CompareExchange(ref s_threadStarted, 1, 0) != 0) return;
            BackgroundThreads.Start(new Action(TimerLoop), ".NET Timer");
        }

        private static void TimerLoop()
        {
            while (true)
            {
                s_monitor.Acquire();
                long wait = FireDueLocked();
                if (wait != 0) s_monitor.Wait(wait > int.MaxValue ? int.MaxValue : (int)wait);
                s_monitor.Release();
            }
        }

        private static long FireDueLocked()
        {
            long now = LowLevelMonitor.Now;
            while (s_count > 0)
            {
                if (s_due[0] > now) return s_due[0] - now;
                TimerQueueTimer timer = s_timers[0];
                int version = s_versions[0];
                Pop();
                if (timer.m_version != version) continue; // changed or disposed since
                if (timer.m_period >= 0) Push(now + timer.m_period, timer, version);
                ThreadPoolWorkQueue.Enqueue(timer, false);
            }
            return -1;
        }

        private static void Push(long due, TimerQueueTimer timer, int version)
        {
            if (s_count == s_due.Length) Grow();
            int at = s_count++;
            s_due[at] = due;
            s_order[at] = s_sequence++;
            s_timers[at] = timer;
            s_versions[at] = version;
            while (at > 0)
            {
                int parent = (at - 1) / 2;
                if (!Earlier(at, parent)) break;
                Swap(at, parent);
                at = parent;
            }
        }

        private static void Pop()
        {
            s_count--;
            Move(s_count, 0);
            s_timers[s_count] = null;
            int at = 0;
            while (true)
            {
                int left = 2 * at + 1, right = left + 1, smallest = at;
                if (left < s_count && Earlier(left, smallest)) smallest = left;
                if (right < s_count && Earlier(right, smallest)) smallest = right;
                if (smallest == at) return;
                Swap(at, smallest);
                at = smallest;
            }
        }

        private static bool Earlier(int a, int b)
        {
            return s_due[a] < s_due[b] || (s_due[a] == s_due[b] && s_order[a] < s_order[b]);
        }

        private static void Move(int from, int to)
        {
            s_due[to] = s_due[from];
            s_order[to] = s_order[from];
            s_timers[to] = s_timers[from];
            s_versions[to] = s_versions[from];
        }

        private static void Swap(int a, int b)
        {
            long d = s_due[a]; s_due[a] = s_due[b]; s_due[b] = d;
            long o = s_order[a]; s_order[a] = s_order[b]; s_order[b] = o;
            TimerQueueTimer t = s_timers[a]; s_timers[a] = s_timers[b]; s_timers[b] = t;
            int v = s_versions[a]; s_versions[a] = s_versions[b]; s_versions[b] = v;
        }

        private static void Grow()
        {
            int n = s_due.Length * 2;
            long[] due = new long[n];
            long[] order = new long[n];
            TimerQueueTimer[] timers = new TimerQueueTimer[n];
            int[] versions = new int[n];
            for (int i = 0; i < s_count; i++) { due[i] = s_due[i]; order[i] = s_order[i]; timers[i] = s_timers[i]; versions[i] = s_versions[i]; }
            s_due = due;
            s_order = order;
            s_timers = timers;
            s_versions = versions;
        }
    }

    // One timer of the queue: what runs on the pool when it fires, and its period (-1: once).
    internal abstract class TimerQueueTimer : IThreadPoolWorkItem
    {
        internal int m_version;   // guarded by the queue's lock
        internal long m_period = -1;

        public abstract void Execute();
    }
}
