// Finalizable objects allocated on four threads at once while a fifth collects and waits for finalizers, with
// finalizers that allocate themselves: each finalizer runs at most once, the objects it references are intact, and
// after the threads ended nearly all have run ("at least", see finalizer-run.cs).
// tags: slow
using System;
using System.Runtime.CompilerServices;
using System.Threading;

class Tracked
{
    public const int PerThread = 100000;
    public static readonly int[] Runs = new int[4 * PerThread];
    public static int Broken;
    readonly int index;
    readonly int[] payload;

    public Tracked(int index)
    {
        this.index = index;
        payload = new int[] { index, index * 3 };
    }

    ~Tracked()
    {
        if (payload[0] != index || payload[1] != index * 3) Interlocked.Increment(ref Broken);
        string text = "finalized " + index; // finalizers allocate too, while other threads do
        if (text.Length < 10) Interlocked.Increment(ref Broken);
        Interlocked.Increment(ref Runs[index]);
    }
}

static class FinalizerStress
{
    [MethodImpl(MethodImplOptions.NoInlining)]
    static void Allocate(int thread)
    {
        for (int i = 0; i < Tracked.PerThread; i++)
        {
            new Tracked(thread * Tracked.PerThread + i);
            if (i % 64 == 0) new byte[4096].GetHashCode(); // garbage without finalizers, to make collections happen
        }
    }

    static void Main()
    {
        var threads = new Thread[4];
        for (int t = 0; t < threads.Length; t++)
        {
            int id = t;
            threads[t] = new Thread(() => Allocate(id));
            threads[t].Start();
        }
        for (int i = 0; i < 50; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }
        foreach (Thread t in threads) t.Join();
        for (int i = 0; i < 3; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }
        int ran = 0, twice = 0;
        foreach (int r in Tracked.Runs)
        {
            if (r > 0) ran++;
            if (r > 1) twice++;
        }
        Console.WriteLine("finalized at least 99%: " + (ran >= Tracked.Runs.Length * 99 / 100));
        Console.WriteLine("finalizers run twice: " + twice);
        Console.WriteLine("finalizers that saw broken objects: " + Tracked.Broken);
    }
}
