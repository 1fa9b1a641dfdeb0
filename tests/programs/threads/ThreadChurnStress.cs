// Stress: 2000 short-lived threads, eight at a time, each allocating lists and strings while the main thread collects;
// threads that end give their free lists back and new ones take fresh ones. Every result is checked after Join.
// tags: slow
using System;
using System.Collections.Generic;
using System.Threading;

class ThreadChurnStress
{
    static string Work(int seed)
    {
        var list = new List<string>();
        for (int i = 0; i < 3000; i++) list.Add((seed * 31 + i).ToString());
        long sum = 0;
        foreach (string s in list) sum += long.Parse(s);
        return seed + ":" + sum;
    }

    static void Main()
    {
        int wrong = 0, checkedCount = 0;
        var results = new string[8];
        for (int batch = 0; batch < 250; batch++)
        {
            var threads = new Thread[8];
            for (int k = 0; k < 8; k++)
            {
                threads[k] = new Thread(o => { int slot = (int)o; results[slot] = Work(batch * 8 + slot); });
                threads[k].IsBackground = k % 2 == 0;
                threads[k].Start(k);
            }
            GC.Collect();
            foreach (Thread t in threads) t.Join();
            for (int k = 0; k < 8; k++)
            {
                int seed = batch * 8 + k;
                long expected = 0;
                for (int i = 0; i < 3000; i++) expected += seed * 31 + i;
                if (results[k] != seed + ":" + expected) wrong++;
                checkedCount++;
            }
        }
        Console.WriteLine(checkedCount + " results checked, " + wrong + " wrong");
    }
}
