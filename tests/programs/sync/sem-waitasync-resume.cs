// SemaphoreSlim.WaitAsync: a waiter's await resumes on the thread pool, not inside the Release that let it in (.NET's
// async waiter completes with asynchronous continuations). Waiters are let in in order, one per released count.
using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

class SemaphoreWaitAsyncResumeTest
{
    static readonly SemaphoreSlim s_sem = new SemaphoreSlim(0);
    static int s_releaser;
    static readonly List<string> s_log = new List<string>();

    static async Task Waiter(int n, CountdownEvent done)
    {
        await s_sem.WaitAsync();
        bool insideRelease = Thread.CurrentThread.ManagedThreadId == s_releaser;
        lock (s_log) s_log.Add(n + (insideRelease ? " resumed inside Release" : " resumed on the pool: " + Thread.CurrentThread.IsThreadPoolThread));
        done.Signal();
    }

    static async Task<bool> TimedWaiter()
    {
        bool entered = await s_sem.WaitAsync(5000);
        return entered && Thread.CurrentThread.ManagedThreadId != s_releaser;
    }

    static int Main()
    {
        s_releaser = Thread.CurrentThread.ManagedThreadId;
        var done = new CountdownEvent(3);
        for (int i = 0; i < 3; i++) { Task unused = Waiter(i, done); }
        Console.WriteLine("waiting: " + s_sem.CurrentCount);
        s_sem.Release();
        s_sem.Release(2);
        done.Wait();
        s_log.Sort();
        foreach (string line in s_log) Console.WriteLine(line);

        Task<bool> timed = TimedWaiter();
        s_sem.Release();
        Console.WriteLine("timed waiter off the releasing thread: " + timed.Result);

        // a waiter whose token is canceled, and one that times out, leave the count alone
        var cts = new CancellationTokenSource();
        Task canceled = s_sem.WaitAsync(cts.Token);
        cts.Cancel();
        try { canceled.Wait(); } catch (AggregateException e) { Console.WriteLine("canceled: " + e.InnerException.GetType().Name); }
        Console.WriteLine("timed out: " + !s_sem.WaitAsync(10).Result + ", count " + s_sem.CurrentCount);
        return 0;
    }
}
