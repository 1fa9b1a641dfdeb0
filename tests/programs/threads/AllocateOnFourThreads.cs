// Allocation-heavy work on four threads at once while a fifth calls GC.Collect: every thread builds and checks trees,
// lists and strings (objects must survive collections while other threads allocate), results printed after Join.
// Also GC.GetAllocatedBytesForCurrentThread counts each thread's own allocations.
// Mono has no GC.GetTotalAllocatedBytes: the expected output is in a file.
// expect-stdout-file: AllocateOnFourThreads.out
using System;
using System.Collections.Generic;
using System.Text;
using System.Threading;

class AllocateOnFourThreads
{
    class Node
    {
        public Node Left, Right;
        public int Value;
    }

    static Node Build(int depth, int value)
    {
        var n = new Node { Value = value };
        if (depth > 0)
        {
            n.Left = Build(depth - 1, 2 * value);
            n.Right = Build(depth - 1, 2 * value + 1);
        }
        return n;
    }

    static long Sum(Node n)
    {
        return n == null ? 0 : n.Value + Sum(n.Left) + Sum(n.Right);
    }

    static readonly long[] sums = new long[4];
    static readonly string[] texts = new string[4];
    static readonly long[] allocated = new long[4];
    static volatile bool workersDone;

    static void Work(object o)
    {
        int id = (int)o;
        long before = GC.GetAllocatedBytesForCurrentThread();
        long total = 0;
        var keep = new List<Node>();
        for (int round = 0; round < 30; round++)
        {
            Node tree = Build(14, id + 1);
            if (round % 6 == 0) keep.Add(tree);
            total += Sum(tree);
        }
        foreach (Node kept in keep) total += Sum(kept);
        var sb = new StringBuilder();
        for (int i = 0; i < 2000; i++) sb.Append((i * (id + 1)).ToString()).Append(',');
        texts[id] = sb.ToString();
        sums[id] = total;
        allocated[id] = GC.GetAllocatedBytesForCurrentThread() - before;
    }

    static void Main()
    {
        long totalBefore = GC.GetTotalAllocatedBytes();
        var workers = new Thread[4];
        for (int i = 0; i < 4; i++)
        {
            workers[i] = new Thread(Work);
            workers[i].Start(i);
        }
        int collections = 0;
        var collector = new Thread(() =>
        {
            while (!workersDone)
            {
                GC.Collect();
                collections++;
                Thread.Sleep(1);
            }
        });
        collector.Start();
        foreach (Thread t in workers) t.Join();
        workersDone = true;
        collector.Join();

        for (int i = 0; i < 4; i++)
        {
            // each tree of depth 12 rooted at v sums to a known value; recompute it single-threaded
            long expected = 0;
            for (int round = 0; round < 30; round++) expected += Sum(Build(14, i + 1));
            for (int round = 0; round < 30; round += 6) expected += Sum(Build(14, i + 1));
            var sb = new StringBuilder();
            for (int k = 0; k < 2000; k++) sb.Append((k * (i + 1)).ToString()).Append(',');
            Console.WriteLine("thread " + i + ": sum " + (sums[i] == expected ? "right" : "WRONG " + sums[i] + " != " + expected)
                + ", text " + (texts[i] == sb.ToString() ? "right" : "WRONG")
                + ", allocated by the thread " + (allocated[i] > 30L * 32767 * 24 ? "counted" : "MISSING " + allocated[i]));
        }
        long totalAllocated = GC.GetTotalAllocatedBytes() - totalBefore;
        long sumOfThreads = allocated[0] + allocated[1] + allocated[2] + allocated[3];
        Console.WriteLine("total covers the threads: " + (totalAllocated >= sumOfThreads));
        Console.WriteLine("collector ran: " + (collections > 0));
    }
}
