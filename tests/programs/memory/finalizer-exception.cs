// An exception escaping a finalizer ends the process as an unhandled exception does (.NET: the report on stderr, exit
// code 134 from SIGABRT), whatever Main is doing meanwhile. Main waits for the finalizer, so it never gets further.
// exit: 134
using System;
using System.Runtime.CompilerServices;

class Faulty
{
    ~Faulty()
    {
        throw new InvalidOperationException("thrown by a finalizer");
    }
}

static class FinalizerException
{
    [MethodImpl(MethodImplOptions.NoInlining)]
    static void MakeFaulty()
    {
        for (int i = 0; i < 10; i++) new Faulty();
    }

    static void Main()
    {
        Console.WriteLine("before");
        MakeFaulty();
        GC.Collect();
        GC.WaitForPendingFinalizers();
        for (int i = 0; i < 100; i++)
        {
            // a stale stack word could keep all ten alive once: collect again, with bounded waits
            GC.Collect();
            GC.WaitForPendingFinalizers();
            System.Threading.Thread.Sleep(10);
        }
        Console.WriteLine("not reached");
    }
}
