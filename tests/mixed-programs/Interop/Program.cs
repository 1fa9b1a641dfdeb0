using System;
using System.Threading.Tasks;

// Classic code awaiting runtime-async methods (RtAsync, Async.il under Kiln) through their task-returning form,
// while those await classic async methods (Classic).
class Program
{
    static async Task<int> Run()
    {
        Console.WriteLine(await RtAsync.Sum(4));
        Console.WriteLine(await RtAsync.Chain(3));
        Console.WriteLine("synchronized callee: " + await RtAsync.Locked(9) + ", lock held after: "
            + System.Threading.Monitor.IsEntered(typeof(Classic)));
        Console.WriteLine(await RtAsync.Chain(7));
        Console.WriteLine(await RtAsync.Catch("bad"));
        try
        {
            await RtAsync.Throw("argument");
        }
        catch (ArgumentException e)
        {
            Console.WriteLine("caught " + e.Message);
        }
        Console.WriteLine(await RtAsync.AwaitTask(Classic.Double(5)));
        Task<int>[] all = { RtAsync.Sum(2), RtAsync.Sum(3) };
        int[] results = await Task.WhenAll(all);
        Console.WriteLine(results[0] + "," + results[1]);
        return 7;
    }

    static void Main()
    {
        Console.WriteLine(Run().Result);
        Console.WriteLine(RtAsync.Sum(1).Result);
        Task failed = RtAsync.Throw("x");
        failed.ContinueWith(t => Console.WriteLine("faulted " + t.IsFaulted)).Wait();
        Console.WriteLine(RtAsync.Chain(1).GetAwaiter().GetResult());
    }
}
