using System;
using System.Threading.Tasks;

// Classic async methods (mcs state machines), awaited by the runtime-async library.
public static class Classic
{
    public static async Task<int> Double(int x)
    {
        await Task.Yield();
        return x * 2;
    }

    public static async Task<string> Describe(int x)
    {
        if (x > 5) await Task.Delay(1);
        return "n=" + x;
    }

    public static async Task Fail(string message)
    {
        await Task.Yield();
        throw new InvalidOperationException(message);
    }

    public static Task<int> NotAsync(int x)
    {
        return Task.FromResult(x + 1000);
    }
}
