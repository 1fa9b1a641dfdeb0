using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

// The AggregateException view of task failures: every exception of a WhenAll kept in task order in
// Task.Exception.InnerExceptions (await throws only the first), Wait()/WaitAll on several failures,
// SetException with several exceptions, an AggregateException thrown by an async method, Flatten and Handle.
class NumberedException : Exception
{
    public readonly int Number;

    public NumberedException(int number) : base("failure #" + number)
    {
        Number = number;
    }
}

class TaskAggregateExceptions
{
    static async Task FailAfter(int delay, int number)
    {
        await Task.Delay(delay);
        throw new NumberedException(number);
    }

    static async Task<int> ValueAfter(int delay, int value)
    {
        await Task.Delay(delay);
        return value;
    }

    static async Task<int> FailValueAfter(int delay, int number)
    {
        await Task.Delay(delay);
        throw new NumberedException(number);
    }

    static async Task<int> CancelAfterYield()
    {
        await Task.Yield();
        throw new OperationCanceledException("canceled by the method");
    }

    static async Task ThrowAggregate()
    {
        await Task.Yield();
        throw new AggregateException(new NumberedException(1), new AggregateException(new NumberedException(2), new NumberedException(3)));
    }

    static string List(AggregateException e)
    {
        List<string> parts = new List<string>();
        foreach (Exception x in e.InnerExceptions)
        {
            AggregateException nested = x as AggregateException;
            parts.Add(nested != null ? "AggregateException[" + nested.InnerExceptions.Count + "]" : x.GetType().Name + "(" + x.Message + ")");
        }
        return e.InnerExceptions.Count + ": " + string.Join(", ", parts.ToArray());
    }

    static void Quiet(Task t)
    {
        try
        {
            t.Wait();
        }
        catch (AggregateException)
        {
        }
    }

    static async Task<string> AwaitAll(Task all)
    {
        try
        {
            await all;
            return "no exception";
        }
        catch (Exception e)
        {
            return "await threw " + e.GetType().Name + "(" + e.Message + ")";
        }
    }

    static void Main()
    {
        // the later-finishing failure comes first in task order
        Task all = Task.WhenAll(FailAfter(30, 1), ValueAfter(1, 5), FailAfter(1, 2));
        Console.WriteLine(AwaitAll(all).Result);
        Console.WriteLine("WhenAll status " + all.Status + ", exceptions " + List(all.Exception));
        try
        {
            all.Wait();
        }
        catch (AggregateException e)
        {
            Console.WriteLine("Wait: " + List(e));
        }

        Task<int[]> typed = Task.WhenAll(ValueAfter(5, 1), FailValueAfter(10, 3), FailValueAfter(1, 4), ValueAfter(1, 2));
        Quiet(typed);
        Console.WriteLine("WhenAll<int> status " + typed.Status + ", exceptions " + List(typed.Exception));
        try
        {
            Console.WriteLine(typed.Result.Length);
        }
        catch (AggregateException e)
        {
            Console.WriteLine("Result: " + List(e));
        }

        // a fault wins over a cancellation; only cancellations give a canceled WhenAll
        Task<int[]> mixed = Task.WhenAll(CancelAfterYield(), FailValueAfter(1, 6));
        Quiet(mixed);
        Console.WriteLine("fault+cancel: " + mixed.Status + " " + List(mixed.Exception));
        Task<int[]> canceled = Task.WhenAll(CancelAfterYield(), ValueAfter(1, 7));
        Quiet(canceled);
        Console.WriteLine("cancel only: " + canceled.Status + " exception null: " + (canceled.Exception == null));
        Console.WriteLine(AwaitAll(canceled).Result.Split('(')[0]);

        Task first = FailAfter(1, 8);
        Task second = FailAfter(20, 9);
        Task fine = ValueAfter(1, 0);
        try
        {
            Task.WaitAll(first, fine, second);
        }
        catch (AggregateException e)
        {
            Console.WriteLine("WaitAll: " + List(e));
        }

        TaskCompletionSource<int> tcs = new TaskCompletionSource<int>();
        tcs.SetException(new Exception[] { new NumberedException(10), new InvalidOperationException("eleven") });
        Console.WriteLine("SetException(several): " + tcs.Task.Status + " " + List(tcs.Task.Exception));
        try
        {
            tcs.Task.GetAwaiter().GetResult();
        }
        catch (Exception e)
        {
            Console.WriteLine("GetResult throws the first: " + e.GetType().Name + "(" + e.Message + ")");
        }

        Task agg = ThrowAggregate();
        Quiet(agg);
        try
        {
            agg.GetAwaiter().GetResult();
        }
        catch (AggregateException e)
        {
            Console.WriteLine("awaited AggregateException as is: " + List(e));
        }
        try
        {
            agg.Wait();
        }
        catch (AggregateException e)
        {
            Console.WriteLine("Wait wraps it: " + e.InnerExceptions.Count + " inner of type " + e.InnerException.GetType().Name);
            AggregateException flat = e.Flatten();
            Console.WriteLine("Flatten: " + List(flat));
            int seen = 0;
            try
            {
                flat.Handle(x =>
                {
                    seen++;
                    return ((NumberedException)x).Number != 2;
                });
            }
            catch (AggregateException rest)
            {
                Console.WriteLine("Handle saw " + seen + ", left " + List(rest));
            }
        }

        // let the pool go idle before exiting (Mono can stall at exit while pool threads are busy)
        System.Diagnostics.Stopwatch settle = System.Diagnostics.Stopwatch.StartNew();
        while (settle.ElapsedMilliseconds < 100)
        {
        }
    }
}
