namespace System.Threading
{
    // Thrown when a thread releases, waits on or pulses a lock it does not hold (Monitor, SpinLock with owner tracking).
    public class SynchronizationLockException : SystemException
    {
        public SynchronizationLockException()
            : base("Object synchronization method was called from an unsynchronized block of code.") { }
        public SynchronizationLockException(string message) : base(message) { }
        public SynchronizationLockException(string message, Exception innerException) : base(message, innerException) { }
    }
}
