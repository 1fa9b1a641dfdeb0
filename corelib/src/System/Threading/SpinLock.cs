namespace System.Threading
{
    // A lock that never blocks in the kernel: it spins (SpinWait) until the holder leaves. One int holds its state:
    // with owner tracking (the default, also of default(SpinLock)) the owner's managed thread id or 0; without it, the
    // high bit set and bit 0 for "held". Not re-entrant: with tracking, entering twice throws LockRecursionException.
    public struct SpinLock
    {
        private const int TrackingDisabled = unchecked((int)0x80000000);
        private const int AnonymousOwned = 1;
        private const string TimeoutMessage = "The timeout must be a value between -1 and Int32.MaxValue, inclusive.";

        private volatile int _owner;

        public SpinLock(bool enableThreadOwnerTracking)
        {
            _owner = enableThreadOwnerTracking ? 0 : TrackingDisabled;
        }

        public bool IsThreadOwnerTrackingEnabled
        {
            get { return (_owner & TrackingDisabled) == 0; }
        }

        public bool IsHeld
        {
            get { return IsThreadOwnerTrackingEnabled ? _owner != 0 : (_owner & AnonymousOwned) != 0; }
        }

        public bool IsHeldByCurrentThread
        {
            get
            {
                if (!IsThreadOwnerTrackingEnabled) throw new InvalidOperationException("Thread tracking is disabled.");
                return _owner == Environment.CurrentManagedThreadId;
            }
        }

        public void Enter(ref bool lockTaken) { TryEnter(-1, ref lockTaken); }

        public void TryEnter(ref bool lockTaken) { TryEnter(0, ref lockTaken); }

        public void TryEnter(TimeSpan timeout, ref bool lockTaken)
        {
            long ms = (long)timeout.TotalMilliseconds;
            if (ms < -1 || ms > int.MaxValue) throw new ArgumentOutOfRangeException("timeout", timeout, TimeoutMessage);
            TryEnter((int)ms, ref lockTaken);
        }

        public void TryEnter(int millisecondsTimeout, ref bool lockTaken)
        {
            if (lockTaken)
            {
                lockTaken = false;
                throw new ArgumentException("The tookLock argument must be set to false before calling this method.");
            }
            if (millisecondsTimeout < -1)
                throw new ArgumentOutOfRangeException("millisecondsTimeout", millisecondsTimeout, TimeoutMessage);
            int free, taken;
            if (IsThreadOwnerTrackingEnabled)
            {
                free = 0;
                taken = Environment.CurrentManagedThreadId;
                if (_owner == taken) throw new LockRecursionException("The calling thread already holds the lock.");
            }
            else
            {
                free = TrackingDisabled;
                taken = TrackingDisabled | AnonymousOwned;
            }
            if (TryTake(free, taken, ref lockTaken) || millisecondsTimeout == 0) return;
            long start = millisecondsTimeout > 0 ? Environment.TickCount64 : 0;
            SpinWait spinner = default(SpinWait);
            while (true)
            {
                spinner.SpinOnce();
                // read before the compare-exchange: spinning on a plain load keeps the cache line shared
                if (_owner == free && TryTake(free, taken, ref lockTaken)) return;
                if (millisecondsTimeout != -1 && spinner.NextSpinWillYield
                    && Environment.TickCount64 - start >= millisecondsTimeout)
                    return;
            }
        }

#pragma warning disable 420 // Interlocked on a volatile field: the exchange is a full fence anyway
        private bool TryTake(int free, int taken, ref bool lockTaken)
        {
            if (Interlocked.CompareExchange(ref _owner, taken, free) != free) return false;
            lockTaken = true;
            return true;
        }

        public void Exit() { Exit(true); }

        // useMemoryBarrier: a full fence (an exchange) instead of the volatile store's release, so that the release is
        // visible to other processors at once.
        public void Exit(bool useMemoryBarrier)
        {
            int free;
            if (IsThreadOwnerTrackingEnabled)
            {
                if (_owner != Environment.CurrentManagedThreadId)
                    throw new SynchronizationLockException("The calling thread does not hold the lock.");
                free = 0;
            }
            else
            {
                free = TrackingDisabled;
            }
            if (useMemoryBarrier) Interlocked.Exchange(ref _owner, free);
            else _owner = free;
        }
#pragma warning restore 420
    }
}
