using System;
using System.Diagnostics;
using System.Threading;

// Single-thread costs of locking primitives, in ns per operation (best of 5 rounds): an uncontended lock/unlock pair
// on one object, a pair on a fresh object each time (the lock table's insertion), Interlocked and Volatile.
class Locks
{
    static readonly object Gate = new object();
    static int s_counter;
    static long s_long;

    static double Measure(string name, int n, Action<int> body)
    {
        double best = double.MaxValue;
        for (int round = 0; round < 5; round++)
        {
            var sw = Stopwatch.StartNew();
            body(n);
            sw.Stop();
            best = Math.Min(best, sw.Elapsed.TotalMilliseconds * 1e6 / n);
        }
        Console.WriteLine("{0,-32} {1,8:F1} ns", name, best);
        return best;
    }

    static void Main()
    {
        Measure("lock/unlock, same object", 5000000, n => { for (int i = 0; i < n; i++) lock (Gate) s_counter++; });
        Measure("lock/unlock, nested twice", 2000000, n => { for (int i = 0; i < n; i++) lock (Gate) lock (Gate) s_counter++; });
        Measure("lock/unlock, fresh object", 500000, n => { for (int i = 0; i < n; i++) { object o = new object(); lock (o) s_counter++; } });
        Measure("new object only", 500000, n => { for (int i = 0; i < n; i++) { object o = new object(); if (o.GetHashCode() == 1) s_counter++; } });
        Measure("Monitor.TryEnter(0)+Exit", 5000000, n => { for (int i = 0; i < n; i++) if (Monitor.TryEnter(Gate)) Monitor.Exit(Gate); });
        Measure("Interlocked.Increment(int)", 20000000, n => { for (int i = 0; i < n; i++) Interlocked.Increment(ref s_counter); });
        Measure("Interlocked.Add(long)", 20000000, n => { for (int i = 0; i < n; i++) Interlocked.Add(ref s_long, i); });
        Measure("Interlocked.CompareExchange", 20000000, n => { for (int i = 0; i < n; i++) Interlocked.CompareExchange(ref s_counter, i, i - 1); });
        Measure("Volatile.Read+Write", 20000000, n => { for (int i = 0; i < n; i++) Volatile.Write(ref s_counter, Volatile.Read(ref s_counter) + 1); });
        Console.Error.WriteLine(s_counter + s_long);
    }
}
