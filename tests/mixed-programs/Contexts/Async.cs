using System.Threading;
using System.Threading.Tasks;

// What Async.il does, as classic async methods: the library Mono runs in place of the runtime-async one.
public static class RtAsync
{
    public static async Task<bool> DelayOnContext(SynchronizationContext context)
    {
        await Task.Delay(5);
        return SynchronizationContext.Current == context;
    }

    public static async Task<bool> DelayConfiguredFalse(SynchronizationContext context)
    {
        await Task.Delay(5).ConfigureAwait(false);
        return SynchronizationContext.Current == context;
    }

    public static async Task<bool> StoredTaskOnContext(SynchronizationContext context)
    {
        Task delay = Task.Delay(5);
        await delay;
        return SynchronizationContext.Current == context;
    }

    public static async Task<bool> YieldOnContext(SynchronizationContext context)
    {
        await Task.Yield();
        return SynchronizationContext.Current == context;
    }

    public static async Task<bool> ClassicOnContext(SynchronizationContext context)
    {
        int x = await Classic.OnPool(1);
        return x == 2 && SynchronizationContext.Current == context;
    }

    public static async Task<bool> Nested(SynchronizationContext context, int depth)
    {
        if (depth == 0) return await DelayOnContext(context);
        bool inner = await Nested(context, depth - 1);
        return inner && SynchronizationContext.Current == context;
    }

    public static async Task<int> LocalAcrossAwait(AsyncLocal<int> local)
    {
        int before = local.Value;
        await Task.Delay(5);
        return before * 100 + local.Value;
    }

    public static async Task<int> SetsLocal(AsyncLocal<int> local)
    {
        local.Value = 99;
        SynchronizationContext.SetSynchronizationContext(new SynchronizationContext());
        await Task.Delay(5);
        return local.Value;
    }

    public static async Task<int> SumOnPool(int n)
    {
        int sum = 0;
        for (int i = 0; i < n; i++)
        {
            await Task.Yield();
            sum += i;
        }
        return sum;
    }
}
