using System;
using System.Threading;

// Monitor on one thread: re-entrancy, ownership checks, TryEnter, Wait timeouts, lockTaken and argument errors.
class MonitorBasics
{
    static readonly object Gate = new object();

    static void Try(string name, Action action)
    {
        try
        {
            action();
            Console.WriteLine(name + ": ok");
        }
        catch (Exception e)
        {
            Console.WriteLine(name + ": " + e.GetType().FullName);
        }
    }

    static int Main()
    {
        Console.WriteLine("entered before: " + Monitor.IsEntered(Gate));
        lock (Gate)
        {
            Console.WriteLine("in lock: " + Monitor.IsEntered(Gate));
            lock (Gate)
            {
                Console.WriteLine("nested: " + Monitor.IsEntered(Gate));
            }
            Console.WriteLine("after nested: " + Monitor.IsEntered(Gate));
        }
        Console.WriteLine("after lock: " + Monitor.IsEntered(Gate));

        Try("exit unowned", () => Monitor.Exit(Gate));
        Try("pulse unowned", () => Monitor.Pulse(Gate));
        Try("pulseall unowned", () => Monitor.PulseAll(Gate));
        Try("wait unowned", () => Monitor.Wait(Gate, 1));
        Try("enter null", () => Monitor.Enter(null));
        Try("exit null", () => Monitor.Exit(null));
        Try("tryenter null", () => Monitor.TryEnter(null));
        Try("isentered null", () => Monitor.IsEntered(null));
        Try("wait null", () => Monitor.Wait(null));
        Try("tryenter -2", () => Monitor.TryEnter(Gate, -2));
        Try("tryenter timespan -2", () => Monitor.TryEnter(Gate, TimeSpan.FromMilliseconds(-2)));
        Try("wait -5", () => { lock (Gate) Monitor.Wait(Gate, -5); });
        Try("locktaken true", () => { bool taken = true; Monitor.Enter(Gate, ref taken); });
        Console.WriteLine("after failures: " + Monitor.IsEntered(Gate));

        // three levels: Exit three times, the fourth fails
        Monitor.Enter(Gate);
        Console.WriteLine("tryenter: " + Monitor.TryEnter(Gate));
        Console.WriteLine("tryenter 10: " + Monitor.TryEnter(Gate, 10));
        for (int i = 0; i < 3; i++) Monitor.Exit(Gate);
        Console.WriteLine("released: " + !Monitor.IsEntered(Gate));
        Try("exit fourth", () => Monitor.Exit(Gate));

        bool taken2 = false;
        Monitor.TryEnter(Gate, TimeSpan.FromMilliseconds(5), ref taken2);
        Console.WriteLine("tryenter ref: " + taken2);
        // Wait gives back and retakes every level: two levels before, two after
        Monitor.Enter(Gate);
        bool pulsed = Monitor.Wait(Gate, 20);
        Console.WriteLine("wait timed out: " + !pulsed + ", still entered: " + Monitor.IsEntered(Gate));
        Console.WriteLine("wait 0: " + Monitor.Wait(Gate, 0));
        Console.WriteLine("wait timespan: " + Monitor.Wait(Gate, TimeSpan.FromMilliseconds(1)));
        Monitor.Pulse(Gate);
        Monitor.PulseAll(Gate);
        Monitor.Exit(Gate);
        Console.WriteLine("one level left: " + Monitor.IsEntered(Gate));
        Monitor.Exit(Gate);
        Console.WriteLine("none left: " + !Monitor.IsEntered(Gate));

        // an exception inside lock releases it
        try
        {
            lock (Gate) throw new InvalidOperationException("inside");
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine("caught " + e.Message + ", entered: " + Monitor.IsEntered(Gate));
        }

        // locks on many distinct objects (strings, boxes, types, arrays) are independent
        object[] objects = { "literal", 42, typeof(MonitorBasics), new int[3], new object() };
        foreach (object o in objects) Monitor.Enter(o);
        int held = 0;
        foreach (object o in objects) if (Monitor.IsEntered(o)) held++;
        Console.WriteLine("held " + held + ", other object: " + Monitor.IsEntered(new object()));
        foreach (object o in objects) Monitor.Exit(o);
        held = 0;
        foreach (object o in objects) if (Monitor.IsEntered(o)) held++;
        Console.WriteLine("held after exit " + held);

        // many short-lived locked objects: their records go when the objects do
        long sum = 0;
        for (int i = 0; i < 200000; i++)
        {
            object o = new object();
            lock (o) sum += i;
        }
        Console.WriteLine("sum " + sum);
        var e2 = new SynchronizationLockException();
        Console.WriteLine(e2.Message);
        return 0;
    }
}
