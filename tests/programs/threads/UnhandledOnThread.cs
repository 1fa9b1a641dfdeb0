// An exception a secondary thread does not handle ends the process as .NET does: "Unhandled exception." on stderr,
// exit code 134, without running the thread's finally blocks first, and without waiting for Main.
// exit: 134
// expect-stdout-file: UnhandledOnThread.out
using System;
using System.Threading;

class UnhandledOnThread
{
    static void Fail()
    {
        try
        {
            throw new InvalidOperationException("thread failed");
        }
        finally
        {
            Console.WriteLine("finally (not in .NET)");
        }
    }

    static void Main()
    {
        Console.WriteLine("before");
        var t = new Thread(Fail);
        t.Start();
        t.Join();
        Thread.Sleep(5000);
        Console.WriteLine("not reached");
    }
}
