// Threads with and without a parameter, Join, Join with a timeout, Name, ManagedThreadId, IsAlive and ThreadState.
using System;
using System.Threading;

class StartAndJoin
{
    static int[] slots = new int[8];

    static void Square(object o)
    {
        int i = (int)o;
        slots[i] = i * i;
    }

    static void Main()
    {
        Thread main = Thread.CurrentThread;
        Console.WriteLine("main id: " + main.ManagedThreadId + ", same object: " + ReferenceEquals(main, Thread.CurrentThread));
        Console.WriteLine("main alive: " + main.IsAlive + ", background: " + main.IsBackground);

        var plain = new Thread(() => { slots[0] = 42; });
        Console.WriteLine("before start: " + plain.ThreadState + ", alive " + plain.IsAlive);
        plain.Start();
        plain.Join();
        Console.WriteLine("after join: " + plain.ThreadState + ", alive " + plain.IsAlive + ", slot " + slots[0]);

        var threads = new Thread[7];
        for (int i = 1; i < 8; i++)
        {
            threads[i - 1] = new Thread(Square);
            threads[i - 1].Start(i);
        }
        foreach (Thread t in threads) t.Join();
        Console.WriteLine("squares: " + string.Join(",", slots));

        int previous = plain.ManagedThreadId;
        bool increasing = previous > 1;
        foreach (Thread t in threads)
        {
            increasing &= t.ManagedThreadId > previous;
            previous = t.ManagedThreadId;
        }
        Console.WriteLine("ids above 1 and increasing: " + increasing);

        int seenId = 0;
        string seenName = null;
        var named = new Thread(() => { seenId = Thread.CurrentThread.ManagedThreadId; seenName = Thread.CurrentThread.Name; });
        named.Name = "worker";
        named.Start();
        Console.WriteLine("joined in time: " + named.Join(10000));
        Console.WriteLine("seen from inside: " + (seenId == named.ManagedThreadId) + ", " + seenName);

        var sleeper = new Thread(() => Thread.Sleep(300));
        sleeper.Start();
        Console.WriteLine("join 10 ms: " + sleeper.Join(10) + ", alive " + sleeper.IsAlive);
        Console.WriteLine("join 10 s: " + sleeper.Join(TimeSpan.FromSeconds(10)) + ", alive " + sleeper.IsAlive);

        try { plain.Start(); } catch (ThreadStateException) { Console.WriteLine("restart: ThreadStateException"); }
        try { new Thread(() => { }).Join(); } catch (ThreadStateException) { Console.WriteLine("join unstarted: ThreadStateException"); }
        try { new Thread(() => { }).Start(1); } catch (InvalidOperationException) { Console.WriteLine("parameter to ThreadStart: InvalidOperationException"); }
        try { new Thread((ThreadStart)null); } catch (ArgumentNullException e) { Console.WriteLine("null start: " + e.ParamName); }
        var big = new Thread(() => { slots[0] = -1; }, 1 << 20);
        big.Start();
        big.Join();
        Console.WriteLine("with a stack size: " + slots[0]);
        Thread.Sleep(TimeSpan.FromMilliseconds(1));
        Thread.Sleep(0);
        Thread.Yield();
        Thread.SpinWait(10);
        Console.WriteLine("done");
    }
}
