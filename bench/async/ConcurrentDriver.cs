using System;
using System.Diagnostics;
using System.Threading.Tasks;

// Starts many async chains at once and waits for all of them (the concurrent benchmark, bench/async-concurrent.sh):
// each chain is loop(awaits), which awaits the three-wrapper chain `awaits` times with a leaf that always yields, so
// every await is a real suspension resumed on the thread pool. Prints the total time, the time per await, a
// checksum every variant must agree on and the collections during the timed part (built with -d:KILN, also the bytes
// of new memory per await: bench/async-concurrent-gc.sh).
public static class ConcurrentDriver
{
    public static void Run(string[] args, Func<int, Task<long>> loop)
    {
        int chains = int.Parse(args[0]);
        int awaits = int.Parse(args[1]);
        Task.WhenAll(Start(100, 10, loop)).Wait(); // warm-up (mono's JIT compiles everything once)
        int collections = GC.CollectionCount(0);
#if KILN
        long allocated = GC.GetTotalAllocatedBytes(false);
#endif
        long start = Stopwatch.GetTimestamp();
        long[] results = Task.WhenAll(Start(chains, awaits, loop)).Result;
        long ticks = Stopwatch.GetTimestamp() - start;
        collections = GC.CollectionCount(0) - collections;
        long sum = 0;
        for (int i = 0; i < results.Length; i++) sum += results[i];
        double us = ticks * (1e6 / Stopwatch.Frequency);
        double awaited = (double)chains * awaits;
        string counts = " collections " + collections;
#if KILN
        // bytes of new memory (Kiln counts no reused continuation or resumer), chains' own objects included
        counts += " bytes/await " + ((GC.GetTotalAllocatedBytes(false) - allocated) / awaited).ToString("F1");
#endif
        Console.WriteLine("us " + us.ToString("F0") + " ns/await " + (us * 1000 / awaited).ToString("F1")
            + " checksum " + sum + counts);
    }

    private static Task<long>[] Start(int chains, int awaits, Func<int, Task<long>> loop)
    {
        Task<long>[] tasks = new Task<long>[chains];
        for (int i = 0; i < chains; i++) tasks[i] = loop(awaits);
        return tasks;
    }
}
