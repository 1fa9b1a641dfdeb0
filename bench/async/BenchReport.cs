using System;
using System.Diagnostics;

// Timing and allocation counters, read the same way by every variant of the benchmark.
public static class BenchReport
{
    public static long Ticks() { return Stopwatch.GetTimestamp(); }

    public static long Bytes() { return GC.GetAllocatedBytesForCurrentThread(); }

    public static void Print(int iterations, long startTicks, long startBytes, long checksum)
    {
        long ticks = Stopwatch.GetTimestamp() - startTicks;
        long bytes = GC.GetAllocatedBytesForCurrentThread() - startBytes;
        double ns = ticks * (1e9 / Stopwatch.Frequency) / iterations;
        Console.WriteLine("ns/iter " + ns.ToString("F2") + " bytes/iter " + ((double)bytes / iterations).ToString("F1")
            + " checksum " + checksum);
    }
}
