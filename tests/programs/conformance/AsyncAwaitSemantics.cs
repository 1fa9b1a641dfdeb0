// Self-checking: classic async/await — results through chains of awaits, synchronous completion, Task.Yield,
// Task.WhenAll results in argument order, exceptions surfacing at await, try/finally across awaits,
// async methods returning Task<T> of structs and references, and awaiting already-completed tasks.
using System;
using System.Collections.Generic;
using System.Threading.Tasks;

class AsyncAwaitSemantics
{
    static int failures;

    static void Check(string what, string got, string expected)
    {
        if (got != expected) { Console.WriteLine("FAIL " + what + ": got " + got + ", expected " + expected); failures++; }
    }

    struct Point { public int X, Y; }

    static async Task<int> Square(int x) { await Task.Yield(); return x * x; }
    static async Task<int> SyncSquare(int x) { return await Task.FromResult(x * x); }
    static async Task<int> SumOfSquares(int n)
    {
        int s = 0;
        for (int i = 1; i <= n; i++) s += await Square(i);
        return s;
    }
    static async Task<long> Fib(int n)
    {
        if (n < 2) return n;
        long a = await Fib(n - 1);
        long b = await Fib(n - 2);
        return a + b;
    }
    static async Task<Point> MakePoint(int x)
    {
        await Task.Delay(1);
        return new Point { X = x, Y = -x };
    }
    static async Task<string> Concat(string a, Task<string> b) { return a + await b; }
    static async Task<string> Later(string s) { await Task.Yield(); return s; }

    static async Task Fails(string message) { await Task.Yield(); throw new InvalidOperationException(message); }
    static async Task<int> FailsSync() { throw new FormatException("sync part"); }

    static List<string> log = new List<string>();
    static async Task<int> WithFinally(bool fail)
    {
        try
        {
            log.Add("try");
            await Task.Yield();
            log.Add("after await");
            if (fail) throw new ArgumentException("inner");
            return 1;
        }
        finally
        {
            log.Add("finally");
        }
    }

    static async Task<string> CatchAcrossAwait()
    {
        try { await Fails("deep"); return "no"; }
        catch (InvalidOperationException e) { return "caught " + e.Message; }
    }

    static async Task<int> Accumulate(List<int> into, int value)
    {
        await Task.Yield();
        into.Add(value);
        return into.Count;
    }

    static async Task<int> Run()
    {
        Check("square", (await Square(7)).ToString(), "49");
        Check("sync completion", (await SyncSquare(9)).ToString(), "81");
        Check("loop of awaits", (await SumOfSquares(10)).ToString(), "385");
        Check("recursive async", (await Fib(15)).ToString(), "610");
        Point p = await MakePoint(4);
        Check("struct result", p.X + "," + p.Y, "4,-4");
        Check("task argument", await Concat("ab", Later("cd")), "abcd");

        Task<int>[] tasks = { Square(2), Square(3), SyncSquare(4), Square(5) };
        int[] all = await Task.WhenAll(tasks);
        Check("WhenAll order", string.Join(",", all), "4,9,16,25");
        Check("tasks completed", (tasks[0].IsCompleted && tasks[3].Result == 25).ToString(), "True");

        string caught = "";
        try { await Fails("boom"); } catch (InvalidOperationException e) { caught = e.Message; }
        Check("exception at await", caught, "boom");
        Task<int> faulted = FailsSync();
        Check("sync throw is captured in task", faulted.IsFaulted.ToString(), "True");
        try { await faulted; caught = "none"; } catch (FormatException e) { caught = e.Message; }
        Check("await faulted task", caught, "sync part");

        log.Clear();
        Check("finally ok", (await WithFinally(false)).ToString(), "1");
        Check("finally ok log", string.Join(";", log), "try;after await;finally");
        log.Clear();
        try { await WithFinally(true); } catch (ArgumentException e) { log.Add("caught " + e.Message); }
        Check("finally on failure", string.Join(";", log), "try;after await;finally;caught inner");
        Check("catch inside async", await CatchAcrossAwait(), "caught deep");

        var items = new List<int>();
        for (int i = 0; i < 5; i++) await Accumulate(items, i * 10);
        Check("sequential awaits keep order", string.Join(",", items), "0,10,20,30,40");

        Task done = Task.CompletedTask;
        await done;
        await done;
        Check("await completed twice", done.IsCompleted.ToString(), "True");
        Task<string> fromResult = Task.FromResult("x");
        Check("await FromResult twice", await fromResult + await fromResult, "xx");

        Func<int, Task<int>> lambda = async x => await Square(x) + 1;
        Check("async lambda", (await lambda(6)).ToString(), "37");
        return failures;
    }

    static int Main()
    {
        int f = Run().GetAwaiter().GetResult();
        if (f == 0) { Console.WriteLine("PASS"); return 100; }
        return 1;
    }
}
