// The concurrent collections on one thread: contents, order where .NET defines one, snapshots, argument checks.
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

class ConcurrentBasics
{
    static void Try(string what, Action a)
    {
        try { a(); Console.WriteLine(what + ": ok"); }
        catch (Exception e) { Console.WriteLine(what + ": " + e.GetType().Name + (e is ArgumentException ? "" : " " + e.Message)); }
    }

    static void Main()
    {
        var q = new ConcurrentQueue<int>(new[] { 1, 2, 3 });
        q.Enqueue(4);
        int x;
        Console.WriteLine("queue " + string.Join(",", q) + " count " + q.Count + " peek " + (q.TryPeek(out x) ? x : -1));
        foreach (int v in q) q.Enqueue(v * 10); // enumeration is a snapshot
        Console.WriteLine("queue " + string.Join(",", q.ToArray()));
        while (q.TryDequeue(out x)) Console.Write(x + " ");
        Console.WriteLine("empty " + q.IsEmpty + " " + q.TryDequeue(out x) + " " + q.TryPeek(out x));
        for (int i = 0; i < 100; i++) q.Enqueue(i);
        for (int i = 0; i < 90; i++) q.TryDequeue(out x);
        for (int i = 0; i < 20; i++) q.Enqueue(100 + i);
        Console.WriteLine("wrapped " + string.Join(",", q) + " count " + q.Count);
        int[] dest = new int[35];
        q.CopyTo(dest, 5);
        Console.WriteLine("copy " + dest[4] + " " + dest[5] + " " + dest[34]);
        Try("copy small", () => q.CopyTo(new int[10], 0));
        Try("queue null", () => new ConcurrentQueue<int>(null));
        Try("syncroot", () => { object o = ((System.Collections.ICollection)q).SyncRoot; });

        var s = new ConcurrentStack<string>();
        s.Push("a");
        s.PushRange(new[] { "b", "c", "d" });
        s.PushRange(new[] { "x", "e", "f", "y" }, 1, 2);
        string top;
        Console.WriteLine("stack " + string.Join(",", s) + " count " + s.Count + " peek " + (s.TryPeek(out top) ? top : "-"));
        string[] popped = new string[4];
        Console.WriteLine("popped " + s.TryPopRange(popped, 1, 3) + " " + string.Join(",", popped.Select(p => p ?? "_")));
        Console.WriteLine("pop " + (s.TryPop(out top) ? top : "-") + " left " + string.Join(",", s.ToArray()));
        Console.WriteLine("poprange all " + s.TryPopRange(new string[10]) + " empty " + s.IsEmpty + " " + s.TryPop(out top));
        Try("pushrange bad", () => s.PushRange(new[] { "a" }, 1, 1));
        Try("poprange bad", () => s.TryPopRange(new string[2], 0, 3));

        var bag = new ConcurrentBag<int>();
        for (int i = 0; i < 5; i++) bag.Add(i);
        Console.WriteLine("bag " + string.Join(",", bag.OrderBy(v => v)) + " count " + bag.Count);
        int sum = 0;
        while (bag.TryTake(out x)) sum += x;
        Console.WriteLine("bag sum " + sum + " empty " + bag.IsEmpty + " peek " + bag.TryPeek(out x));

        var d = new ConcurrentDictionary<int, string>();
        for (int i = 0; i < 100; i += 7) d[i * 13] = "v" + i;
        Console.WriteLine("dict keys " + string.Join(",", d.Keys));
        Console.WriteLine("tryadd " + d.TryAdd(0, "zero") + " " + d.TryAdd(1, "one") + " count " + d.Count);
        string val;
        Console.WriteLine("get " + d.TryGetValue(1, out val) + " " + val + " " + d.TryGetValue(2, out val) + " " + (val == null));
        Console.WriteLine("update " + d.TryUpdate(1, "uno", "one") + " " + d.TryUpdate(1, "eins", "one") + " " + d[1]);
        Console.WriteLine("remove " + d.TryRemove(1, out val) + " " + val + " " + d.TryRemove(1, out val));
        Console.WriteLine("getoradd " + d.GetOrAdd(5, k => "f" + k) + " " + d.GetOrAdd(5, k => "g" + k) + " " + d.GetOrAdd(6, "six"));
        Console.WriteLine("addorupdate " + d.AddOrUpdate(7, "seven", (k, o) => o + "!") + " " + d.AddOrUpdate(7, "seven", (k, o) => o + "!")
            + " " + d.AddOrUpdate(8, k => "e" + k, (k, o) => o + "?") + " " + d.AddOrUpdate(8, k => "e" + k, (k, o) => o + "?"));
        Console.WriteLine("contains " + d.ContainsKey(8) + " " + d.ContainsKey(9) + " empty " + d.IsEmpty);
        Try("missing key", () => { string s2 = d[12345]; });
        Try("null value", () => d.TryAdd(0, null));
        var sd = new ConcurrentDictionary<string, int>();
        Try("null string key", () => sd.TryAdd(null, 1));
        Try("dup source", () => new ConcurrentDictionary<int, int>(new[] { new KeyValuePair<int, int>(1, 1), new KeyValuePair<int, int>(1, 2) }));
        Try("idict add dup", () => ((IDictionary<int, string>)d).Add(0, "again"));
        var big = new ConcurrentDictionary<int, int>();
        for (int i = 0; i < 1000; i++) big[i] = i * i;
        long total = 0;
        foreach (var pair in big) total += pair.Value;
        Console.WriteLine("big " + big.Count + " sum " + total + " first " + string.Join(",", big.Take(5).Select(p => p.Key)));
        foreach (var pair in big) if (pair.Key % 2 == 0) big.TryRemove(pair.Key, out x); // removing while enumerating is allowed
        Console.WriteLine("odd left " + big.Count + " " + big.Keys.All(k => k % 2 == 1));
        Console.WriteLine("toarray " + big.ToArray().Length + " values " + big.Values.Count);
        big.Clear();
        Console.WriteLine("cleared " + big.Count + " " + big.IsEmpty);
        var ci = new ConcurrentDictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        ci["Hello"] = 1;
        ci["HELLO"]++;
        Console.WriteLine("comparer " + ci["hello"] + " " + ci.Count);
        Console.WriteLine("removepair " + ((ICollection<KeyValuePair<string, int>>)ci).Remove(new KeyValuePair<string, int>("hello", 1)) + " " + ((ICollection<KeyValuePair<string, int>>)ci).Remove(new KeyValuePair<string, int>("hello", 2)));

        var bc = new BlockingCollection<int>(3);
        Console.WriteLine("bounded " + bc.BoundedCapacity + " add " + bc.TryAdd(1) + bc.TryAdd(2) + bc.TryAdd(3) + bc.TryAdd(4) + " timed " + bc.TryAdd(4, 10) + " count " + bc.Count);
        Console.WriteLine("take " + bc.Take() + " trytake " + (bc.TryTake(out x) ? x : -1) + " " + (bc.TryTake(out x, 5) ? x : -1) + " " + bc.TryTake(out x, 5));
        bc.Add(7);
        bc.CompleteAdding();
        Console.WriteLine("completed " + bc.IsAddingCompleted + " " + bc.IsCompleted);
        Try("add after complete", () => bc.Add(8));
        Console.WriteLine("drain " + string.Join(",", bc.GetConsumingEnumerable()) + " completed " + bc.IsCompleted);
        Try("take completed", () => bc.Take());
        Try("zero capacity", () => new BlockingCollection<int>(0));
        var stackBacked = new BlockingCollection<int>(new ConcurrentStack<int>());
        for (int i = 0; i < 4; i++) stackBacked.Add(i);
        stackBacked.CompleteAdding();
        Console.WriteLine("stack-backed " + string.Join(",", stackBacked.GetConsumingEnumerable()) + " unbounded " + stackBacked.BoundedCapacity);
        var fed = new BlockingCollection<string>();
        var producer = new Thread(() => { foreach (var w in "one two three".Split(' ')) fed.Add(w); fed.CompleteAdding(); });
        producer.Start();
        Console.WriteLine("fed " + string.Join("+", fed.GetConsumingEnumerable()));
        producer.Join();
        var cts = new CancellationTokenSource();
        cts.Cancel();
        Try("take canceled", () => new BlockingCollection<int>().Take(cts.Token));
        var any = new[] { new BlockingCollection<int>(), new BlockingCollection<int>() };
        any[1].Add(9);
        Console.WriteLine("takefromany " + BlockingCollection<int>.TryTakeFromAny(any, out x) + " " + x + " " + BlockingCollection<int>.TryTakeFromAny(any, out x, 5));

        var ranges = Partitioner.Create(0, 100);
        Console.WriteLine("ranges " + string.Join(",", ranges.GetDynamicPartitions().Select(t => t.Item1 + "-" + t.Item2)));
        Console.WriteLine("sized " + string.Join(",", Partitioner.Create(0, 100, 30).GetDynamicPartitions().Select(t => t.Item1 + "-" + t.Item2)));
        Console.WriteLine("long " + string.Join(",", Partitioner.Create(5L, 25L, 7L).GetOrderableDynamicPartitions().Select(p => p.Key + ":" + p.Value.Item1 + "-" + p.Value.Item2)));
        var parts = Partitioner.Create(new[] { 1, 2, 3, 4, 5, 6, 7 }, false).GetOrderablePartitions(3);
        Console.WriteLine("static " + string.Join(" | ", parts.Select(e => { var l = new List<string>(); while (e.MoveNext()) l.Add(e.Current.Key + ":" + e.Current.Value); return string.Join(",", l); })));
        var dyn = Partitioner.Create(new List<int> { 10, 20, 30 }, true);
        Console.WriteLine("dynamic " + dyn.SupportsDynamicPartitions + " " + string.Join(",", dyn.GetDynamicPartitions()));
        var en = Partitioner.Create(Enumerable.Range(1, 5));
        var p1 = en.GetPartitions(2);
        var seen = new List<int>();
        foreach (var e in p1) while (e.MoveNext()) seen.Add(e.Current);
        Console.WriteLine("enumerable " + string.Join(",", seen.OrderBy(v => v)));
        Try("bad range", () => Partitioner.Create(5, 5));
    }
}
