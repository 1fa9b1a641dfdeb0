namespace System.Threading
{
    public delegate void TimerCallback(object state);

    // A callback run on the thread pool after a due time, then every period (Timeout.Infinite: never again). Each
    // firing runs in the ExecutionContext of the timer's creator.
    public sealed class Timer : IDisposable
    {
        private readonly Firing m_firing;
        private bool m_disposed;

        public Timer(TimerCallback callback) : this(callback, null, Timeout.Infinite, Timeout.Infinite, true) { }

        public Timer(TimerCallback callback, object state, int dueTime, int period) : this(callback, state, dueTime, period, true) { }

        public Timer(TimerCallback callback, object state, long dueTime, long period) : this(callback, state, CheckedTime(dueTime, "dueTime"), CheckedTime(period, "period"), true) { }

        public Timer(TimerCallback callback, object state, uint dueTime, uint period) : this(callback, state, UnsignedTime(dueTime), UnsignedTime(period), true) { }

        public Timer(TimerCallback callback, object state, TimeSpan dueTime, TimeSpan period) : this(callback, state, Milliseconds(dueTime, "dueTime"), Milliseconds(period, "period"), true) { }

        private Timer(TimerCallback callback, object state, long dueTime, long period, bool checkedArguments)
        {
            if (callback == null) throw new ArgumentNullException("callback");
            CheckTime(dueTime, "dueTime");
            CheckTime(period, "period");
            m_firing = new Firing(callback, state, ExecutionContext.CaptureForFlow());
            Arm(dueTime, period);
        }

        public bool Change(int dueTime, int period) { return Change((long)dueTime, (long)period); }

        public bool Change(uint dueTime, uint period) { return Change(UnsignedTime(dueTime), UnsignedTime(period)); }

        public bool Change(TimeSpan dueTime, TimeSpan period) { return Change(Milliseconds(dueTime, "dueTime"), Milliseconds(period, "period")); }

        public bool Change(long dueTime, long period)
        {
            CheckTime(dueTime, "dueTime");
            CheckTime(period, "period");
            if (m_disposed) throw new ObjectDisposedException(null, "Cannot access a disposed object.");
            Arm(dueTime, period);
            return true;
        }

        private void Arm(long dueTime, long period)
        {
            m_firing.m_period = period == Timeout.Infinite || period == 0 ? -1 : period;
            if (dueTime == Timeout.Infinite) TimerQueue.Unschedule(m_firing);
            else TimerQueue.Schedule(m_firing, dueTime);
        }

        public void Dispose()
        {
            if (m_disposed) return;
            m_disposed = true;
            TimerQueue.Unschedule(m_firing);
        }

        private static void CheckTime(long value, string name)
        {
            if (value < -1) throw new ArgumentOutOfRangeException(name, "Number must be either non-negative and less than or equal to Int32.MaxValue or -1.");
            if (value > 0xfffffffeL) throw new ArgumentOutOfRangeException(name, "Time-out interval must be less than 2^32-2.");
        }

        private static long CheckedTime(long value, string name) { CheckTime(value, name); return value; }

        private static long UnsignedTime(uint value) { return value == uint.MaxValue ? -1 : (long)value; }

        private static long Milliseconds(TimeSpan value, string name) { return (long)value.TotalMilliseconds; }

        private sealed class Firing : TimerQueueTimer
        {
            private readonly TimerCallback m_callback;
            private readonly object m_state;
            private readonly ExecutionContext m_context;

            internal Firing(TimerCallback callback, object state, ExecutionContext context)
            {
                m_callback = callback;
                m_state = state;
                m_context = context;
            }

            public override void Execute()
            {
                ThreadCurrent.ExecutionContext = m_context;
                m_callback(m_state);
            }
        }
    }
}
