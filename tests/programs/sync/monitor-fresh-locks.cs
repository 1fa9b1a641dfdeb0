using System;
using System.Collections.Generic;
using System.Threading;

// Locks of many short-lived objects: each object's lock is its own however many come and go, locks held across
// collections stay held, a lock never released on an object that died does not lock anything else, and Wait/Pulse
// still hand the lock over (a pulsed waiter takes it back with all its levels).
class MonitorFreshLocks
{
    static readonly object Gate = new object();
    static int s_ready;

    static void Abandon()
    {
        for (int i = 0; i < 1000; i++) Monitor.Enter(new object()); // never exited; the objects die
    }

    static int Main()
    {
        long sum = 0;
        for (int i = 0; i < 200000; i++)
        {
            object o = new object();
            lock (o) { lock (o) sum += Monitor.IsEntered(o) ? 1 : 0; }
            if (Monitor.IsEntered(o)) Console.WriteLine("still entered after exit at " + i);
        }
        Console.WriteLine("fresh locks: " + sum);

        var held = new List<object>();
        for (int i = 0; i < 5000; i++)
        {
            var o = new object();
            Monitor.Enter(o);
            if (i % 2 == 0) Monitor.Enter(o);
            held.Add(o);
        }
        Abandon();
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        int entered = 0;
        foreach (var o in held) if (Monitor.IsEntered(o)) entered++;
        Console.WriteLine("held across collections: " + entered);
        int exits = 0;
        for (int i = 0; i < held.Count; i++)
        {
            Monitor.Exit(held[i]);
            if (i % 2 == 0) { exits += Monitor.IsEntered(held[i]) ? 1 : 0; Monitor.Exit(held[i]); }
            if (Monitor.IsEntered(held[i])) Console.WriteLine("still entered: " + i);
        }
        Console.WriteLine("one level left after the first exit: " + exits);

        // Other threads lock fresh objects (some at the addresses of the abandoned ones) and must never block.
        var workers = new Thread[2];
        long[] counts = new long[2];
        for (int t = 0; t < 2; t++)
        {
            int me = t;
            workers[t] = new Thread(() =>
            {
                for (int i = 0; i < 100000; i++)
                {
                    var o = new object();
                    if (Monitor.TryEnter(o)) { counts[me]++; Monitor.Exit(o); }
                }
            });
            workers[t].Start();
        }
        foreach (var w in workers) w.Join();
        Console.WriteLine("taken at once on other threads: " + (counts[0] + counts[1]));

        // PulseAll to three waiters, each nested twice; all of them get the lock back with both levels.
        var waiters = new Thread[3];
        int woken = 0;
        for (int t = 0; t < 3; t++)
        {
            waiters[t] = new Thread(() =>
            {
                lock (Gate)
                {
                    lock (Gate)
                    {
                        s_ready++;
                        Monitor.Wait(Gate);
                        woken++;
                        Monitor.Exit(Gate);
                        if (!Monitor.IsEntered(Gate)) Console.WriteLine("a level was lost");
                        Monitor.Enter(Gate);
                    }
                }
            });
            waiters[t].Start();
        }
        while (Volatile.Read(ref s_ready) < 3) Thread.Sleep(1);
        lock (Gate)
        {
            while (s_ready < 3) Monitor.Wait(Gate, 10);
            Monitor.PulseAll(Gate);
            Console.WriteLine("pulsed, woken before the pulser exits: " + woken);
        }
        foreach (var w in waiters) w.Join();
        Console.WriteLine("woken: " + woken);
        return 0;
    }
}
