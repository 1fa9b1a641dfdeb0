using System;
using System.Threading;
using System.Threading.Tasks;

// Many Task.Run and StartNew results summed after waiting; Status, creation options, attached and detached children,
// LongRunning, RunSynchronously, Start, Task.Run of async delegates (unwrapped), exceptions through Wait and Result.
static class TaskRunSum
{
    static int s_counter;

    static void Main()
    {
        Task<long>[] tasks = new Task<long>[1000];
        for (int i = 0; i < tasks.Length; i++)
        {
            int n = i;
            tasks[i] = Task.Run(() => { Interlocked.Increment(ref s_counter); return (long)n * n; });
        }
        Task.WaitAll(tasks);
        long sum = 0;
        foreach (Task<long> t in tasks) sum += t.Result;
        Console.WriteLine("sum of squares: " + sum + ", ran " + s_counter);

        Task<int>[] nested = new Task<int>[50];
        for (int i = 0; i < nested.Length; i++)
        {
            int n = i;
            nested[i] = Task.Run(() => Task.Run(() => n + 1).Result * 2);
        }
        Console.WriteLine("nested: " + Sum(Task.WhenAll(nested).Result));

        Task<int> unwrapped = Task.Run(async () => { await Task.Yield(); await Task.Delay(1); return 42; });
        Console.WriteLine("async delegate: " + unwrapped.Result);

        Task created = new Task(() => Interlocked.Increment(ref s_counter));
        Console.WriteLine("new Task: " + created.Status);
        created.Start();
        created.Wait();
        Console.WriteLine("after Start+Wait: " + created.Status);

        Task sync = new Task(() => Interlocked.Increment(ref s_counter));
        sync.RunSynchronously();
        Console.WriteLine("RunSynchronously: " + sync.Status);
        try { sync.Start(); } catch (InvalidOperationException e) { Console.WriteLine("Start again: " + e.GetType().Name); }

        Task longRunning = Task.Factory.StartNew(() => Interlocked.Increment(ref s_counter), TaskCreationOptions.LongRunning);
        longRunning.Wait();
        Console.WriteLine("LongRunning: " + longRunning.Status + " " + longRunning.CreationOptions);

        int childDone = 0;
        Task parent = Task.Factory.StartNew(() =>
        {
            Task.Factory.StartNew(() => { Task.Delay(50).Wait(); Interlocked.Exchange(ref childDone, 1); }, TaskCreationOptions.AttachedToParent);
        });
        parent.Wait();
        Console.WriteLine("attached child done when parent done: " + (Interlocked.CompareExchange(ref childDone, 0, 0) == 1));

        Task denying = Task.Run(() =>
        {
            Task.Factory.StartNew(() => Task.Delay(30).Wait(), TaskCreationOptions.AttachedToParent);
        });
        denying.Wait();
        Console.WriteLine("Task.Run denies child attach: " + denying.CreationOptions);

        Task faultyParent = Task.Factory.StartNew(() =>
        {
            Task.Factory.StartNew(() => { throw new InvalidOperationException("child failed"); }, TaskCreationOptions.AttachedToParent);
        });
        try { faultyParent.Wait(); }
        catch (AggregateException e)
        {
            AggregateException inner = (AggregateException)e.InnerExceptions[0];
            Console.WriteLine("child fault reaches parent: " + faultyParent.Status + " " + inner.InnerExceptions[0].Message);
        }

        Task<int> failing = Task.Run(new Func<int>(() => { throw new FormatException("bad"); }));
        try { Console.WriteLine(failing.Result); }
        catch (AggregateException e) { Console.WriteLine("Result throws: " + e.InnerExceptions[0].GetType().Name + " " + failing.Status); }

        CancellationTokenSource cts = new CancellationTokenSource();
        cts.Cancel();
        Task canceled = Task.Run(() => Console.WriteLine("never"), cts.Token);
        try { canceled.Wait(); }
        catch (AggregateException e) { Console.WriteLine("canceled before start: " + canceled.Status + " " + e.InnerExceptions[0].GetType().Name); }

        Task<int> withState = Task.Factory.StartNew(s => (int)s * 3, 14);
        Console.WriteLine("state: " + withState.AsyncState + " -> " + withState.Result);
        Console.WriteLine("counter: " + s_counter);
    }

    static int Sum(int[] values)
    {
        int s = 0;
        foreach (int v in values) s += v;
        return s;
    }
}
