namespace System.Threading
{
    public delegate void ContextCallback(object state);

    // The ambient values that flow with the logical flow of control (AsyncLocal<T> values) and whether they flow.
    // Immutable: setting an AsyncLocal makes a new context, so a captured context never changes. A thread's current
    // context is ThreadCurrent.ExecutionContext, null meaning the default one (no values, flowing).
    public sealed class ExecutionContext : IDisposable
    {
        private static readonly ExecutionContext s_default = new ExecutionContext(new IAsyncLocal[0], new object[0], false);
        private static readonly ExecutionContext s_defaultSuppressed = new ExecutionContext(new IAsyncLocal[0], new object[0], true);

        private readonly IAsyncLocal[] m_keys;
        private readonly object[] m_values;
        private readonly bool m_flowSuppressed;

        private ExecutionContext(IAsyncLocal[] keys, object[] values, bool flowSuppressed)
        {
            m_keys = keys;
            m_values = values;
            m_flowSuppressed = flowSuppressed;
        }

        internal static ExecutionContext Default { get { return s_default; } }

        // null when flow is suppressed, as on .NET.
        public static ExecutionContext Capture()
        {
            ExecutionContext current = ThreadCurrent.ExecutionContext;
            if (current == null) return s_default;
            return current.m_flowSuppressed ? null : current;
        }

        // What work queued from here carries: null for the default context or a suppressed flow.
        internal static ExecutionContext CaptureForFlow()
        {
            ExecutionContext current = ThreadCurrent.ExecutionContext;
            if (current == null || current.m_flowSuppressed || current == s_default) return null;
            return current;
        }

        public static bool IsFlowSuppressed()
        {
            ExecutionContext current = ThreadCurrent.ExecutionContext;
            return current != null && current.m_flowSuppressed;
        }

        public static AsyncFlowControl SuppressFlow()
        {
            ExecutionContext current = ThreadCurrent.ExecutionContext ?? s_default;
            if (current.m_flowSuppressed) throw new InvalidOperationException("Cannot suppress flow. The flow has already been suppressed.");
            ThreadCurrent.ExecutionContext = current.WithFlowSuppressed(true);
            return new AsyncFlowControl(true);
        }

        public static void RestoreFlow()
        {
            ExecutionContext current = ThreadCurrent.ExecutionContext;
            if (current == null || !current.m_flowSuppressed) throw new InvalidOperationException("Cannot restore context flow when the flow is not suppressed.");
            ThreadCurrent.ExecutionContext = current.WithFlowSuppressed(false);
        }

        private ExecutionContext WithFlowSuppressed(bool suppressed)
        {
            if (m_keys.Length == 0) return suppressed ? s_defaultSuppressed : null;
            return new ExecutionContext(m_keys, m_values, suppressed);
        }

        // Runs callback with executionContext current, then makes the caller's context (and synchronization
        // context) current again, whatever callback did to them.
        public static void Run(ExecutionContext executionContext, ContextCallback callback, object state)
        {
            if (executionContext == null) throw new InvalidOperationException("Cannot call Set on a null context");
            ExecutionContext saved = ThreadCurrent.ExecutionContext;
            SynchronizationContext savedSync = ThreadCurrent.SynchronizationContext;
            ThreadCurrent.ExecutionContext = executionContext == s_default ? null : executionContext;
            try
            {
                callback(state);
            }
            finally
            {
                ThreadCurrent.ExecutionContext = saved;
                ThreadCurrent.SynchronizationContext = savedSync;
            }
        }

        public static void Restore(ExecutionContext executionContext)
        {
            if (executionContext == null) throw new InvalidOperationException("Cannot call Set on a null context");
            ThreadCurrent.ExecutionContext = executionContext == s_default ? null : executionContext;
        }

        public ExecutionContext CreateCopy() { return this; }

        public void Dispose() { }

        // ---- AsyncLocal values ----

        internal static object GetLocalValue(IAsyncLocal local)
        {
            ExecutionContext current = ThreadCurrent.ExecutionContext;
            if (current == null) return null;
            IAsyncLocal[] keys = current.m_keys;
            for (int i = 0; i < keys.Length; i++)
            {
                if (keys[i] == local) return current.m_values[i];
            }
            return null;
        }

        // A new current context with local's value replaced (a null value removes it, as the default is null).
        internal static void SetLocalValue(IAsyncLocal local, object value)
        {
            ExecutionContext current = ThreadCurrent.ExecutionContext ?? s_default;
            IAsyncLocal[] keys = current.m_keys;
            int at = -1;
            for (int i = 0; i < keys.Length; i++)
            {
                if (keys[i] == local) { at = i; break; }
            }
            if (at < 0 && value == null) return;
            if (at >= 0 && current.m_values[at] == value) return;
            int n = at >= 0 ? (value == null ? keys.Length - 1 : keys.Length) : keys.Length + 1;
            IAsyncLocal[] newKeys = new IAsyncLocal[n];
            object[] newValues = new object[n];
            int j = 0;
            for (int i = 0; i < keys.Length; i++)
            {
                if (i == at)
                {
                    if (value == null) continue;
                    newKeys[j] = local;
                    newValues[j++] = value;
                    continue;
                }
                newKeys[j] = keys[i];
                newValues[j++] = current.m_values[i];
            }
            if (at < 0)
            {
                newKeys[j] = local;
                newValues[j] = value;
            }
            ThreadCurrent.ExecutionContext = n == 0 && !current.m_flowSuppressed ? null : new ExecutionContext(newKeys, newValues, current.m_flowSuppressed);
        }
    }

    internal interface IAsyncLocal { }

    // Undoes SuppressFlow (using (ExecutionContext.SuppressFlow()) { ... }).
    public struct AsyncFlowControl : IDisposable
    {
        private bool m_active;

        internal AsyncFlowControl(bool active) { m_active = active; }

        public void Undo()
        {
            if (!m_active) throw new InvalidOperationException("AsyncFlowControl object must be used on the thread where it was created.");
            m_active = false;
            ExecutionContext.RestoreFlow();
        }

        public void Dispose()
        {
            if (m_active) Undo();
        }
    }

    // A value local to the logical flow of control: set in a method, it is seen by the work that method starts
    // (Task.Run, QueueUserWorkItem, threads, awaits' continuations) and not by its callers once an async method
    // returns. The value-changed notification of .NET's AsyncLocal(Action<...>) constructor is not implemented.
    public sealed class AsyncLocal<T> : IAsyncLocal
    {
        public AsyncLocal() { }

        public T Value
        {
            get
            {
                object value = ExecutionContext.GetLocalValue(this);
                return value == null ? default(T) : (T)value;
            }
            set { ExecutionContext.SetLocalValue(this, value); }
        }
    }
}
