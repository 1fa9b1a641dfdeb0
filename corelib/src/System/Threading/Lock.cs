namespace System.Threading
{
    // .NET 9's dedicated lock type; C# 13 compiles `lock` on a Lock to `using (l.EnterScope())`. It is re-entrant like
    // Monitor and sits on the same runtime table, keyed by an object of its own so that Monitor.Enter on the Lock
    // instance itself stays a separate lock, as in .NET.
    public sealed class Lock
    {
        private readonly object _key = new object();

        public bool IsHeldByCurrentThread { get { return Monitor.IsEntered(_key); } }

        public void Enter() { Monitor.Enter(_key); }

        public bool TryEnter() { return Monitor.TryEnter(_key); }

        public bool TryEnter(int millisecondsTimeout)
        {
            if (millisecondsTimeout < -1)
                throw new ArgumentOutOfRangeException("millisecondsTimeout", millisecondsTimeout,
                    "Number must be either non-negative and less than or equal to Int32.MaxValue or -1.");
            return Monitor.TryEnter(_key, millisecondsTimeout);
        }

        public bool TryEnter(TimeSpan timeout)
        {
            long ms = (long)timeout.TotalMilliseconds;
            if (ms < -1 || ms > int.MaxValue)
                throw new ArgumentOutOfRangeException("timeout", timeout,
                    "Number must be either non-negative and less than or equal to Int32.MaxValue or -1.");
            return Monitor.TryEnter(_key, (int)ms);
        }

        public void Exit()
        {
            if (!Monitor.IsEntered(_key))
                throw new SynchronizationLockException("The calling thread does not hold the lock.");
            Monitor.Exit(_key);
        }

        public Scope EnterScope()
        {
            Enter();
            return new Scope(this);
        }

        // A ref struct in .NET; mcs cannot declare one, and the compiler's pattern (EnterScope, then Dispose in a
        // finally) only needs the Dispose method.
        public struct Scope : IDisposable
        {
            private Lock _lock;

            internal Scope(Lock owner) { _lock = owner; }

            public void Dispose()
            {
                Lock owner = _lock;
                if (owner != null)
                {
                    _lock = null;
                    owner.Exit();
                }
            }
        }
    }
}
