using System;
using System.Collections.Generic;
using System.Threading.Tasks;

// Exceptions in classic async methods: thrown before and after the first await, caught by the awaiting
// method, try/finally around awaits, propagation through several frames, the state of faulted tasks, and
// Wait()/.Result (AggregateException) versus await/GetAwaiter().GetResult() (the original exception).
class CodedException : Exception
{
    public readonly int Code;

    public CodedException(string message, int code) : base(message)
    {
        Code = code;
    }

    public CodedException(string message, int code, Exception inner) : base(message, inner)
    {
        Code = code;
    }
}

class AsyncExceptions
{
    static readonly List<string> log = new List<string>();

    static void Log(string s)
    {
        lock (log)
        {
            log.Add(s);
        }
    }

    static void DumpLog(string title)
    {
        Console.WriteLine(title + ": " + string.Join(" | ", log.ToArray()));
        log.Clear();
    }

    static async Task<int> ThrowBeforeAwait(int x)
    {
        if (x < 0) throw new ArgumentException("negative before await");
        await Task.Yield();
        return x;
    }

    static async Task<int> ThrowAfterAwait(int x)
    {
        await Task.Yield();
        if (x < 0) throw new InvalidOperationException("negative after await");
        return x;
    }

    static async Task ThrowAfterGate(Task gate)
    {
        await gate;
        throw new CodedException("after gate", 7);
    }

    static async Task<string> Catcher(int x)
    {
        try
        {
            int r = await ThrowAfterAwait(x);
            return "ok " + r;
        }
        catch (InvalidOperationException e)
        {
            return "caught " + e.GetType().Name + ": " + e.Message;
        }
    }

    static async Task<string> CatchBefore(int x)
    {
        try
        {
            return "ok " + await ThrowBeforeAwait(x);
        }
        catch (ArgumentException e)
        {
            return "caught " + e.GetType().Name + ": " + e.Message;
        }
    }

    static async Task<int> FinallyAroundAwaits(bool fail)
    {
        Log("enter");
        try
        {
            Log("try start");
            await Task.Yield();
            Log("after first await");
            try
            {
                await Task.Delay(1);
                if (fail) throw new CodedException("inner failure", 42);
                Log("inner try done");
            }
            finally
            {
                Log("inner finally");
                await Task.Yield();
                Log("inner finally after await");
            }
            Log("outer try done");
            return 1;
        }
        finally
        {
            Log("outer finally");
        }
    }

    static async Task Level3(int depth)
    {
        await Task.Yield();
        throw new CodedException("deep failure at " + depth, depth);
    }

    static async Task Level2(int depth)
    {
        try
        {
            await Level3(depth + 1);
        }
        finally
        {
            Log("level2 finally");
        }
    }

    static async Task<int> Level1(int depth)
    {
        try
        {
            await Level2(depth + 1);
            return 0;
        }
        catch (CodedException e) when (e.Code > 100)
        {
            Log("level1 filter matched (wrong)");
            return -1;
        }
        catch (CodedException e)
        {
            Log("level1 rethrows " + e.Code);
            throw;
        }
    }

    static async Task<int> Top()
    {
        try
        {
            return await Level1(1);
        }
        catch (CodedException e) when (e.Code == 3)
        {
            Log("top caught " + e.Message);
            return e.Code * 10;
        }
    }

    static async Task<string> AwaitInCatchAndFinally()
    {
        string result = "";
        try
        {
            await ThrowAfterAwait(-1);
        }
        catch (InvalidOperationException e)
        {
            int v = await ThrowAfterAwait(5);
            result = "catch awaited " + v + " for " + e.Message;
        }
        finally
        {
            await Task.Delay(1);
            result += "; finally awaited";
        }
        return result;
    }

    static async Task<int> WrapAndThrow()
    {
        try
        {
            await ThrowAfterAwait(-1);
            return 0;
        }
        catch (Exception e)
        {
            throw new CodedException("wrapped", 99, e);
        }
    }

    static async Task<int> ThrowAfterCompletedAwaits()
    {
        int a = await Task.FromResult(20);
        await Task.CompletedTask;
        if (a == 20) throw new CodedException("after completed awaits", a);
        return a;
    }

    static async Task FinallyReplaces()
    {
        try
        {
            await Task.Yield();
            throw new CodedException("original", 1);
        }
        finally
        {
            await Task.Yield();
            throw new CodedException("from finally", 2);
        }
    }

    static void Describe(string name, Task t)
    {
        string inner = "none";
        if (t.Exception != null)
        {
            inner = t.Exception.InnerException.GetType().Name
                + " '" + t.Exception.InnerException.Message + "'";
        }
        Console.WriteLine(name + ": Status=" + t.Status + " IsCompleted=" + t.IsCompleted + " IsFaulted=" + t.IsFaulted
            + " IsCanceled=" + t.IsCanceled + " Exception=" + inner);
    }

    static void WaitQuietly(Task t)
    {
        try
        {
            t.Wait();
        }
        catch (AggregateException)
        {
        }
    }

    static void Main()
    {
        // before the first await: the exception is stored in the task, not thrown by the call
        Task<int> before = ThrowBeforeAwait(-1);
        Describe("before-await", before);

        Task<int> after = ThrowAfterAwait(-1);
        WaitQuietly(after);
        Describe("after-await", after);

        TaskCompletionSource<bool> gate = new TaskCompletionSource<bool>();
        Task gated = ThrowAfterGate(gate.Task);
        Console.WriteLine("gated before release: " + gated.Status + " faulted=" + gated.IsFaulted);
        gate.SetResult(true);
        WaitQuietly(gated);
        Describe("gated", gated);
        Console.WriteLine("gated code: " + ((CodedException)gated.Exception.InnerException).Code);

        Task<int> good = ThrowAfterAwait(3);
        good.Wait();
        Describe("success", good);

        Console.WriteLine(Catcher(-1).Result);
        Console.WriteLine(Catcher(4).Result);
        Console.WriteLine(CatchBefore(-1).Result);
        Console.WriteLine(CatchBefore(8).Result);

        Console.WriteLine("finally ok: " + FinallyAroundAwaits(false).Result);
        DumpLog("log");
        Task<int> ff = FinallyAroundAwaits(true);
        WaitQuietly(ff);
        Describe("finally fail", ff);
        DumpLog("log");

        Console.WriteLine("top: " + Top().Result);
        DumpLog("log");

        Console.WriteLine(AwaitInCatchAndFinally().Result);

        // Wait() and .Result wrap in AggregateException; GetAwaiter().GetResult() throws the original
        Task<int> bad = ThrowAfterAwait(-2);
        try
        {
            bad.Wait();
        }
        catch (AggregateException e)
        {
            Console.WriteLine("Wait: " + e.GetType().Name + " inner " + e.InnerException.GetType().Name + " '" + e.InnerException.Message + "'");
        }
        try
        {
            Console.WriteLine(bad.Result);
        }
        catch (AggregateException e)
        {
            Console.WriteLine("Result: " + e.GetType().Name + " inner " + e.InnerException.GetType().Name + " same object: "
                + ReferenceEquals(e.InnerException, bad.Exception.InnerException));
        }
        try
        {
            bad.GetAwaiter().GetResult();
        }
        catch (AggregateException)
        {
            Console.WriteLine("GetResult: AggregateException (wrong)");
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine("GetResult: " + e.GetType().Name + " '" + e.Message + "' same object: "
                + ReferenceEquals(e, bad.Exception.InnerException));
        }

        // await inside another async method sees the original exception, too
        Func<Task<string>> awaiter = async () =>
        {
            try
            {
                await bad;
                return "no exception";
            }
            catch (Exception e)
            {
                return "await: " + e.GetType().Name + " same object: " + ReferenceEquals(e, bad.Exception.InnerException);
            }
        };
        Console.WriteLine(awaiter().Result);

        Task<int> wrapped = WrapAndThrow();
        WaitQuietly(wrapped);
        CodedException w = (CodedException)wrapped.Exception.InnerException;
        Console.WriteLine("wrapped: " + w.Message + " code " + w.Code + " inner "
            + w.InnerException.GetType().Name + " '" + w.InnerException.Message + "'");

        // no real suspension: still captured in the (already faulted) task
        Task<int> completedThrow = ThrowAfterCompletedAwaits();
        Describe("completed awaits", completedThrow);
        Task replaced = FinallyReplaces();
        WaitQuietly(replaced);
        Describe("finally replaces", replaced);

        Task fromEx = Task.FromException(new CodedException("from exception", 5));
        Describe("FromException", fromEx);
        Task<int> fromExT = Task.FromException<int>(new CodedException("from exception T", 6));
        try
        {
            int unused = fromExT.GetAwaiter().GetResult();
            Console.WriteLine(unused);
        }
        catch (CodedException e)
        {
            Console.WriteLine("FromException<int>: " + e.Message + " " + e.Code);
        }

        // let the pool go idle before exiting (Mono can stall at exit while pool threads are busy)
        System.Diagnostics.Stopwatch settle = System.Diagnostics.Stopwatch.StartNew();
        while (settle.ElapsedMilliseconds < 100)
        {
        }
    }
}
