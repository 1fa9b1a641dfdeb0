// Interlocked on the volatile flags is a full barrier: the compiler's warning that the reference is not volatile does not apply.
#pragma warning disable 420

namespace System.Threading.Tasks
{
    public class ParallelOptions
    {
        private int m_maxDegree = -1;

        private TaskScheduler m_scheduler = TaskScheduler.Default;

        public ParallelOptions() { }

        public CancellationToken CancellationToken { get; set; }

        // TaskScheduler.Default unless set; null means TaskScheduler.Current when the loop starts.
        public TaskScheduler TaskScheduler { get { return m_scheduler; } set { m_scheduler = value; } }

        // -1: as many workers as there are processors.
        public int MaxDegreeOfParallelism
        {
            get { return m_maxDegree; }
            set
            {
                if (value == 0 || value < -1) throw new ArgumentOutOfRangeException("MaxDegreeOfParallelism");
                m_maxDegree = value;
            }
        }
    }

    public struct ParallelLoopResult
    {
        private readonly bool m_completed;
        private readonly long? m_lowestBreak;

        internal ParallelLoopResult(bool completed, long? lowestBreak)
        {
            m_completed = completed;
            m_lowestBreak = lowestBreak;
        }

        public bool IsCompleted { get { return m_completed; } }

        public long? LowestBreakIteration { get { return m_lowestBreak; } }
    }

    // What a loop body can ask and tell about the whole loop; one per worker, which keeps the iteration it runs.
    public class ParallelLoopState
    {
        private readonly LoopControl m_control;
        private readonly bool m_canBreak;
        internal long CurrentIteration;

        internal ParallelLoopState(LoopControl control, bool canBreak)
        {
            m_control = control;
            m_canBreak = canBreak;
        }

        public bool IsExceptional { get { return m_control.IsExceptional; } }

        public bool IsStopped { get { return m_control.IsStopped; } }

        public long? LowestBreakIteration { get { return m_control.LowestBreakIteration; } }

        // True when this iteration need not go on: the loop stopped, failed, was canceled, or broke before it.
        public bool ShouldExitCurrentIteration { get { return m_control.ShouldExit(CurrentIteration); } }

        // No more iterations start, in any worker.
        public void Stop() { m_control.Stop(); }

        // Iterations after this one need not run; those before it still do.
        public void Break()
        {
            if (!m_canBreak) throw new InvalidOperationException("Break is not supported by loops over partitioners that are not orderable.");
            m_control.Break(CurrentIteration);
        }
    }

    // The state all workers of one loop share: how it ends (stop, break, failure, cancellation) and what it threw.
    internal sealed class LoopControl
    {
        private const int Stopped = 1, Broken = 2, Exceptional = 4, Canceled = 8;

        private volatile int m_flags;
        private long m_lowestBreak = long.MaxValue;
        private readonly object m_lock = new object();
        private System.Collections.Generic.List<Exception> m_exceptions;
        private readonly CancellationToken m_token;
        private CancellationTokenRegistration m_registration;

        internal LoopControl(CancellationToken token)
        {
            m_token = token;
            if (token.CanBeCanceled) m_registration = token.Register(OnCanceled);
        }

        private void OnCanceled() { SetFlag(Canceled); }

        internal bool IsExceptional { get { return (m_flags & Exceptional) != 0; } }

        internal bool IsStopped { get { return (m_flags & Stopped) != 0; } }

        internal long? LowestBreakIteration
        {
            get
            {
                if ((m_flags & Broken) == 0) return null;
                return Volatile.Read(ref m_lowestBreak);
            }
        }

        // Whether iteration `index` (and so every later one) need not run.
        internal bool ShouldExit(long index)
        {
            int flags = m_flags;
            if (flags == 0) return false;
            if ((flags & (Stopped | Exceptional | Canceled)) != 0) return true;
            return index > Volatile.Read(ref m_lowestBreak);
        }

        // Whether any worker should stop taking work at all.
        internal bool ShouldExitLoop { get { return (m_flags & (Stopped | Exceptional | Canceled)) != 0; } }

        internal void Stop()
        {
            if ((m_flags & Broken) != 0) throw new InvalidOperationException("Stop was called after Break was called.");
            SetFlag(Stopped);
        }

        internal void Break(long index)
        {
            if ((m_flags & Stopped) != 0) throw new InvalidOperationException("Break was called after Stop was called.");
            while (true)
            {
                long lowest = Volatile.Read(ref m_lowestBreak);
                if (index >= lowest || Interlocked.CompareExchange(ref m_lowestBreak, index, lowest) == lowest) break;
            }
            SetFlag(Broken);
        }

        internal void Fail(Exception e)
        {
            lock (m_lock)
            {
                if (m_exceptions == null) m_exceptions = new System.Collections.Generic.List<Exception>();
                m_exceptions.Add(e);
            }
            SetFlag(Exceptional);
        }

        private void SetFlag(int flag)
        {
            while (true)
            {
                int flags = m_flags;
                if ((flags & flag) != 0 || Interlocked.CompareExchange(ref m_flags, flags | flag, flags) == flags) return;
            }
        }

        // After every worker has finished: throws what the loop threw, or reports how it ended.
        internal ParallelLoopResult Finish()
        {
            m_registration.Dispose();
            if (m_exceptions != null)
            {
                // a body that threw for the loop's own cancellation: one OperationCanceledException, as .NET does
                if (m_token.IsCancellationRequested && AllCanceledBy(m_token)) throw m_exceptions[0];
                throw new AggregateException(m_exceptions);
            }
            if ((m_flags & Canceled) != 0) throw new OperationCanceledException(m_token);
            return new ParallelLoopResult((m_flags & (Stopped | Broken)) == 0, LowestBreakIteration);
        }

        private bool AllCanceledBy(CancellationToken token)
        {
            foreach (Exception e in m_exceptions)
            {
                OperationCanceledException oce = e as OperationCanceledException;
                if (oce == null || oce.CancellationToken != token) return false;
            }
            return true;
        }
    }
}
