using System;
using System.Diagnostics;
using System.Threading.Tasks;

// Task combinators and factories: Task.WhenAll (generic and not, empty, already completed, with a faulted member),
// Task.WhenAny, Task.Run with an Action, a Func<T> and a Func<Task>, Task.Delay of several lengths awaited
// together, Task.Yield. Concurrent work only writes into its own array slot; everything is printed afterwards.
class TaskCombinators
{
    static async Task<int> DelayedValue(int ms, int value)
    {
        await Task.Delay(ms);
        return value;
    }

    static async Task DelayedStore(int ms, int[] slots, int index)
    {
        await Task.Delay(ms);
        slots[index] = index * index;
    }

    static async Task<int> FailLater(int ms)
    {
        await Task.Delay(ms);
        throw new InvalidOperationException("member " + ms + " failed");
    }

    static bool beforeYield;

    static async Task<int> Yielder(int n)
    {
        beforeYield = true;
        int total = 0;
        for (int i = 0; i < n; i++)
        {
            await Task.Yield();
            total += i;
        }
        return total;
    }

    static string Join(int[] values)
    {
        string[] parts = new string[values.Length];
        for (int i = 0; i < values.Length; i++) parts[i] = values[i].ToString();
        return "[" + string.Join(",", parts) + "]";
    }

    static async Task<string> Scenario()
    {
        // WhenAll<T>: results in argument order, whatever order the delays finish in
        int[] results = await Task.WhenAll(DelayedValue(40, 1), DelayedValue(1, 2), DelayedValue(20, 3), DelayedValue(0, 4));
        Console.WriteLine("WhenAll<int>: " + Join(results));

        // non-generic WhenAll over delays of different lengths; each stores into its own slot
        int[] slots = new int[6];
        Task[] stores = new Task[slots.Length];
        int[] delays = { 30, 5, 1, 25, 10, 0 };
        for (int i = 0; i < slots.Length; i++) stores[i] = DelayedStore(delays[i], slots, i);
        await Task.WhenAll(stores);
        bool allDone = true;
        foreach (Task t in stores) allDone &= t.Status == TaskStatus.RanToCompletion;
        Console.WriteLine("WhenAll: " + Join(slots) + " all ran to completion: " + allDone);

        // a faulted member: await throws its exception once all members have finished
        Task<int> ok1 = DelayedValue(30, 10);
        Task<int> bad = FailLater(5);
        Task<int> ok2 = DelayedValue(1, 20);
        Task<int[]> withFault = Task.WhenAll(ok1, bad, ok2);
        try
        {
            await withFault;
            Console.WriteLine("no exception (wrong)");
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine("WhenAll with a faulted member threw: " + e.Message);
        }
        Console.WriteLine("members: " + ok1.Status + " " + bad.Status + " " + ok2.Status + "; ok results " + ok1.Result + " " + ok2.Result
            + "; WhenAll " + withFault.Status);

        // WhenAny: the completed task itself, even if it failed
        TaskCompletionSource<int> never = new TaskCompletionSource<int>();
        Task<int> soon = DelayedValue(5, 7);
        Task winner = await Task.WhenAny(never.Task, soon);
        Console.WriteLine("WhenAny winner is soon: " + ReferenceEquals(winner, soon) + ", never completed: " + never.Task.IsCompleted);
        Task failing = FailLater(1);
        Task<Task> any = Task.WhenAny(never.Task, failing);
        Task first = await any;
        Console.WriteLine("WhenAny of a failing task: " + any.Status + ", winner is failing: " + ReferenceEquals(first, failing)
            + " winner " + first.Status);

        // Task.Run with an async lambda (Func<Task>): completes when the inner task does
        int[] box = new int[1];
        await Task.Run(async () =>
        {
            await Task.Delay(5);
            box[0] = 99;
        });
        Console.WriteLine("Run(Func<Task>) stored " + box[0]);
        return "scenario done";
    }

    static void Main()
    {
        // Task.Run(Action) and Task.Run(Func<T>), many at once
        int[] squares = new int[8];
        Task[] actions = new Task[squares.Length];
        for (int i = 0; i < actions.Length; i++)
        {
            int k = i;
            actions[i] = Task.Run(() => { squares[k] = k * k; });
        }
        Task.WhenAll(actions).Wait();
        Console.WriteLine("Run(Action): " + Join(squares));
        Task<int>[] funcs = new Task<int>[5];
        for (int i = 0; i < funcs.Length; i++)
        {
            int k = i;
            funcs[i] = Task.Run(() => k * 10 + 1);
        }
        Console.WriteLine("Run(Func<int>): " + Join(Task.WhenAll(funcs).Result));
        Task<string> text = Task.Run(() => "from Run");
        Console.WriteLine(text.Result + " " + text.Status);

        Console.WriteLine(Scenario().Result);

        // empty and already-completed inputs complete at once
        Task emptyAll = Task.WhenAll(new Task[0]);
        Console.WriteLine("WhenAll(empty): " + emptyAll.Status);
        Task<int[]> emptyTyped = Task.WhenAll(new Task<int>[0]);
        Console.WriteLine("WhenAll<int>(empty): " + emptyTyped.Status + " length " + emptyTyped.Result.Length);
        Task<int[]> done = Task.WhenAll(Task.FromResult(1), Task.FromResult(2));
        Console.WriteLine("WhenAll(completed): " + done.IsCompleted + " " + Join(done.Result));
        Task a = Task.FromResult(1);
        Task b = Task.CompletedTask;
        Task<Task> anyDone = Task.WhenAny(a, b);
        Console.WriteLine("WhenAny(completed): " + anyDone.IsCompleted + " first argument wins: " + ReferenceEquals(anyDone.Result, a));

        // Task.Delay: zero is already complete, a positive delay waits at least that long
        Console.WriteLine("Delay(0) completed: " + Task.Delay(0).IsCompleted + ", CompletedTask: " + Task.CompletedTask.Status);
        Stopwatch sw = Stopwatch.StartNew();
        Task.WhenAll(Task.Delay(30), Task.Delay(10), Task.Delay(20)).Wait();
        Console.WriteLine("waited at least the longest delay: " + (sw.ElapsedMilliseconds >= 25));

        // Task.Yield: the code before the first await runs synchronously in the caller
        beforeYield = false;
        Task<int> y = Yielder(10);
        Console.WriteLine("ran up to the first await synchronously: " + beforeYield);
        Console.WriteLine("Yield loop total: " + y.Result);

        // let the pool go idle before exiting (Mono can stall at exit while pool threads are busy)
        System.Diagnostics.Stopwatch settle = System.Diagnostics.Stopwatch.StartNew();
        while (settle.ElapsedMilliseconds < 100)
        {
        }
    }
}
