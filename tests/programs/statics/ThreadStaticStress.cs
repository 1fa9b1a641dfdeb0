// tags: slow
// Many short-lived threads using [ThreadStatic] fields and ThreadLocal<T> while others collect: each thread sees
// only its own values, its storage is released when it ends, and ThreadLocal ids are reused across rounds.
using System;
using System.Collections.Generic;
using System.Threading;

class Storage
{
    [ThreadStatic] public static List<string> Words;
    [ThreadStatic] public static long Sum;
}

class ThreadStaticStress
{
    const int Rounds = 200;
    const int Threads = 8;

    static bool Work(int round, int id, ThreadLocal<int[]> local)
    {
        if (Storage.Words != null || Storage.Sum != 0 || local.IsValueCreated) return false;
        Storage.Words = new List<string>();
        local.Value = new int[] { round, id };
        for (int i = 0; i < 2000; i++)
        {
            Storage.Words.Add((round * 1000 + id).ToString() + ":" + i);
            Storage.Sum += i;
            if (i % 500 == 0 && id == 0) GC.Collect();
        }
        long check = 0;
        foreach (var w in Storage.Words) check += int.Parse(w.Substring(w.IndexOf(':') + 1));
        int[] mine = local.Value;
        return check == Storage.Sum && mine[0] == round && mine[1] == id && Storage.Words[1999].StartsWith((round * 1000 + id) + ":");
    }

    static int Main()
    {
        int failures = 0;
        for (int round = 0; round < Rounds; round++)
        {
            var local = new ThreadLocal<int[]>(true);
            var ok = new bool[Threads];
            var threads = new Thread[Threads];
            for (int i = 0; i < Threads; i++)
            {
                int id = i, r = round;
                threads[i] = new Thread(() => { ok[id] = Work(r, id, local); });
                threads[i].Start();
            }
            foreach (var t in threads) if (!t.Join(30000)) failures++;
            foreach (bool b in ok) if (!b) failures++;
            if (local.Values.Count != Threads) failures++;
            local.Dispose();
        }
        Console.WriteLine("rounds: " + Rounds + ", failures: " + failures);
        Console.WriteLine("main untouched: " + (Storage.Words == null) + " " + Storage.Sum);
        return failures == 0 ? 0 : 1;
    }
}
