// BlockingCollection between threads: bounded and unbounded, several producers and consumers, CompleteAdding,
// GetConsumingEnumerable, a stack-backed collection, TryTake with timeouts. Every item is consumed exactly once.
using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

class ProducerConsumer
{
    const int Producers = 3, Consumers = 2, PerProducer = 2000;

    static Thread Start(Action body)
    {
        var t = new Thread(() => body());
        t.IsBackground = true; // a stuck one must not keep the process alive past the checks below
        t.Start();
        return t;
    }

    static void Run(string name, BlockingCollection<int> queue)
    {
        long consumedSum = 0;
        int consumedCount = 0;
        var seen = new int[Producers * PerProducer];
        var producers = Enumerable.Range(0, Producers).Select(p => Start(() =>
        {
            for (int i = 0; i < PerProducer; i++) queue.Add(p * PerProducer + i);
        })).ToArray();
        var consumers = Enumerable.Range(0, Consumers).Select(c => Start(() =>
        {
            foreach (int item in queue.GetConsumingEnumerable())
            {
                Interlocked.Add(ref consumedSum, item);
                Interlocked.Increment(ref consumedCount);
                Interlocked.Increment(ref seen[item]);
            }
        })).ToArray();
        bool produced = producers.All(t => t.Join(20000));
        queue.CompleteAdding();
        bool consumed = consumers.All(t => t.Join(20000));
        int n = Producers * PerProducer;
        Console.WriteLine(name + ": produced " + produced + " consumed " + consumed + " count " + consumedCount + " sum ok " + (consumedSum == (long)n * (n - 1) / 2)
            + " each once " + seen.All(s => s == 1) + " completed " + queue.IsCompleted);
    }

    static void Main()
    {
        Run("bounded 4", new BlockingCollection<int>(4));
        Run("bounded 1", new BlockingCollection<int>(1));
        Run("unbounded", new BlockingCollection<int>());
        Run("stack-backed", new BlockingCollection<int>(new ConcurrentStack<int>(), 16));
        Run("bag-backed", new BlockingCollection<int>(new ConcurrentBag<int>()));

        // a taker that waits with a timeout sees an item added later by another thread
        var late = new BlockingCollection<string>();
        var adder = Start(() => { Thread.Sleep(50); late.Add("late"); });
        string got;
        bool ok = late.TryTake(out got, 10000);
        adder.Join();
        Console.WriteLine("late " + ok + " " + got);

        // a blocked taker is released by cancellation
        var cts = new CancellationTokenSource();
        string outcome = "still blocked";
        var blocked = Start(() =>
        {
            try { new BlockingCollection<int>().Take(cts.Token); outcome = "took"; }
            catch (OperationCanceledException) { outcome = "canceled"; }
        });
        Thread.Sleep(50);
        cts.Cancel();
        blocked.Join(10000);
        Console.WriteLine("blocked taker " + outcome);

        // a blocked adder (full collection) is released by a taker
        var full = new BlockingCollection<int>(1);
        full.Add(1);
        var waitingAdder = Start(() => full.Add(2));
        Thread.Sleep(50);
        Console.WriteLine("adder waiting " + waitingAdder.IsAlive + " took " + full.Take() + " adder done " + waitingAdder.Join(10000) + " then " + full.Take());
    }
}
