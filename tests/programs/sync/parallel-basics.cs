// Parallel.For, ForEach and Invoke: results that do not depend on scheduling, Stop and Break, exceptions collected
// into an AggregateException, cancellation, and the argument checks.
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

class ParallelBasics
{
    static void Try(string what, Action a)
    {
        try { a(); Console.WriteLine(what + ": ok"); }
        catch (AggregateException e) { Console.WriteLine(what + ": AggregateException of " + string.Join(",", e.InnerExceptions.Select(i => i.GetType().Name + " " + i.Message).OrderBy(m => m))); }
        catch (Exception e) { Console.WriteLine(what + ": " + e.GetType().Name + (e is ArgumentException ? " " + ((ArgumentException)e).ParamName : " " + e.Message)); }
    }

    static void Main()
    {
        long sum = 0;
        Parallel.For(0, 1000, i => Interlocked.Add(ref sum, i));
        Console.WriteLine("for sum " + sum);

        long total = 0;
        var r = Parallel.For(0, 100000, () => 0L, (i, state, local) => local + i, local => Interlocked.Add(ref total, local));
        Console.WriteLine("local sum " + total + " completed " + r.IsCompleted + " break " + r.LowestBreakIteration);

        long lsum = 0;
        Parallel.For(10L, 20L, i => Interlocked.Add(ref lsum, i));
        Console.WriteLine("long sum " + lsum);
        long ltotal = 0;
        Parallel.For(0L, 50L, () => 1L, (i, s, l) => l * 1 + i, l => Interlocked.Add(ref ltotal, l));
        Console.WriteLine("long local sum includes inits " + (ltotal >= 1225));

        var seen = new bool[5000];
        Parallel.For(0, seen.Length, new ParallelOptions { MaxDegreeOfParallelism = 3 }, i => seen[i] = true);
        Console.WriteLine("all seen " + seen.All(b => b));
        var empty = Parallel.For(5, 5, i => { throw new Exception("never"); });
        Console.WriteLine("empty range completed " + empty.IsCompleted);

        var ran = new int[1000];
        var br = Parallel.For(0, 1000, (i, state) => { ran[i] = 1; if (i == 500) state.Break(); });
        bool belowAll = true;
        for (int i = 0; i <= 500; i++) if (ran[i] == 0) belowAll = false;
        Console.WriteLine("break completed " + br.IsCompleted + " lowest " + br.LowestBreakIteration + " all below ran " + belowAll);

        var st = Parallel.For(0, 1000000, (i, state) => { if (i == 10) state.Stop(); });
        Console.WriteLine("stop completed " + st.IsCompleted + " lowest " + st.LowestBreakIteration);
        Try("break after stop", () => Parallel.For(0, 1, (i, s) => { s.Stop(); s.Break(); }));
        Try("stop after break", () => Parallel.For(0, 1, (i, s) => { s.Break(); s.Stop(); }));

        Try("throws", () => Parallel.For(0, 10, i => { if (i == 3) throw new InvalidOperationException("three"); }));
        Try("throws long", () => Parallel.For(0L, 10L, i => { if (i == 4) throw new FormatException("four"); }));
        var cts = new CancellationTokenSource();
        cts.Cancel();
        Try("canceled before", () => Parallel.For(0, 10, new ParallelOptions { CancellationToken = cts.Token }, i => { }));
        var during = new CancellationTokenSource();
        int count = 0;
        Try("canceled during", () => Parallel.For(0, 1000000, new ParallelOptions { CancellationToken = during.Token, MaxDegreeOfParallelism = 1 },
            i => { if (Interlocked.Increment(ref count) == 100) during.Cancel(); }));
        Console.WriteLine("stopped early " + (count < 1000000));
        Try("mdop 0", () => new ParallelOptions { MaxDegreeOfParallelism = 0 });
        Try("null body", () => Parallel.For(0, 1, (Action<int>)null));

        var words = "the quick brown fox jumps over the lazy dog the end".Split(' ');
        var counts = new ConcurrentDictionary<string, int>();
        Parallel.ForEach(words, w => counts.AddOrUpdate(w, 1, (k, v) => v + 1));
        Console.WriteLine("words " + string.Join(",", counts.OrderBy(p => p.Key).Select(p => p.Key + "=" + p.Value)));
        var squares = new ConcurrentBag<int>();
        Parallel.ForEach(Enumerable.Range(1, 10), n => squares.Add(n * n));
        Console.WriteLine("squares " + string.Join(",", squares.OrderBy(n => n)));
        var indexes = new ConcurrentBag<long>();
        Parallel.ForEach(new List<string> { "a", "b", "c" }, (s, state, index) => indexes.Add(index));
        Console.WriteLine("indexes " + string.Join(",", indexes.OrderBy(n => n)));
        long rangeSum = 0;
        Parallel.ForEach(Partitioner.Create(0, 10000, 100), range =>
        {
            long local = 0;
            for (int i = range.Item1; i < range.Item2; i++) local += i;
            Interlocked.Add(ref rangeSum, local);
        });
        Console.WriteLine("partitioned sum " + rangeSum);
        long localSum = 0;
        Parallel.ForEach(Enumerable.Range(1, 100), () => 0L, (n, state, local) => local + n, local => Interlocked.Add(ref localSum, local));
        Console.WriteLine("foreach local sum " + localSum);
        var fb = Parallel.ForEach(Enumerable.Range(0, 100), (n, state) => { if (n == 40) state.Break(); });
        Console.WriteLine("foreach break " + fb.IsCompleted + " " + fb.LowestBreakIteration);
        Try("foreach throws", () => Parallel.ForEach(new[] { 1, 2, 3 }, n => { if (n == 2) throw new InvalidCastException("two"); }));
        Try("static partitioner", () => Parallel.ForEach(Partitioner.Create(new[] { 1, 2 }, false), n => { }));
        Try("null source", () => Parallel.ForEach((IEnumerable<int>)null, n => { }));

        var order = new ConcurrentQueue<string>();
        Parallel.Invoke(() => order.Enqueue("a"), () => order.Enqueue("b"), () => order.Enqueue("c"));
        Console.WriteLine("invoke " + string.Join(",", order.OrderBy(s => s)));
        int after = 0;
        Try("invoke throws", () => Parallel.Invoke(() => { throw new InvalidOperationException("x"); }, () => Interlocked.Increment(ref after), () => { throw new FormatException("y"); }));
        Console.WriteLine("others ran " + after);
        Try("invoke null action", () => Parallel.Invoke(() => { }, null));
        Parallel.Invoke();
        Console.WriteLine("empty invoke ok");
    }
}
