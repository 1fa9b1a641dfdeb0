using System;
using System.Runtime.CompilerServices;
using System.Threading;
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

    // Synchronized: awaited from runtime-async code, it still runs under typeof(Classic)'s lock (no async version
    // of it may skip the lock), and the lock is released once it returned its task.
    [MethodImpl(MethodImplOptions.Synchronized)]
    public static Task<int> LockedNotAsync(int x)
    {
        return Task.FromResult(Monitor.IsEntered(typeof(Classic)) ? x : -x);
    }
}
