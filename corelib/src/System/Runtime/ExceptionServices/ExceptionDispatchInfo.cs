namespace System.Runtime.ExceptionServices
{
    // Throws an exception again elsewhere (another thread, an awaiting method) keeping the frames of where it was
    // thrown: the runtime's trace of the new throw starts after the earlier legs and .NET's boundary line
    // ("--- End of stack trace from previous location ---").
    public sealed class ExceptionDispatchInfo
    {
        private readonly Exception m_exception;

        private ExceptionDispatchInfo(Exception exception) { m_exception = exception; }

        public static ExceptionDispatchInfo Capture(Exception source)
        {
            if (source == null) throw new ArgumentNullException("source");
            return new ExceptionDispatchInfo(source);
        }

        public Exception SourceException { get { return m_exception; } }

        public void Throw() { Exception.DispatchThrow(m_exception); }

        public static void Throw(Exception source)
        {
            if (source == null) throw new ArgumentNullException("source");
            Exception.DispatchThrow(source);
        }
    }
}
