using System;
using System.Threading.Tasks;

// Depth and volume: an async method awaiting itself 1000 levels deep (completing synchronously, suspended at the
// leaf, suspending at every level, released by a TaskCompletionSource, failing at the leaf), and loops of
// 100,000 awaits of completed tasks and 10,000 awaits of Task.Yield.
class AsyncDeepAndLoops
{
    static readonly Task<int> one = Task.FromResult(1);

    static async Task<int> SyncDepth(int n)
    {
        if (n == 0) return 0;
        return await SyncDepth(n - 1) + 1;
    }

    static async Task<int> LeafYieldDepth(int n)
    {
        if (n == 0)
        {
            await Task.Yield();
            return 0;
        }
        return await LeafYieldDepth(n - 1) + 1;
    }

    static async Task<long> EveryLevelYields(int n)
    {
        await Task.Yield();
        if (n == 0) return 0;
        long below = await EveryLevelYields(n - 1);
        await Task.Yield();
        return below + n;
    }

    static async Task<int> GatedDepth(int n, Task<int> gate)
    {
        if (n == 0) return await gate;
        int v = await GatedDepth(n - 1, gate);
        return v + 1;
    }

    static int finallies;

    static async Task<int> FailingDepth(int n)
    {
        try
        {
            if (n == 0)
            {
                await Task.Yield();
                throw new InvalidOperationException("leaf failed");
            }
            return await FailingDepth(n - 1) + 1;
        }
        finally
        {
            finallies++;
        }
    }

    static async Task<int> CompletedHelper(int i)
    {
        return await Task.FromResult(i & 7);
    }

    static async Task<long> CompletedAwaits(int n)
    {
        long sum = 0;
        for (int i = 0; i < n; i++)
        {
            sum += await one;
            await Task.CompletedTask;
            sum += await CompletedHelper(i);
        }
        return sum;
    }

    static async Task<long> YieldAwaits(int n)
    {
        long sum = 0;
        for (int i = 0; i < n; i++)
        {
            await Task.Yield();
            sum += i;
        }
        return sum;
    }

    static async Task<int> MixedLoop(int n)
    {
        int count = 0;
        for (int i = 0; i < n; i++)
        {
            if (i % 100 == 0) await Task.Delay(0);
            else if (i % 10 == 0) await Task.Yield();
            else await one;
            count++;
        }
        return count;
    }

    static void Main()
    {
        Console.WriteLine("sync depth: " + SyncDepth(1000).Result);
        Task<int> leaf = LeafYieldDepth(1000);
        Console.WriteLine("leaf-yield depth: " + leaf.Result);
        Console.WriteLine("every level yields: " + EveryLevelYields(1000).Result);

        TaskCompletionSource<int> gate = new TaskCompletionSource<int>();
        Task<int> gated = GatedDepth(1000, gate.Task);
        Console.WriteLine("gated before release: " + gated.IsCompleted);
        gate.SetResult(5);
        Console.WriteLine("gated depth: " + gated.Result);

        Task<int> failing = FailingDepth(1000);
        try
        {
            failing.Wait();
        }
        catch (AggregateException e)
        {
            Console.WriteLine("failing depth: " + e.InnerException.Message + ", finally blocks run " + finallies);
        }

        Console.WriteLine("100000 completed awaits: " + CompletedAwaits(100000).Result);
        Console.WriteLine("10000 yields: " + YieldAwaits(10000).Result);
        Console.WriteLine("mixed loop: " + MixedLoop(20000).Result);

        // let the pool go idle before exiting (Mono can stall at exit while pool threads are busy)
        System.Diagnostics.Stopwatch settle = System.Diagnostics.Stopwatch.StartNew();
        while (settle.ElapsedMilliseconds < 100)
        {
        }
    }
}
