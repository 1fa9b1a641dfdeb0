// exit: 134
// (.NET ends the process by SIGABRT, 134; Mono exits 1.)
// AppDomain.UnhandledException is raised on the thread whose exception no frame catches, before the process ends.
using System;
using System.Threading;

class UnhandledEventOnThread
{
    static int mainThread;

    static void OnUnhandled(object sender, UnhandledExceptionEventArgs e)
    {
        Console.WriteLine("handler: " + ((Exception)e.ExceptionObject).Message);
        Console.WriteLine("on the failing thread: " + (Thread.CurrentThread.ManagedThreadId != mainThread)
            + ", named " + Thread.CurrentThread.Name);
        Console.WriteLine("terminating: " + e.IsTerminating);
    }

    static void Work()
    {
        Console.WriteLine("worker runs");
        throw new ApplicationException("the worker failed");
    }

    static void Main()
    {
        mainThread = Thread.CurrentThread.ManagedThreadId;
        AppDomain.CurrentDomain.UnhandledException += OnUnhandled;
        var worker = new Thread(Work);
        worker.Name = "worker";
        worker.Start();
        worker.Join();
        Thread.Sleep(5000);
        Console.WriteLine("not reached");
    }
}
