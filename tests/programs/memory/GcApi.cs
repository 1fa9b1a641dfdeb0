// The GC class and GCSettings: collections are counted, memory is reported, allocation is counted, arguments are
// checked as .NET checks them. The expected output is .NET's: a full collection counts for every generation (Mono
// counts major collections only) and LatencyMode = Batch is kept (Mono ignores it).
// expect-stdout-file: GcApi.out
using System;
using System.Runtime;

static class GcApi
{
    static void Check(string what, bool ok)
    {
        Console.WriteLine(what + ": " + (ok ? "ok" : "FAILED"));
    }

    static void Throws<T>(string what, Action action) where T : Exception
    {
        try
        {
            action();
            Console.WriteLine(what + ": no exception");
        }
        catch (T e)
        {
            Console.WriteLine(what + ": " + e.GetType().Name);
        }
    }

    static object[] keep;

    static void Main()
    {
        int before = GC.CollectionCount(0);
        GC.Collect();
        Check("a collection is counted", GC.CollectionCount(0) > before);
        GC.Collect(0);
        GC.Collect(1, GCCollectionMode.Forced);
        GC.Collect(2, GCCollectionMode.Optimized, true);
        GC.Collect(2, GCCollectionMode.Default, true, true);
        Check("generations counted in order", GC.CollectionCount(0) >= GC.CollectionCount(1) && GC.CollectionCount(1) >= GC.CollectionCount(2));
        Check("MaxGeneration", GC.MaxGeneration >= 1);
        Check("generation of a new object", GC.GetGeneration(new object()) <= GC.MaxGeneration);

        long allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        keep = new object[1000];
        for (int i = 0; i < keep.Length; i++) keep[i] = new byte[1000];
        Check("allocation counted", GC.GetAllocatedBytesForCurrentThread() - allocatedBefore >= 1000 * 1000);
        long inUse = GC.GetTotalMemory(true);
        Check("memory in use reported", inUse >= 1000 * 1000);
        keep = null;
        Check("memory returns", GC.GetTotalMemory(true) < inUse - 500 * 1000);

        object o = new object();
        GC.KeepAlive(o);
        GC.KeepAlive(null);
        GC.AddMemoryPressure(4096);
        GC.RemoveMemoryPressure(4096);
        GC.SuppressFinalize(o);
        GC.ReRegisterForFinalize(o);
        GC.WaitForPendingFinalizers();

        Throws<ArgumentOutOfRangeException>("Collect(-1)", () => GC.Collect(-1));
        Throws<ArgumentOutOfRangeException>("CollectionCount(-1)", () => GC.CollectionCount(-1));
        Throws<ArgumentOutOfRangeException>("AddMemoryPressure(0)", () => GC.AddMemoryPressure(0));
        Throws<ArgumentOutOfRangeException>("RemoveMemoryPressure(-1)", () => GC.RemoveMemoryPressure(-1));
        Throws<ArgumentNullException>("SuppressFinalize(null)", () => GC.SuppressFinalize(null));

        Console.WriteLine("server GC: " + GCSettings.IsServerGC);
        GCLatencyMode mode = GCSettings.LatencyMode;
        GCSettings.LatencyMode = GCLatencyMode.Batch;
        Console.WriteLine("latency mode set: " + GCSettings.LatencyMode);
        GCSettings.LatencyMode = mode;
        Console.WriteLine("latency mode restored: " + (GCSettings.LatencyMode == mode));
    }
}
