// SemaphoreSlim, Semaphore, Mutex, Barrier and ReaderWriterLockSlim on one thread and with tasks: counts, timeouts,
// WaitAsync order, recursion rules and the exceptions .NET throws.
using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

class SemaphoreBasics
{
    static void Try(string what, Action a)
    {
        try { a(); Console.WriteLine(what + ": ok"); }
        catch (Exception e) { Console.WriteLine(what + ": " + e.GetType().Name + (e is ArgumentOutOfRangeException ? " " + ((ArgumentException)e).ParamName : "") + (e is InvalidOperationException || e is LockRecursionException || e is SynchronizationLockException || e is SemaphoreFullException ? " " + e.Message : "")); }
    }

    static async Task<string> Guarded(SemaphoreSlim s, string name, List<string> log)
    {
        await s.WaitAsync();
        log.Add(name + " in");
        await Task.Delay(5);
        log.Add(name + " out");
        s.Release();
        return name;
    }

    static void Main()
    {
        var s = new SemaphoreSlim(2, 3);
        Console.WriteLine("count " + s.CurrentCount + " wait " + s.Wait(0) + " " + s.Wait(0) + " " + s.Wait(0) + " " + s.Wait(15) + " count " + s.CurrentCount);
        Console.WriteLine("release " + s.Release() + " release2 " + s.Release(2) + " count " + s.CurrentCount);
        Try("release full", () => s.Release());
        Try("release 0", () => s.Release(0));
        Try("init > max", () => new SemaphoreSlim(4, 3));
        Try("max 0", () => new SemaphoreSlim(0, 0));
        try { s.Wait(-5); } catch (ArgumentOutOfRangeException) { Console.WriteLine("wait -5: ArgumentOutOfRangeException"); }
        var cts = new CancellationTokenSource();
        cts.Cancel();
        Try("wait canceled", () => s.Wait(cts.Token));
        Task<bool> canceled = s.WaitAsync(100, cts.Token);
        Console.WriteLine("waitasync canceled " + canceled.IsCanceled);

        var gate = new SemaphoreSlim(1);
        var log = new List<string>();
        Task<string>[] all = { Guarded(gate, "a", log), Guarded(gate, "b", log), Guarded(gate, "c", log) };
        Task.WaitAll(all);
        Console.WriteLine(string.Join(",", log) + " count " + gate.CurrentCount);

        var empty = new SemaphoreSlim(0);
        Task<bool> timed = empty.WaitAsync(20);
        Console.WriteLine("timed out " + timed.Result + " count " + empty.CurrentCount);
        var source = new CancellationTokenSource();
        Task<bool> pending = empty.WaitAsync(-1, source.Token);
        Task second = empty.WaitAsync();
        source.Cancel();
        Console.WriteLine("pending canceled " + pending.IsCanceled + " second done " + second.IsCompleted);
        empty.Release();
        Console.WriteLine("second done " + second.Wait(1000) + " count " + empty.CurrentCount);
        Task<bool> third = empty.WaitAsync(TimeSpan.FromMilliseconds(1000));
        Task.Run(() => empty.Release());
        Console.WriteLine("third " + third.Result);
        Console.WriteLine("handle " + empty.AvailableWaitHandle.WaitOne(0));
        empty.Release();
        Console.WriteLine("handle " + empty.AvailableWaitHandle.WaitOne(0));
        empty.Dispose();
        Try("disposed", () => empty.Wait(0));

        var sem = new Semaphore(1, 2);
        Console.WriteLine("sem " + sem.WaitOne(0) + " " + sem.WaitOne(0) + " release " + sem.Release(2));
        Try("sem full", () => sem.Release());
        Try("sem bad", () => new Semaphore(3, 2));

        var m = new Mutex(true);
        Console.WriteLine("mutex recursive " + m.WaitOne(0));
        m.ReleaseMutex();
        m.ReleaseMutex();
        Try("mutex not owned", () => m.ReleaseMutex());
        bool created;
        var named1 = new Mutex(false, "kiln-sync-test", out created);
        Console.WriteLine("created " + created);
        var named2 = new Mutex(false, "kiln-sync-test", out created);
        Console.WriteLine("created again " + created);
        named1.Dispose();
        named2.Dispose();

        var phases = new List<string>();
        var barrier = new Barrier(1, b => phases.Add("phase " + b.CurrentPhaseNumber + " of " + b.ParticipantCount));
        barrier.SignalAndWait();
        barrier.SignalAndWait();
        Console.WriteLine(string.Join(";", phases) + " now " + barrier.CurrentPhaseNumber + " remaining " + barrier.ParticipantsRemaining);
        Console.WriteLine("add " + barrier.AddParticipant() + " count " + barrier.ParticipantCount);
        Console.WriteLine("timed " + barrier.SignalAndWait(10) + " remaining " + barrier.ParticipantsRemaining);
        barrier.RemoveParticipant();
        Try("remove too many", () => barrier.RemoveParticipants(2));
        var failing = new Barrier(1, b => { throw new FormatException("post"); });
        try { failing.SignalAndWait(); }
        catch (BarrierPostPhaseException e) { Console.WriteLine("post-phase " + e.InnerException.Message + " | " + e.Message + " phase " + failing.CurrentPhaseNumber); }
        var inner = new Barrier(1, b => b.SignalAndWait());
        try { inner.SignalAndWait(); }
        catch (BarrierPostPhaseException e) { Console.WriteLine("inside action: " + e.InnerException.GetType().Name + " " + e.InnerException.Message); }
        Try("zero participants", () => new Barrier(0).SignalAndWait());
        Try("too many participants", () => new Barrier(32768));

        var rw = new ReaderWriterLockSlim();
        rw.EnterReadLock();
        Console.WriteLine("read " + rw.IsReadLockHeld + " " + rw.CurrentReadCount + " " + rw.RecursiveReadCount);
        Try("read twice", () => rw.EnterReadLock());
        Try("write while reading", () => rw.EnterWriteLock());
        Try("upgrade while reading", () => rw.EnterUpgradeableReadLock());
        rw.ExitReadLock();
        Try("exit read again", () => rw.ExitReadLock());
        Try("exit write", () => rw.ExitWriteLock());
        Try("exit upgrade", () => rw.ExitUpgradeableReadLock());
        rw.EnterUpgradeableReadLock();
        rw.EnterWriteLock();
        Console.WriteLine("upgraded " + rw.IsUpgradeableReadLockHeld + " " + rw.IsWriteLockHeld + " " + rw.RecursiveWriteCount);
        Try("write twice", () => rw.EnterWriteLock());
        Try("read in write", () => rw.EnterReadLock());
        rw.ExitWriteLock();
        rw.ExitUpgradeableReadLock();
        Console.WriteLine("held " + rw.IsReadLockHeld + rw.IsUpgradeableReadLockHeld + rw.IsWriteLockHeld + " policy " + rw.RecursionPolicy);
        var rec = new ReaderWriterLockSlim(LockRecursionPolicy.SupportsRecursion);
        rec.EnterWriteLock();
        rec.EnterWriteLock();
        rec.EnterReadLock();
        rec.EnterUpgradeableReadLock();
        Console.WriteLine("recursive " + rec.RecursiveWriteCount + " " + rec.RecursiveReadCount + " " + rec.RecursiveUpgradeCount);
        rec.ExitUpgradeableReadLock();
        rec.ExitReadLock();
        rec.ExitWriteLock();
        Try("dispose held", () => rec.Dispose());
        rec.ExitWriteLock();
        rec.Dispose();
        Console.WriteLine("try " + rw.TryEnterWriteLock(0));
        rw.ExitWriteLock();
        Console.WriteLine("try read " + rw.TryEnterReadLock(TimeSpan.Zero));
        rw.ExitReadLock();
    }
}
