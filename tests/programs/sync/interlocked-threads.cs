using System;
using System.Threading;

// Interlocked, Volatile and SpinLock across threads: exact counts from racing increments and adds, a lock-free stack
// built on CompareExchange, message passing through a volatile flag, and SpinLock-protected counters (with and
// without owner tracking). Every wait is bounded: SpinUntil gives up after 10 s.
class InterlockedThreads
{
    const int Threads = 4;
    const int PerThread = 100000;

    static int s_int;
    static long s_long;
    static int s_plainUnderSpinLock;
    static SpinLock s_spin = new SpinLock(false);
    static SpinLock s_tracked = new SpinLock(true);
    static int s_plainUnderTrackedLock;
    static int s_trackedViolations;

    class Node { public int Value; public Node Next; }
    static Node s_head;

    static void Push(int value)
    {
        var node = new Node { Value = value };
        Node seen;
        do
        {
            seen = Volatile.Read(ref s_head);
            node.Next = seen;
        } while (Interlocked.CompareExchange(ref s_head, node, seen) != seen);
    }

    static bool TryPop(out int value)
    {
        Node seen;
        do
        {
            seen = Volatile.Read(ref s_head);
            if (seen == null) { value = 0; return false; }
        } while (Interlocked.CompareExchange(ref s_head, seen.Next, seen) != seen);
        value = seen.Value;
        return true;
    }

    static void RunAll(Action<int> body)
    {
        var threads = new Thread[Threads];
        for (int t = 0; t < Threads; t++)
        {
            int id = t;
            threads[t] = new Thread(() => body(id));
            threads[t].Start();
        }
        foreach (var t in threads) t.Join();
    }

    static int s_data;
    static volatile bool s_published;

    static int Main()
    {
        RunAll(id =>
        {
            for (int i = 0; i < PerThread; i++)
            {
                Interlocked.Increment(ref s_int);
                Interlocked.Add(ref s_long, i);
                if ((i & 1) == 0) Interlocked.Decrement(ref s_int);
            }
        });
        Console.WriteLine("int " + s_int + " long " + s_long);

        RunAll(id => { for (int i = 0; i < 10000; i++) Push(id * 10000 + i); });
        long sum = 0;
        int popped = 0;
        long popSum = 0;
        RunAll(id =>
        {
            int value, mine = 0;
            long mySum = 0;
            while (TryPop(out value)) { mine++; mySum += value; }
            Interlocked.Add(ref popped, mine);
            Interlocked.Add(ref popSum, mySum);
        });
        for (int i = 0; i < Threads * 10000; i++) sum += i;
        Console.WriteLine("stack popped " + popped + " sum matches " + (popSum == sum) + " empty " + (s_head == null));

        RunAll(id =>
        {
            for (int i = 0; i < 20000; i++)
            {
                bool taken = false;
                try
                {
                    s_spin.Enter(ref taken);
                    s_plainUnderSpinLock++;
                }
                finally
                {
                    if (taken) s_spin.Exit();
                }
            }
        });
        Console.WriteLine("spinlock counter " + s_plainUnderSpinLock + " held " + s_spin.IsHeld);

        RunAll(id =>
        {
            for (int i = 0; i < 20000; i++)
            {
                bool taken = false;
                try
                {
                    s_tracked.Enter(ref taken);
                    if (!s_tracked.IsHeldByCurrentThread) s_trackedViolations++;
                    s_plainUnderTrackedLock++;
                }
                finally
                {
                    if (taken) s_tracked.Exit(false);
                }
                if (s_tracked.IsHeldByCurrentThread) Interlocked.Increment(ref s_trackedViolations);
            }
        });
        Console.WriteLine("tracked spinlock counter " + s_plainUnderTrackedLock + " violations " + s_trackedViolations);

        var reader = new Thread(() =>
        {
            bool seen = SpinWait.SpinUntil(() => s_published, 10000);
            Console.WriteLine("published " + seen + " data " + s_data);
        });
        reader.Start();
        s_data = 42;
        s_published = true;
        reader.Join();

        int[] slots = new int[Threads];
        RunAll(id => { for (int i = 0; i < 50000; i++) Interlocked.Exchange(ref slots[(i + id) % Threads], id * 1000 + i % 7); });
        int valid = 0;
        foreach (int v in slots) if (v % 1000 < 7 && v / 1000 < Threads) valid++;
        Console.WriteLine("exchanged slots valid " + valid);
        return 0;
    }
}
