using System;
using System.Threading.Tasks;

// What Async.il does, as classic async methods: the library Mono runs in place of the runtime-async one.
public static class RtAsync
{
    public static async Task<int> Sum(int n)
    {
        int s = 0;
        for (int i = 1; i <= n; i++) s += await Classic.Double(i);
        return s;
    }

    public static async Task<int> Locked(int x)
    {
        return await Classic.LockedNotAsync(x);
    }

    public static async Task<string> Chain(int x)
    {
        string d = await Classic.Describe(x);
        int y = await Classic.NotAsync(x);
        return d + "/" + y;
    }

    public static async Task<string> Catch(string message)
    {
        try
        {
            await Classic.Fail(message);
            return "not thrown";
        }
        catch (InvalidOperationException e)
        {
            return "caught " + e.Message;
        }
    }

    public static async Task Throw(string message)
    {
        await Task.Yield();
        throw new ArgumentException(message);
    }

    public static async Task<int> AwaitTask(Task<int> task)
    {
        return await task + 1;
    }
}
