// ThreadState reports WaitSleepJoin while a thread is in Thread.Sleep, Thread.Join, Monitor.Wait or a contended
// Monitor.Enter, and Running again after; a thread named before Start has that name as its OS thread's name (read
// back from /proc). Renaming is in ThreadNames (Mono allows one name only).
using System;
using System.IO;
using System.Threading;

class StateAndName
{
    static readonly object Gate = new object();
    static volatile int phase;

    // polls (bounded) until the thread reports the state; a snapshot read while it may still be on its way
    static string WaitFor(Thread t, ThreadState wanted)
    {
        for (int i = 0; i < 2000 && (t.ThreadState & ThreadState.WaitSleepJoin) != (wanted & ThreadState.WaitSleepJoin); i++)
            Thread.Sleep(5);
        return t.ThreadState.ToString();
    }

    static int Main()
    {
        var sleeper = new Thread(() => { phase = 1; Thread.Sleep(400); phase = 2; while (phase != 3) { } });
        sleeper.Start();
        Console.WriteLine("in Sleep: " + WaitFor(sleeper, ThreadState.WaitSleepJoin));
        Console.WriteLine("spinning: " + WaitFor(sleeper, ThreadState.Running));
        phase = 3;
        sleeper.Join();
        Console.WriteLine("ended: " + sleeper.ThreadState);

        var waiter = new Thread(() => { lock (Gate) { Monitor.Wait(Gate); } });
        waiter.Start();
        Console.WriteLine("in Monitor.Wait: " + WaitFor(waiter, ThreadState.WaitSleepJoin));
        lock (Gate) { Monitor.Pulse(Gate); }
        waiter.Join();
        Console.WriteLine("ended: " + waiter.ThreadState);

        Thread entering;
        lock (Gate)
        {
            entering = new Thread(() => { lock (Gate) { } });
            entering.Start();
            Console.WriteLine("in a contended Monitor.Enter: " + WaitFor(entering, ThreadState.WaitSleepJoin));
        }
        entering.Join();
        Console.WriteLine("ended: " + entering.ThreadState);

        var blocker = new Thread(() => Thread.Sleep(300));
        var joiner = new Thread(() => blocker.Join());
        blocker.Start();
        joiner.Start();
        Console.WriteLine("in Join: " + WaitFor(joiner, ThreadState.WaitSleepJoin));
        joiner.Join();

        Console.WriteLine("current thread: " + Thread.CurrentThread.ThreadState);

        string comm = null;
        var named = new Thread(() => { comm = OsName(); });
        named.Name = "worker";
        named.Start();
        named.Join();
        Console.WriteLine("OS names: " + comm);
        return 0;
    }

    static string OsName()
    {
        try { return File.ReadAllText("/proc/thread-self/comm").TrimEnd('\n'); }
        catch (Exception e) { return e.GetType().Name; }
    }
}
