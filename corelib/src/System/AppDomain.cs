using System.Threading;

namespace System
{
    // The one application domain a .NET (Core) process has. What it is for here: the UnhandledException event, which
    // the runtime raises for an exception that no frame catches, on whichever thread it is thrown, before it reports
    // the exception and ends the process (handlers cannot stop that, as in .NET).
    public sealed class AppDomain
    {
        private static readonly AppDomain s_current = new AppDomain();
        private static UnhandledExceptionEventHandler s_unhandledException;

        private AppDomain() { }

        public static AppDomain CurrentDomain { get { return s_current; } }

        public int Id { get { return 1; } }

        public bool IsDefaultAppDomain() { return true; }

        public event UnhandledExceptionEventHandler UnhandledException
        {
            add
            {
                // handlers may be added and removed on several threads at once: publish each new list whole
                UnhandledExceptionEventHandler seen, current = s_unhandledException;
                do
                {
                    seen = current;
                    current = Interlocked.CompareExchange(ref s_unhandledException,
                        (UnhandledExceptionEventHandler)Delegate.Combine(seen, value), seen);
                } while (current != seen);
                // only a program that adds a handler compiles the code that raises the event
                UnhandledExceptions.Raise = RaiseUnhandledException;
            }
            remove
            {
                UnhandledExceptionEventHandler seen, current = s_unhandledException;
                do
                {
                    seen = current;
                    current = Interlocked.CompareExchange(ref s_unhandledException,
                        (UnhandledExceptionEventHandler)Delegate.Remove(seen, value), seen);
                } while (current != seen);
            }
        }

        // Calls every handler with the exception; one that throws ends the raising (the process is failing anyway).
        internal static void RaiseUnhandledException(object exception, bool isTerminating)
        {
            UnhandledExceptionEventHandler handlers = s_unhandledException;
            if (handlers == null) return;
            try
            {
                handlers(s_current, new UnhandledExceptionEventArgs(exception, isTerminating));
            }
            catch (Exception)
            {
            }
        }
    }

    public delegate void UnhandledExceptionEventHandler(object sender, UnhandledExceptionEventArgs e);

    public class UnhandledExceptionEventArgs : EventArgs
    {
        private readonly object _exception;
        private readonly bool _isTerminating;

        public UnhandledExceptionEventArgs(object exception, bool isTerminating)
        {
            _exception = exception;
            _isTerminating = isTerminating;
        }

        public object ExceptionObject { get { return _exception; } }

        public bool IsTerminating { get { return _isTerminating; } }
    }

    // The runtime's way into the event (RuntimeContract.unhandledExceptionHook): the runtime calls OnUnhandled for an
    // exception no frame catches. It is compiled into every program, so it only calls through Raise, which the
    // event's add accessor sets: a program without handlers carries none of the raising code.
    internal static class UnhandledExceptions
    {
        internal static Action<object, bool> Raise;

        internal static void OnUnhandled(object exception)
        {
            Action<object, bool> raise = Raise;
            if (raise != null) raise(exception, true);
        }

        // The text of the runtime's report ("Unhandled exception. " + text), .NET's ToString() of the exception, when
        // the runtime cannot write it itself: it writes type, message, the inner exceptions and the traces, but not an
        // AggregateException's other inner exceptions, so AggregateException's constructors set the describer
        // (NeedsDescription) and programs without one carry none of this code. The describer uses ReportText, not
        // ToString: a virtual ToString call would compile the ToString of every type the program constructs (a user
        // exception's own ToString override is not used).
        private static Func<object, string> s_describer;

        internal static void NeedsDescription()
        {
            if (s_describer == null) s_describer = DescribeWithReportText;
        }

        internal static string Describe(object exception)
        {
            Func<object, string> describer = s_describer;
            return describer != null ? describer(exception) : null;
        }

        private static string DescribeWithReportText(object exception)
        {
            Exception e = exception as Exception;
            if (e == null) return null;
            try
            {
                return e.ReportText();
            }
            catch (Exception)
            {
                return null; // the runtime writes the text itself
            }
        }
    }
}
