namespace System.Threading
{
    // .NET's spinning policy: busy-wait a doubling number of normalized yields (Thread.SpinWait, ~37 ns each) up to
    // Thread.OptimalMaxSpinWaitsPerSpinIteration (~272 ns) for the first ten spins, then alternate with yielding the
    // processor (a zero-length sleep every fifth yield), and sleep 1 ms from spin 20 on. On one processor spinning
    // cannot help, so every spin yields.
    public struct SpinWait
    {
        internal const int YieldThreshold = 10;
        private const int Sleep0EveryHowManyYields = 5;
        internal const int DefaultSleep1Threshold = 20;

        // How often the slim primitives spin before they block (SemaphoreSlim four times as often, since its blocking
        // costs more): .NET's SpinCountforSpinBeforeWait, once on one processor, where spinning cannot help.
        internal static int SpinCountforSpinBeforeWait { get { return Environment.ProcessorCount == 1 ? 1 : 35; } }

        private int _count;

        public int Count
        {
            get { return _count; }
            internal set { _count = value; }
        }

        public bool NextSpinWillYield
        {
            get { return _count >= YieldThreshold || Environment.ProcessorCount == 1; }
        }

        public void SpinOnce() { SpinOnceCore(DefaultSleep1Threshold); }

        public void SpinOnce(int sleep1Threshold)
        {
            if (sleep1Threshold < -1)
                throw new ArgumentOutOfRangeException("sleep1Threshold", sleep1Threshold,
                    "Number must be either non-negative and less than or equal to Int32.MaxValue or -1.");
            if (sleep1Threshold >= 0 && sleep1Threshold < YieldThreshold) sleep1Threshold = YieldThreshold;
            SpinOnceCore(sleep1Threshold);
        }

        private void SpinOnceCore(int sleep1Threshold)
        {
            bool sleep1 = _count >= sleep1Threshold && sleep1Threshold >= 0;
            if ((_count >= YieldThreshold && (sleep1 || (_count - YieldThreshold) % 2 == 0)) || Environment.ProcessorCount == 1)
            {
                if (sleep1)
                {
                    Thread.Sleep(1);
                }
                else
                {
                    int yieldsSoFar = _count >= YieldThreshold ? (_count - YieldThreshold) / 2 : _count;
                    if (yieldsSoFar % Sleep0EveryHowManyYields == Sleep0EveryHowManyYields - 1) Thread.Sleep(0);
                    else Thread.Yield();
                }
            }
            else
            {
                int n = Thread.OptimalMaxSpinWaitsPerSpinIteration;
                if (_count <= 30 && (1 << _count) < n) n = 1 << _count;
                Thread.SpinWait(n);
            }
            _count = _count == int.MaxValue ? YieldThreshold : _count + 1;
        }

        public void Reset() { _count = 0; }

        public static void SpinUntil(Func<bool> condition) { SpinUntil(condition, -1); }

        public static bool SpinUntil(Func<bool> condition, TimeSpan timeout)
        {
            long ms = (long)timeout.TotalMilliseconds;
            if (ms < -1 || ms > int.MaxValue)
                throw new ArgumentOutOfRangeException("timeout", timeout,
                    "The timeout must represent a value between -1 and Int32.MaxValue, inclusive.");
            return SpinUntil(condition, (int)ms);
        }

        public static bool SpinUntil(Func<bool> condition, int millisecondsTimeout)
        {
            if (millisecondsTimeout < -1)
                throw new ArgumentOutOfRangeException("millisecondsTimeout", millisecondsTimeout,
                    "The timeout must represent a value between -1 and Int32.MaxValue, inclusive.");
            if (condition == null) throw new ArgumentNullException("condition");
            long start = millisecondsTimeout > 0 ? Environment.TickCount64 : 0;
            SpinWait spinner = default(SpinWait);
            while (!condition())
            {
                if (millisecondsTimeout == 0) return false;
                spinner.SpinOnce();
                // the clock is read only when the next spin yields anyway: short spins stay cheap
                if (millisecondsTimeout != -1 && spinner.NextSpinWillYield
                    && Environment.TickCount64 - start >= millisecondsTimeout)
                    return false;
            }
            return true;
        }
    }
}
