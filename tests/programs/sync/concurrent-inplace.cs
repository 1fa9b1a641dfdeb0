using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;

// ConcurrentDictionary updates: values one store writes whole (int, long, double, references) are updated in their
// node, others (a struct of two longs, decimal, an enum) through a new node. Either way: AddOrUpdate from several
// threads loses no update, TryUpdate compares values, and a reader never sees half of a struct.
class ConcurrentInPlace
{
    struct Pair { public long A, B; public Pair(long a, long b) { A = a; B = b; } }
    enum Color { Red, Green, Blue }

    static void Counting<T>(string label, Func<T, T> increment, T zero, Func<T, long> toLong)
    {
        var d = new ConcurrentDictionary<int, T>();
        const int Threads = 3, Rounds = 2000, Keys = 7;
        var threads = new Thread[Threads];
        for (int t = 0; t < Threads; t++)
        {
            threads[t] = new Thread(() =>
            {
                for (int i = 0; i < Rounds; i++) d.AddOrUpdate(i % Keys, k => increment(zero), (k, old) => increment(old));
            });
            threads[t].Start();
        }
        foreach (var t in threads) t.Join();
        long total = 0;
        var keys = new List<int>(d.Keys);
        keys.Sort();
        foreach (int k in keys) total += toLong(d[k]);
        Console.WriteLine(label + ": " + keys.Count + " keys, total " + total);
    }

    static void TornReads()
    {
        var d = new ConcurrentDictionary<int, Pair>();
        d[0] = new Pair(0, 0);
        bool done = false;
        int torn = 0;
        var reader = new Thread(() =>
        {
            while (!Volatile.Read(ref done))
            {
                Pair p = d[0];
                if (p.A != p.B) torn++;
                foreach (var kv in d) if (kv.Value.A != kv.Value.B) torn++;
            }
        });
        reader.Start();
        for (long i = 1; i <= 20000; i++) d[0] = new Pair(i, i);
        Volatile.Write(ref done, true);
        reader.Join();
        Console.WriteLine("pairs: last " + d[0].A + ", torn reads " + torn);
    }

    static void Semantics()
    {
        var d = new ConcurrentDictionary<string, int>();
        d["a"] = 1;
        Console.WriteLine(d.TryUpdate("a", 2, 5) + " " + d["a"]);
        Console.WriteLine(d.TryUpdate("a", 2, 1) + " " + d["a"]);
        Console.WriteLine(d.TryUpdate("b", 2, 1) + " " + d.ContainsKey("b"));
        d["a"] = 3;
        Console.WriteLine(d.AddOrUpdate("a", 10, (k, v) => v * 10) + " " + d.AddOrUpdate("c", 10, (k, v) => v * 10));
        var before = new List<KeyValuePair<string, int>>(d);
        d["c"] = 11;
        before.Sort((x, y) => string.CompareOrdinal(x.Key, y.Key));
        foreach (var kv in before) Console.Write(kv.Key + "=" + kv.Value + " ");
        Console.WriteLine("| c now " + d["c"]);
        var s = new ConcurrentDictionary<int, string>();
        s[1] = "one";
        s[1] = "uno";
        Console.WriteLine(s[1] + " " + s.TryUpdate(1, "eins", "uno") + " " + s[1] + " " + s.TryUpdate(1, "x", "uno"));
        var colors = new ConcurrentDictionary<int, Color>();
        colors[1] = Color.Red;
        colors.AddOrUpdate(1, Color.Green, (k, c) => c + 2);
        Console.WriteLine(colors[1] + " " + colors.TryUpdate(1, Color.Green, Color.Blue) + " " + colors[1]);
    }

    static int Main()
    {
        Semantics();
        Counting<int>("int", x => x + 1, 0, x => x);
        Counting<long>("long", x => x + 1, 0L, x => x);
        Counting<double>("double", x => x + 1, 0.0, x => (long)x);
        Counting<decimal>("decimal", x => x + 1, 0m, x => (long)x);
        Counting<Pair>("pair", x => new Pair(x.A + 1, x.B + 1), new Pair(0, 0), x => x.A == x.B ? x.A : -1000000);
        Counting<string>("string", x => (int.Parse(x) + 1).ToString(), "0", x => long.Parse(x));
        Counting<object>("boxed", x => (int)x + 1, 0, x => (int)x);
        TornReads();
        return 0;
    }
}
