// SemaphoreSlim as a limiter: at most N holders at once, whether they wait blocking (threads) or asynchronously
// (WaitAsync in async methods); timeouts and cancellation of waiters that never get in.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

class SemaphoreLimit
{
    static int s_current, s_max, s_total;

    static void Enter()
    {
        int now = Interlocked.Increment(ref s_current);
        int seen;
        while ((seen = Volatile.Read(ref s_max)) < now && Interlocked.CompareExchange(ref s_max, now, seen) != seen) { }
        Interlocked.Increment(ref s_total);
    }

    static void Leave() { Interlocked.Decrement(ref s_current); }

    static async Task Worker(SemaphoreSlim limit)
    {
        for (int i = 0; i < 20; i++)
        {
            await limit.WaitAsync();
            try
            {
                Enter();
                await Task.Yield();
                Leave();
            }
            finally { limit.Release(); }
        }
    }

    static void Main()
    {
        var limit = new SemaphoreSlim(3);
        var threads = Enumerable.Range(0, 8).Select(i => new Thread(() =>
        {
            for (int k = 0; k < 200; k++)
            {
                limit.Wait();
                Enter();
                Thread.SpinWait(200);
                Leave();
                limit.Release();
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        Console.WriteLine("blocking: max <= 3 " + (s_max <= 3) + " total " + s_total + " count back to " + limit.CurrentCount);

        s_max = 0; s_total = 0;
        var asyncLimit = new SemaphoreSlim(2);
        Task.WaitAll(Enumerable.Range(0, 10).Select(i => Task.Run(() => Worker(asyncLimit))).ToArray());
        Console.WriteLine("async: max <= 2 " + (s_max <= 2) + " total " + s_total + " count back to " + asyncLimit.CurrentCount);

        var closed = new SemaphoreSlim(0);
        var timedOut = Task.Run(() => closed.Wait(30));
        var asyncTimedOut = closed.WaitAsync(30);
        var cts = new CancellationTokenSource();
        var canceled = closed.WaitAsync(cts.Token);
        cts.CancelAfter(20);
        bool wasCanceled = false;
        try { canceled.Wait(10000); } catch (AggregateException e) { wasCanceled = e.InnerException is TaskCanceledException || e.InnerException is OperationCanceledException; }
        Console.WriteLine("timed out " + !timedOut.Result + " " + !asyncTimedOut.Result + " canceled " + wasCanceled + " count " + closed.CurrentCount);

        // a release wakes exactly as many waiters as it adds
        var waiters = Enumerable.Range(0, 4).Select(i => closed.WaitAsync(10000)).ToArray();
        closed.Release(2);
        Thread.Sleep(50);
        Console.WriteLine("released two: " + waiters.Count(w => w.IsCompleted));
        closed.Release(2);
        Task.WaitAll(waiters);
        Console.WriteLine("all in " + waiters.All(w => w.Result));
    }
}
