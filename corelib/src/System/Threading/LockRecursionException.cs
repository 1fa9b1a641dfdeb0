namespace System.Threading
{
    // Thrown when a thread enters again a lock that does not allow recursion (SpinLock with owner tracking).
    public class LockRecursionException : Exception
    {
        public LockRecursionException() : base("Recursive lock acquisition is not allowed in this context.") { }
        public LockRecursionException(string message) : base(message) { }
        public LockRecursionException(string message, Exception innerException) : base(message, innerException) { }
    }
}
