// [ThreadStatic] fields: every thread starts from default(T) (the class constructor's initializer set only the
// thread that ran it), keeps its own values (references too, across collections), and generic instantiations
// have their own fields.
using System;
using System.Collections.Generic;
using System.Threading;

class PerThread
{
    [ThreadStatic] public static int Counter;
    [ThreadStatic] public static string Name = "initializer";
    [ThreadStatic] public static List<int> Items;
    public static int Shared = 1;
}

class Generic<T>
{
    [ThreadStatic] public static T Value;
}

class ThreadStaticIsolation
{
    const int Threads = 8;

    static string Work(int id)
    {
        string start = "start counter=" + PerThread.Counter + " name=" + (PerThread.Name ?? "null") + " items=" + (PerThread.Items == null ? "null" : "set");
        PerThread.Name = "thread " + id;
        PerThread.Items = new List<int>();
        Generic<int>.Value = id * 10;
        Generic<string>.Value = "g" + id;
        for (int i = 0; i < 100000; i++)
        {
            PerThread.Counter++;
            if (i % 1000 == 0)
            {
                PerThread.Items.Add(i);
                var garbage = new int[50];
                garbage[1] = i;
            }
        }
        if (id % 2 == 0) GC.Collect();
        int sum = 0;
        foreach (int x in PerThread.Items) sum += x;
        return start + " | end counter=" + PerThread.Counter + " name=" + PerThread.Name + " items=" + PerThread.Items.Count
            + " sum=" + sum + " generic=" + Generic<int>.Value + "," + Generic<string>.Value;
    }

    static int Main()
    {
        Console.WriteLine("main before: " + PerThread.Name + " " + PerThread.Counter);
        PerThread.Counter = -5;
        var results = new string[Threads];
        var threads = new Thread[Threads];
        for (int i = 0; i < Threads; i++)
        {
            int id = i;
            threads[i] = new Thread(() => { results[id] = Work(id); });
            threads[i].Start();
        }
        bool allJoined = true;
        foreach (var t in threads) allJoined &= t.Join(20000);
        Console.WriteLine("joined: " + allJoined);
        for (int i = 0; i < Threads; i++) Console.WriteLine(i + ": " + results[i]);
        Console.WriteLine("main after: " + PerThread.Name + " " + PerThread.Counter + " " + (Generic<string>.Value ?? "null") + " shared=" + PerThread.Shared);
        return 0;
    }
}
