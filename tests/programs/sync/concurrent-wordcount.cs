// ConcurrentDictionary filled by several tasks at once (AddOrUpdate, GetOrAdd, TryUpdate loops, indexer), then the
// concurrent queue, stack and bag: every item arrives once, whatever the interleaving.
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

class WordCount
{
    static void Main()
    {
        string text = "it was the best of times it was the worst of times it was the age of wisdom it was the age of foolishness";
        string[] words = text.Split(' ');
        var counts = new ConcurrentDictionary<string, int>();
        var tasks = Enumerable.Range(0, 4).Select(t => Task.Run(() =>
        {
            for (int round = 0; round < 500; round++)
                foreach (string w in words) counts.AddOrUpdate(w, 1, (k, v) => v + 1);
        })).ToArray();
        Task.WaitAll(tasks);
        Console.WriteLine(string.Join(" ", counts.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + "=" + p.Value)));

        var squares = new ConcurrentDictionary<int, long>();
        int factoryCalls = 0;
        Parallel.For(0, 20000, i => squares.GetOrAdd(i % 1000, k => { Interlocked.Increment(ref factoryCalls); return (long)k * k; }));
        Console.WriteLine("getoradd " + squares.Count + " sum " + squares.Values.Sum() + " factory ran at least once per key " + (factoryCalls >= 1000));

        var counters = new ConcurrentDictionary<int, int>();
        for (int k = 0; k < 10; k++) counters[k] = 0;
        Parallel.For(0, 10000, i =>
        {
            int key = i % 10;
            while (true)
            {
                int old = counters[key];
                if (counters.TryUpdate(key, old + 1, old)) break;
            }
        });
        Console.WriteLine("tryupdate " + string.Join(",", counters.OrderBy(p => p.Key).Select(p => p.Value)));

        var growing = new ConcurrentDictionary<int, int>();
        var readers = new CancellationTokenSource();
        long reads = 0;
        Task reader = Task.Run(() =>
        {
            while (!readers.IsCancellationRequested)
            {
                foreach (var p in growing) if (p.Key != p.Value) throw new Exception("torn entry");
                Interlocked.Increment(ref reads);
            }
        });
        Parallel.For(0, 50000, i => growing.TryAdd(i, i));
        Parallel.For(0, 50000, i => { if (i % 2 == 0) { int v; growing.TryRemove(i, out v); } });
        readers.Cancel();
        reader.Wait();
        Console.WriteLine("grown " + growing.Count + " odd only " + growing.Keys.All(k => k % 2 == 1));

        var queue = new ConcurrentQueue<int>();
        var stack = new ConcurrentStack<int>();
        var bag = new ConcurrentBag<int>();
        Parallel.For(0, 40000, i => { queue.Enqueue(i); stack.Push(i); bag.Add(i); });
        var fromQueue = new ConcurrentBag<int>();
        var fromStack = new ConcurrentBag<int>();
        var fromBag = new ConcurrentBag<int>();
        Parallel.Invoke(
            () => { int x; while (queue.TryDequeue(out x)) fromQueue.Add(x); },
            () => { int x; while (queue.TryDequeue(out x)) fromQueue.Add(x); },
            () => { int[] buf = new int[7]; int n; while ((n = stack.TryPopRange(buf)) > 0) for (int i = 0; i < n; i++) fromStack.Add(buf[i]); },
            () => { int x; while (stack.TryPop(out x)) fromStack.Add(x); },
            () => { int x; while (bag.TryTake(out x)) fromBag.Add(x); },
            () => { int x; while (bag.TryTake(out x)) fromBag.Add(x); });
        Func<ConcurrentBag<int>, bool> exact = b => b.Count == 40000 && b.OrderBy(x => x).Select((x, i) => x == i).All(ok => ok);
        Console.WriteLine("queue " + exact(fromQueue) + " stack " + exact(fromStack) + " bag " + exact(fromBag));
    }
}
