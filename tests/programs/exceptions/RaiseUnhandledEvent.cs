// expect-stdout-file: RaiseUnhandledEvent.out
// ExceptionHandling.RaiseAppDomainUnhandledExceptionEvent (.NET 10, not in Mono, hence the expected-output file):
// raises AppDomain.UnhandledException for an exception found unhandled outside the runtime, then returns; the
// process goes on. A null exception is an ArgumentNullException.
using System;
using System.Runtime.ExceptionServices;

class RaiseUnhandledEvent
{
    static void Main()
    {
        // no handler yet: nothing happens
        ExceptionHandling.RaiseAppDomainUnhandledExceptionEvent(new Exception("nobody listens"));
        AppDomain.CurrentDomain.UnhandledException += (sender, e) =>
            Console.WriteLine("handler: " + ((Exception)e.ExceptionObject).Message + ", terminating " + e.IsTerminating);
        ExceptionHandling.RaiseAppDomainUnhandledExceptionEvent(new InvalidOperationException("from a host"));
        Console.WriteLine("still running");
        try
        {
            ExceptionHandling.RaiseAppDomainUnhandledExceptionEvent(null);
        }
        catch (ArgumentNullException e)
        {
            Console.WriteLine("null: " + e.ParamName);
        }
    }
}
