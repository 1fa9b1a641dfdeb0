namespace System.Threading
{
    public sealed class CancellationTokenSource
    {
        private bool m_canceled;

        public bool IsCancellationRequested { get { return m_canceled; } }

        public CancellationToken Token { get { return new CancellationToken(this); } }

        public void Cancel() { m_canceled = true; }
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

        public AggregateException(Exception inner) : base("One or more errors occurred. (" + inner.Message + ")", inner)
        {
            m_inner = new Exception[] { inner };
        }

        public AggregateException(params Exception[] inner) : base(Describe(inner), inner.Length > 0 ? inner[0] : null)
        {
            m_inner = inner;
        }

        private static string Describe(Exception[] inner)
        {
            string text = "One or more errors occurred.";
            for (int i = 0; i < inner.Length; i++) text = text + " (" + inner[i].Message + ")";
            return text;
        }

        public Exception[] InnerExceptionsArray { get { return m_inner; } }

        public int InnerExceptionCount { get { return m_inner.Length; } }

        public AggregateException Flatten() { return this; }
    }
}
