using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

// The shapes an async method can take: async void (completion observed through a counter and a
// TaskCompletionSource), async lambdas and anonymous methods, async methods of generic classes, generic async
// methods over reference and value types, instance methods of classes with state, virtual and interface
// async methods, and an async method of a struct (which works on a copy of the struct).
interface IFetcher
{
    Task<string> FetchAsync(int id);
}

class Account : IFetcher
{
    private readonly string name;
    private int balance;
    private readonly List<string> history = new List<string>();

    public Account(string name, int balance)
    {
        this.name = name;
        this.balance = balance;
    }

    public async Task DepositAsync(int amount)
    {
        int before = balance;
        await Task.Yield();
        balance = before + amount;
        history.Add("+" + amount);
    }

    public async Task<bool> WithdrawAsync(int amount)
    {
        await Task.Delay(1);
        if (amount > balance)
        {
            history.Add("refused " + amount);
            return false;
        }
        balance -= amount;
        history.Add("-" + amount);
        return true;
    }

    public virtual async Task<string> DescribeAsync()
    {
        await Task.Yield();
        return name + ": " + balance + " [" + string.Join(" ", history.ToArray()) + "]";
    }

    public async Task<string> FetchAsync(int id)
    {
        await Task.Yield();
        return name + "#" + id;
    }
}

class SavingsAccount : Account
{
    private readonly int rate;

    public SavingsAccount(string name, int balance, int rate) : base(name, balance)
    {
        this.rate = rate;
    }

    public override async Task<string> DescribeAsync()
    {
        string b = await base.DescribeAsync();
        await Task.Delay(1);
        return b + " at " + rate + "%";
    }
}

class AsyncBox<T>
{
    private T value;
    private int reads;

    public AsyncBox(T value)
    {
        this.value = value;
    }

    public async Task<T> GetAsync()
    {
        await Task.Yield();
        reads++;
        return value;
    }

    public async Task SetAsync(T newValue)
    {
        await Task.Delay(1);
        value = newValue;
    }

    public async Task<U> MapAsync<U>(Func<T, U> f)
    {
        T v = await GetAsync();
        await Task.Yield();
        return f(v);
    }

    public async Task<KeyValuePair<T, U>> PairAsync<U>(Task<U> other)
    {
        U u = await other;
        return new KeyValuePair<T, U>(await GetAsync(), u);
    }

    public int Reads { get { return reads; } }
}

struct Big
{
    public long A;
    public long B;
    public string C;
    public double D;

    public override string ToString()
    {
        return "Big(" + A + "," + B + "," + C + "," + D + ")";
    }
}

struct StructCounter
{
    public int N;

    public async Task<int> BumpAsync()
    {
        N++;
        await Task.Yield();
        N++;
        return N;
    }
}

class AsyncMethodShapes
{
    static int remaining;
    static TaskCompletionSource<bool> allDone;
    static readonly int[] voidSlots = new int[10];
    static bool syncVoidRan;

    static async void FireAndForget(int index)
    {
        await Task.Delay(index % 3);
        voidSlots[index] = index + 1;
        if (Interlocked.Decrement(ref remaining) == 0) allDone.SetResult(true);
    }

    static async void CompletesSynchronously()
    {
        await Task.CompletedTask;
        await Task.FromResult(1);
        syncVoidRan = true;
    }

    static async void VoidSignals(TaskCompletionSource<string> done, string text)
    {
        try
        {
            await Task.Yield();
            if (text == null) throw new ArgumentException("no text");
            done.SetResult(text.ToUpper());
        }
        catch (Exception e)
        {
            done.SetException(e);
        }
    }

    static async Task<T> Echo<T>(T x)
    {
        await Task.Yield();
        return x;
    }

    static async Task<T> MaxAsync<T>(Task<T>[] tasks) where T : IComparable<T>
    {
        T best = await tasks[0];
        for (int i = 1; i < tasks.Length; i++)
        {
            T v = await tasks[i];
            if (v.CompareTo(best) > 0) best = v;
        }
        return best;
    }

    static async Task<List<T>> CollectAsync<T>(Func<int, Task<T>> make, int n)
    {
        List<T> list = new List<T>();
        for (int i = 0; i < n; i++) list.Add(await make(i));
        return list;
    }

    static async Task<string> Run()
    {
        // async lambdas
        Func<Task<int>> answer = async () =>
        {
            await Task.Delay(1);
            return 42;
        };
        Func<int, Task<int>> square = async x =>
        {
            await Task.Yield();
            return x * x;
        };
        Func<int, int, Task<string>> join = async (a, b) => (await square(a)) + ":" + (await square(b));
        Func<Task> nothing = async delegate { await Task.Yield(); };
        await nothing();
        Console.WriteLine("lambdas: " + await answer() + " " + await square(9) + " " + await join(2, 3));

        // a lambda capturing and changing a local across awaits
        int captured = 1;
        Func<Task> bump = async () =>
        {
            captured *= 2;
            await Task.Yield();
            captured += 1;
        };
        await bump();
        await bump();
        Console.WriteLine("captured: " + captured);

        // recursive async lambda through a delegate variable
        Func<int, Task<int>> fib = null;
        fib = async n =>
        {
            if (n < 2) return n;
            await Task.Yield();
            return await fib(n - 1) + await fib(n - 2);
        };
        Console.WriteLine("fib(15): " + await fib(15));

        List<Func<Task<string>>> steps = new List<Func<Task<string>>>();
        for (int i = 0; i < 4; i++)
        {
            int k = i;
            steps.Add(async () =>
            {
                await Task.Delay(k);
                return "step" + k;
            });
        }
        List<string> done = new List<string>();
        foreach (Func<Task<string>> step in steps) done.Add(await step());
        Console.WriteLine(string.Join(",", done.ToArray()));

        // generic classes
        AsyncBox<int> ints = new AsyncBox<int>(5);
        AsyncBox<string> strings = new AsyncBox<string>("five");
        AsyncBox<Big> bigs = new AsyncBox<Big>(new Big { A = 1, B = 2, C = "c", D = 0.5 });
        int i1 = await ints.GetAsync();
        await ints.SetAsync(i1 + 1);
        string s1 = await strings.MapAsync(s => s + "!");
        int len = await strings.MapAsync(s => s.Length);
        Big big = await bigs.GetAsync();
        big.A = 100;
        await bigs.SetAsync(big);
        KeyValuePair<int, string> pair = await ints.PairAsync(Echo("paired"));
        Console.WriteLine("boxes: " + await ints.GetAsync() + " " + s1 + " " + len + " " + await bigs.GetAsync() + " "
            + pair.Key + "=" + pair.Value + " reads " + ints.Reads + "/" + strings.Reads + "/" + bigs.Reads);

        // generic methods over several type arguments
        Console.WriteLine("echo: " + await Echo(1) + " " + await Echo(2L) + " " + await Echo("three") + " " + await Echo(4.5)
            + " " + await Echo('6') + " " + await Echo(new Big { A = 7, C = "x" }) + " " + (await Echo<object>(null) == null));
        Console.WriteLine("max: " + await MaxAsync(new Task<int>[] { Echo(3), Task.FromResult(9), Echo(4) })
            + " " + await MaxAsync(new Task<string>[] { Echo("pear"), Echo("apple"), Task.FromResult("zebra"), Echo("mango") }));
        List<string> collected = await CollectAsync(async i =>
        {
            await Task.Yield();
            return "c" + i;
        }, 5);
        List<int> collectedInts = await CollectAsync(square, 5);
        Console.WriteLine("collected: " + string.Join(",", collected.ToArray()) + " " + collectedInts.Count + " last " + collectedInts[4]);

        // instance methods with state, virtual and interface dispatch
        Account plain = new Account("plain", 10);
        await plain.DepositAsync(5);
        bool w1 = await plain.WithdrawAsync(100);
        bool w2 = await plain.WithdrawAsync(3);
        Console.WriteLine(await plain.DescribeAsync() + " " + w1 + " " + w2);
        Account savings = new SavingsAccount("savings", 50, 3);
        await savings.DepositAsync(25);
        Console.WriteLine(await savings.DescribeAsync());
        IFetcher fetcher = savings;
        Console.WriteLine(await fetcher.FetchAsync(7));

        // a struct's async method changes its own copy
        StructCounter counter = new StructCounter();
        int bumped = await counter.BumpAsync();
        Console.WriteLine("struct: returned " + bumped + ", original N " + counter.N);
        return "done";
    }

    static void Main()
    {
        // async void: completion only observable through shared state
        remaining = voidSlots.Length;
        allDone = new TaskCompletionSource<bool>();
        for (int i = 0; i < voidSlots.Length; i++) FireAndForget(i);
        allDone.Task.Wait();
        Console.WriteLine("async void slots: " + string.Join(",", Array.ConvertAll(voidSlots, x => x.ToString())));
        CompletesSynchronously();
        Console.WriteLine("async void without suspension ran to the end: " + syncVoidRan);
        TaskCompletionSource<string> signal = new TaskCompletionSource<string>();
        VoidSignals(signal, "signaled");
        Console.WriteLine("async void signaled: " + signal.Task.Result);
        TaskCompletionSource<string> failed = new TaskCompletionSource<string>();
        VoidSignals(failed, null);
        try
        {
            failed.Task.Wait();
        }
        catch (AggregateException e)
        {
            Console.WriteLine("async void reported: " + e.InnerException.Message);
        }
        int lambdaCount = 0;
        TaskCompletionSource<int> lambdaDone = new TaskCompletionSource<int>();
        Action voidLambda = async () =>
        {
            await Task.Delay(1);
            lambdaCount++;
            lambdaDone.SetResult(lambdaCount);
        };
        voidLambda();
        Console.WriteLine("async void lambda: " + lambdaDone.Task.Result);

        Console.WriteLine(Run().Result);

        // let the pool go idle before exiting (Mono can stall at exit while pool threads are busy)
        System.Diagnostics.Stopwatch settle = System.Diagnostics.Stopwatch.StartNew();
        while (settle.ElapsedMilliseconds < 100)
        {
        }
    }
}
