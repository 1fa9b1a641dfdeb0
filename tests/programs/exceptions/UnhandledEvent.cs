// exit: 134
// (.NET ends a process with an unhandled exception by SIGABRT, 134; Mono exits 1 and, once a handler is added,
// reports the exception as "FATAL UNHANDLED EXCEPTION", so the code is stated here.)
using System;

// AppDomain.UnhandledException: handlers run, in the order they were added, for an exception no frame catches,
// with the exception, IsTerminating true and the domain as sender; a removed handler does not run; exceptions that
// are caught raise nothing; the process still ends as for any unhandled exception.
class UnhandledEvent
{
    static int raised;

    static void First(object sender, UnhandledExceptionEventArgs e)
    {
        raised++;
        Exception ex = (Exception)e.ExceptionObject;
        Console.WriteLine("first: " + ex.GetType().Name + ": " + ex.Message);
        Console.WriteLine("terminating: " + e.IsTerminating);
        Console.WriteLine("sender is the domain: " + (sender == AppDomain.CurrentDomain));
    }

    static void Second(object sender, UnhandledExceptionEventArgs e)
    {
        raised++;
        Console.WriteLine("second, after " + raised + " calls");
    }

    static void Removed(object sender, UnhandledExceptionEventArgs e)
    {
        Console.WriteLine("a removed handler ran");
    }

    static int Depth(int n)
    {
        if (n == 0) throw new InvalidOperationException("no frame catches this");
        return Depth(n - 1) + 1;
    }

    static void Main()
    {
        AppDomain domain = AppDomain.CurrentDomain;
        Console.WriteLine("same domain each time: " + (domain == AppDomain.CurrentDomain));
        Console.WriteLine("default domain: " + domain.IsDefaultAppDomain());
        domain.UnhandledException += First;
        domain.UnhandledException += Removed;
        domain.UnhandledException += Second;
        domain.UnhandledException -= Removed;
        try
        {
            Depth(2);
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine("caught: " + e.Message + ", handlers called: " + raised);
        }
        Depth(3);
        Console.WriteLine("not reached");
    }
}
