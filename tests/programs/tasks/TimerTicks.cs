using System;
using System.Threading;
using System.Threading.Tasks;

// System.Threading.Timer: a one-shot timer fires once, a periodic one until disposed, Change reschedules (and
// Timeout.Infinite stops it), a disposed timer never fires again; CancellationTokenSource.CancelAfter and the
// constructor with a delay cancel on the timer; Task.Delay with a token.
static class TimerTicks
{
    static void Main()
    {
        int once = 0;
        TaskCompletionSource<bool> fired = new TaskCompletionSource<bool>();
        Timer single = new Timer(s => { Interlocked.Increment(ref once); fired.TrySetResult(true); }, null, 10, Timeout.Infinite);
        fired.Task.Wait();
        Task.Delay(50).Wait();
        Console.WriteLine("one-shot fired: " + once);
        single.Dispose();

        int ticks = 0;
        TaskCompletionSource<bool> five = new TaskCompletionSource<bool>();
        Timer periodic = null;
        periodic = new Timer(s => { if (Interlocked.Increment(ref ticks) == 5) five.TrySetResult(true); }, "state", 0, 5);
        five.Task.Wait();
        periodic.Dispose();
        int atDispose = Interlocked.CompareExchange(ref ticks, 0, 0);
        Task.Delay(50).Wait();
        int later = Interlocked.CompareExchange(ref ticks, 0, 0);
        Console.WriteLine("periodic reached 5: " + (atDispose >= 5) + ", at most one more after Dispose: " + (later - atDispose <= 1));

        int changed = 0;
        TaskCompletionSource<bool> changedFired = new TaskCompletionSource<bool>();
        Timer postponed = new Timer(s => { Interlocked.Increment(ref changed); changedFired.TrySetResult(true); }, null, Timeout.Infinite, Timeout.Infinite);
        Task.Delay(20).Wait();
        Console.WriteLine("not started: " + changed);
        Console.WriteLine("Change: " + postponed.Change(10, Timeout.Infinite));
        changedFired.Task.Wait();
        Console.WriteLine("fired after Change: " + changed);
        postponed.Change(Timeout.Infinite, Timeout.Infinite);
        postponed.Dispose();
        try { postponed.Change(1, 1); }
        catch (ObjectDisposedException) { Console.WriteLine("Change after Dispose: ObjectDisposedException"); }

        int stopped = 0;
        Timer stoppedTimer = new Timer(s => Interlocked.Increment(ref stopped), null, 30, 10);
        stoppedTimer.Change(Timeout.Infinite, Timeout.Infinite);
        Task.Delay(60).Wait();
        Console.WriteLine("stopped by Change(Infinite): " + stopped);

        CancellationTokenSource cts = new CancellationTokenSource();
        TaskCompletionSource<bool> canceled = new TaskCompletionSource<bool>();
        cts.Token.Register(() => canceled.SetResult(true));
        cts.CancelAfter(20);
        Console.WriteLine("CancelAfter: " + canceled.Task.Result + " " + cts.IsCancellationRequested);

        CancellationTokenSource byConstructor = new CancellationTokenSource(15);
        try { Task.Delay(10000, byConstructor.Token).Wait(); }
        catch (AggregateException e) { Console.WriteLine("Delay canceled by a timed source: " + e.InnerExceptions[0].GetType().Name); }

        CancellationTokenSource postponedCancel = new CancellationTokenSource();
        postponedCancel.CancelAfter(10);
        postponedCancel.CancelAfter(Timeout.Infinite);
        Task.Delay(40).Wait();
        Console.WriteLine("CancelAfter(Infinite) replaced the earlier delay: " + !postponedCancel.IsCancellationRequested);

        try { new Timer(s => { }, null, -2, 0); }
        catch (ArgumentOutOfRangeException) { Console.WriteLine("due time -2: ArgumentOutOfRangeException"); }
    }
}
