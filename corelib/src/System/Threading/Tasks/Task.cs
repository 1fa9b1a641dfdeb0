namespace System.Threading.Tasks
{
    // Declarations only for now: the type system recognizes Task-returning methods and their async variants.
    // The implementation (scheduler, continuations, awaiters) comes with runtime async.
    public class Task
    {
        internal Task() { }
    }

    public class Task<TResult> : Task
    {
        internal TResult m_result;
        internal Task() { }
    }

    public struct ValueTask
    {
        internal object _obj;
    }

    public struct ValueTask<TResult>
    {
        internal object _obj;
        internal TResult _result;
    }
}
