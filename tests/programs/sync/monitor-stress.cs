// tags: slow
using System;
using System.Threading;

// Monitor under load: eight threads lock 64 shared objects (nested, in a fixed order) and a stream of fresh objects
// that die at once, so collections keep clearing lock records while other threads hold and wait on locks.
// Totals are checked after joining; every wait is bounded.
class MonitorStress
{
    const int Threads = 8;
    const int Rounds = 40000;
    static readonly object[] Shared = new object[64];
    static readonly long[] Counts = new long[64];
    static long s_fresh;
    static int s_handoffs;
    static readonly object Baton = new object();

    static void Work(int id)
    {
        var random = new Random(id);
        for (int i = 0; i < Rounds; i++)
        {
            int a = random.Next(64), b = random.Next(64);
            int first = Math.Min(a, b), second = Math.Max(a, b);
            lock (Shared[first])
            {
                lock (Shared[second])
                {
                    Counts[first]++;
                    Counts[second]++; // the same object twice when first == second: re-entered
                }
            }
            object fresh = new int[random.Next(1, 8)];
            lock (fresh)
            {
                if (Monitor.IsEntered(fresh)) Interlocked.Increment(ref s_fresh);
            }
            if (i % 1000 == 0)
            {
                lock (Baton)
                {
                    s_handoffs++;
                    Monitor.PulseAll(Baton);
                    Monitor.Wait(Baton, 1);
                }
            }
        }
    }

    static int Main()
    {
        for (int i = 0; i < Shared.Length; i++) Shared[i] = new object();
        var threads = new Thread[Threads];
        for (int t = 0; t < Threads; t++)
        {
            int id = t;
            threads[t] = new Thread(() => Work(id));
            threads[t].Start();
        }
        foreach (var t in threads) t.Join();
        long total = 0;
        foreach (long c in Counts) total += c;
        Console.WriteLine("locked pairs " + total / 2 + " expected " + (long)Threads * Rounds);
        Console.WriteLine("fresh " + s_fresh + " handoffs " + s_handoffs);
        int held = 0;
        foreach (object o in Shared) if (Monitor.IsEntered(o)) held++;
        Console.WriteLine("held after join " + held);
        return 0;
    }
}
