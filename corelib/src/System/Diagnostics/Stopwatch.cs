using System.Runtime.CompilerServices;

namespace System.Diagnostics
{
    public class Stopwatch
    {
        public static readonly long Frequency = 1000000000L;
        public static readonly bool IsHighResolution = true;

        private long m_started;
        private long m_elapsed;
        private bool m_running;

        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern long GetTimestamp();

        public static Stopwatch StartNew()
        {
            Stopwatch s = new Stopwatch();
            s.Start();
            return s;
        }

        public void Start()
        {
            if (m_running) return;
            m_started = GetTimestamp();
            m_running = true;
        }

        public void Stop()
        {
            if (!m_running) return;
            m_elapsed += GetTimestamp() - m_started;
            m_running = false;
        }

        public void Reset()
        {
            m_elapsed = 0;
            m_running = false;
        }

        public void Restart()
        {
            Reset();
            Start();
        }

        public bool IsRunning { get { return m_running; } }

        public long ElapsedTicks { get { return m_running ? m_elapsed + GetTimestamp() - m_started : m_elapsed; } }

        public long ElapsedMilliseconds { get { return ElapsedTicks / 1000000L; } }

        // Timestamps are nanoseconds; TimeSpan ticks are 100 ns.
        public TimeSpan Elapsed { get { return new TimeSpan(ElapsedTicks / 100); } }

        public static TimeSpan GetElapsedTime(long startingTimestamp) { return GetElapsedTime(startingTimestamp, GetTimestamp()); }

        public static TimeSpan GetElapsedTime(long startingTimestamp, long endingTimestamp) { return new TimeSpan((endingTimestamp - startingTimestamp) / 100); }
    }
}
