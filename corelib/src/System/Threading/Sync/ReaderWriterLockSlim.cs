using System.Collections.Generic;

namespace System.Threading
{
    public enum LockRecursionPolicy
    {
        NoRecursion = 0,
        SupportsRecursion = 1,
    }

    // Many readers or one writer; one more kind, the upgradeable reader, reads alongside readers and may become the
    // writer without letting anyone else write in between. Waiting writers hold back new readers, so writers are not
    // starved. Who holds what is recorded per thread, to enforce the recursion policy and release checks as .NET does.
    public class ReaderWriterLockSlim : IDisposable
    {
        private readonly object m_gate = new object();
        private readonly bool m_recursive;
        private readonly Dictionary<int, int> m_readers = new Dictionary<int, int>(); // thread id -> read recursion
        private int m_writer;           // owning thread id, 0 when none
        private int m_writeRecursion;
        private int m_upgrader;         // owning thread id of the upgradeable lock, 0 when none
        private int m_upgradeRecursion;
        private int m_waitingReaders;
        private int m_waitingWriters;
        private int m_waitingUpgraders;
        private bool m_disposed;

        public ReaderWriterLockSlim() : this(LockRecursionPolicy.NoRecursion) { }

        public ReaderWriterLockSlim(LockRecursionPolicy recursionPolicy)
        {
            m_recursive = recursionPolicy == LockRecursionPolicy.SupportsRecursion;
        }

        public LockRecursionPolicy RecursionPolicy
        {
            get { return m_recursive ? LockRecursionPolicy.SupportsRecursion : LockRecursionPolicy.NoRecursion; }
        }

        // ---- read ----

        public void EnterReadLock() { TryEnterReadLock(Blocking.Infinite); }

        public bool TryEnterReadLock(TimeSpan timeout) { return TryEnterReadLock(ToTimeout(timeout)); }

        public bool TryEnterReadLock(int millisecondsTimeout)
        {
            CheckTimeout(millisecondsTimeout);
            ThrowIfDisposed();
            int me = Blocking.CurrentThreadId;
            long deadline = Blocking.Deadline(millisecondsTimeout);
            lock (m_gate)
            {
                int held;
                m_readers.TryGetValue(me, out held);
                if (!m_recursive)
                {
                    if (held > 0) throw new LockRecursionException("Recursive read lock acquisitions not allowed in this mode.");
                    if (m_writer == me) throw new LockRecursionException("A read lock may not be acquired with the write lock held in this mode.");
                }
                // a thread that already reads, writes or may upgrade does not queue behind waiting writers
                if (held == 0 && m_writer != me && m_upgrader != me)
                {
                    while (m_writer != 0 || m_waitingWriters > 0)
                    {
                        int left = Blocking.Remaining(deadline);
                        if (left == 0) return false;
                        m_waitingReaders++;
                        try { Blocking.Wait(m_gate, left); }
                        finally { m_waitingReaders--; }
                    }
                }
                m_readers[me] = held + 1;
                return true;
            }
        }

        public void ExitReadLock()
        {
            int me = Blocking.CurrentThreadId;
            lock (m_gate)
            {
                int held;
                if (!m_readers.TryGetValue(me, out held))
                    throw new SynchronizationLockException("The read lock is being released without being held.");
                if (held == 1)
                {
                    m_readers.Remove(me);
                    if (m_readers.Count == 0) Blocking.WakeAll(m_gate);
                }
                else m_readers[me] = held - 1;
            }
        }

        // ---- upgradeable read ----

        public void EnterUpgradeableReadLock() { TryEnterUpgradeableReadLock(Blocking.Infinite); }

        public bool TryEnterUpgradeableReadLock(TimeSpan timeout) { return TryEnterUpgradeableReadLock(ToTimeout(timeout)); }

        public bool TryEnterUpgradeableReadLock(int millisecondsTimeout)
        {
            CheckTimeout(millisecondsTimeout);
            ThrowIfDisposed();
            int me = Blocking.CurrentThreadId;
            long deadline = Blocking.Deadline(millisecondsTimeout);
            lock (m_gate)
            {
                if (m_upgrader == me)
                {
                    if (!m_recursive) throw new LockRecursionException("Recursive upgradeable lock acquisitions not allowed in this mode.");
                    m_upgradeRecursion++;
                    return true;
                }
                if (m_readers.ContainsKey(me))
                {
                    if (!m_recursive || m_writer != me)
                        throw new LockRecursionException("Upgradeable lock may not be acquired with read lock held.");
                }
                if (m_writer == me)
                {
                    if (!m_recursive)
                        throw new LockRecursionException("Upgradeable lock may not be acquired with write lock held in this mode. Acquiring Upgradeable lock gives the ability to read along with an option to upgrade to a writer.");
                }
                else
                {
                    while (m_upgrader != 0 || m_writer != 0 || m_waitingWriters > 0)
                    {
                        int left = Blocking.Remaining(deadline);
                        if (left == 0) return false;
                        m_waitingUpgraders++;
                        try { Blocking.Wait(m_gate, left); }
                        finally { m_waitingUpgraders--; }
                    }
                }
                m_upgrader = me;
                m_upgradeRecursion = 1;
                return true;
            }
        }

        public void ExitUpgradeableReadLock()
        {
            int me = Blocking.CurrentThreadId;
            lock (m_gate)
            {
                if (m_upgrader != me)
                    throw new SynchronizationLockException("The upgradeable lock is being released without being held.");
                if (--m_upgradeRecursion == 0)
                {
                    m_upgrader = 0;
                    Blocking.WakeAll(m_gate);
                }
            }
        }

        // ---- write ----

        public void EnterWriteLock() { TryEnterWriteLock(Blocking.Infinite); }

        public bool TryEnterWriteLock(TimeSpan timeout) { return TryEnterWriteLock(ToTimeout(timeout)); }

        public bool TryEnterWriteLock(int millisecondsTimeout)
        {
            CheckTimeout(millisecondsTimeout);
            ThrowIfDisposed();
            int me = Blocking.CurrentThreadId;
            long deadline = Blocking.Deadline(millisecondsTimeout);
            lock (m_gate)
            {
                if (m_writer == me)
                {
                    if (!m_recursive) throw new LockRecursionException("Recursive write lock acquisitions not allowed in this mode.");
                    m_writeRecursion++;
                    return true;
                }
                // reads taken inside one's own upgradeable lock do not stop the upgrade (recursive policy only)
                if (m_readers.ContainsKey(me) && !(m_recursive && m_upgrader == me))
                    throw new LockRecursionException("Write lock may not be acquired with read lock held. This pattern is prone to deadlocks. Please ensure that read locks are released before taking a write lock. If an upgrade is necessary, use an upgrade lock in place of the read lock.");
                // an upgrade waits only for the readers; a plain writer also for the upgradeable holder
                while (m_writer != 0 || OtherReaders(me) > 0 || (m_upgrader != 0 && m_upgrader != me))
                {
                    int left = Blocking.Remaining(deadline);
                    if (left == 0) return false;
                    m_waitingWriters++;
                    try { Blocking.Wait(m_gate, left); }
                    finally
                    {
                        // a writer that gives up lets the readers it held back through
                        if (--m_waitingWriters == 0 && m_writer == 0) Blocking.WakeAll(m_gate);
                    }
                }
                m_writer = me;
                m_writeRecursion = 1;
                return true;
            }
        }

        // Under m_gate: the threads other than me that hold the read lock.
        private int OtherReaders(int me) { return m_readers.Count - (m_readers.ContainsKey(me) ? 1 : 0); }

        public void ExitWriteLock()
        {
            int me = Blocking.CurrentThreadId;
            lock (m_gate)
            {
                if (m_writer != me)
                    throw new SynchronizationLockException("The write lock is being released without being held.");
                if (--m_writeRecursion == 0)
                {
                    m_writer = 0;
                    Blocking.WakeAll(m_gate);
                }
            }
        }

        // ---- what is held ----

        public bool IsReadLockHeld { get { return RecursiveReadCount > 0; } }

        public bool IsUpgradeableReadLockHeld { get { return RecursiveUpgradeCount > 0; } }

        public bool IsWriteLockHeld { get { return RecursiveWriteCount > 0; } }

        // The threads that hold the read lock.
        public int CurrentReadCount { get { lock (m_gate) return m_readers.Count; } }

        public int RecursiveReadCount
        {
            get
            {
                lock (m_gate)
                {
                    int held;
                    m_readers.TryGetValue(Blocking.CurrentThreadId, out held);
                    return held;
                }
            }
        }

        public int RecursiveUpgradeCount
        {
            get { lock (m_gate) return m_upgrader == Blocking.CurrentThreadId ? m_upgradeRecursion : 0; }
        }

        public int RecursiveWriteCount
        {
            get { lock (m_gate) return m_writer == Blocking.CurrentThreadId ? m_writeRecursion : 0; }
        }

        public int WaitingReadCount { get { lock (m_gate) return m_waitingReaders; } }

        public int WaitingUpgradeCount { get { lock (m_gate) return m_waitingUpgraders; } }

        public int WaitingWriteCount { get { lock (m_gate) return m_waitingWriters; } }

        public void Dispose()
        {
            lock (m_gate)
            {
                if (m_disposed) return;
                if (m_readers.Count > 0 || m_writer != 0 || m_upgrader != 0 || m_waitingReaders > 0 || m_waitingWriters > 0 || m_waitingUpgraders > 0)
                    throw new SynchronizationLockException("The lock is being disposed while still being used. It either is being held by a thread and/or has active waiters waiting to acquire the lock.");
                m_disposed = true;
            }
        }

        private void ThrowIfDisposed()
        {
            if (m_disposed) throw new ObjectDisposedException(null, "Cannot access a disposed object.");
        }

        private static int ToTimeout(TimeSpan timeout)
        {
            long ms = (long)timeout.TotalMilliseconds;
            if (ms < -1 || ms > int.MaxValue) throw new ArgumentOutOfRangeException("timeout");
            return (int)ms;
        }

        private static void CheckTimeout(int millisecondsTimeout)
        {
            if (millisecondsTimeout < -1) throw new ArgumentOutOfRangeException("millisecondsTimeout");
        }
    }
}
