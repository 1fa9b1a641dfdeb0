// Events, CountdownEvent and wait handles on one thread and signaled from others: states, timeouts, argument checks.
using System;
using System.Threading;
using System.Threading.Tasks;

class EventBasics
{
    static void Try(string what, Action a)
    {
        try { a(); Console.WriteLine(what + ": ok"); }
        catch (Exception e) { Console.WriteLine(what + ": " + e.GetType().Name + (e is ArgumentOutOfRangeException ? " " + ((ArgumentException)e).ParamName : "")); }
    }

    static void Main()
    {
        var mres = new ManualResetEventSlim();
        Console.WriteLine("mres set " + mres.IsSet + " wait0 " + mres.Wait(0) + " wait20 " + mres.Wait(20));
        mres.Set();
        Console.WriteLine("mres set " + mres.IsSet + " wait " + mres.Wait(0) + " again " + mres.Wait(10));
        mres.Reset();
        Console.WriteLine("mres reset " + mres.IsSet);
        Console.WriteLine("spin " + new ManualResetEventSlim(true, 7).SpinCount);
        Try("spin -1", () => new ManualResetEventSlim(false, -1));
        Try("spin 2048", () => new ManualResetEventSlim(false, 2048));
        Try("wait -2", () => mres.Wait(-2));
        var cts = new CancellationTokenSource();
        cts.Cancel();
        Try("wait canceled", () => mres.Wait(cts.Token));
        var wh = mres.WaitHandle;
        Console.WriteLine("handle " + wh.WaitOne(0));
        mres.Set();
        Console.WriteLine("handle after set " + wh.WaitOne(0));
        mres.Dispose();
        Try("wait disposed", () => mres.Wait(0));

        // another thread sets the event the main thread waits for
        var ready = new ManualResetEventSlim(false);
        int value = 0;
        var t = new Thread(() => { value = 42; ready.Set(); });
        t.Start();
        ready.Wait();
        t.Join();
        Console.WriteLine("value " + value);

        var auto = new AutoResetEvent(true);
        Console.WriteLine("auto " + auto.WaitOne(0) + " " + auto.WaitOne(0));
        auto.Set();
        Console.WriteLine("auto set " + auto.WaitOne(10) + " " + auto.WaitOne(10));
        var manual = new ManualResetEvent(false);
        Console.WriteLine("manual " + manual.WaitOne(0));
        manual.Set();
        Console.WriteLine("manual " + manual.WaitOne(0) + " " + manual.WaitOne(0) + " " + manual.WaitOne(TimeSpan.FromMilliseconds(5)));
        manual.Reset();
        Console.WriteLine("any " + WaitHandle.WaitAny(new WaitHandle[] { manual, auto }, 0));
        auto.Set();
        Console.WriteLine("any " + WaitHandle.WaitAny(new WaitHandle[] { manual, auto }, 0));
        Console.WriteLine("any " + WaitHandle.WaitAny(new WaitHandle[] { manual, auto }, 10));
        Console.WriteLine("timeout const " + WaitHandle.WaitTimeout);
        Console.WriteLine("all " + WaitHandle.WaitAll(new WaitHandle[] { manual, auto }, 0));
        manual.Set(); auto.Set();
        Console.WriteLine("all " + WaitHandle.WaitAll(new WaitHandle[] { manual, auto }, 0) + " auto after " + auto.WaitOne(0) + " manual after " + manual.WaitOne(0));
        var ewh = new EventWaitHandle(false, EventResetMode.ManualReset);
        var setter = new Thread(() => ewh.Set());
        setter.Start();
        Console.WriteLine("ewh " + ewh.WaitOne(10000));
        setter.Join();
        Try("any null", () => WaitHandle.WaitAny(null));
        Try("all dup", () => WaitHandle.WaitAll(new WaitHandle[] { manual, manual }, 0));
        ewh.Dispose();
        Try("disposed handle", () => ewh.WaitOne(0));

        var cd = new CountdownEvent(3);
        Console.WriteLine("cd " + cd.CurrentCount + " " + cd.InitialCount + " " + cd.IsSet);
        Console.WriteLine("signal " + cd.Signal() + " " + cd.CurrentCount);
        cd.AddCount(2);
        Console.WriteLine("after add " + cd.CurrentCount + " wait " + cd.Wait(0));
        Console.WriteLine("signal 4 " + cd.Signal(4) + " " + cd.CurrentCount + " " + cd.IsSet + " wait " + cd.Wait(0));
        Try("signal below zero", () => cd.Signal());
        Try("add to set", () => cd.AddCount());
        Console.WriteLine("tryadd " + cd.TryAddCount());
        cd.Reset(2);
        Console.WriteLine("reset " + cd.CurrentCount + " " + cd.InitialCount + " " + cd.IsSet);
        Try("signal 0", () => cd.Signal(0));
        for (int i = 0; i < 2; i++) new Thread(() => cd.Signal()).Start();
        Console.WriteLine("cd wait " + cd.Wait(10000) + " " + cd.CurrentCount);
        Try("negative countdown", () => new CountdownEvent(-1));
    }
}
