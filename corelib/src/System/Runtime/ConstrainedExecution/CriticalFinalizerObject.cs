namespace System.Runtime.ConstrainedExecution
{
    // The base of objects whose finalizer must run (SafeHandle). Kiln runs no finalizers yet (the memory issue), so
    // this holds nothing: a subclass's finalizer is where a leaked handle would be released.
    public abstract class CriticalFinalizerObject
    {
        protected CriticalFinalizerObject() { }
    }
}
