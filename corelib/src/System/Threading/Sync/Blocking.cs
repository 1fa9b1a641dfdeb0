using System.Threading.Tasks;

namespace System.Threading
{
    // The one place where the synchronization primitives block, wake each other and ask who is running. Every
    // primitive keeps its state under a lock on a gate object and waits on that gate, as Monitor.Wait would, in a loop
    // that rechecks its condition and its deadline: Wait may return early (spuriously) and callers must cope.
    //
    // While Kiln runs one thread, "blocking" means running the scheduler's queued work and timers (another task is
    // the only thing that can signal) until the deadline; with nothing left to run, an infinite wait could never end,
    // and that is reported as Task.Wait reports it.
    internal static class Blocking
    {
        internal const int Infinite = -1;

        // Waits for a pulse of gate (the caller holds its lock) for at most millisecondsTimeout (-1: no limit).
        // False when the time ran out.
        internal static bool Wait(object gate, int millisecondsTimeout)
        {
            long deadline = millisecondsTimeout == Infinite ? long.MaxValue : Environment.TickCount64 + millisecondsTimeout;
            if (Scheduler.RunOneDueBy(deadline)) return true;
            if (millisecondsTimeout == Infinite)
                throw new InvalidOperationException("Deadlock: waiting for a signal that nothing can send.");
            if (millisecondsTimeout > 0) Scheduler.SleepMilliseconds(millisecondsTimeout);
            return false;
        }

        // Wakes every waiter of gate (the caller holds its lock).
        internal static void WakeAll(object gate) { }

        // Wakes one waiter of gate (the caller holds its lock).
        internal static void WakeOne(object gate) { }

        // The identity owners are recorded by (Mutex, ReaderWriterLockSlim).
        internal static int CurrentThreadId { get { return 1; } }

        // Whether the thread with that id still runs (a mutex it owns is abandoned when it does not).
        internal static bool IsAlive(object ownerThread) { return true; }

        // What is recorded as the owner thread of a mutex.
        internal static object CurrentThread { get { return null; } }

        // A pause between two rounds of polling (BlockingCollection's *Any): short at first, then a millisecond.
        internal static void Pause(int round, int maxMilliseconds)
        {
            int ms = maxMilliseconds == Infinite ? 1 : Math.Min(1, maxMilliseconds);
            if (!Scheduler.RunOneDueBy(Environment.TickCount64 + ms) && ms > 0) Scheduler.SleepMilliseconds(ms);
        }

        // A short pause inside a spinning loop (before blocking).
        internal static void SpinOnce(int iteration) { }

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
            return token.Register(s_wakeGate, gate);
        }

        private static readonly Action<object> s_wakeGate = WakeGate;

        private static void WakeGate(object gate)
        {
            lock (gate) WakeAll(gate);
        }
    }
}
