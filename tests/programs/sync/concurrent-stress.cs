// tags: slow
// Stress: many rounds of contended use of every primitive and concurrent collection from several threads; each
// round checks an invariant (nothing lost, nothing duplicated, limits kept) and the program prints one summary line
// per kind, so the output does not depend on scheduling.
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

class ConcurrentStress
{
    const int Threads = 4;

    static void OnThreads(Action<int> body)
    {
        var threads = Enumerable.Range(0, Threads).Select(i => new Thread(() => body(i))).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
    }

    static void Main()
    {
        bool ok = true;
        for (int round = 0; round < 20; round++)
        {
            var d = new ConcurrentDictionary<int, int>();
            OnThreads(t => { for (int i = 0; i < 20000; i++) d.AddOrUpdate(i % 5000, 1, (k, v) => v + 1); });
            ok &= d.Count == 5000 && d.Values.All(v => v == 16);
        }
        Console.WriteLine("dictionary " + ok);

        ok = true;
        for (int round = 0; round < 20; round++)
        {
            var q = new ConcurrentQueue<int>();
            var s = new ConcurrentStack<int>();
            long taken = 0;
            OnThreads(t =>
            {
                for (int i = 0; i < 10000; i++) { q.Enqueue(i); s.Push(i); }
                int x;
                for (int i = 0; i < 10000; i++) { if (q.TryDequeue(out x)) Interlocked.Add(ref taken, x); if (s.TryPop(out x)) Interlocked.Add(ref taken, x); }
            });
            int y;
            while (q.TryDequeue(out y)) taken += y;
            while (s.TryPop(out y)) taken += y;
            ok &= taken == 2L * Threads * (10000L * 9999 / 2);
        }
        Console.WriteLine("queue and stack " + ok);

        ok = true;
        for (int round = 0; round < 10; round++)
        {
            var bc = new BlockingCollection<int>(3);
            long sum = 0;
            var consumer = new Thread(() => { foreach (int v in bc.GetConsumingEnumerable()) sum += v; });
            consumer.Start();
            OnThreads(t => { for (int i = 0; i < 5000; i++) bc.Add(i); });
            bc.CompleteAdding();
            consumer.Join();
            ok &= sum == Threads * (5000L * 4999 / 2);
        }
        Console.WriteLine("blocking collection " + ok);

        ok = true;
        for (int round = 0; round < 10; round++)
        {
            var sem = new SemaphoreSlim(2);
            int inside = 0, max = 0;
            OnThreads(t =>
            {
                for (int i = 0; i < 2000; i++)
                {
                    sem.Wait();
                    int now = Interlocked.Increment(ref inside);
                    if (now > Volatile.Read(ref max)) Interlocked.Exchange(ref max, now);
                    Interlocked.Decrement(ref inside);
                    sem.Release();
                }
            });
            ok &= max <= 2 && sem.CurrentCount == 2;
        }
        Console.WriteLine("semaphore " + ok);

        ok = true;
        var barrier = new Barrier(Threads);
        long[] totals = new long[200];
        OnThreads(t =>
        {
            for (int phase = 0; phase < 200; phase++)
            {
                Interlocked.Add(ref totals[phase], t + 1);
                barrier.SignalAndWait();
                if (Volatile.Read(ref totals[phase]) != 10) ok = false;
            }
        });
        Console.WriteLine("barrier " + ok + " phases " + barrier.CurrentPhaseNumber);

        var rw = new ReaderWriterLockSlim();
        long a = 0, b = 0;
        int torn = 0;
        OnThreads(t =>
        {
            for (int i = 0; i < 20000; i++)
            {
                if (t == 0 && i % 4 == 0) { rw.EnterWriteLock(); a++; b++; rw.ExitWriteLock(); }
                else { rw.EnterReadLock(); if (a != b) Interlocked.Increment(ref torn); rw.ExitReadLock(); }
            }
        });
        Console.WriteLine("reader-writer torn " + torn + " writes " + a);

        long total = 0;
        for (int round = 0; round < 20; round++)
            Parallel.For(0, 100000, () => 0L, (i, st, local) => local + i, local => Interlocked.Add(ref total, local));
        Console.WriteLine("parallel " + (total == 20 * (100000L * 99999 / 2)));

        var evt = new AutoResetEvent(false);
        var back = new AutoResetEvent(false);
        int turns = 0;
        var pong = new Thread(() => { for (int i = 0; i < 20000; i++) { evt.WaitOne(); turns++; back.Set(); } });
        pong.Start();
        for (int i = 0; i < 20000; i++) { evt.Set(); back.WaitOne(); }
        pong.Join();
        Console.WriteLine("auto-reset turns " + turns);
    }
}
