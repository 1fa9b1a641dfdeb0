// ThreadLocal<T> with several threads: a factory runs once per thread, values are per thread, and Values (with
// trackAllValues) lists every thread's value — sorted here, since its order is not specified.
using System;
using System.Collections.Generic;
using System.Threading;

class ThreadLocalValues
{
    const int Threads = 8;

    static int Main()
    {
        int factoryCalls = 0;
        var local = new ThreadLocal<List<int>>(() => { Interlocked.Increment(ref factoryCalls); return new List<int>(); }, true);
        var ids = new ThreadLocal<int>(true);
        var untracked = new ThreadLocal<string>(() => "fresh");
        var created = new bool[Threads];
        var threads = new Thread[Threads];
        for (int i = 0; i < Threads; i++)
        {
            int id = i;
            threads[i] = new Thread(() =>
            {
                created[id] = ids.IsValueCreated || untracked.IsValueCreated;
                for (int k = 0; k <= id; k++) local.Value.Add(k);
                ids.Value = id * 100;
                untracked.Value = untracked.Value + " " + id;
            });
            threads[i].Start();
        }
        bool allJoined = true;
        foreach (var t in threads) allJoined &= t.Join(20000);
        Console.WriteLine("joined: " + allJoined);
        Console.WriteLine("factory calls: " + factoryCalls);
        Console.WriteLine("created before first use on any thread: " + Array.IndexOf(created, true));

        var counts = new List<int>();
        foreach (var list in local.Values) counts.Add(list.Count);
        counts.Sort();
        Console.WriteLine("list sizes: " + string.Join(",", counts));
        var values = new List<int>(ids.Values);
        values.Sort();
        Console.WriteLine("ids: " + string.Join(",", values));
        Console.WriteLine("main: " + ids.IsValueCreated + " " + ids.Value + " " + untracked.Value + " " + local.Value.Count);
        local.Dispose();
        ids.Dispose();
        untracked.Dispose();
        return 0;
    }
}
