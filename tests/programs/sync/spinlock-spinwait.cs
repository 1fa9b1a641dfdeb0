using System;
using System.Threading;

// SpinLock and SpinWait on one thread: owner tracking, recursion and ownership errors, timeouts, argument checks,
// SpinWait's count and SpinUntil.
class SpinLockSpinWait
{
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

    static SpinLock s_tracked = new SpinLock(true);
    static SpinLock s_anonymous = new SpinLock(false);

    static int Main()
    {
        SpinLock byDefault = default(SpinLock);
        Console.WriteLine("default tracking " + byDefault.IsThreadOwnerTrackingEnabled + " held " + byDefault.IsHeld);
        Console.WriteLine("tracked " + s_tracked.IsThreadOwnerTrackingEnabled + " anonymous " + s_anonymous.IsThreadOwnerTrackingEnabled);

        bool taken = false;
        s_tracked.Enter(ref taken);
        Console.WriteLine("entered " + taken + " held " + s_tracked.IsHeld + " mine " + s_tracked.IsHeldByCurrentThread);
        Try("enter again", () => { bool t = false; s_tracked.Enter(ref t); });
        Try("tryenter again", () => { bool t = false; s_tracked.TryEnter(ref t); });
        s_tracked.Exit();
        Console.WriteLine("after exit held " + s_tracked.IsHeld + " mine " + s_tracked.IsHeldByCurrentThread);
        Try("exit unheld", () => s_tracked.Exit());
        Try("exit unheld no barrier", () => s_tracked.Exit(false));

        taken = false;
        s_tracked.TryEnter(10, ref taken);
        Console.WriteLine("tryenter 10 " + taken);
        s_tracked.Exit(false);
        taken = false;
        s_tracked.TryEnter(TimeSpan.FromMilliseconds(1), ref taken);
        Console.WriteLine("tryenter timespan " + taken);
        s_tracked.Exit(true);

        Try("locktaken true", () => { bool t = true; s_tracked.Enter(ref t); });
        Try("timeout -2", () => { bool t = false; s_tracked.TryEnter(-2, ref t); });
        Try("timespan -2", () => { bool t = false; s_tracked.TryEnter(TimeSpan.FromMilliseconds(-2), ref t); });
        Console.WriteLine("still free " + !s_tracked.IsHeld);

        taken = false;
        s_anonymous.Enter(ref taken);
        Console.WriteLine("anonymous entered " + taken + " held " + s_anonymous.IsHeld);
        Try("anonymous mine", () => Console.WriteLine(s_anonymous.IsHeldByCurrentThread));
        bool again = false;
        s_anonymous.TryEnter(0, ref again);
        Console.WriteLine("anonymous try again " + again);
        bool timed = false;
        s_anonymous.TryEnter(15, ref timed);
        Console.WriteLine("anonymous timed out " + !timed);
        s_anonymous.Exit();
        Console.WriteLine("anonymous after exit " + s_anonymous.IsHeld);

        var spinner = new SpinWait();
        Console.WriteLine("spin count " + spinner.Count + " yields " + spinner.NextSpinWillYield);
        for (int i = 0; i < 5; i++) spinner.SpinOnce();
        Console.WriteLine("spin count " + spinner.Count + " yields " + spinner.NextSpinWillYield);
        for (int i = 0; i < 20; i++) spinner.SpinOnce();
        Console.WriteLine("spin count " + spinner.Count + " yields " + spinner.NextSpinWillYield);
        spinner.Reset();
        Console.WriteLine("reset " + spinner.Count);

        int calls = 0;
        SpinWait.SpinUntil(() => ++calls == 30);
        Console.WriteLine("spinuntil after " + calls);
        Console.WriteLine("spinuntil false 0 " + SpinWait.SpinUntil(() => false, 0));
        Console.WriteLine("spinuntil false 20ms " + SpinWait.SpinUntil(() => false, 20));
        Console.WriteLine("spinuntil timespan " + SpinWait.SpinUntil(() => false, TimeSpan.FromMilliseconds(5)));
        Try("spinuntil null", () => SpinWait.SpinUntil(null));
        Try("spinuntil -2", () => SpinWait.SpinUntil(() => true, -2));
        return 0;
    }
}
