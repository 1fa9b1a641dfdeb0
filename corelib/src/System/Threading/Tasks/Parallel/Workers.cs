namespace System.Threading.Tasks
{
    // Runs one worker function on the calling thread and on up to count - 1 tasks at once, and returns when every
    // worker that started has finished. A queued worker that has not started when the caller is done is claimed by
    // the caller (and so never runs): the loop never waits for a task the thread pool has not got round to, which
    // keeps nested loops and busy pools from deadlocking, and a loop on a scheduler that runs nothing still finishes.
    // The tasks go to the options' TaskScheduler (else the current one), which is TaskScheduler.Current inside them.
    internal sealed class Workers
    {
        private readonly Action m_work;
        private int m_running = 1; // the caller, and every worker that started (under Interlocked)
        private readonly ManualResetEventSlim m_allDone = new ManualResetEventSlim(false);

        private Workers(Action work) { m_work = work; }

        internal static void Run(int count, Action work, TaskScheduler scheduler)
        {
            Workers workers = new Workers(work);
            Claim[] extra = new Claim[count - 1];
            for (int i = 0; i < extra.Length; i++)
            {
                extra[i] = new Claim(workers);
                Task.Factory.StartNew(new Action(extra[i].RunFromTask), CancellationToken.None, TaskCreationOptions.DenyChildAttach, scheduler);
            }
            try { RunCallersShare(work, scheduler); }
            finally
            {
                for (int i = 0; i < extra.Length; i++) extra[i].Cancel();
                workers.Done();
                workers.m_allDone.Wait();
            }
        }

        // As .NET's root task: on a scheduler other than the default, the caller's share runs as a task on it (inline
        // when the scheduler allows), so TaskScheduler.Current is that scheduler in every iteration. Its exception
        // comes out as work threw it.
        private static void RunCallersShare(Action work, TaskScheduler scheduler)
        {
            if (scheduler == TaskScheduler.Default)
            {
                work();
                return;
            }
            Task root = new Task(work);
            try
            {
                root.RunSynchronously(scheduler);
            }
            catch (AggregateException)
            {
                if (!root.IsFaulted) throw;
            }
            root.ThrowIfUnsuccessful();
        }

        private void Done()
        {
            if (Interlocked.Decrement(ref m_running) == 0) m_allDone.Set();
        }

        // One queued worker: whichever comes first, the task that runs it or the caller that cancels it, wins.
        private sealed class Claim
        {
            private readonly Workers m_workers;
            private int m_claimed;

            internal Claim(Workers workers) { m_workers = workers; }

            internal void RunFromTask()
            {
                // counted before claiming, so the caller cannot see zero running while this one is about to start
                Interlocked.Increment(ref m_workers.m_running);
                try
                {
                    if (Interlocked.Exchange(ref m_claimed, 1) == 0) m_workers.m_work();
                }
                finally { m_workers.Done(); }
            }

            internal void Cancel() { Interlocked.Exchange(ref m_claimed, 1); }
        }
    }
}
