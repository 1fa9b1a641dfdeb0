// Events, CountdownEvent, Barrier, Mutex and wait handles between threads: a start gate, hand-offs, phases with a
// post-phase action, WaitAll/WaitAny over handles set by other threads. Output does not depend on scheduling.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

class EventThreads
{
    static Thread Start(Action a)
    {
        var t = new Thread(() => a());
        t.Start();
        return t;
    }

    static void Main()
    {
        // a start gate: nobody runs before Set; CountdownEvent reports when all are done
        var gate = new ManualResetEventSlim(false);
        var done = new CountdownEvent(4);
        int started = 0;
        var workers = Enumerable.Range(0, 4).Select(i => Start(() => { gate.Wait(); Interlocked.Increment(ref started); done.Signal(); })).ToArray();
        Thread.Sleep(30);
        Console.WriteLine("before set " + Volatile.Read(ref started));
        gate.Set();
        Console.WriteLine("all done " + done.Wait(10000) + " started " + started);
        foreach (var t in workers) t.Join();

        // AutoResetEvent ping-pong: each side lets the other go once per round
        var ping = new AutoResetEvent(false);
        var pong = new AutoResetEvent(false);
        var log = new List<string>();
        var other = Start(() => { for (int i = 0; i < 5; i++) { ping.WaitOne(10000); log.Add("pong" + i); pong.Set(); } });
        for (int i = 0; i < 5; i++) { log.Add("ping" + i); ping.Set(); pong.WaitOne(10000); }
        other.Join();
        Console.WriteLine(string.Join(" ", log));

        // Barrier: four participants, five phases; the post-phase action sees every contribution of its phase
        long[] phaseTotals = new long[5];
        long contribution = 0;
        var barrier = new Barrier(4, b => { phaseTotals[b.CurrentPhaseNumber] = Interlocked.Exchange(ref contribution, 0); });
        var participants = Enumerable.Range(1, 4).Select(id => Start(() =>
        {
            for (int phase = 0; phase < 5; phase++)
            {
                Interlocked.Add(ref contribution, id * (phase + 1));
                barrier.SignalAndWait(10000);
            }
        })).ToArray();
        foreach (var t in participants) t.Join();
        Console.WriteLine("phases " + string.Join(",", phaseTotals) + " now " + barrier.CurrentPhaseNumber);

        // a failing post-phase action reaches every participant
        int failures = 0;
        var failing = new Barrier(3, b => { throw new InvalidOperationException("boom"); });
        var failers = Enumerable.Range(0, 3).Select(i => Start(() =>
        {
            try { failing.SignalAndWait(10000); }
            catch (BarrierPostPhaseException e) { if (e.InnerException.Message == "boom") Interlocked.Increment(ref failures); }
        })).ToArray();
        foreach (var t in failers) t.Join();
        Console.WriteLine("post-phase failures seen " + failures);

        // a Mutex shared by threads keeps a non-atomic counter exact
        var mutex = new Mutex();
        int counter = 0;
        var incrementers = Enumerable.Range(0, 4).Select(i => Start(() =>
        {
            for (int k = 0; k < 2000; k++) { mutex.WaitOne(); counter = counter + 1; mutex.ReleaseMutex(); }
        })).ToArray();
        foreach (var t in incrementers) t.Join();
        Console.WriteLine("mutex counter " + counter);

        // a mutex whose owner thread ended without releasing it is abandoned
        var abandoned = new Mutex();
        var owner = Start(() => abandoned.WaitOne());
        owner.Join();
        try { abandoned.WaitOne(10000); Console.WriteLine("not abandoned"); }
        catch (AbandonedMutexException e) { Console.WriteLine("abandoned, now owned: " + (e.Mutex == null) + " " + (e.MutexIndex == -1)); abandoned.ReleaseMutex(); }

        // WaitAll and WaitAny over events set by other threads
        var events = Enumerable.Range(0, 3).Select(i => new ManualResetEvent(false)).ToArray();
        var setters = Enumerable.Range(0, 3).Select(i => Start(() => { Thread.Sleep(10 * i); events[i].Set(); })).ToArray();
        Console.WriteLine("waitall " + WaitHandle.WaitAll(events, 10000));
        foreach (var t in setters) t.Join();
        var one = new AutoResetEvent(false);
        var none = new AutoResetEvent(false);
        var setter = Start(() => { Thread.Sleep(20); one.Set(); });
        Console.WriteLine("waitany " + WaitHandle.WaitAny(new WaitHandle[] { none, one }, 10000));
        setter.Join();
        var sem = new Semaphore(0, 3);
        var releaser = Start(() => { Thread.Sleep(20); sem.Release(2); });
        Console.WriteLine("semaphore " + sem.WaitOne(10000) + " " + sem.WaitOne(10000) + " " + sem.WaitOne(20));
        releaser.Join();
    }
}
