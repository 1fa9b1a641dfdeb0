using System;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Threading;

// How fast the waiting primitives wake a sleeping thread, and two lock costs (issue 17, helper perf2):
// `WakeBench NAME N` runs one benchmark and prints "NAME ms checksum". Each ping-pong is N round trips between the
// main thread and one other thread, each side blocking until the other signals it.
class WakeBench
{
    static long PingPong(Action<int> ping, Action<int> pong, int n)
    {
        var other = new Thread(() => { for (int i = 0; i < n; i++) pong(i); });
        other.Start();
        for (int i = 0; i < n; i++) ping(i);
        other.Join();
        return n;
    }

    static long AutoResetEvents(int n)
    {
        var a = new AutoResetEvent(false);
        var b = new AutoResetEvent(false);
        return PingPong(i => { a.Set(); b.WaitOne(); }, i => { a.WaitOne(); b.Set(); }, n);
    }

    static long ManualResetEventSlims(int n)
    {
        var a = new ManualResetEventSlim(false);
        var b = new ManualResetEventSlim(false);
        return PingPong(i => { a.Set(); b.Wait(); b.Reset(); }, i => { a.Wait(); a.Reset(); b.Set(); }, n);
    }

    static long SemaphoreSlims(int n)
    {
        var a = new SemaphoreSlim(0);
        var b = new SemaphoreSlim(0);
        return PingPong(i => { a.Release(); b.Wait(); }, i => { a.Wait(); b.Release(); }, n);
    }

    static readonly object Ball = new object();
    static int s_turn;

    static void Play(int me, int n)
    {
        lock (Ball)
        {
            for (int i = 0; i < n; i++)
            {
                while (s_turn != me) Monitor.Wait(Ball);
                s_turn = 1 - me;
                Monitor.Pulse(Ball);
            }
        }
    }

    static long MonitorWaitPulse(int n)
    {
        var other = new Thread(() => Play(1, n));
        other.Start();
        Play(0, n);
        other.Join();
        return n;
    }

    // The first lock of fresh objects: each object is locked once, then dropped.
    static long FirstLocks(int n)
    {
        long sum = 0;
        for (int i = 0; i < n; i++)
        {
            object o = new object();
            lock (o) sum++;
        }
        return sum;
    }

    // N updates of a dictionary of 1000 keys from one thread (striped locks taken on every write).
    static long DictionaryWrites(int n)
    {
        var d = new ConcurrentDictionary<int, int>();
        for (int i = 0; i < n; i++) d[i % 1000] = i;
        long sum = 0;
        foreach (var kv in d) sum += kv.Value;
        return sum;
    }

    static int Main(string[] args)
    {
        string name = args[0];
        int n = int.Parse(args[1]);
        Func<int, long> run;
        switch (name)
        {
            case "are-pingpong": run = AutoResetEvents; break;
            case "mres-pingpong": run = ManualResetEventSlims; break;
            case "sem-pingpong": run = SemaphoreSlims; break;
            case "monitor-pingpong": run = MonitorWaitPulse; break;
            case "first-lock": run = FirstLocks; break;
            case "cdict-writes": run = DictionaryWrites; break;
            default: Console.Error.WriteLine("unknown benchmark " + name); return 2;
        }
        var watch = Stopwatch.StartNew();
        long checksum = run(n);
        watch.Stop();
        Console.WriteLine(name + " " + watch.Elapsed.TotalMilliseconds.ToString("F1") + " " + checksum);
        return 0;
    }
}
