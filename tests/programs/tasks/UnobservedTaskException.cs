// A faulted task nobody observed raises TaskScheduler.UnobservedTaskException when it is collected (on the finalizer
// thread); observed faults (Wait, Result, await, Exception, WhenAll, ContinueWith reading Exception) never do.
// The collector scans stacks conservatively, so the unobserved case checks "at least one", as .NET guarantees no more.
using System;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;

class UnobservedTaskExceptionTest
{
    static int s_raised;
    static int s_observedMarker;
    static int s_wrongShape;
    static bool s_onFinalizerThread = true;
    static int s_mainThread;

    static void OnUnobserved(object sender, UnobservedTaskExceptionEventArgs e)
    {
        if (e.Exception.InnerExceptions.Count < 1 || !(sender is Task)) Interlocked.Increment(ref s_wrongShape);
        foreach (Exception inner in e.Exception.InnerExceptions)
            if (inner.Message == "observed") Interlocked.Increment(ref s_observedMarker);
        if (Thread.CurrentThread.ManagedThreadId == s_mainThread) s_onFinalizerThread = false;
        if (e.Observed) Interlocked.Increment(ref s_wrongShape);
        e.SetObserved();
        if (!e.Observed) Interlocked.Increment(ref s_wrongShape);
        Interlocked.Increment(ref s_raised);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static void FaultUnobserved(int n)
    {
        for (int i = 0; i < n; i++)
        {
            Task t = Task.Run(() => { throw new InvalidOperationException("unobserved"); });
            ((IAsyncResult)t).AsyncWaitHandle.WaitOne();
        }
    }

    static int ThrowInt() { throw new InvalidOperationException("observed"); }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static async Task Throws() { await Task.Yield(); throw new InvalidOperationException("observed"); }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static async Task AwaitIt()
    {
        try { await Throws(); } catch (InvalidOperationException) { }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static void FaultObserved()
    {
        try { Task.Run(() => { throw new InvalidOperationException("observed"); }).Wait(); } catch (AggregateException) { }
        try { int r = Task.Run(new Func<int>(ThrowInt)).Result; } catch (AggregateException) { }
        Task e = Task.Run(() => { throw new InvalidOperationException("observed"); });
        while (!e.IsCompleted) Thread.Sleep(1);
        if (e.Exception == null) Console.WriteLine("no Exception");
        AwaitIt().Wait();
        try { Task.WhenAll(Throws(), Throws()).Wait(); } catch (AggregateException) { }
        Task.Run(() => { throw new InvalidOperationException("observed"); })
            .ContinueWith(t => { var ex = t.Exception; }).Wait();
        try { Task.WaitAll(Throws(), Throws()); } catch (AggregateException) { }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static void Canceled()
    {
        var cts = new CancellationTokenSource();
        cts.Cancel();
        Task t = Task.Run(() => { }, cts.Token);
        try { t.Wait(); } catch (AggregateException) { }
        Task u = Task.FromCanceled(cts.Token);
        while (!u.IsCompleted) Thread.Sleep(1);
    }

    static void Collect()
    {
        for (int i = 0; i < 3; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
        }
    }

    static int Main()
    {
        s_mainThread = Thread.CurrentThread.ManagedThreadId;
        // with no handler, and with a handler that leaves the event unobserved, the process goes on
        FaultUnobserved(5);
        Collect();
        EventHandler<UnobservedTaskExceptionEventArgs> ignore = (sender, e) => { };
        TaskScheduler.UnobservedTaskException += ignore;
        FaultUnobserved(5);
        Collect();
        TaskScheduler.UnobservedTaskException -= ignore;
        TaskScheduler.UnobservedTaskException += OnUnobserved;

        FaultObserved();
        Canceled();
        Collect();
        Console.WriteLine("observed faults raised the event: " + (s_observedMarker > 0));

        FaultUnobserved(20);
        Collect();
        Console.WriteLine("unobserved faults raised it at least once: " + (s_raised > 0));
        Console.WriteLine("event args well formed: " + (s_wrongShape == 0));
        Console.WriteLine("raised off the main thread: " + s_onFinalizerThread);
        Console.WriteLine("observed faults raised the event: " + (s_observedMarker > 0));
        return 0;
    }
}
