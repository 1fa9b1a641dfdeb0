using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace System.Threading
{
    public delegate void ThreadStart();
    public delegate void ParameterizedThreadStart(object obj);

    [Flags]
    public enum ThreadState
    {
        Running = 0, StopRequested = 1, SuspendRequested = 2, Background = 4, Unstarted = 8, Stopped = 16,
        WaitSleepJoin = 32, Suspended = 64, AbortRequested = 128, Aborted = 256
    }

    public class ThreadStateException : SystemException
    {
        public ThreadStateException() : base("Thread was in an invalid state for the operation being executed.") { }
        public ThreadStateException(string message) : base(message) { }
        public ThreadStateException(string message, Exception innerException) : base(message, innerException) { }
    }

    // A managed thread is a pthread started by runtime-c/thread.c (through Boehm GC, which registers it with the
    // collector). The new thread enters managed code through this class's entry delegate as a native function pointer
    // (Marshal.GetFunctionPointerForDelegate<T>: the reverse stub the compiler makes for the delegate type), the way
    // native code calls any delegate, and finds its Thread through CurrentNative.
    public sealed class Thread
    {
        private delegate void NativeEntry();

        private static NativeEntry s_entry;
        private static IntPtr s_entryPointer;

        private Delegate _start;
        private object _startArgument;
        private NativeEntry _entry; // keeps the entry delegate (and so its native pointer) alive while this thread runs
        private readonly int _maxStackSize;
        private string _name;
        private bool _isBackground;
        private int _managedThreadId;
        private bool _started;
        private IntPtr _native; // thread.c's NativeThread, once started or attached
        // Between StartNative and the store of its result the new thread already runs (and may own a Mutex whose waiters
        // ask IsAlive): it counts as alive then. Cleared after _native is stored, so a reader that sees it false sees _native.
        private bool _startPending;

        public Thread(ThreadStart start) : this((Delegate)start, 0) { }
        public Thread(ThreadStart start, int maxStackSize) : this((Delegate)start, maxStackSize) { }
        public Thread(ParameterizedThreadStart start) : this((Delegate)start, 0) { }
        public Thread(ParameterizedThreadStart start, int maxStackSize) : this((Delegate)start, maxStackSize) { }

        private Thread(Delegate start, int maxStackSize)
        {
            if ((object)start == null) throw new ArgumentNullException("start");
            if (maxStackSize < 0) throw new ArgumentOutOfRangeException("maxStackSize", "Non-negative number required.");
            _start = start;
            _maxStackSize = maxStackSize;
            _managedThreadId = NextId();
        }

        // The Thread object of a thread the runtime did not start (main, or native code calling back)
        private Thread()
        {
            _started = true;
        }

        public static Thread CurrentThread
        {
            get
            {
                Thread current = CurrentNative();
                if (current != null) return current;
                current = new Thread();
                current._native = AttachCurrent(current);
                current._managedThreadId = IdOfAttached();
                current._isBackground = current._managedThreadId != 1; // native threads calling in, as in .NET
                return current;
            }
        }

        public int ManagedThreadId { get { return _managedThreadId; } }

        // Settable more than once, as since .NET Core 3.0 (Mono throws the second time).
        // The OS thread gets the name too (SetNameNative: what ps -L and debuggers show), as .NET does on Linux.
        public string Name
        {
            get { return _name; }
            set
            {
                _name = value;
                // the thread itself may run before Start stored its handle here
                if (CurrentNative() == this) SetCurrentNameNative(value);
                else if (_native != IntPtr.Zero) SetNameNative(_native, value);
            }
        }

        public bool IsAlive
        {
            get
            {
                if (Volatile.Read(ref _startPending)) return true;
                IntPtr native = Volatile.Read(ref _native);
                return native != IntPtr.Zero && IsAliveNative(native);
            }
        }

        public bool IsBackground
        {
            get
            {
                CheckNotDead();
                return _isBackground;
            }
            set
            {
                CheckNotDead();
                _isBackground = value;
                if (_native != IntPtr.Zero) SetBackgroundNative(_native, value);
            }
        }

        public bool IsThreadPoolThread { get { return _isThreadPoolThread; } }

        // set by the thread pool for its workers before they start (BackgroundThreads)
        internal bool _isThreadPoolThread;

        // the starter's ExecutionContext, which the thread runs in (null: the default, or UnsafeStart)
        private ExecutionContext _executionContext;

        public ThreadState ThreadState
        {
            get
            {
                ThreadState background = _isBackground ? ThreadState.Background : ThreadState.Running;
                // a thread is started once Start began creating it (the new thread may ask before its handle is
                // stored): the pending flag is read first, as in IsAlive, so that a finished start shows its handle
                if (Volatile.Read(ref _startPending)) return ThreadState.Running | background;
                IntPtr native = Volatile.Read(ref _native);
                if (native == IntPtr.Zero) return ThreadState.Unstarted | background;
                if (!IsAliveNative(native)) return ThreadState.Stopped | background;
                if (IsWaitingNative(native)) return ThreadState.WaitSleepJoin | background;
                return ThreadState.Running | background;
            }
        }

        private void CheckNotDead()
        {
            if (_native != IntPtr.Zero && !IsAliveNative(_native)) throw new ThreadStateException("Thread is dead; state cannot be accessed.");
        }

        public void Start()
        {
            StartCore(null, true);
        }

        public void Start(object parameter)
        {
            if (_start is ThreadStart)
                throw new InvalidOperationException("The thread was created with a ThreadStart delegate that does not accept a parameter.");
            StartCore(parameter, true);
        }

        // Start without flowing the ExecutionContext (AsyncLocal values stay behind).
        public void UnsafeStart()
        {
            StartCore(null, false);
        }

        public void UnsafeStart(object parameter)
        {
            if (_start is ThreadStart)
                throw new InvalidOperationException("The thread was created with a ThreadStart delegate that does not accept a parameter.");
            StartCore(parameter, false);
        }

        private void StartCore(object parameter, bool flowExecutionContext)
        {
            if (_started) throw new ThreadStateException("Thread is running or terminated; it cannot restart.");
            _started = true;
            if (flowExecutionContext) _executionContext = ExecutionContext.CaptureForFlow();
            _startArgument = parameter;
            NativeEntry entry = s_entry;
            if (entry == null)
            {
                entry = new NativeEntry(RunCurrent);
                s_entryPointer = Marshal.GetFunctionPointerForDelegate<NativeEntry>(entry);
                s_entry = entry;
            }
            _entry = entry;
            Volatile.Write(ref _startPending, true);
            IntPtr native = StartNative(this, Marshal.GetFunctionPointerForDelegate<NativeEntry>(entry), _maxStackSize, _isBackground);
            Volatile.Write(ref _native, native);
            Volatile.Write(ref _startPending, false);
            if (native == IntPtr.Zero) throw new OutOfMemoryException("Thread failed to start.");
        }

        // Runs on the new thread. An exception its delegate does not handle ends the process (ReportUnhandled never
        // returns), reported from the filter so that no finally block runs first, as in .NET.
        private static void RunCurrent()
        {
            Thread thread = CurrentNative();
            string name = thread._name;
            if (name != null) SetCurrentNameNative(name); // named before Start
            try
            {
                thread.Run();
            }
            catch (Exception e) when (ReportUnhandled(e))
            {
            }
        }

        private void Run()
        {
            Delegate start = _start;
            object argument = _startArgument;
            _start = null;
            _startArgument = null;
            ThreadCurrent.ExecutionContext = _executionContext;
            _executionContext = null;
            ParameterizedThreadStart parameterized = start as ParameterizedThreadStart;
            if (parameterized != null) parameterized(argument);
            else ((ThreadStart)start)();
        }

        public void Join()
        {
            Join(-1);
        }

        public bool Join(int millisecondsTimeout)
        {
            if (millisecondsTimeout < -1)
                throw new ArgumentOutOfRangeException("millisecondsTimeout", "Number must be either non-negative and less than or equal to Int32.MaxValue or -1.");
            if (!_started) throw new ThreadStateException("Thread has not been started.");
            return JoinNative(_native, millisecondsTimeout);
        }

        public bool Join(TimeSpan timeout)
        {
            return Join(ToMilliseconds(timeout, "timeout"));
        }

        public static void Sleep(int millisecondsTimeout)
        {
            if (millisecondsTimeout < -1)
                throw new ArgumentOutOfRangeException("millisecondsTimeout", "Number must be either non-negative and less than or equal to Int32.MaxValue or -1.");
            if (millisecondsTimeout == -1)
            {
                while (true) SleepNative(int.MaxValue);
            }
            SleepNative(millisecondsTimeout);
        }

        public static void Sleep(TimeSpan timeout)
        {
            Sleep(ToMilliseconds(timeout, "timeout"));
        }

        public static bool Yield() { return YieldNative(); }

        // `iterations` normalized yields of ~37 ns each, whatever a pause instruction costs here (runtime-c
        // spinning.c), as .NET's Thread.SpinWait.
        public static void SpinWait(int iterations) { SpinWaitNative(iterations); }

        private static int s_optimalMaxSpinWaitsPerSpinIteration;

        // How many normalized yields fill one late SpinWait step (~272 ns), measured at first use as .NET measures it.
        internal static int OptimalMaxSpinWaitsPerSpinIteration
        {
            get
            {
                int n = s_optimalMaxSpinWaitsPerSpinIteration;
                if (n == 0) s_optimalMaxSpinWaitsPerSpinIteration = n = OptimalMaxSpinWaitsNative();
                return n;
            }
        }

        // A full fence; the compiler makes Interlocked.MemoryBarrier one instruction (AtomicIntrinsics).
        public static void MemoryBarrier() { Interlocked.MemoryBarrier(); }

        // The .NET Framework's volatile accessors, kept by .NET: Volatile's acquire loads and release stores.
        public static int VolatileRead(ref int address) { return Volatile.Read(ref address); }
        public static long VolatileRead(ref long address) { return Volatile.Read(ref address); }
        public static object VolatileRead(ref object address) { return Volatile.Read(ref address); }
        public static double VolatileRead(ref double address) { return Volatile.Read(ref address); }
        public static void VolatileWrite(ref int address, int value) { Volatile.Write(ref address, value); }
        public static void VolatileWrite(ref long address, long value) { Volatile.Write(ref address, value); }
        public static void VolatileWrite(ref object address, object value) { Volatile.Write(ref address, value); }
        public static void VolatileWrite(ref double address, double value) { Volatile.Write(ref address, value); }

        private static int ToMilliseconds(TimeSpan timeout, string parameterName)
        {
            long milliseconds = (long)timeout.TotalMilliseconds;
            if (milliseconds < -1 || milliseconds > int.MaxValue)
                throw new ArgumentOutOfRangeException(parameterName, "Number must be either non-negative and less than or equal to Int32.MaxValue or -1.");
            return (int)milliseconds;
        }

        public override int GetHashCode() { return _managedThreadId; }

        [MethodImpl(MethodImplOptions.InternalCall)] private static extern Thread CurrentNative();
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern IntPtr AttachCurrent(Thread thread);
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern int IdOfAttached();
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern int NextId();
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern IntPtr StartNative(Thread thread, IntPtr entry, int maxStackSize, bool background);
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern bool JoinNative(IntPtr native, int millisecondsTimeout);
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern bool IsAliveNative(IntPtr native);
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern void SetBackgroundNative(IntPtr native, bool background);
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern bool IsWaitingNative(IntPtr native);
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern void SetNameNative(IntPtr native, string name);
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern void SetCurrentNameNative(string name);
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern void SleepNative(int milliseconds);
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern bool YieldNative();
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern void SpinWaitNative(int iterations);
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern int OptimalMaxSpinWaitsNative();
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern bool ReportUnhandled(Exception exception);
    }
}
