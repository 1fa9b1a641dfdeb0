namespace System.Runtime.ExceptionServices
{
    public static class ExceptionHandling
    {
        // .NET 10: raises AppDomain.UnhandledException for an exception that code outside the runtime found unhandled
        // (as .NET's AppContext.OnUnhandledException does: IsTerminating is true), and returns.
        public static void RaiseAppDomainUnhandledExceptionEvent(object exception)
        {
            if (exception == null) throw new ArgumentNullException("exception");
            AppDomain.RaiseUnhandledException(exception, true);
        }
    }
}
