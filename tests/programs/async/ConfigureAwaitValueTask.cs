using System;
using System.Threading.Tasks;

// ConfigureAwait(false)/(true) on Task and Task<T> (completed and pending, successful and failing), and awaiting
// ValueTask<T> and ValueTask built from a value and from a task in classic async methods.
class ConfigureAwaitValueTask
{
    static async Task<int> Slow(int value)
    {
        await Task.Delay(2);
        return value;
    }

    static async Task<int> SlowFail(string message)
    {
        await Task.Yield();
        throw new InvalidOperationException(message);
    }

    static async Task<string> Configured()
    {
        int a = await Slow(1).ConfigureAwait(false);
        int b = await Task.FromResult(2).ConfigureAwait(false);
        await Task.Delay(1).ConfigureAwait(false);
        await Task.CompletedTask.ConfigureAwait(true);
        int c = await Slow(3).ConfigureAwait(true);
        await Task.Yield();
        int d = await Slow(4).ConfigureAwait(false);
        string failure;
        try
        {
            await SlowFail("configured failure").ConfigureAwait(false);
            failure = "none";
        }
        catch (InvalidOperationException e)
        {
            failure = e.Message;
        }
        try
        {
            await ((Task)SlowFail("plain task failure")).ConfigureAwait(false);
        }
        catch (InvalidOperationException e)
        {
            failure += ", " + e.Message;
        }
        return "configured " + a + b + c + d + " caught " + failure;
    }

    static readonly Task<int> cached = Task.FromResult(10);

    // returns a ValueTask<int> from a value for even numbers, from a task for odd ones
    static ValueTask<int> Maybe(int x)
    {
        if (x % 2 == 0) return new ValueTask<int>(x * 10);
        return new ValueTask<int>(Slow(x * 10));
    }

    static async Task<int> SumMaybe(int n)
    {
        int sum = 0;
        for (int i = 0; i < n; i++)
        {
            sum += await Maybe(i);
            sum += await Maybe(i).ConfigureAwait(false);
        }
        return sum;
    }

    static async Task<string> AwaitValueTasks()
    {
        ValueTask<int> fromValue = new ValueTask<int>(5);
        ValueTask<int> fromTask = new ValueTask<int>(Slow(6));
        ValueTask<int> fromCompletedTask = new ValueTask<int>(cached);
        int a = await fromValue;
        int b = await fromTask;
        int c = await fromCompletedTask.ConfigureAwait(false);
        ValueTask plain = new ValueTask(Task.Delay(1));
        await plain;
        await default(ValueTask);
        await new ValueTask(Task.CompletedTask).ConfigureAwait(false);
        string failure = "none";
        try
        {
            await new ValueTask<int>(SlowFail("value task failure"));
        }
        catch (InvalidOperationException e)
        {
            failure = e.Message;
        }
        try
        {
            await new ValueTask((Task)SlowFail("plain value task failure")).ConfigureAwait(false);
        }
        catch (InvalidOperationException e)
        {
            failure += ", " + e.Message;
        }
        return "awaited " + a + " " + b + " " + c + " caught " + failure;
    }

    static void Main()
    {
        Console.WriteLine(Configured().Result);

        ValueTask<int> v = new ValueTask<int>(7);
        Console.WriteLine("from value: completed " + v.IsCompleted + " successfully " + v.IsCompletedSuccessfully + " faulted " + v.IsFaulted
            + " canceled " + v.IsCanceled + " result " + v.Result);
        Task<int> asTask = v.AsTask();
        Console.WriteLine("AsTask of a value: " + asTask.Status + " " + asTask.Result);

        TaskCompletionSource<int> tcs = new TaskCompletionSource<int>();
        ValueTask<int> pending = new ValueTask<int>(tcs.Task);
        Console.WriteLine("from pending task: completed " + pending.IsCompleted + ", AsTask is the task: " + ReferenceEquals(pending.AsTask(), tcs.Task));
        tcs.SetResult(8);
        Console.WriteLine("after SetResult: completed " + pending.IsCompleted + " successfully " + pending.IsCompletedSuccessfully + " result " + pending.Result);

        Task<int> failing = SlowFail("result failure");
        ValueTask<int> bad = new ValueTask<int>(failing);
        try
        {
            failing.Wait();
        }
        catch (AggregateException)
        {
        }
        Console.WriteLine("from faulted task: faulted " + bad.IsFaulted + " successfully " + bad.IsCompletedSuccessfully);
        try
        {
            Console.WriteLine(bad.Result);
        }
        catch (Exception e)
        {
            Console.WriteLine("Result threw " + e.GetType().Name + ": " + e.Message);
        }
        try
        {
            bad.GetAwaiter().GetResult();
        }
        catch (Exception e)
        {
            Console.WriteLine("GetResult threw " + e.GetType().Name + ": " + e.Message);
        }
        TaskCompletionSource<int> canceledSource = new TaskCompletionSource<int>();
        canceledSource.SetCanceled();
        ValueTask<int> canceled = new ValueTask<int>(canceledSource.Task);
        Console.WriteLine("from canceled task: canceled " + canceled.IsCanceled + " completed " + canceled.IsCompleted);

        ValueTask plainDefault = default(ValueTask);
        Console.WriteLine("default ValueTask: completed " + plainDefault.IsCompleted + " successfully " + plainDefault.IsCompletedSuccessfully
            + " AsTask " + plainDefault.AsTask().Status);
        Task delay = Task.Delay(1);
        ValueTask plainFromTask = new ValueTask(delay);
        Console.WriteLine("ValueTask from task: AsTask is the task: " + ReferenceEquals(plainFromTask.AsTask(), delay));
        plainFromTask.GetAwaiter().GetResult();
        Console.WriteLine("after GetResult: completed " + plainFromTask.IsCompleted);

        Console.WriteLine(AwaitValueTasks().Result);
        Console.WriteLine("SumMaybe: " + SumMaybe(20).Result);
        Console.WriteLine("ConfigureAwait(false).GetAwaiter().GetResult(): " + Slow(11).ConfigureAwait(false).GetAwaiter().GetResult()
            + " " + new ValueTask<int>(12).ConfigureAwait(false).GetAwaiter().GetResult());

        // let the pool go idle before exiting (Mono can stall at exit while pool threads are busy)
        System.Diagnostics.Stopwatch settle = System.Diagnostics.Stopwatch.StartNew();
        while (settle.ElapsedMilliseconds < 100)
        {
        }
    }
}
