using System;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;

// Keeps what is posted to it until Release runs it.
sealed class HoldingContext : SynchronizationContext
{
    private SendOrPostCallback m_callback;
    private object m_state;

    public override void Post(SendOrPostCallback d, object state)
    {
        m_callback = d;
        m_state = state;
    }

    public void Release() { m_callback(m_state); }
}

// Classic async ValueTask methods as C# 7.1+ compilers emit them (mcs cannot): a state machine driving
// AsyncValueTaskMethodBuilder, written out by hand. Also ValueTask awaiters and ConfigureAwait in classic code.
struct AddMachine : IAsyncStateMachine
{
    public int State;
    public int X;
    public AsyncValueTaskMethodBuilder<int> Builder;
    private YieldAwaitable.YieldAwaiter awaiter;

    public void MoveNext()
    {
        int result;
        try
        {
            if (State == 0 && X % 2 == 1)
            {
                awaiter = Task.Yield().GetAwaiter();
                if (!awaiter.IsCompleted)
                {
                    State = 1;
                    Builder.AwaitUnsafeOnCompleted(ref awaiter, ref this);
                    return;
                }
            }
            if (State == 1)
            {
                awaiter.GetResult();
            }
            if (X < 0) throw new InvalidOperationException("negative " + X);
            result = X + 1;
        }
        catch (Exception e)
        {
            State = -2;
            Builder.SetException(e);
            return;
        }
        State = -2;
        Builder.SetResult(result);
    }

    public void SetStateMachine(IAsyncStateMachine stateMachine) { Builder.SetStateMachine(stateMachine); }
}

struct PrintMachine : IAsyncStateMachine
{
    public int State;
    public string Text;
    public AsyncValueTaskMethodBuilder Builder;
    private ValueTaskAwaiter<int> awaiter;

    public void MoveNext()
    {
        try
        {
            if (State == 0)
            {
                awaiter = Program.AddAsync(Text.Length).GetAwaiter();
                if (!awaiter.IsCompleted)
                {
                    State = 1;
                    Builder.AwaitUnsafeOnCompleted(ref awaiter, ref this);
                    return;
                }
            }
            int n = awaiter.GetResult();
            Console.WriteLine(Text + " -> " + n);
        }
        catch (Exception e)
        {
            State = -2;
            Builder.SetException(e);
            return;
        }
        State = -2;
        Builder.SetResult();
    }

    public void SetStateMachine(IAsyncStateMachine stateMachine) { Builder.SetStateMachine(stateMachine); }
}

class Program
{
    public static ValueTask<int> AddAsync(int x)
    {
        AddMachine m = new AddMachine();
        m.X = x;
        m.Builder = AsyncValueTaskMethodBuilder<int>.Create();
        m.Builder.Start(ref m);
        return m.Builder.Task;
    }

    static ValueTask PrintAsync(string text)
    {
        PrintMachine m = new PrintMachine();
        m.Text = text;
        m.Builder = AsyncValueTaskMethodBuilder.Create();
        m.Builder.Start(ref m);
        return m.Builder.Task;
    }

    static async Task<int> Classic()
    {
        int a = await AddAsync(2);
        int b = await AddAsync(3);
        int c = await AddAsync(5).ConfigureAwait(false);
        await PrintAsync("abcd");
        await PrintAsync("abc").ConfigureAwait(false);
        return a * 100 + b * 10 + c;
    }

    static void Main()
    {
        ValueTask<int> sync = AddAsync(2);
        Console.WriteLine("sync completed: " + sync.IsCompleted + " result " + sync.Result);
        // Task.Yield posts to the current context: a holding one keeps the continuation until it is released, so the
        // method is still suspended when IsCompleted is read, whichever threads the pool has.
        HoldingContext holding = new HoldingContext();
        SynchronizationContext.SetSynchronizationContext(holding);
        ValueTask<int> later = AddAsync(3);
        SynchronizationContext.SetSynchronizationContext(null);
        Console.WriteLine("yielding completed: " + later.IsCompleted);
        holding.Release();
        Console.WriteLine("yielding result " + later.Result);
        Console.WriteLine("classic " + Classic().Result);
        ValueTask<int> bad = AddAsync(-4);
        Console.WriteLine("faulted: " + bad.IsFaulted);
        try
        {
            Console.WriteLine(bad.Result);
        }
        catch (AggregateException e)
        {
            Console.WriteLine("aggregate: " + e.InnerException.Message);
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine("direct: " + e.Message);
        }
        PrintAsync("x").AsTask().Wait();
        ValueTask<int> v = new ValueTask<int>(9);
        Console.WriteLine("value " + v.GetAwaiter().GetResult() + " " + v.ConfigureAwait(false).GetAwaiter().GetResult());
    }
}
