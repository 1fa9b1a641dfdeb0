// Classic async/await: sequential and parallel awaits with Task.WhenAll, Task.Delay, results gathered in order,
// exceptions surfacing at await and through Wait/Result as AggregateException, TaskCompletionSource, async lambdas.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;

class AsyncPipeline
{
    static async Task<int> Fetch(int id, int delayMs)
    {
        await Task.Delay(delayMs);
        if (id < 0) throw new ArgumentException("bad id " + id);
        return id * 10;
    }

    static async Task<string> Process(int id)
    {
        int raw = await Fetch(id, 5);
        await Task.Yield();
        return "item" + id + "=" + (raw + 1);
    }

    static async Task<int> SumSequential(int n)
    {
        int total = 0;
        for (int i = 1; i <= n; i++) total += await Fetch(i, 1);
        return total;
    }

    static async Task Fails(string why)
    {
        await Task.Delay(2);
        throw new InvalidOperationException(why);
    }

    static async Task<int> Recover()
    {
        try
        {
            await Fails("first failure");
            return -1;
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine("recovered from " + e.Message);
            return 42;
        }
        finally
        {
            Console.WriteLine("recover finally");
        }
    }

    static Task<int> FromCallback(int value)
    {
        var tcs = new TaskCompletionSource<int>();
        Task.Delay(3).ContinueWith(t => tcs.SetResult(value * 2));
        return tcs.Task;
    }

    static int Main() { return Run().GetAwaiter().GetResult(); }

    static async Task<int> Run()
    {
        Console.WriteLine(await Process(3));
        Console.WriteLine("sequential " + await SumSequential(5));

        var tasks = new List<Task<string>>();
        foreach (int id in new[] { 4, 1, 3, 2 }) tasks.Add(Process(id));
        string[] all = await Task.WhenAll(tasks);
        Console.WriteLine("whenall " + string.Join(", ", all));

        int[] delays = { 30, 10, 20 };
        var timed = delays.Select((d, i) => Fetch(i + 1, d)).ToArray();
        int[] values = await Task.WhenAll(timed);
        Console.WriteLine("ordered by input " + string.Join(",", values));

        try
        {
            await Fetch(-5, 1);
        }
        catch (ArgumentException e) { Console.WriteLine("awaited exception: " + e.Message); }

        Task<int> bad = Fetch(-1, 1);
        try { int r = bad.Result; Console.WriteLine(r); }
        catch (AggregateException e) { Console.WriteLine("Result threw AggregateException with " + e.InnerExceptions.Count + ": " + e.InnerException.Message); }
        Console.WriteLine("faulted " + bad.IsFaulted + " completed " + bad.IsCompleted);

        Task both = Task.WhenAll(Fails("a"), Task.Delay(1), Fails("b"));
        try { await both; }
        catch (InvalidOperationException e) { Console.WriteLine("whenall first exception: " + e.Message); }
        Console.WriteLine("whenall exceptions: " + string.Join(",", both.Exception.InnerExceptions.Select(x => x.Message).OrderBy(m => m)));

        Console.WriteLine("recover " + await Recover());
        Console.WriteLine("tcs " + await FromCallback(21));

        Func<int, Task<int>> square = async x => { await Task.Delay(1); return x * x; };
        int sum = 0;
        foreach (var t in Enumerable.Range(1, 4).Select(square).ToList()) sum += await t;
        Console.WriteLine("async lambda sum " + sum);

        var completed = Task.FromResult("ready");
        Console.WriteLine("fromresult " + await completed + " " + completed.IsCompleted);
        var first = await Task.WhenAny(Task.Delay(200).ContinueWith(_ => "slow"), Task.FromResult("fast"));
        Console.WriteLine("whenany " + await first);

        Task<int> run = Task.Run(() => Enumerable.Range(1, 100).Sum());
        Console.WriteLine("run " + await run);
        Task cont = Task.Delay(1).ContinueWith(t => Console.WriteLine("continuation ran, antecedent ok " + t.IsCompleted));
        await cont;
        var results = new int[3];
        await Task.WhenAll(Enumerable.Range(0, 3).Select(async i => { await Task.Delay(5 * (3 - i)); results[i] = i * i; }));
        Console.WriteLine("results " + string.Join(",", results));
        return 100;
    }
}
