// TaskFactory.FromAsync over Begin/End pairs (0 to 3 arguments, with and without a result, completing synchronously
// or later on another thread, End throwing, Begin throwing) and over a bare IAsyncResult; Task as IAsyncResult.
using System;
using System.Threading;
using System.Threading.Tasks;

// A minimal asynchronous-programming-model operation: completes on a thread of its own, or inside Begin.
class Operation : IAsyncResult
{
    readonly ManualResetEvent m_done = new ManualResetEvent(false);
    readonly AsyncCallback m_callback;
    readonly object m_state;
    volatile bool m_completed;
    bool m_synchronously;
    internal int Value;
    internal Exception Failure;

    Operation(AsyncCallback callback, object state) { m_callback = callback; m_state = state; }

    public object AsyncState { get { return m_state; } }
    public WaitHandle AsyncWaitHandle { get { return m_done; } }
    public bool CompletedSynchronously { get { return m_synchronously; } }
    public bool IsCompleted { get { return m_completed; } }

    void Complete(int value, Exception failure, bool synchronously)
    {
        Value = value;
        Failure = failure;
        m_synchronously = synchronously;
        m_completed = true;
        m_done.Set();
        if (m_callback != null) m_callback(this);
    }

    internal static Operation Begin(int value, Exception failure, bool synchronously, AsyncCallback callback, object state)
    {
        Operation op = new Operation(callback, state);
        if (synchronously) op.Complete(value, failure, true);
        else new Thread(() => { Thread.Sleep(20); op.Complete(value, failure, false); }).Start();
        return op;
    }

    internal static int End(IAsyncResult result)
    {
        Operation op = (Operation)result;
        op.m_done.WaitOne();
        if (op.Failure != null) throw op.Failure;
        return op.Value;
    }
}

class Service
{
    public bool Sync;
    public IAsyncResult BeginNone(AsyncCallback cb, object state) { return Operation.Begin(0, null, Sync, cb, state); }
    public IAsyncResult BeginOne(int a, AsyncCallback cb, object state) { return Operation.Begin(a, null, Sync, cb, state); }
    public IAsyncResult BeginTwo(int a, int b, AsyncCallback cb, object state) { return Operation.Begin(a + b, null, Sync, cb, state); }
    public IAsyncResult BeginThree(int a, string b, int c, AsyncCallback cb, object state) { return Operation.Begin(a * c + b.Length, null, Sync, cb, state); }
    public IAsyncResult BeginFail(string message, AsyncCallback cb, object state) { return Operation.Begin(0, new InvalidOperationException(message), Sync, cb, state); }
    public IAsyncResult BeginCancel(AsyncCallback cb, object state) { return Operation.Begin(0, new OperationCanceledException(), Sync, cb, state); }
    public IAsyncResult BeginThrows(AsyncCallback cb, object state) { throw new NotSupportedException("begin"); }
    public int EndInt(IAsyncResult r) { return Operation.End(r); }
    public void EndVoid(IAsyncResult r) { Operation.End(r); }
}

class FromAsyncTest
{
    static void Show(string what, Task t)
    {
        try { t.Wait(); }
        catch (AggregateException e) { Console.WriteLine(what + ": " + t.Status + " " + e.InnerException.GetType().Name + " " + e.InnerException.Message); return; }
        Task<int> ti = t as Task<int>;
        Console.WriteLine(what + ": " + t.Status + (ti != null ? " " + ti.Result : "") + " state=" + (t.AsyncState ?? "null"));
    }

    static void Run(bool sync)
    {
        Service s = new Service { Sync = sync };
        string mode = sync ? "sync" : "async";
        TaskFactory f = Task.Factory;
        Show(mode + " none void", f.FromAsync(s.BeginNone, s.EndVoid, "st0"));
        Show(mode + " none int", f.FromAsync<int>(s.BeginNone, s.EndInt, null));
        Show(mode + " one void", f.FromAsync(s.BeginOne, s.EndVoid, 5, "st1"));
        Show(mode + " one int", f.FromAsync(s.BeginOne, s.EndInt, 5, null));
        Show(mode + " two int", f.FromAsync(s.BeginTwo, s.EndInt, 5, 6, "st2"));
        Show(mode + " two void", f.FromAsync(s.BeginTwo, s.EndVoid, 5, 6, null, TaskCreationOptions.None));
        Show(mode + " three int", f.FromAsync(s.BeginThree, s.EndInt, 2, "abc", 7, "st3"));
        Show(mode + " three void", f.FromAsync(s.BeginThree, s.EndVoid, 2, "abc", 7, null));
        Show(mode + " generic factory", new TaskFactory<int>().FromAsync(s.BeginTwo, s.EndInt, 1, 2, null));
        Show(mode + " fault", f.FromAsync(s.BeginFail, s.EndVoid, "boom", null));
        Show(mode + " cancel", f.FromAsync(s.BeginCancel, s.EndVoid, null));
        Show(mode + " iasyncresult", f.FromAsync(s.BeginTwo(3, 4, null, "st4"), s.EndInt));
        Show(mode + " iasyncresult void", f.FromAsync(s.BeginTwo(3, 4, null, null), s.EndVoid));
    }

    static async Task<int> AwaitIt()
    {
        Service s = new Service();
        int a = await Task.Factory.FromAsync(s.BeginOne, s.EndInt, 40, null);
        int b = await Task<int>.Factory.FromAsync(s.BeginOne, s.EndInt, 2, null);
        return a + b;
    }

    static int Main()
    {
        Run(true);
        Run(false);
        try { Task.Factory.FromAsync(new Service().BeginThrows, new Service().EndVoid, null); Console.WriteLine("no throw"); }
        catch (NotSupportedException e) { Console.WriteLine("begin threw: " + e.Message); }
        try { Task.Factory.FromAsync(new Service().BeginNone, new Service().EndVoid, null, TaskCreationOptions.LongRunning); Console.WriteLine("no throw"); }
        catch (ArgumentOutOfRangeException e) { Console.WriteLine("options: " + e.ParamName); }
        Console.WriteLine("awaited: " + AwaitIt().Result);

        // Task as IAsyncResult
        ManualResetEventSlim gate = new ManualResetEventSlim();
        Task<int> t = Task.Factory.StartNew(st => { gate.Wait(); return 7; }, "state");
        IAsyncResult ar = t;
        Console.WriteLine("before: " + ar.IsCompleted + " " + ar.CompletedSynchronously + " " + ar.AsyncState + " signaled=" + ar.AsyncWaitHandle.WaitOne(0));
        gate.Set();
        Console.WriteLine("waited: " + ar.AsyncWaitHandle.WaitOne(5000) + " " + ar.IsCompleted + " " + t.Result);
        IAsyncResult done = Task.FromResult(1);
        Console.WriteLine("completed: " + done.AsyncWaitHandle.WaitOne(0) + " " + done.CompletedSynchronously);
        // FromAsync over a Task as the IAsyncResult
        Task<int> inner = Task.Run(() => { Thread.Sleep(20); return 9; });
        Show("over task", Task.Factory.FromAsync<int>(inner, r => ((Task<int>)r).Result * 2));
        var tcs = new TaskCompletionSource<int>("tcs-state");
        Console.WriteLine("tcs state: " + tcs.Task.AsyncState);
        return 0;
    }
}
