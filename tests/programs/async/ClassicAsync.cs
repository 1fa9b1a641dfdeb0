using System;
using System.Threading.Tasks;

class ClassicAsync
{
    static async Task<int> Leaf(int x)
    {
        await Task.Yield();
        return x * 2;
    }

    static async Task<int> Middle(int x)
    {
        int a = await Leaf(x);
        int b = await Leaf(a);
        return a + b;
    }

    static async Task<string> Delayed(string s, int ms)
    {
        await Task.Delay(ms);
        return s + "!";
    }

    static async Task Thrower()
    {
        await Task.Yield();
        throw new InvalidOperationException("async failure");
    }

    static async Task<int> Catcher()
    {
        try
        {
            await Thrower();
            return 0;
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine("caught: " + e.Message);
            return 1;
        }
        finally
        {
            Console.WriteLine("finally in async");
        }
    }

    static async Task<long> Loop(int n)
    {
        long sum = 0;
        for (int i = 0; i < n; i++)
        {
            sum += await Leaf(i);
        }
        return sum;
    }

    static async Task<int> Synchronous(int x)
    {
        return await Task.FromResult(x + 1);
    }

    static void Main()
    {
        Console.WriteLine(Middle(5).Result);
        Console.WriteLine(Delayed("late", 20).Result);
        Console.WriteLine(Catcher().Result);
        Console.WriteLine(Loop(100).GetAwaiter().GetResult());
        Console.WriteLine(Synchronous(41).Result);
        Task<string> a = Delayed("a", 30);
        Task<string> b = Delayed("b", 10);
        Task.WhenAll(a, b).Wait();
        Console.WriteLine(a.Result + b.Result);
        TaskCompletionSource<int> tcs = new TaskCompletionSource<int>();
        Task<int> waiter = Middle(1).ContinueWith(t => t.Result * 100);
        tcs.SetResult(7);
        Console.WriteLine(tcs.Task.Result + " " + waiter.Result);
        try
        {
            Thrower().Wait();
        }
        catch (AggregateException e)
        {
            Console.WriteLine("aggregate of " + e.InnerException.GetType().Name);
        }
        Task<int> run = Task.Run(() => 6 * 7);
        Console.WriteLine(run.Result);
        Console.WriteLine(Task.FromResult(3).IsCompleted);
    }
}
