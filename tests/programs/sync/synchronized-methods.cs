using System;
using System.Threading;
using System.Runtime.CompilerServices;

// [MethodImpl(MethodImplOptions.Synchronized)]: an instance method runs under the lock of `this`, a static one under
// the lock of its type's Type object; four threads race read-modify-write updates that only the lock keeps exact.

class Counter
{
    public int Value;

    [MethodImpl(MethodImplOptions.Synchronized)]
    public void Add(int n)
    {
        int v = Value;
        if ((v & 63) == 0) Thread.Yield(); // widen the window between the read and the write
        Value = v + n;
    }

    [MethodImpl(MethodImplOptions.Synchronized)]
    public int AddAndGet(int n)
    {
        Add(n); // recursion into the same lock
        return Value;
    }

    [MethodImpl(MethodImplOptions.Synchronized)]
    public bool HoldsOwnLock() { return Monitor.IsEntered(this); }

    [MethodImpl(MethodImplOptions.Synchronized)]
    public int Depth(int n) { return n == 0 ? (Monitor.IsEntered(this) ? 0 : -1000) : 1 + Depth(n - 1); }
}

static class Totals
{
    public static long Sum;

    [MethodImpl(MethodImplOptions.Synchronized)]
    public static void Add(long n)
    {
        long v = Sum;
        if ((v & 31) == 0) Thread.Yield();
        Sum = v + n;
    }

    [MethodImpl(MethodImplOptions.Synchronized)]
    public static bool HoldsTypeLock() { return Monitor.IsEntered(typeof(Totals)); }
}

class Program
{
    const int Threads = 4, Rounds = 50000;

    static int Main()
    {
        var counter = new Counter();
        var threads = new Thread[Threads];
        for (int i = 0; i < Threads; i++)
        {
            threads[i] = new Thread(() =>
            {
                for (int k = 0; k < Rounds; k++)
                {
                    counter.Add(1);
                    Totals.Add(3);
                    if (k % 1000 == 0) counter.AddAndGet(0);
                }
            });
            threads[i].Start();
        }
        foreach (var t in threads) t.Join();
        Console.WriteLine("instance: " + counter.Value + " (expected " + Threads * Rounds + ")");
        Console.WriteLine("static: " + Totals.Sum + " (expected " + 3L * Threads * Rounds + ")");

        Console.WriteLine("inside instance method, IsEntered(this): " + counter.HoldsOwnLock());
        Console.WriteLine("after it returned: " + Monitor.IsEntered(counter));
        Console.WriteLine("inside static method, IsEntered(typeof(Totals)): " + Totals.HoldsTypeLock());
        Console.WriteLine("after it returned: " + Monitor.IsEntered(typeof(Totals)));
        Console.WriteLine("recursion depth 20: " + counter.Depth(20) + ", held after: " + Monitor.IsEntered(counter));

        // the lock is the object's ordinary monitor: a lock statement elsewhere excludes the method
        var other = new Thread(() => { counter.Add(5); });
        bool blocked;
        lock (counter)
        {
            other.Start();
            blocked = !other.Join(200);
        }
        other.Join();
        Console.WriteLine("a lock statement on the object holds the method off: " + blocked + ", then it runs: "
                + counter.Value);
        return 0;
    }
}
