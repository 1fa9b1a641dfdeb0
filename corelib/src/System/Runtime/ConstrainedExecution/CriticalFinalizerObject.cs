namespace System.Runtime.ConstrainedExecution
{
    // The base of objects whose finalizer must run (SafeHandle). As in .NET it has an (empty) finalizer, so every
    // subclass is finalizable.
    public abstract class CriticalFinalizerObject
    {
        protected CriticalFinalizerObject() { }

        ~CriticalFinalizerObject() { }
    }
}
