using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;

// Custom awaitables in classic async methods: struct awaitables whose awaiters implement INotifyCompletion or
// ICriticalNotifyCompletion and complete synchronously (IsCompleted true, OnCompleted never called), complete
// later from a Task.Run callback, or call the continuation inline from OnCompleted; GetResult that throws;
// a generic awaitable class; and GetAwaiter as an extension method (awaiting an int and a string).
static class Calls
{
    public static int OnCompleted;
    public static int UnsafeOnCompleted;
    public static int GetResult;

    public static string Take()
    {
        string s = "OnCompleted " + OnCompleted + ", UnsafeOnCompleted " + UnsafeOnCompleted + ", GetResult " + GetResult;
        OnCompleted = 0;
        UnsafeOnCompleted = 0;
        GetResult = 0;
        return s;
    }
}

struct Ready
{
    private readonly int value;

    public Ready(int value)
    {
        this.value = value;
    }

    public ReadyAwaiter GetAwaiter()
    {
        return new ReadyAwaiter(value);
    }

    public struct ReadyAwaiter : INotifyCompletion
    {
        private readonly int value;

        public ReadyAwaiter(int value)
        {
            this.value = value;
        }

        public bool IsCompleted { get { return true; } }

        public void OnCompleted(Action continuation)
        {
            Calls.OnCompleted++;
            continuation();
        }

        public int GetResult()
        {
            Calls.GetResult++;
            return value;
        }
    }
}

// Shared state of one pending operation; the awaiter is a struct copied by the state machine, so it points here.
sealed class Pending
{
    public int Input;
    public int Result;
    public Exception Error;
    public volatile bool Done;
}

struct Later
{
    private readonly Pending op;

    public Later(int input)
    {
        op = new Pending();
        op.Input = input;
    }

    public LaterAwaiter GetAwaiter()
    {
        return new LaterAwaiter(op);
    }

    public struct LaterAwaiter : INotifyCompletion
    {
        private readonly Pending op;

        public LaterAwaiter(Pending op)
        {
            this.op = op;
        }

        public bool IsCompleted { get { return op.Done; } }

        public void OnCompleted(Action continuation)
        {
            Calls.OnCompleted++;
            Pending p = op;
            Task.Run(() =>
            {
                if (p.Input < 0) p.Error = new ArgumentException("negative input " + p.Input);
                else p.Result = p.Input * 3;
                p.Done = true;
                continuation();
            });
        }

        public int GetResult()
        {
            Calls.GetResult++;
            if (!op.Done) throw new InvalidOperationException("GetResult before completion");
            if (op.Error != null) throw op.Error;
            return op.Result;
        }
    }
}

// Completes later, but implements ICriticalNotifyCompletion: the builder calls UnsafeOnCompleted.
struct CriticalLater
{
    private readonly Pending op;

    public CriticalLater(int input)
    {
        op = new Pending();
        op.Input = input;
    }

    public CriticalAwaiter GetAwaiter()
    {
        return new CriticalAwaiter(op);
    }

    public struct CriticalAwaiter : ICriticalNotifyCompletion
    {
        private readonly Pending op;

        public CriticalAwaiter(Pending op)
        {
            this.op = op;
        }

        public bool IsCompleted { get { return op.Done; } }

        public void OnCompleted(Action continuation)
        {
            Calls.OnCompleted++;
            Schedule(continuation);
        }

        public void UnsafeOnCompleted(Action continuation)
        {
            Calls.UnsafeOnCompleted++;
            Schedule(continuation);
        }

        private void Schedule(Action continuation)
        {
            Pending p = op;
            Task.Run(async () =>
            {
                await Task.Delay(1);
                p.Result = p.Input + 1000;
                p.Done = true;
                continuation();
            });
        }

        public void GetResult()
        {
            Calls.GetResult++;
        }

        public int Value { get { return op.Result; } }
    }
}

// Not completed, but OnCompleted runs the continuation at once, on the awaiting thread.
struct InlineResume
{
    public InlineAwaiter GetAwaiter()
    {
        return new InlineAwaiter();
    }

    public struct InlineAwaiter : INotifyCompletion
    {
        public bool IsCompleted { get { return false; } }

        public void OnCompleted(Action continuation)
        {
            Calls.OnCompleted++;
            continuation();
        }

        public string GetResult()
        {
            Calls.GetResult++;
            return "inline";
        }
    }
}

// A class awaitable wrapping a task, with a generic awaiter.
sealed class Wrapped<T>
{
    private readonly Task<T> task;

    public Wrapped(Task<T> task)
    {
        this.task = task;
    }

    public WrappedAwaiter<T> GetAwaiter()
    {
        return new WrappedAwaiter<T>(task.GetAwaiter());
    }
}

struct WrappedAwaiter<T> : INotifyCompletion
{
    private TaskAwaiter<T> inner;

    public WrappedAwaiter(TaskAwaiter<T> inner)
    {
        this.inner = inner;
    }

    public bool IsCompleted { get { return inner.IsCompleted; } }

    public void OnCompleted(Action continuation)
    {
        Calls.OnCompleted++;
        inner.OnCompleted(continuation);
    }

    public T GetResult()
    {
        Calls.GetResult++;
        return inner.GetResult();
    }
}

static class AwaitExtensions
{
    public static TaskAwaiter<int> GetAwaiter(this int value)
    {
        return Task.FromResult(value * 2).GetAwaiter();
    }

    public static Ready.ReadyAwaiter GetAwaiter(this string s)
    {
        return new Ready(s.Length).GetAwaiter();
    }
}

class CustomAwaitables
{
    static async Task<int> UseReady()
    {
        int a = await new Ready(4);
        int b = await new Ready(5);
        return a * b;
    }

    static async Task<int> UseLater(int input)
    {
        int r = await new Later(input);
        return r + 1;
    }

    static async Task<string> UseLaterFailing()
    {
        try
        {
            await new Later(-7);
            return "no exception";
        }
        catch (ArgumentException e)
        {
            return "caught " + e.Message;
        }
    }

    static async Task<int> UseCritical(int input)
    {
        CriticalLater c = new CriticalLater(input);
        await c;
        return c.GetAwaiter().Value;
    }

    static async Task<string> UseInline()
    {
        string s = await new InlineResume();
        string t = await new InlineResume();
        return s + "+" + t;
    }

    static async Task<string> UseWrapped(Task<string> pending)
    {
        int a = await new Wrapped<int>(Task.FromResult(1));
        string b = await new Wrapped<string>(pending);
        return a + " " + b;
    }

    static async Task<string> UseExtensions()
    {
        int doubled = await 21;
        int length = await "seven!!";
        return doubled + " " + length;
    }

    static async Task<long> LaterLoop(int n)
    {
        long sum = 0;
        for (int i = 0; i < n; i++)
        {
            if (i % 2 == 0) sum += await new Later(i);
            else sum += await new Ready(i);
        }
        return sum;
    }

    static async Task<string> InTryFinally()
    {
        List<string> steps = new List<string>();
        try
        {
            steps.Add("try " + await new Later(1));
            try
            {
                await new Later(-1);
            }
            finally
            {
                // (no await here: with awaits in this finally and the outer one, mcs lets the exception escape the catch)
                steps.Add("inner finally");
            }
        }
        catch (ArgumentException e)
        {
            steps.Add("catch " + e.Message);
        }
        finally
        {
            steps.Add("outer finally " + await new Later(3));
        }
        return string.Join(", ", steps.ToArray());
    }

    static void Main()
    {
        Console.WriteLine("ready: " + UseReady().Result + " (" + Calls.Take() + ")");
        Task<int> notStarted = UseLater(5);
        Console.WriteLine("later: " + notStarted.Result + " (" + Calls.Take() + ")");
        Console.WriteLine("later failing: " + UseLaterFailing().Result + " (" + Calls.Take() + ")");
        Console.WriteLine("critical: " + UseCritical(7).Result + " (" + Calls.Take() + ")");
        Console.WriteLine("inline: " + UseInline().Result + " (" + Calls.Take() + ")");
        TaskCompletionSource<string> source = new TaskCompletionSource<string>();
        Task<string> wrapped = UseWrapped(source.Task);
        Task.Run(() => source.SetResult("two"));
        Console.WriteLine("wrapped: " + wrapped.Result + " (" + Calls.Take() + ")");
        Console.WriteLine("extensions: " + UseExtensions().Result + " (" + Calls.Take() + ")");
        Console.WriteLine("loop: " + LaterLoop(200).Result + " (" + Calls.Take() + ")");
        Console.WriteLine("try/finally: " + InTryFinally().Result + " (" + Calls.Take() + ")");

        // awaiters used by hand, as the compiler would
        Ready.ReadyAwaiter ra = new Ready(9).GetAwaiter();
        Console.WriteLine("by hand: completed " + ra.IsCompleted + " result " + ra.GetResult());
        Later.LaterAwaiter la = new Later(10).GetAwaiter();
        Console.WriteLine("by hand: later completed before " + la.IsCompleted);
        TaskCompletionSource<int> resumed = new TaskCompletionSource<int>();
        Later.LaterAwaiter copy = la;
        la.OnCompleted(() => resumed.SetResult(copy.GetResult()));
        Console.WriteLine("by hand: later result " + resumed.Task.Result + " completed after " + la.IsCompleted);
        Calls.Take();

        // let the pool go idle before exiting (Mono can stall at exit while pool threads are busy)
        System.Diagnostics.Stopwatch settle = System.Diagnostics.Stopwatch.StartNew();
        while (settle.ElapsedMilliseconds < 100)
        {
        }
    }
}
