namespace System.Threading
{
    public sealed class CancellationTokenSource : IDisposable
    {
        // Cancel and Register race between threads: the flag and the list change together under m_lock, and
        // callbacks run outside it.
        private volatile bool m_canceled;
        private Registration m_registrations; // most recent first: callbacks run in the reverse order of registration
        private readonly object m_lock = new object();
        private CancelTimer m_timer;

        public CancellationTokenSource() { }

        public CancellationTokenSource(int millisecondsDelay) { CancelAfter(millisecondsDelay); }

        public CancellationTokenSource(TimeSpan delay) { CancelAfter(delay); }

        public bool IsCancellationRequested { get { return m_canceled; } }

        public CancellationToken Token { get { return new CancellationToken(this); } }

        public void Cancel() { Cancel(false); }

        // Runs every registered callback once; their exceptions are collected (or the first one rethrown).
        public void Cancel(bool throwOnFirstException)
        {
            Registration registrations;
            lock (m_lock)
            {
                if (m_canceled) return;
                m_canceled = true;
                registrations = m_registrations;
                m_registrations = null;
            }
            Exception[] failures = null;
            int failureCount = 0;
            for (Registration r = registrations; r != null; r = r.Next)
            {
                if (!r.TryRemove()) continue;
                try
                {
                    r.Invoke();
                }
                catch (Exception e)
                {
                    if (throwOnFirstException) throw;
                    if (failures == null) failures = new Exception[4];
                    if (failureCount == failures.Length)
                    {
                        Exception[] bigger = new Exception[failureCount * 2];
                        for (int i = 0; i < failureCount; i++) bigger[i] = failures[i];
                        failures = bigger;
                    }
                    failures[failureCount++] = e;
                }
            }
            if (failureCount > 0)
            {
                Exception[] all = new Exception[failureCount];
                for (int i = 0; i < failureCount; i++) all[i] = failures[i];
                throw new AggregateException(all);
            }
        }

        public void CancelAfter(int millisecondsDelay)
        {
            if (millisecondsDelay < -1) throw new ArgumentOutOfRangeException("millisecondsDelay");
            if (m_canceled) return;
            CancelTimer timer;
            lock (m_lock)
            {
                if (m_timer == null) m_timer = new CancelTimer(this);
                timer = m_timer;
            }
            // a later CancelAfter replaces the earlier delay, as on .NET
            if (millisecondsDelay == -1) TimerQueue.Unschedule(timer);
            else TimerQueue.Schedule(timer, millisecondsDelay);
        }

        private sealed class CancelTimer : TimerQueueTimer
        {
            private readonly CancellationTokenSource m_source;
            internal CancelTimer(CancellationTokenSource source) { m_source = source; }
            public override void Execute() { m_source.Cancel(); }
        }

        public void CancelAfter(TimeSpan delay) { CancelAfter((int)delay.TotalMilliseconds); }

        public void Dispose() { }

        public static CancellationTokenSource CreateLinkedTokenSource(CancellationToken token1, CancellationToken token2)
        {
            return CreateLinkedTokenSource(new CancellationToken[] { token1, token2 });
        }

        public static CancellationTokenSource CreateLinkedTokenSource(params CancellationToken[] tokens)
        {
            if (tokens == null) throw new ArgumentNullException("tokens");
            CancellationTokenSource linked = new CancellationTokenSource();
            for (int i = 0; i < tokens.Length; i++) tokens[i].Register(new Action(linked.Cancel));
            return linked;
        }

        // On an already canceled source the callback runs at once, as on .NET.
        internal CancellationTokenRegistration Register(Action callback, Action<object> stateCallback, object state)
        {
            Registration r = new Registration(callback, stateCallback, state);
            lock (m_lock)
            {
                if (!m_canceled)
                {
                    r.Next = m_registrations;
                    m_registrations = r;
                    return new CancellationTokenRegistration(this, r);
                }
            }
            r.Invoke();
            return default(CancellationTokenRegistration);
        }

        internal sealed class Registration
        {
            private readonly Action m_callback;
            private readonly Action<object> m_stateCallback;
            private readonly object m_state;
            internal Registration Next;
            private int m_removed;

            // Exactly one of running the callback and unregistering it wins.
            internal bool TryRemove() { return Interlocked.Exchange(ref m_removed, 1) == 0; }

            internal Registration(Action callback, Action<object> stateCallback, object state)
            {
                m_callback = callback;
                m_stateCallback = stateCallback;
                m_state = state;
            }

            internal void Invoke()
            {
                if (m_callback != null) m_callback();
                else m_stateCallback(m_state);
            }
        }
    }

    public struct CancellationTokenRegistration : IDisposable
    {
        private readonly CancellationTokenSource m_source;
        private readonly CancellationTokenSource.Registration m_registration;

        internal CancellationTokenRegistration(CancellationTokenSource source, CancellationTokenSource.Registration registration)
        {
            m_source = source;
            m_registration = registration;
        }

        public CancellationToken Token { get { return m_source == null ? default(CancellationToken) : m_source.Token; } }

        public void Dispose()
        {
            if (m_registration != null) m_registration.TryRemove();
        }

        public bool Unregister()
        {
            return m_registration != null && m_registration.TryRemove();
        }
    }

    public struct CancellationToken
    {
        private readonly CancellationTokenSource m_source;

        internal CancellationToken(CancellationTokenSource source) { m_source = source; }

        public CancellationToken(bool canceled)
        {
            m_source = null;
            if (canceled)
            {
                m_source = new CancellationTokenSource();
                m_source.Cancel();
            }
        }

        public static CancellationToken None { get { return default(CancellationToken); } }

        public bool CanBeCanceled { get { return m_source != null; } }

        public bool IsCancellationRequested { get { return m_source != null && m_source.IsCancellationRequested; } }

        public void ThrowIfCancellationRequested()
        {
            if (IsCancellationRequested) throw new OperationCanceledException(this);
        }

        public CancellationTokenRegistration Register(Action callback)
        {
            if (callback == null) throw new ArgumentNullException("callback");
            return m_source == null ? default(CancellationTokenRegistration) : m_source.Register(callback, null, null);
        }

        public CancellationTokenRegistration Register(Action<object> callback, object state)
        {
            if (callback == null) throw new ArgumentNullException("callback");
            return m_source == null ? default(CancellationTokenRegistration) : m_source.Register(null, callback, state);
        }

        public bool Equals(CancellationToken other) { return m_source == other.m_source; }

        public override bool Equals(object other) { return other is CancellationToken && Equals((CancellationToken)other); }

        public override int GetHashCode() { return m_source == null ? 0 : m_source.GetHashCode(); }

        public static bool operator ==(CancellationToken left, CancellationToken right) { return left.Equals(right); }

        public static bool operator !=(CancellationToken left, CancellationToken right) { return !left.Equals(right); }
    }
}

namespace System
{
    public class OperationCanceledException : SystemException
    {
        private readonly System.Threading.CancellationToken m_token;

        public OperationCanceledException() : base("The operation was canceled.") { }
        public OperationCanceledException(string message) : base(message) { }
        public OperationCanceledException(System.Threading.CancellationToken token) : base("The operation was canceled.") { m_token = token; }

        public System.Threading.CancellationToken CancellationToken { get { return m_token; } }
    }

    public class AggregateException : Exception
    {
        private readonly Exception[] m_inner;
        private System.Collections.ObjectModel.ReadOnlyCollection<Exception> m_readOnly;

        public AggregateException() : base("One or more errors occurred.") { m_inner = new Exception[0]; }

        public AggregateException(string message) : base(message) { m_inner = new Exception[0]; }

        public AggregateException(Exception inner) : base(Describe(new Exception[] { inner }), inner)
        {
            if (inner == null) throw new ArgumentNullException("innerException");
            m_inner = new Exception[] { inner };
        }

        public AggregateException(params Exception[] inner) : this(Copy(inner), true) { }

        public AggregateException(System.Collections.Generic.IEnumerable<Exception> inner) : this(Copy(inner), true) { }

        // the constructors that may take several inner exceptions: the runtime's report needs the managed text
        // (UnhandledExceptions.NeedsDescription)
        public AggregateException(string message, params Exception[] inner) : base(message + Details(Copy(inner)), First(Copy(inner)))
        {
            m_inner = Copy(inner);
            UnhandledExceptions.NeedsDescription();
        }

        private AggregateException(Exception[] inner, bool copied) : base(Describe(inner), First(inner))
        {
            m_inner = inner;
            UnhandledExceptions.NeedsDescription();
        }

        private static Exception First(Exception[] inner) { return inner.Length > 0 ? inner[0] : null; }

        private static Exception[] Copy(Exception[] inner)
        {
            if (inner == null) throw new ArgumentNullException("innerExceptions");
            Exception[] copy = new Exception[inner.Length];
            for (int i = 0; i < inner.Length; i++)
            {
                if (inner[i] == null) throw new ArgumentException("An element of innerExceptions was null.");
                copy[i] = inner[i];
            }
            return copy;
        }

        private static Exception[] Copy(System.Collections.Generic.IEnumerable<Exception> inner)
        {
            if (inner == null) throw new ArgumentNullException("innerExceptions");
            System.Collections.Generic.List<Exception> list = new System.Collections.Generic.List<Exception>();
            foreach (Exception e in inner) list.Add(e);
            return Copy(list.ToArray());
        }

        private static string Describe(Exception[] inner) { return "One or more errors occurred." + Details(inner); }

        private static string Details(Exception[] inner)
        {
            string text = "";
            for (int i = 0; i < inner.Length; i++) text = text + " (" + inner[i].Message + ")";
            return text;
        }

        public System.Collections.ObjectModel.ReadOnlyCollection<Exception> InnerExceptions
        {
            get
            {
                if (m_readOnly == null) m_readOnly = new System.Collections.ObjectModel.ReadOnlyCollection<Exception>(m_inner);
                return m_readOnly;
            }
        }

        public Exception[] InnerExceptionsArray { get { return m_inner; } }

        public int InnerExceptionCount { get { return m_inner.Length; } }

        // .NET's: the base text (with the first inner exception), then each other inner exception numbered.
        public override string ToString()
        {
            string[] inner = new string[m_inner.Length];
            for (int i = 0; i < inner.Length; i++) inner[i] = m_inner[i].ToString();
            return AggregateText(inner);
        }

        internal override string ReportText()
        {
            string[] inner = new string[m_inner.Length];
            for (int i = 0; i < inner.Length; i++) inner[i] = m_inner[i].ReportText();
            return AggregateText(inner);
        }

        // inner: the text of each inner exception
        private string AggregateText(string[] inner)
        {
            int first = InnerException != null ? Array.IndexOf(m_inner, InnerException) : -1;
            System.Text.StringBuilder text = new System.Text.StringBuilder(Text(first >= 0 ? inner[first] : null));
            for (int i = 0; i < m_inner.Length; i++)
            {
                if (m_inner[i] == InnerException) continue;
                text.Append("\n ---> (Inner Exception #").Append(i).Append(") ").Append(inner[i]).Append("<---\n");
            }
            return text.ToString();
        }

        // The inner exceptions with nested AggregateExceptions replaced by their own, recursively.
        public AggregateException Flatten()
        {
            System.Collections.Generic.List<Exception> flat = new System.Collections.Generic.List<Exception>();
            AddFlattened(this, flat);
            return new AggregateException(flat.ToArray(), true);
        }

        private static void AddFlattened(AggregateException a, System.Collections.Generic.List<Exception> into)
        {
            for (int i = 0; i < a.m_inner.Length; i++)
            {
                AggregateException nested = a.m_inner[i] as AggregateException;
                if (nested != null) AddFlattened(nested, into);
                else into.Add(a.m_inner[i]);
            }
        }

        // Calls predicate on each inner exception; those it does not handle are thrown in a new AggregateException.
        public void Handle(Func<Exception, bool> predicate)
        {
            if (predicate == null) throw new ArgumentNullException("predicate");
            System.Collections.Generic.List<Exception> unhandled = null;
            for (int i = 0; i < m_inner.Length; i++)
            {
                if (!predicate(m_inner[i]))
                {
                    if (unhandled == null) unhandled = new System.Collections.Generic.List<Exception>();
                    unhandled.Add(m_inner[i]);
                }
            }
            if (unhandled != null) throw new AggregateException(unhandled.ToArray(), true);
        }

        public override Exception GetBaseException()
        {
            Exception back = this;
            AggregateException a = this;
            while (a != null && a.m_inner.Length == 1)
            {
                back = back.InnerException;
                a = back as AggregateException;
            }
            return back;
        }
    }
}
