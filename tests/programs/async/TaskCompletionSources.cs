using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

// TaskCompletionSource<T>: SetResult/SetException/SetCanceled and their Try* forms (a task completes once),
// async methods awaiting the task, completion from Task.Run callbacks, several awaiters of one task, a race of
// TrySetResult calls, and await continuations resuming inside SetResult.
class StateException : Exception
{
    public StateException(string message) : base(message)
    {
    }
}

class TaskCompletionSources
{
    static readonly List<string> log = new List<string>();

    static async Task<int> AwaitSource(Task<int> source, int add)
    {
        int v = await source;
        return v + add;
    }

    static async Task ResumeAndLog(Task<string> source)
    {
        log.Add("awaiting");
        string s = await source;
        log.Add("resumed with " + s);
    }

    static async Task<string> Outcome(Task<int> t)
    {
        try
        {
            return "value " + await t;
        }
        catch (Exception e)
        {
            return e.GetType().Name + (e is StateException ? " '" + e.Message + "'" : "");
        }
    }

    static string Try(Action a)
    {
        try
        {
            a();
            return "ok";
        }
        catch (Exception e)
        {
            return e.GetType().Name;
        }
    }

    static void Main()
    {
        TaskCompletionSource<int> tcs = new TaskCompletionSource<int>();
        Task<int> t = tcs.Task;
        Console.WriteLine("fresh: " + t.Status + " same task each time: " + ReferenceEquals(t, tcs.Task));
        Task<int> waiter = AwaitSource(t, 1);
        Console.WriteLine("awaiter before SetResult: " + waiter.IsCompleted);
        tcs.SetResult(41);
        Console.WriteLine("after SetResult: " + t.Status + " result " + t.Result + " awaiter " + waiter.Result);
        Console.WriteLine("TrySetResult again: " + tcs.TrySetResult(1) + ", TrySetException: " + tcs.TrySetException(new StateException("late"))
            + ", TrySetCanceled: " + tcs.TrySetCanceled());
        Console.WriteLine("SetResult again: " + Try(() => tcs.SetResult(2)) + ", SetException again: "
            + Try(() => tcs.SetException(new StateException("late"))) + ", SetCanceled again: " + Try(() => tcs.SetCanceled()));
        Console.WriteLine("still " + t.Result);

        TaskCompletionSource<int> faulted = new TaskCompletionSource<int>();
        StateException problem = new StateException("set by SetException");
        faulted.SetException(problem);
        Console.WriteLine("SetException: " + faulted.Task.Status + " inner is the same object: " + ReferenceEquals(faulted.Task.Exception.InnerException, problem));
        Console.WriteLine("await: " + Outcome(faulted.Task).Result);
        try
        {
            Console.WriteLine(faulted.Task.Result);
        }
        catch (AggregateException e)
        {
            Console.WriteLine("Result: AggregateException of " + e.InnerException.Message);
        }
        Console.WriteLine("TrySetResult after fault: " + faulted.TrySetResult(5));

        TaskCompletionSource<int> canceled = new TaskCompletionSource<int>();
        canceled.SetCanceled();
        Console.WriteLine("SetCanceled: " + canceled.Task.Status + " IsCanceled " + canceled.Task.IsCanceled + " await: " + Outcome(canceled.Task).Result);
        Console.WriteLine("Wait: " + Try(() => canceled.Task.Wait()));

        TaskCompletionSource<int> trySet = new TaskCompletionSource<int>();
        Console.WriteLine("TrySetCanceled on fresh: " + trySet.TrySetCanceled() + " " + trySet.Task.Status);
        TaskCompletionSource<int> tryEx = new TaskCompletionSource<int>();
        Console.WriteLine("TrySetException on fresh: " + tryEx.TrySetException(new StateException("try")) + " " + tryEx.Task.Status
            + " await: " + Outcome(tryEx.Task).Result);
        TaskCompletionSource<int> tryOk = new TaskCompletionSource<int>();
        Console.WriteLine("TrySetResult on fresh: " + tryOk.TrySetResult(3) + " " + tryOk.Task.Status + " await: " + Outcome(tryOk.Task).Result);
        Console.WriteLine("SetException(null): " + Try(() => new TaskCompletionSource<int>().SetException((Exception)null)));

        // completed from a Task.Run callback
        TaskCompletionSource<string> fromRun = new TaskCompletionSource<string>();
        Task.Run(() => fromRun.SetResult("set on the pool"));
        Console.WriteLine("from Task.Run: " + fromRun.Task.Result);
        TaskCompletionSource<int> fromAsyncRun = new TaskCompletionSource<int>();
        Task.Run(async () =>
        {
            await Task.Delay(5);
            fromAsyncRun.SetException(new StateException("failed on the pool"));
        });
        Console.WriteLine("from async Task.Run: " + Outcome(fromAsyncRun.Task).Result);

        // several awaiters of one task, released by a callback
        TaskCompletionSource<int> shared = new TaskCompletionSource<int>();
        Task<int>[] awaiters = new Task<int>[4];
        for (int i = 0; i < awaiters.Length; i++) awaiters[i] = AwaitSource(shared.Task, i * 100);
        Task.Run(() => shared.SetResult(7));
        int[] results = Task.WhenAll(awaiters).Result;
        Console.WriteLine("shared: " + results[0] + " " + results[1] + " " + results[2] + " " + results[3]);

        // a race of TrySetResult calls: exactly one wins
        TaskCompletionSource<int> race = new TaskCompletionSource<int>();
        int wins = 0;
        int winner = -1;
        Task[] racers = new Task[8];
        for (int i = 0; i < racers.Length; i++)
        {
            int k = i;
            racers[i] = Task.Run(() =>
            {
                if (race.TrySetResult(k))
                {
                    Interlocked.Increment(ref wins);
                    winner = k;
                }
            });
        }
        Task.WhenAll(racers).Wait();
        Console.WriteLine("race: wins " + wins + ", result is the winner's: " + (race.Task.Result == winner));

        // an await continuation resumes inside SetResult
        TaskCompletionSource<string> inline = new TaskCompletionSource<string>();
        Task resumer = ResumeAndLog(inline.Task);
        log.Add("before SetResult");
        inline.SetResult("x");
        log.Add("after SetResult");
        resumer.Wait();
        Console.WriteLine("order: " + string.Join(" | ", log.ToArray()));

        // a TaskCompletionSource<object> as a plain Task
        TaskCompletionSource<object> signal = new TaskCompletionSource<object>();
        Task plain = signal.Task;
        Task.Run(() => signal.SetResult(null));
        plain.Wait();
        Console.WriteLine("plain: " + plain.Status);

        // let the pool go idle before exiting (Mono can stall at exit while pool threads are busy)
        System.Diagnostics.Stopwatch settle = System.Diagnostics.Stopwatch.StartNew();
        while (settle.ElapsedMilliseconds < 100)
        {
        }
    }
}
