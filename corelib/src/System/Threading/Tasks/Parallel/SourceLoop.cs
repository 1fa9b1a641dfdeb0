using System.Collections.Generic;

namespace System.Threading.Tasks
{
    // Parallel.ForEach over an enumerable or a partitioner: each worker enumerates its own partition — all of them
    // drawing from one shared source — with each element's index (its key) for Break.
    internal sealed class SourceLoop<TSource, TLocal>
    {
        private readonly LoopControl m_control;
        private readonly IEnumerable<KeyValuePair<long, TSource>> m_keyed;   // orderable sources
        private readonly IEnumerable<TSource> m_plain;                       // partitioners without keys
        internal Func<TSource, ParallelLoopState, long, TLocal, TLocal> Body;
        internal Func<TLocal> LocalInit;
        internal Action<TLocal> LocalFinally;

        internal SourceLoop(LoopControl control, IEnumerable<KeyValuePair<long, TSource>> keyed, IEnumerable<TSource> plain)
        {
            m_control = control;
            m_keyed = keyed;
            m_plain = plain;
        }

        internal ParallelLoopResult Run(int workers, TaskScheduler scheduler)
        {
            Workers.Run(workers, Work, scheduler);
            return m_control.Finish();
        }

        private void Work()
        {
            LoopControl control = m_control;
            ParallelLoopState state = new ParallelLoopState(control, m_keyed != null);
            TLocal local = default(TLocal);
            bool initialized = false;
            try
            {
                if (m_keyed != null)
                {
                    using (IEnumerator<KeyValuePair<long, TSource>> e = m_keyed.GetEnumerator())
                    {
                        if (e == null) throw new InvalidOperationException("The Partitioner source returned a null enumerator.");
                        while (!control.ShouldExitLoop && e.MoveNext())
                        {
                            KeyValuePair<long, TSource> pair = e.Current;
                            if (control.ShouldExit(pair.Key)) break;
                            if (LocalInit != null && !initialized)
                            {
                                local = LocalInit();
                                initialized = true;
                            }
                            state.CurrentIteration = pair.Key;
                            local = Body(pair.Value, state, pair.Key, local);
                        }
                    }
                }
                else
                {
                    using (IEnumerator<TSource> e = m_plain.GetEnumerator())
                    {
                        if (e == null) throw new InvalidOperationException("The Partitioner source returned a null enumerator.");
                        while (!control.ShouldExitLoop && e.MoveNext())
                        {
                            if (LocalInit != null && !initialized)
                            {
                                local = LocalInit();
                                initialized = true;
                            }
                            local = Body(e.Current, state, -1, local);
                        }
                    }
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
    }
}
