namespace System.Threading.Tasks
{
    // Parallel.For (and ForEach over a list): workers claim chunks of the index range in increasing order and run the
    // body for each index, checking between iterations whether the loop stopped, failed, was canceled or broke before
    // the index. Claiming in order is what makes Break correct: every index below a break was claimed by some worker,
    // which runs it. The body is one of three delegate shapes; the int ones are called directly (no adapter) because
    // For over ints is where the per-iteration cost shows.
    internal sealed class RangeLoop<TLocal>
    {
        private readonly LoopControl m_control;
        private readonly long m_to;
        private readonly long m_chunk;
        private long m_next; // the first index not yet claimed (under Interlocked)
        private TaskScheduler m_scheduler;

        internal Action<int> IntBody;
        internal Action<int, ParallelLoopState> IntStateBody;
        internal Func<int, ParallelLoopState, TLocal, TLocal> IntLocalBody;
        internal Func<long, ParallelLoopState, TLocal, TLocal> LongLocalBody;
        internal Func<TLocal> LocalInit;
        internal Action<TLocal> LocalFinally;

        private RangeLoop(LoopControl control, long from, long to, long chunk)
        {
            m_control = control;
            m_next = from;
            m_to = to;
            m_chunk = chunk;
        }

        internal static RangeLoop<TLocal> Create(long from, long to, ParallelOptions options, out int workers)
        {
            CancellationToken token = options.CancellationToken;
            token.ThrowIfCancellationRequested();
            workers = ParallelWorkers.Count(options);
            long total = to - from;
            long chunk = total / (workers * 16L);
            if (chunk > 16384) chunk = 16384;
            if (chunk < 1) chunk = 1;
            long chunks = (total + chunk - 1) / chunk;
            if (chunks < workers) workers = (int)chunks;
            RangeLoop<TLocal> loop = new RangeLoop<TLocal>(new LoopControl(token), from, to, chunk);
            loop.m_scheduler = ParallelWorkers.Scheduler(options);
            return loop;
        }

        internal ParallelLoopResult Run(int workers)
        {
            Workers.Run(workers, Work, m_scheduler);
            return m_control.Finish();
        }

        // Claims the next chunk; false when the range is used up.
        private bool Claim(out long start, out long end)
        {
            while (true)
            {
                long next = Volatile.Read(ref m_next);
                if (next >= m_to)
                {
                    start = end = 0;
                    return false;
                }
                long after = m_to - next <= m_chunk ? m_to : next + m_chunk;
                if (Interlocked.CompareExchange(ref m_next, after, next) == next)
                {
                    start = next;
                    end = after;
                    return true;
                }
            }
        }

        private void Work()
        {
            LoopControl control = m_control;
            ParallelLoopState state = IntBody == null ? new ParallelLoopState(control, true) : null;
            TLocal local = default(TLocal);
            bool initialized = false;
            try
            {
                long start, end;
                while (!control.ShouldExitLoop && Claim(out start, out end))
                {
                    if (control.ShouldExit(start)) break;
                    if (LocalInit != null && !initialized)
                    {
                        local = LocalInit();
                        initialized = true;
                    }
                    if (!RunChunk(start, end, state, ref local)) break;
                }
            }
            catch (Exception e)
            {
                control.Fail(e);
            }
            finally
            {
                if (initialized && LocalFinally != null)
                {
                    try { LocalFinally(local); }
                    catch (Exception e) { control.Fail(e); }
                }
            }
        }

        // False when the loop should end for this worker.
        private bool RunChunk(long start, long end, ParallelLoopState state, ref TLocal local)
        {
            LoopControl control = m_control;
            if (IntBody != null)
            {
                Action<int> body = IntBody;
                for (int i = (int)start, to = (int)end; i < to; i++)
                {
                    if (control.ShouldExit(i)) return false;
                    body(i);
                }
            }
            else if (IntStateBody != null)
            {
                Action<int, ParallelLoopState> body = IntStateBody;
                for (int i = (int)start, to = (int)end; i < to; i++)
                {
                    if (control.ShouldExit(i)) return false;
                    state.CurrentIteration = i;
                    body(i, state);
                }
            }
            else if (IntLocalBody != null)
            {
                Func<int, ParallelLoopState, TLocal, TLocal> body = IntLocalBody;
                for (int i = (int)start, to = (int)end; i < to; i++)
                {
                    if (control.ShouldExit(i)) return false;
                    state.CurrentIteration = i;
                    local = body(i, state, local);
                }
            }
            else
            {
                Func<long, ParallelLoopState, TLocal, TLocal> body = LongLocalBody;
                for (long i = start; i < end; i++)
                {
                    if (control.ShouldExit(i)) return false;
                    state.CurrentIteration = i;
                    local = body(i, state, local);
                }
            }
            return true;
        }
    }

    internal static class ParallelWorkers
    {
        private static ParallelOptions s_default; // made on first use (a race makes two, harmlessly)

        internal static ParallelOptions Default { get { return s_default ?? (s_default = new ParallelOptions()); } }

        // The caller and the tasks beside it: one per processor, or the degree the options allow, at most the
        // scheduler's MaximumConcurrencyLevel (as .NET's EffectiveMaxConcurrencyLevel).
        internal static int Count(ParallelOptions options)
        {
            int max = options.MaxDegreeOfParallelism;
            int count = max == -1 ? Environment.ProcessorCount : max;
            int level = Scheduler(options).MaximumConcurrencyLevel;
            return level > 0 && level < count ? level : count;
        }

        internal static TaskScheduler Scheduler(ParallelOptions options) { return options.TaskScheduler ?? TaskScheduler.Current; }
    }
}
