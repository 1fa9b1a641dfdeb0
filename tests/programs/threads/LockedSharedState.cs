// Threads sharing state under `lock`: four threads add to one counter and one list; the totals are exact.
using System;
using System.Collections.Generic;
using System.Threading;

class LockedSharedState
{
    static readonly object gate = new object();
    static long counter;
    static readonly List<int> items = new List<int>();

    static void Add(object o)
    {
        int id = (int)o;
        for (int i = 0; i < 20000; i++)
        {
            lock (gate)
            {
                counter += i;
                if (i % 1000 == 0) items.Add(id * 100000 + i);
            }
        }
    }

    static void Main()
    {
        var threads = new Thread[4];
        for (int k = 0; k < 4; k++)
        {
            threads[k] = new Thread(Add);
            threads[k].Start(k);
        }
        foreach (Thread t in threads) t.Join();
        items.Sort();
        Console.WriteLine("counter " + counter);
        Console.WriteLine("items " + items.Count + ", first " + items[0] + ", last " + items[items.Count - 1]);
    }
}
