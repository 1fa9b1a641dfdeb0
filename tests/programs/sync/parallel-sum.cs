// Parallel loops on several threads: sums, every index exactly once, MaxDegreeOfParallelism respected, nested loops,
// ForEach over lists, enumerables and partitioners, Break and Stop under concurrency.
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

class ParallelSum
{
    static void Main()
    {
        const int N = 2000000;
        long total = 0;
        Parallel.For(0, N, () => 0L, (i, s, local) => local + i, local => Interlocked.Add(ref total, local));
        Console.WriteLine("sum " + total + " expected " + (long)N * (N - 1) / 2);

        var hits = new int[100000];
        Parallel.For(0, hits.Length, i => Interlocked.Increment(ref hits[i]));
        Console.WriteLine("each index once " + hits.All(h => h == 1));

        var threads = new ConcurrentDictionary<int, bool>();
        Parallel.For(0, 1000, i => { threads[Thread.CurrentThread.ManagedThreadId] = true; Thread.SpinWait(1000); });
        Console.WriteLine("ran on some threads " + (threads.Count >= 1));

        int current = 0, max = 0;
        Parallel.For(0, 200, new ParallelOptions { MaxDegreeOfParallelism = 2 }, i =>
        {
            int now = Interlocked.Increment(ref current);
            int seen;
            while ((seen = Volatile.Read(ref max)) < now && Interlocked.CompareExchange(ref max, now, seen) != seen) { }
            Thread.SpinWait(2000);
            Interlocked.Decrement(ref current);
        });
        Console.WriteLine("max concurrent <= 2 " + (max <= 2) + " at least 1 " + (max >= 1));

        long nested = 0;
        Parallel.For(0, 20, i => Parallel.For(0, 50, j => Interlocked.Add(ref nested, i * j)));
        Console.WriteLine("nested " + nested);

        var list = Enumerable.Range(1, 50000).ToList();
        long listSum = 0;
        Parallel.ForEach(list, () => 0L, (x, s, local) => local + x, local => Interlocked.Add(ref listSum, local));
        long enumSum = 0;
        Parallel.ForEach(Enumerable.Range(1, 50000).Where(x => x % 3 == 0), x => Interlocked.Add(ref enumSum, x));
        long rangeSum = 0;
        Parallel.ForEach(Partitioner.Create(0L, 1000000L), range =>
        {
            long local = 0;
            for (long i = range.Item1; i < range.Item2; i++) local += i;
            Interlocked.Add(ref rangeSum, local);
        });
        Console.WriteLine("foreach list " + listSum + " enumerable " + enumSum + " ranges " + rangeSum);

        var ran = new int[100000];
        var br = Parallel.For(0, ran.Length, (i, state) => { ran[i] = 1; if (i == 30000) state.Break(); });
        Console.WriteLine("break lowest " + br.LowestBreakIteration + " all below ran " + ran.Take(30001).All(r => r == 1) + " completed " + br.IsCompleted);
        int afterStop = 0;
        var st = Parallel.For(0, 10000000, (i, state) => { if (i == 100) state.Stop(); if (state.IsStopped) Interlocked.Increment(ref afterStop); });
        Console.WriteLine("stop completed " + st.IsCompleted + " stopped well before the end " + (afterStop < 1000000));

        try
        {
            Parallel.For(0, 1000, i => { if (i % 250 == 0) throw new InvalidOperationException("at " + i); });
        }
        catch (AggregateException e)
        {
            Console.WriteLine("exceptions " + (e.InnerExceptions.Count >= 1) + " all InvalidOperation " + e.InnerExceptions.All(x => x is InvalidOperationException));
        }

        var results = new ConcurrentBag<int>();
        Parallel.Invoke(() => results.Add(1), () => results.Add(2), () => results.Add(3), () => results.Add(4));
        Console.WriteLine("invoke " + string.Join(",", results.OrderBy(x => x)));
    }
}
