// ReaderWriterLockSlim between threads: writers keep two fields equal, readers never see them differ; readers share
// the lock, a writer excludes everyone; an upgradeable reader upgrades while plain readers come and go.
using System;
using System.Linq;
using System.Threading;

class RwLock
{
    static readonly ReaderWriterLockSlim s_lock = new ReaderWriterLockSlim();
    static long s_a, s_b;
    static int s_violations, s_readers, s_maxReaders, s_writersInside, s_writerOverlap;

    static void Read()
    {
        s_lock.EnterReadLock();
        try
        {
            int now = Interlocked.Increment(ref s_readers);
            int seen;
            while ((seen = Volatile.Read(ref s_maxReaders)) < now && Interlocked.CompareExchange(ref s_maxReaders, now, seen) != seen) { }
            if (Volatile.Read(ref s_writersInside) != 0) Interlocked.Increment(ref s_writerOverlap);
            if (s_a != s_b) Interlocked.Increment(ref s_violations);
            Thread.SpinWait(50);
            Interlocked.Decrement(ref s_readers);
        }
        finally { s_lock.ExitReadLock(); }
    }

    static void Write()
    {
        s_lock.EnterWriteLock();
        try
        {
            if (Interlocked.Increment(ref s_writersInside) != 1 || Volatile.Read(ref s_readers) != 0) Interlocked.Increment(ref s_writerOverlap);
            s_a++;
            Thread.SpinWait(20);
            s_b++;
            Interlocked.Decrement(ref s_writersInside);
        }
        finally { s_lock.ExitWriteLock(); }
    }

    static void Upgrade()
    {
        s_lock.EnterUpgradeableReadLock();
        try
        {
            if (s_a != s_b) Interlocked.Increment(ref s_violations);
            if (s_a % 2 == 0) Write();
        }
        finally { s_lock.ExitUpgradeableReadLock(); }
    }

    static void Main()
    {
        var threads = Enumerable.Range(0, 4).Select(i => new Thread(() => { for (int k = 0; k < 3000; k++) Read(); }))
            .Concat(Enumerable.Range(0, 2).Select(i => new Thread(() => { for (int k = 0; k < 1000; k++) Write(); })))
            .Concat(Enumerable.Range(0, 1).Select(i => new Thread(() => { for (int k = 0; k < 1000; k++) Upgrade(); })))
            .ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        Console.WriteLine("violations " + s_violations + " overlaps " + s_writerOverlap + " equal " + (s_a == s_b) + " writes at least 2000 " + (s_a >= 2000));
        Console.WriteLine("free " + (s_lock.CurrentReadCount == 0) + " " + s_lock.WaitingReadCount + s_lock.WaitingWriteCount + s_lock.WaitingUpgradeCount);

        // a writer waits for a reader on another thread, and a timed attempt fails while the reader holds on
        var readerIn = new ManualResetEventSlim();
        var readerGo = new ManualResetEventSlim();
        var reader = new Thread(() => { s_lock.EnterReadLock(); readerIn.Set(); readerGo.Wait(); s_lock.ExitReadLock(); });
        reader.Start();
        readerIn.Wait();
        Console.WriteLine("write while read held " + s_lock.TryEnterWriteLock(20) + " read shares " + s_lock.TryEnterReadLock(20));
        s_lock.ExitReadLock();
        readerGo.Set();
        Console.WriteLine("write after release " + s_lock.TryEnterWriteLock(10000));
        s_lock.ExitWriteLock();
        reader.Join();
        var other = new Thread(() => { try { s_lock.ExitReadLock(); } catch (SynchronizationLockException) { Console.WriteLine("other thread cannot release"); } });
        s_lock.EnterReadLock();
        other.Start();
        other.Join();
        s_lock.ExitReadLock();
    }
}
