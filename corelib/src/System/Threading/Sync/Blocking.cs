namespace System.Threading
{
    // The one place where the synchronization primitives block, wake each other and ask who is running. Every
    // primitive keeps its state under a lock on a gate object and waits on that gate (Monitor.Wait) in a loop that
    // rechecks its condition and its deadline: Wait may return early (a pulse meant for another condition, or a
    // spurious wake-up) and callers must cope.
    internal static class Blocking
    {
        internal const int Infinite = -1;

        // Waits for a pulse of gate (the caller holds its lock) for at most millisecondsTimeout (-1: no limit).
        // False when the time ran out.
        internal static bool Wait(object gate, int millisecondsTimeout) { return Monitor.Wait(gate, millisecondsTimeout); }

        // Wakes every waiter of gate (the caller holds its lock).
        internal static void WakeAll(object gate) { Monitor.PulseAll(gate); }

        // Wakes one waiter of gate (the caller holds its lock).
        internal static void WakeOne(object gate) { Monitor.Pulse(gate); }

        // The identity owners are recorded by (Mutex, ReaderWriterLockSlim, Barrier).
        internal static int CurrentThreadId { get { return Environment.CurrentManagedThreadId; } }

        // What is recorded as the owner thread of a mutex, to notice when it ends.
        internal static object CurrentThread { get { return Thread.CurrentThread; } }

        // Whether the owner recorded by CurrentThread still runs (a mutex it owns is abandoned when it does not).
        internal static bool IsAlive(object ownerThread)
        {
            Thread t = ownerThread as Thread;
            return t == null || t.IsAlive;
        }

        // A pause between two rounds of polling (BlockingCollection's *Any): a yield at first, then a millisecond.
        internal static void Pause(int round, int maxMilliseconds)
        {
            if (round < 10 || maxMilliseconds == 0) Thread.Yield();
            else Thread.Sleep(1);
        }

        // Milliseconds left until deadline (TickCount64), -1 for none; 0 once it has passed.
        internal static int Remaining(long deadline)
        {
            if (deadline == long.MaxValue) return Infinite;
            long left = deadline - Environment.TickCount64;
            return left <= 0 ? 0 : (int)left;
        }

        // The deadline of a wait of millisecondsTimeout from now (long.MaxValue: none).
        internal static long Deadline(int millisecondsTimeout)
        {
            return millisecondsTimeout == Infinite ? long.MaxValue : Environment.TickCount64 + millisecondsTimeout;
        }

        // Validates a timeout argument as .NET does (-1 or non-negative).
        internal static void CheckTimeout(int millisecondsTimeout, string paramName)
        {
            if (millisecondsTimeout < -1)
                throw new ArgumentOutOfRangeException(paramName, "The timeout must represent a value between -1 and Int32.MaxValue, inclusive.");
        }

        // A TimeSpan timeout as milliseconds, checked as .NET does.
        internal static int ToMilliseconds(TimeSpan timeout, string paramName)
        {
            long ms = (long)timeout.TotalMilliseconds;
            if (ms < -1 || ms > int.MaxValue)
                throw new ArgumentOutOfRangeException(paramName, "The timeout must represent a value between -1 and Int32.MaxValue, inclusive.");
            return (int)ms;
        }

        // Wakes the waiters of gate when token is canceled, so that they can see it and throw.
        internal static CancellationTokenRegistration WakeOnCancel(object gate, CancellationToken token)
        {
            if (!token.CanBeCanceled) return default(CancellationTokenRegistration);
            return token.Register(new Action<object>(WakeGate), gate);
        }

        private static void WakeGate(object gate)
        {
            lock (gate) WakeAll(gate);
        }
    }
}
