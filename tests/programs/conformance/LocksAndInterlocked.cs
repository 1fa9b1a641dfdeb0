// Self-checking: lock statements (reentrant, released on exceptions and returns), Monitor.Enter/Exit pairs,
// and Interlocked operations' return values — all on one thread, so the results are deterministic.
using System;
using System.Threading;

class LocksAndInterlocked
{
    static int failures;
    static readonly object gate = new object();
    static int counter;

    static void Check(string what, string got, string expected)
    {
        if (got != expected) { Console.WriteLine("FAIL " + what + ": got " + got + ", expected " + expected); failures++; }
    }

    static int Nested(int depth)
    {
        lock (gate)
        {
            counter++;
            return depth == 0 ? counter : Nested(depth - 1);
        }
    }

    static int ReturnFromLock()
    {
        lock (gate) { return ++counter; }
    }

    static void ThrowFromLock()
    {
        lock (gate) { throw new InvalidOperationException("inside lock"); }
    }

    static int Main()
    {
        counter = 0;
        Check("reentrant lock", Nested(5).ToString(), "6");
        Check("return from lock", ReturnFromLock().ToString(), "7");
        string caught = "";
        try { ThrowFromLock(); } catch (InvalidOperationException e) { caught = e.Message; }
        Check("exception releases lock", caught + "/" + ReturnFromLock(), "inside lock/8");

        bool taken = false;
        Monitor.Enter(gate, ref taken);
        try { Check("lockTaken set", taken.ToString(), "True"); }
        finally { if (taken) Monitor.Exit(gate); }
        Monitor.Enter(gate);
        Monitor.Enter(gate);
        Monitor.Exit(gate);
        Monitor.Exit(gate);
        Check("balanced enter/exit", ReturnFromLock().ToString(), "9");

        object other = new object();
        lock (gate) lock (other) counter += 10;
        Check("two locks", counter.ToString(), "19");
        lock ("interned string") counter++;
        Check("lock on string", counter.ToString(), "20");

        int x = 5;
        Check("Increment returns new", Interlocked.Increment(ref x) + "," + x, "6,6");
        Check("Decrement returns new", Interlocked.Decrement(ref x) + "," + x, "5,5");
        Check("Add returns new", Interlocked.Add(ref x, 10) + "," + x, "15,15");
        Check("Exchange returns old", Interlocked.Exchange(ref x, 99) + "," + x, "15,99");
        Check("CompareExchange hit", Interlocked.CompareExchange(ref x, 1, 99) + "," + x, "99,1");
        Check("CompareExchange miss", Interlocked.CompareExchange(ref x, 7, 42) + "," + x, "1,1");
        long big = long.MaxValue - 1;
        Check("long Increment", Interlocked.Increment(ref big).ToString(), long.MaxValue.ToString());
        Check("long Increment wraps", Interlocked.Increment(ref big).ToString(), long.MinValue.ToString());
        Check("long CompareExchange", Interlocked.CompareExchange(ref big, 3L, long.MinValue) + "," + big, long.MinValue + ",3");
        string s = "a";
        Check("reference Exchange", Interlocked.Exchange(ref s, "b") + s, "ab");
        Check("reference CompareExchange", Interlocked.CompareExchange(ref s, "c", "b") + s, "bc");
        object boxed = null;
        Check("CompareExchange on null", (Interlocked.CompareExchange(ref boxed, "set", null) == null) + "," + boxed, "True,set");
        int[] slots = new int[3];
        for (int i = 0; i < 10; i++) Interlocked.Increment(ref slots[i % 3]);
        Check("Increment array elements", string.Join(",", slots), "4,3,3");

        if (failures == 0) { Console.WriteLine("PASS"); return 100; }
        return 1;
    }
}
