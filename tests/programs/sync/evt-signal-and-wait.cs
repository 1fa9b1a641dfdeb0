using System;
using System.Threading;

// WaitHandle.SignalAndWait: signals an event, a semaphore or a mutex and waits on another handle; a ping-pong of two
// threads through it, timeouts, and the argument and state errors.
class SignalAndWaitProgram
{
    static void Try(string label, Action a)
    {
        try { a(); Console.WriteLine(label + ": ok"); }
        catch (Exception e) { Console.WriteLine(label + ": " + e.GetType().Name); }
    }

    static int Main()
    {
        var ping = new AutoResetEvent(false);
        var pong = new AutoResetEvent(false);
        int rounds = 0;
        var other = new Thread(() =>
        {
            ping.WaitOne();
            for (int i = 0; i < 999; i++) { rounds++; WaitHandle.SignalAndWait(pong, ping); }
            rounds++;
            pong.Set();
        });
        other.Start();
        for (int i = 0; i < 1000; i++) WaitHandle.SignalAndWait(ping, pong);
        other.Join();
        Console.WriteLine("rounds: " + rounds);

        var sem = new Semaphore(0, 2);
        var manual = new ManualResetEvent(false);
        Console.WriteLine("timed out: " + WaitHandle.SignalAndWait(sem, manual, 20, false));
        Console.WriteLine("semaphore got one: " + sem.WaitOne(0) + ", and no more: " + sem.WaitOne(0));
        manual.Set();
        Console.WriteLine("already set: " + WaitHandle.SignalAndWait(sem, manual, TimeSpan.FromMilliseconds(5), false));

        var mutex = new Mutex(true);
        var gate = new ManualResetEvent(true);
        Console.WriteLine("released the mutex: " + WaitHandle.SignalAndWait(mutex, gate));
        var taker = new Thread(() => { Console.WriteLine("other thread takes the mutex: " + mutex.WaitOne(1000)); mutex.ReleaseMutex(); });
        taker.Start();
        taker.Join();

        Try("null toSignal", () => WaitHandle.SignalAndWait(null, gate));
        Try("null toWaitOn", () => WaitHandle.SignalAndWait(gate, null));
        Try("bad timeout", () => WaitHandle.SignalAndWait(gate, gate, -2, false));
        Try("bad TimeSpan", () => WaitHandle.SignalAndWait(gate, gate, TimeSpan.FromMilliseconds(-5), false));
        var full = new Semaphore(1, 1);
        Try("full semaphore", () => WaitHandle.SignalAndWait(full, gate));
        var disposed = new ManualResetEvent(true);
        disposed.Dispose();
        Try("disposed", () => WaitHandle.SignalAndWait(disposed, gate));
        return 0;
    }
}
