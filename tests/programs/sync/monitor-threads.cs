using System;
using System.Collections.Generic;
using System.Threading;

// Monitor across threads: counters under contention, a Wait/Pulse ping-pong, a bounded producer/consumer queue
// with PulseAll, and TryEnter/Wait timeouts against a lock another thread holds. Every wait is bounded (10 s).
class MonitorThreads
{
    const int Threads = 4;
    static readonly object Gate = new object();
    static long s_counter;

    static bool WaitUntil(object gate, Func<bool> condition)
    {
        DateTime deadline = DateTime.UtcNow.AddSeconds(10);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline) return false;
            Monitor.Wait(gate, 100);
        }
        return true;
    }

    static void Counters()
    {
        var threads = new Thread[Threads];
        for (int t = 0; t < Threads; t++)
        {
            threads[t] = new Thread(() =>
            {
                for (int i = 0; i < 50000; i++)
                {
                    lock (Gate)
                    {
                        lock (Gate) s_counter++;
                    }
                }
            });
            threads[t].Start();
        }
        foreach (var t in threads) t.Join();
        Console.WriteLine("counter " + s_counter + " entered " + Monitor.IsEntered(Gate));
    }

    static readonly object Ball = new object();
    static int s_turn;

    static void PingPong()
    {
        var log = new List<int>();
        bool ok = true;
        Func<int, ThreadStart> player = me => () =>
        {
            lock (Ball)
            {
                for (int i = 0; i < 500; i++)
                {
                    if (!WaitUntil(Ball, () => s_turn == me)) { ok = false; return; }
                    log.Add(me);
                    s_turn = 1 - me;
                    Monitor.Pulse(Ball);
                }
            }
        };
        var a = new Thread(player(0));
        var b = new Thread(player(1));
        a.Start();
        b.Start();
        a.Join();
        b.Join();
        bool alternates = log.Count == 1000;
        for (int i = 0; i < log.Count; i++) alternates &= log[i] == i % 2;
        Console.WriteLine("ping-pong " + ok + " alternates " + alternates);
    }

    static void ProducerConsumer()
    {
        var queue = new Queue<int>();
        const int Capacity = 4, PerProducer = 2000;
        long consumed = 0;
        int producersLeft = 2;
        bool ok = true;
        var threads = new List<Thread>();
        for (int p = 0; p < 2; p++)
        {
            int offset = p * PerProducer;
            threads.Add(new Thread(() =>
            {
                for (int i = 1; i <= PerProducer; i++)
                {
                    lock (queue)
                    {
                        if (!WaitUntil(queue, () => queue.Count < Capacity)) { ok = false; return; }
                        queue.Enqueue(offset + i);
                        Monitor.PulseAll(queue);
                    }
                }
                lock (queue) { producersLeft--; Monitor.PulseAll(queue); }
            }));
        }
        for (int c = 0; c < 2; c++)
        {
            threads.Add(new Thread(() =>
            {
                while (true)
                {
                    lock (queue)
                    {
                        if (!WaitUntil(queue, () => queue.Count > 0 || producersLeft == 0)) { ok = false; return; }
                        if (queue.Count == 0) return;
                        consumed += queue.Dequeue();
                        Monitor.PulseAll(queue);
                    }
                }
            }));
        }
        foreach (var t in threads) t.Start();
        foreach (var t in threads) t.Join();
        long n = 2 * PerProducer;
        Console.WriteLine("producer/consumer " + ok + " sum " + consumed + " expected " + n * (n + 1) / 2);
    }

    static void TimeoutsAgainstAHolder()
    {
        object held = new object();
        var holding = new ManualResetEventLike();
        var release = new ManualResetEventLike();
        var holder = new Thread(() =>
        {
            lock (held)
            {
                holding.Set();
                release.Wait();
            }
        });
        holder.Start();
        holding.Wait();
        Console.WriteLine("tryenter 0 " + Monitor.TryEnter(held));
        Console.WriteLine("tryenter 50 " + Monitor.TryEnter(held, 50));
        try { Monitor.Exit(held); } catch (SynchronizationLockException) { Console.WriteLine("exit by non-owner throws"); }
        release.Set();
        bool taken = Monitor.TryEnter(held, 10000);
        Console.WriteLine("tryenter after release " + taken);
        if (taken) Monitor.Exit(held);
        holder.Join();
    }

    // A one-shot flag on Monitor itself (ManualResetEvent belongs to another part of the runtime).
    class ManualResetEventLike
    {
        bool _set;
        public void Set() { lock (this) { _set = true; Monitor.PulseAll(this); } }
        public void Wait() { lock (this) WaitUntil(this, () => _set); }
    }

    static int Main()
    {
        Counters();
        PingPong();
        ProducerConsumer();
        TimeoutsAgainstAHolder();
        return 0;
    }
}
