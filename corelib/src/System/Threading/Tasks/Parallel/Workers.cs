namespace System.Threading.Tasks
{
    // Runs one worker function on the calling thread and on up to count - 1 tasks at once, and returns when every
    // worker that started has finished. A queued worker that has not started when the caller is done is claimed by
    // the caller (and so never runs): the loop never waits for a task the thread pool has not got round to, which
    // keeps nested loops and busy pools from deadlocking.
    internal sealed class Workers
    {
        private readonly Action m_work;
        private int m_running = 1; // the caller, and every worker that started (under Interlocked)
        private readonly ManualResetEventSlim m_allDone = new ManualResetEventSlim(false);

        private Workers(Action work) { m_work = work; }

        internal static void Run(int count, Action work)
        {
            Workers workers = new Workers(work);
            Claim[] extra = new Claim[count - 1];
            for (int i = 0; i < extra.Length; i++)
            {
                extra[i] = new Claim(workers);
                Task.Run(new Action(extra[i].RunFromTask));
            }
            try { work(); }
            finally
            {
                for (int i = 0; i < extra.Length; i++) extra[i].Cancel();
                workers.Done();
                workers.m_allDone.Wait();
            }
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
