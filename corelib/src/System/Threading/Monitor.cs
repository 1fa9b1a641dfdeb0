using System.Runtime.CompilerServices;

namespace System.Threading
{
    // Every object's lock, kept in the runtime's side table (runtime-c monitor.c): objects have no header word for it.
    // The runtime answers with status codes and the exceptions are thrown here, where .NET's messages live.
    public static class Monitor
    {
        public static void Enter(object obj)
        {
            if (obj == null) throw new ArgumentNullException("obj");
            TryEnterCore(obj, -1);
        }

        // What `lock` compiles to (mcs and Roslyn alike): Enter(obj, ref taken) in the try, Exit(obj) when taken.
        public static void Enter(object obj, ref bool lockTaken)
        {
            if (lockTaken) ThrowLockTakenException();
            if (obj == null) throw new ArgumentNullException("obj");
            TryEnterCore(obj, -1);
            lockTaken = true;
        }

        public static bool TryEnter(object obj) { return TryEnter(obj, 0); }

        public static void TryEnter(object obj, ref bool lockTaken) { TryEnter(obj, 0, ref lockTaken); }

        public static bool TryEnter(object obj, int millisecondsTimeout)
        {
            if (obj == null) throw new ArgumentNullException("obj");
            if (millisecondsTimeout < -1) throw TimeoutOutOfRange("millisecondsTimeout");
            return TryEnterCore(obj, millisecondsTimeout);
        }

        public static void TryEnter(object obj, int millisecondsTimeout, ref bool lockTaken)
        {
            if (lockTaken) ThrowLockTakenException();
            lockTaken = TryEnter(obj, millisecondsTimeout);
        }

        public static bool TryEnter(object obj, TimeSpan timeout) { return TryEnter(obj, Milliseconds(timeout)); }

        public static void TryEnter(object obj, TimeSpan timeout, ref bool lockTaken)
        {
            TryEnter(obj, Milliseconds(timeout), ref lockTaken);
        }

        public static void Exit(object obj)
        {
            if (obj == null) throw new ArgumentNullException("obj");
            if (!ExitCore(obj)) throw new SynchronizationLockException();
        }

        public static bool IsEntered(object obj)
        {
            if (obj == null) throw new ArgumentNullException("obj");
            return IsEnteredCore(obj);
        }

        public static bool Wait(object obj) { return Wait(obj, -1); }

        public static bool Wait(object obj, TimeSpan timeout) { return Wait(obj, Milliseconds(timeout)); }

        public static bool Wait(object obj, int millisecondsTimeout, bool exitContext) { return Wait(obj, millisecondsTimeout); }

        public static bool Wait(object obj, TimeSpan timeout, bool exitContext) { return Wait(obj, Milliseconds(timeout)); }

        // Releases every level this thread entered, sleeps until pulsed or the timeout passes, then takes them all back.
        public static bool Wait(object obj, int millisecondsTimeout)
        {
            if (obj == null) throw new ArgumentNullException("obj");
            if (millisecondsTimeout < -1) throw TimeoutOutOfRange("millisecondsTimeout");
            int status = WaitCore(obj, millisecondsTimeout);
            if (status < 0) throw new SynchronizationLockException();
            return status != 0;
        }

        public static void Pulse(object obj)
        {
            if (obj == null) throw new ArgumentNullException("obj");
            if (!PulseCore(obj, false)) throw new SynchronizationLockException();
        }

        public static void PulseAll(object obj)
        {
            if (obj == null) throw new ArgumentNullException("obj");
            if (!PulseCore(obj, true)) throw new SynchronizationLockException();
        }

        // How many times a thread found a lock owned and had to wait for it, since the program started.
        public static extern long LockContentionCount
        {
            [MethodImpl(MethodImplOptions.InternalCall)]
            get;
        }

        // .NET's TimeSpan timeouts: whole milliseconds, -1 (Timeout.InfiniteTimeSpan) or 0 .. Int32.MaxValue.
        private static int Milliseconds(TimeSpan timeout)
        {
            long ms = (long)timeout.TotalMilliseconds;
            if (ms < -1 || ms > int.MaxValue) throw TimeoutOutOfRange("timeout");
            return (int)ms;
        }

        private static ArgumentOutOfRangeException TimeoutOutOfRange(string paramName)
        {
            return new ArgumentOutOfRangeException(paramName,
                "Number must be either non-negative and less than or equal to Int32.MaxValue or -1.");
        }

        private static void ThrowLockTakenException()
        {
            throw new ArgumentException("The lockTaken argument must be set to false before calling this method.", "lockTaken");
        }

        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern bool TryEnterCore(object obj, int millisecondsTimeout);

        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern bool ExitCore(object obj);

        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern bool IsEnteredCore(object obj);

        // 1 pulsed, 0 timed out, -1 not owned
        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern int WaitCore(object obj, int millisecondsTimeout);

        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern bool PulseCore(object obj, bool all);
    }
}
