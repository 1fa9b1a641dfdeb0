using System;
using System.Threading;
using System.Threading.Tasks;

// Cancellation in classic async code: CancellationTokenSource.Cancel, ThrowIfCancellationRequested inside async
// methods, an OperationCanceledException making the task canceled (not faulted), awaiting canceled tasks,
// Task.FromCanceled, Task.Delay with a token, and Task.Run delegates that throw OperationCanceledException.
class AsyncCancellation
{
    static int iterations;

    // Checks the token at every step; cancels its own source at step `cancelAt`.
    static async Task<int> SelfCanceling(CancellationTokenSource cts, int cancelAt)
    {
        int done = 0;
        for (int i = 0; i < 10; i++)
        {
            cts.Token.ThrowIfCancellationRequested();
            await Task.Yield();
            done++;
            if (i == cancelAt) cts.Cancel();
        }
        return done;
    }

    // Waits for the gate, then checks the token.
    static async Task<int> Gated(Task gate, CancellationToken token)
    {
        iterations = 0;
        await gate;
        iterations++;
        token.ThrowIfCancellationRequested();
        iterations++;
        return 1;
    }

    static async Task<string> Custom()
    {
        await Task.Yield();
        throw new OperationCanceledException("stopped on purpose");
    }

    static async Task<int> Outer(CancellationToken token)
    {
        // does not catch: the cancellation propagates and cancels this task, too
        int v = await Gated(Task.FromResult(true), token);
        return v + 100;
    }

    static async Task<string> CatchingOuter(CancellationToken token)
    {
        try
        {
            await Gated(Task.Delay(1), token);
            return "not canceled";
        }
        catch (OperationCanceledException e)
        {
            return "caught " + e.GetType().Name + " token canceled " + e.CancellationToken.IsCancellationRequested;
        }
    }

    static async Task<string> AwaitIt(Task t)
    {
        try
        {
            await t;
            return "completed";
        }
        catch (TaskCanceledException e)
        {
            return "TaskCanceledException (is OCE: " + (e is OperationCanceledException) + ")";
        }
        catch (OperationCanceledException e)
        {
            return "OperationCanceledException '" + (e.Message == "stopped on purpose" ? e.Message : "default message") + "'";
        }
        catch (Exception e)
        {
            return "other " + e.GetType().Name;
        }
    }

    static void Describe(string name, Task t)
    {
        Console.WriteLine(name + ": Status=" + t.Status + " IsCanceled=" + t.IsCanceled + " IsFaulted=" + t.IsFaulted
            + " IsCompleted=" + t.IsCompleted + " Exception null=" + (t.Exception == null));
    }

    static void WaitAndReport(string name, Task t)
    {
        try
        {
            t.Wait();
            Console.WriteLine(name + " Wait: completed");
        }
        catch (AggregateException e)
        {
            Console.WriteLine(name + " Wait: AggregateException of " + e.InnerException.GetType().Name);
        }
    }

    static void Main()
    {
        CancellationTokenSource cts = new CancellationTokenSource();
        CancellationToken token = cts.Token;
        Console.WriteLine("fresh: requested=" + token.IsCancellationRequested + " canBeCanceled=" + token.CanBeCanceled
            + " none.canBeCanceled=" + CancellationToken.None.CanBeCanceled);
        Console.WriteLine("new CancellationToken(true): " + new CancellationToken(true).IsCancellationRequested);

        // runs to completion when nobody cancels
        Console.WriteLine("uncanceled: " + SelfCanceling(new CancellationTokenSource(), 99).Result);

        CancellationTokenSource self = new CancellationTokenSource();
        Task<int> selfTask = SelfCanceling(self, 3);
        WaitAndReport("self", selfTask);
        Describe("self", selfTask);
        Console.WriteLine("source canceled: " + self.IsCancellationRequested);
        Console.WriteLine("await self: " + AwaitIt(selfTask).Result);

        // cancel while the method waits, then let it go on
        TaskCompletionSource<bool> gate = new TaskCompletionSource<bool>();
        Task<int> gated = Gated(gate.Task, token);
        Console.WriteLine("gated before: " + gated.Status + " iterations " + iterations);
        cts.Cancel();
        cts.Cancel(); // a second Cancel does nothing
        Console.WriteLine("after Cancel: requested=" + token.IsCancellationRequested + " gated completed=" + gated.IsCompleted);
        gate.SetResult(true);
        WaitAndReport("gated", gated);
        Describe("gated", gated);
        Console.WriteLine("gated iterations " + iterations);
        try
        {
            gated.GetAwaiter().GetResult();
        }
        catch (OperationCanceledException e)
        {
            Console.WriteLine("GetResult: " + e.GetType().Name + " carries canceled token " + e.CancellationToken.IsCancellationRequested);
        }
        try
        {
            Console.WriteLine(gated.Result);
        }
        catch (AggregateException e)
        {
            Console.WriteLine("Result: AggregateException of " + e.InnerException.GetType().Name);
        }

        Task<int> outer = Outer(token);
        WaitAndReport("outer", outer);
        Describe("outer", outer);
        Console.WriteLine(CatchingOuter(token).Result);
        Console.WriteLine(CatchingOuter(CancellationToken.None).Result);

        Task<string> custom = Custom();
        WaitAndReport("custom", custom);
        Describe("custom", custom);
        Console.WriteLine("await custom: " + AwaitIt(custom).Result);

        // Task.FromCanceled
        Task fromCanceled = Task.FromCanceled(token);
        Describe("FromCanceled", fromCanceled);
        Console.WriteLine("await FromCanceled: " + AwaitIt(fromCanceled).Result);
        Task<int> fromCanceledT = Task.FromCanceled<int>(token);
        Describe("FromCanceled<int>", fromCanceledT);
        WaitAndReport("FromCanceled<int>", fromCanceledT);
        try
        {
            int r = fromCanceledT.GetAwaiter().GetResult();
            Console.WriteLine(r);
        }
        catch (OperationCanceledException e)
        {
            Console.WriteLine("GetResult FromCanceled<int>: " + e.GetType().Name);
        }

        // Task.Delay: a token canceled before the call gives a canceled task; canceling later cancels the delay
        Task early = Task.Delay(10, token);
        Describe("Delay with canceled token", early);
        CancellationTokenSource later = new CancellationTokenSource();
        Task pending = Task.Delay(1000, later.Token);
        Console.WriteLine("pending delay completed: " + pending.IsCompleted);
        later.Cancel();
        Console.WriteLine("await canceled delay: " + AwaitIt(pending).Result);
        Describe("canceled delay", pending);

        // Task.Run without a token: a delegate throwing OperationCanceledException faults the task
        CancellationTokenSource runSource = new CancellationTokenSource();
        runSource.Cancel();
        Task run = Task.Run(() => runSource.Token.ThrowIfCancellationRequested());
        WaitAndReport("Run(Action)", run);
        Describe("Run(Action)", run);
        Task<int> runT = Task.Run(() =>
        {
            if (runSource.IsCancellationRequested) throw new OperationCanceledException("run canceled");
            return 1;
        });
        WaitAndReport("Run(Func<int>)", runT);
        Describe("Run(Func<int>)", runT);
        // ... but Task.Run of an async lambda takes over the inner task's cancellation
        Task runAsync = Task.Run(async () =>
        {
            await Task.Yield();
            runSource.Token.ThrowIfCancellationRequested();
        });
        WaitAndReport("Run(Func<Task>)", runAsync);
        Describe("Run(Func<Task>)", runAsync);

        // WhenAll of canceled tasks is canceled
        Task all = Task.WhenAll(Gated(Task.FromResult(true), token), Gated(Task.Delay(1), token));
        WaitAndReport("WhenAll", all);
        Describe("WhenAll", all);

        // let the pool go idle before exiting (Mono can stall at exit while pool threads are busy)
        System.Diagnostics.Stopwatch settle = System.Diagnostics.Stopwatch.StartNew();
        while (settle.ElapsedMilliseconds < 100)
        {
        }
    }
}
