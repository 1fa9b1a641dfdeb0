// Where an await's continuation runs when the awaited task completes on another thread (.NET's
// IsValidLocationForInlining): with no context captured, inline on the completing thread only if that thread's
// SynchronizationContext is null or exactly the base class and TaskScheduler.Current is the default; otherwise on
// the pool. Internal completion actions (WhenAll, Wait) still run on the completing thread.
using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

class DerivedContext : SynchronizationContext { }

// Runs each task on a thread of its own, so TaskScheduler.Current is this scheduler inside it.
class ThreadPerTaskScheduler : TaskScheduler
{
    protected override void QueueTask(Task task) { new Thread(() => TryExecuteTask(task)).Start(); }
    protected override bool TryExecuteTaskInline(Task task, bool previouslyQueued) { return false; }
    protected override IEnumerable<Task> GetScheduledTasks() { return null; }
}

class AwaitInliningTest
{
    static int s_completer;
    static int s_resumedOn;
    static bool s_resumedOnPool;

    static async Task AwaitIt(Task t, bool continueOnCapturedContext, ManualResetEvent suspended, ManualResetEvent done)
    {
        suspended.Set();
        await t.ConfigureAwait(continueOnCapturedContext);
        s_resumedOn = Thread.CurrentThread.ManagedThreadId;
        s_resumedOnPool = Thread.CurrentThread.IsThreadPoolThread;
        done.Set();
    }

    // A thread of its own awaits tcs.Task; complete runs on this thread (the completer) with its contexts set.
    static void Case(string name, bool continueOnCapturedContext, Action<Action> completeIn)
    {
        var tcs = new TaskCompletionSource<bool>();
        var suspended = new ManualResetEvent(false);
        var done = new ManualResetEvent(false);
        var waiter = new Thread(() => AwaitIt(tcs.Task, continueOnCapturedContext, suspended, done));
        waiter.Start();
        suspended.WaitOne();
        Thread.Sleep(20); // let the await suspend
        completeIn(() =>
        {
            s_completer = Thread.CurrentThread.ManagedThreadId;
            tcs.SetResult(true);
        });
        if (!done.WaitOne(5000)) { Console.WriteLine(name + ": never resumed"); return; }
        waiter.Join();
        Console.WriteLine(name + ": inline on completer " + (s_resumedOn == s_completer) + ", on pool " + s_resumedOnPool);
    }

    static void OnThreadWith(SynchronizationContext context, Action complete)
    {
        var t = new Thread(() =>
        {
            SynchronizationContext.SetSynchronizationContext(context);
            complete();
        });
        t.Start();
        t.Join();
    }

    static void InSchedulerTask(Action complete)
    {
        Task.Factory.StartNew(complete, CancellationToken.None, TaskCreationOptions.None, new ThreadPerTaskScheduler()).Wait();
    }

    static int Main()
    {
        Case("no context", true, c => OnThreadWith(null, c));
        Case("base context", true, c => OnThreadWith(new SynchronizationContext(), c));
        Case("derived context", true, c => OnThreadWith(new DerivedContext(), c));
        Case("derived context, ConfigureAwait(false)", false, c => OnThreadWith(new DerivedContext(), c));
        Case("custom scheduler's task", true, c => InSchedulerTask(c));
        Case("custom scheduler's task, ConfigureAwait(false)", false, c => InSchedulerTask(c));

        // WhenAll and Wait complete from the completing thread whatever its context
        var a = new TaskCompletionSource<int>();
        var all = Task.WhenAll(a.Task);
        int allCompletedOn = 0;
        all.ContinueWith(_ => allCompletedOn = Thread.CurrentThread.ManagedThreadId, TaskContinuationOptions.ExecuteSynchronously);
        int setter = 0;
        OnThreadWith(new DerivedContext(), () => { setter = Thread.CurrentThread.ManagedThreadId; a.SetResult(1); });
        all.Wait();
        Console.WriteLine("WhenAll completed on the completing thread: " + (allCompletedOn == setter));
        return 0;
    }
}
