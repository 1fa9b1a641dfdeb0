using System;
using System.Threading;
using System.Threading.Tasks;

// Blocking waits with timeouts and tokens: Wait, WaitAll and WaitAny time out on tasks that never complete, return as
// soon as what they wait for completes, and throw OperationCanceledException when their token is canceled first.
static class WaitTimeouts
{
    static void Main()
    {
        TaskCompletionSource<int> never = new TaskCompletionSource<int>();
        Task done = Task.FromResult(1);
        Task soon = Task.Delay(20);

        Console.WriteLine("Wait(30) on a never-completing task: " + never.Task.Wait(30));
        Console.WriteLine("Wait(TimeSpan) on a completed task: " + done.Wait(TimeSpan.FromMilliseconds(0)));
        Console.WriteLine("Wait(5000) on a delay of 20 ms: " + soon.Wait(5000));

        Console.WriteLine("WaitAll with one never: " + Task.WaitAll(new Task[] { done, never.Task }, 30));
        Console.WriteLine("WaitAll of completed and soon: " + Task.WaitAll(new Task[] { done, Task.Delay(10) }, 5000));
        Console.WriteLine("WaitAny of never and soon: " + Task.WaitAny(new Task[] { never.Task, Task.Delay(10) }, 5000));
        Console.WriteLine("WaitAny of never twice: " + Task.WaitAny(new Task[] { never.Task, never.Task }, 30));
        Console.WriteLine("WaitAny already completed: " + Task.WaitAny(never.Task, done));

        CancellationTokenSource cts = new CancellationTokenSource();
        cts.CancelAfter(20);
        try
        {
            never.Task.Wait(cts.Token);
            Console.WriteLine("not canceled?");
        }
        catch (OperationCanceledException e) { Console.WriteLine("Wait(token): " + e.GetType().Name + ", token matches: " + (e.CancellationToken == cts.Token)); }

        CancellationTokenSource cts2 = new CancellationTokenSource();
        cts2.CancelAfter(20);
        try { Task.WaitAll(new Task[] { never.Task }, -1, cts2.Token); }
        catch (OperationCanceledException e) { Console.WriteLine("WaitAll(token): " + e.GetType().Name); }

        CancellationTokenSource cts3 = new CancellationTokenSource();
        cts3.CancelAfter(20);
        try { Task.WaitAny(new Task[] { never.Task }, -1, cts3.Token); }
        catch (OperationCanceledException e) { Console.WriteLine("WaitAny(token): " + e.GetType().Name); }

        CancellationTokenSource unused = new CancellationTokenSource();
        Console.WriteLine("Wait(10, token) times out: " + never.Task.Wait(10, unused.Token));

        Task<int> late = Task.Run(() => { Task.Delay(20).Wait(); return 5; });
        Console.WriteLine("Result after blocking: " + late.Result);

        try { never.Task.Wait(-2); }
        catch (ArgumentOutOfRangeException) { Console.WriteLine("Wait(-2) rejected"); }

        never.SetResult(3);
        Console.WriteLine("completed later: " + never.Task.Wait(0) + " " + never.Task.Result);
    }
}
