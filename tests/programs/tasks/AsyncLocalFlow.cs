// expect-stdout-file: AsyncLocalFlow.out
// (Mono's Timer does not flow the ExecutionContext; .NET's does: the callback sees "main".)
using System;
using System.Threading;
using System.Threading.Tasks;

// AsyncLocal<T> values flow into Task.Run, StartNew, ContinueWith, QueueUserWorkItem, threads, timers and await
// continuations;
// values set inside an async method or a task do not flow back out; SuppressFlow stops the flow (UnsafeQueueUserWorkItem
// never flows); ExecutionContext.Capture/Run run code in a captured context.
static class AsyncLocalFlow
{
    static readonly AsyncLocal<string> Name = new AsyncLocal<string>();
    static readonly AsyncLocal<int> Depth = new AsyncLocal<int>();

    static async Task<string> Inner()
    {
        string seen = Name.Value;
        Name.Value = "inner";
        await Task.Delay(5);
        string after = Name.Value;
        await Task.Yield();
        return seen + "/" + after + "/" + Name.Value;
    }

    static async Task<int> Recurse(int n)
    {
        Depth.Value = n;
        if (n == 0) return 0;
        await Task.Yield();
        int below = await Recurse(n - 1);
        return Depth.Value + below; // this level's value again after the callee returned
    }

    static void Main()
    {
        Name.Value = "main";
        Console.WriteLine("Task.Run sees: " + Task.Run(() => Name.Value).Result);
        Console.WriteLine("StartNew sees: " + Task.Factory.StartNew(() => Name.Value).Result);
        Console.WriteLine("ContinueWith sees: " + Task.Delay(5).ContinueWith(t => Name.Value).Result);

        TaskCompletionSource<string> fromPool = new TaskCompletionSource<string>();
        ThreadPool.QueueUserWorkItem(s => fromPool.SetResult(Name.Value));
        Console.WriteLine("QueueUserWorkItem sees: " + fromPool.Task.Result);

        TaskCompletionSource<string> unsafeFromPool = new TaskCompletionSource<string>();
        ThreadPool.UnsafeQueueUserWorkItem(s => unsafeFromPool.SetResult(Name.Value ?? "(null)"), null);
        Console.WriteLine("UnsafeQueueUserWorkItem sees: " + unsafeFromPool.Task.Result);

        string onThread = null;
        Thread thread = new Thread(() => onThread = Name.Value);
        thread.Start();
        thread.Join();
        Console.WriteLine("new Thread sees: " + onThread);

        TaskCompletionSource<string> fromTimer = new TaskCompletionSource<string>();
        using (new Timer(s => fromTimer.TrySetResult(Name.Value), null, 5, Timeout.Infinite))
        {
            Console.WriteLine("Timer callback sees: " + fromTimer.Task.Result);
        }

        Console.WriteLine("async method: " + Inner().Result + ", caller still sees: " + Name.Value);
        Task.Run(() => { Name.Value = "changed in task"; }).Wait();
        Console.WriteLine("after a task changed it: " + Name.Value);
        Console.WriteLine("recursion sums its own levels: " + Recurse(10).Result + ", depth here: " + Depth.Value);

        Task<string> suppressed;
        using (ExecutionContext.SuppressFlow())
        {
            Console.WriteLine("IsFlowSuppressed: " + ExecutionContext.IsFlowSuppressed() + ", Capture is null: " + (ExecutionContext.Capture() == null));
            suppressed = Task.Run(() => Name.Value ?? "(null)");
        }
        Console.WriteLine("Task.Run under SuppressFlow sees: " + suppressed.Result + ", restored: " + !ExecutionContext.IsFlowSuppressed());

        ExecutionContext captured = ExecutionContext.Capture();
        Name.Value = "later";
        string inCaptured = null;
        ExecutionContext.Run(captured, s => inCaptured = Name.Value, null);
        Console.WriteLine("ExecutionContext.Run sees: " + inCaptured + ", then: " + Name.Value);
        Name.Value = null;
        Console.WriteLine("cleared: " + (Name.Value == null));
        try { ExecutionContext.RestoreFlow(); }
        catch (InvalidOperationException) { Console.WriteLine("RestoreFlow without SuppressFlow: InvalidOperationException"); }
    }
}
