// expect-stdout-file: YieldFairness.out
// (.NET holds its pool to one worker when asked; Mono refuses a maximum below the processor count.)
using System;
using System.Threading;
using System.Threading.Tasks;

// Task.Yield lets queued work run: with the pool held to one worker, a chain that yields in a loop until another work
// item sets a flag must see that item run, whether it was queued to the pool from outside (the global queue) or from
// the spinning chain's own worker (its local queue), with and without an AsyncLocal value to flow. A yield goes to the
// newest end of the worker's own queue, which the worker takes first: before the worker also took the oldest queued
// item now and then, the spinner ran forever while the item waited.
static class YieldFairness
{
    static volatile bool s_flag;
    static readonly AsyncLocal<int> s_local = new AsyncLocal<int>();

    static async Task Spin(bool flow)
    {
        if (flow) s_local.Value = 7;
        while (!s_flag) await Task.Yield();
        if (flow && s_local.Value != 7) Console.WriteLine("the AsyncLocal value was lost");
    }

    static void Report(string what, bool flow, Task spinner)
    {
        Console.WriteLine(what + (flow ? ", flowing a value: " : ": ") + (spinner.Wait(10000) ? "ran" : "starved"));
    }

    static int Main()
    {
        if (!ThreadPool.SetMinThreads(1, 1) || !ThreadPool.SetMaxThreads(1, 1))
        {
            Console.WriteLine("could not hold the pool to one worker");
            return 1;
        }
        foreach (bool flow in new[] { false, true })
        {
            s_flag = false;
            Task spinner = Task.Run(() => Spin(flow));
            Thread.Sleep(20);
            ThreadPool.QueueUserWorkItem(_ => { s_flag = true; });
            Report("work queued from outside", flow, spinner);

            s_flag = false;
            Task both = Task.Run(async () =>
            {
                Task setter = Task.Factory.StartNew(() => { s_flag = true; });
                await Spin(flow);
                await setter;
            });
            Report("work queued by the spinning worker", flow, both);
        }
        return 0;
    }
}
