using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

// A custom SynchronizationContext that runs what is posted to it on the main thread (a message loop): await
// continuations come back to it, ConfigureAwait(false) ones do not; Task.Yield posts to it;
// TaskScheduler.FromCurrentSynchronizationContext runs tasks there; Send, CreateCopy and the base context's Post.
sealed class LoopContext : SynchronizationContext
{
    private readonly Queue<KeyValuePair<SendOrPostCallback, object>> m_queue = new Queue<KeyValuePair<SendOrPostCallback, object>>();
    public int Posts;

    public override void Post(SendOrPostCallback d, object state)
    {
        lock (m_queue)
        {
            Posts++;
            m_queue.Enqueue(new KeyValuePair<SendOrPostCallback, object>(d, state));
        }
    }

    public override SynchronizationContext CreateCopy() { return this; }

    // Runs posted work on this thread until task completes.
    public void RunUntil(Task task)
    {
        SynchronizationContext previous = SynchronizationContext.Current;
        SynchronizationContext.SetSynchronizationContext(this);
        while (!task.IsCompleted)
        {
            KeyValuePair<SendOrPostCallback, object> item = default(KeyValuePair<SendOrPostCallback, object>);
            bool have = false;
            lock (m_queue)
            {
                if (m_queue.Count > 0) { item = m_queue.Dequeue(); have = true; }
            }
            if (have) item.Key(item.Value);
            else Task.Delay(1).Wait();
        }
        SynchronizationContext.SetSynchronizationContext(previous);
    }
}

static class SyncContextAwait
{
    static LoopContext s_loop = new LoopContext();
    static List<string> s_log = new List<string>();

    static void Log(string what) { lock (s_log) s_log.Add(what); }

    static async Task Work()
    {
        Log("start on loop: " + (SynchronizationContext.Current == s_loop));
        await Task.Delay(10);
        Log("after await Delay on loop: " + (SynchronizationContext.Current == s_loop));
        await Task.Run(() => 1);
        Log("after await Task.Run on loop: " + (SynchronizationContext.Current == s_loop));
        await Task.Yield();
        Log("after Task.Yield on loop: " + (SynchronizationContext.Current == s_loop));
        await Task.Delay(10).ConfigureAwait(false);
        Log("after ConfigureAwait(false) on loop: " + (SynchronizationContext.Current == s_loop));
        await Task.Delay(10);
        Log("and stays off it: " + (SynchronizationContext.Current == s_loop));
    }

    static void Main()
    {
        Task work = null;
        s_loop.RunUntil(Task.Run(() => { }).ContinueWith(t => { }));
        SynchronizationContext.SetSynchronizationContext(s_loop);
        work = Work();
        SynchronizationContext.SetSynchronizationContext(null);
        s_loop.RunUntil(work);
        work.Wait();
        foreach (string line in s_log) Console.WriteLine(line);
        Console.WriteLine("posted to the loop: " + (s_loop.Posts > 0));

        SynchronizationContext.SetSynchronizationContext(s_loop);
        TaskScheduler onLoop = TaskScheduler.FromCurrentSynchronizationContext();
        SynchronizationContext.SetSynchronizationContext(null);
        int before = s_loop.Posts;
        Task<bool> scheduled = Task.Factory.StartNew(() => SynchronizationContext.Current == s_loop, CancellationToken.None, TaskCreationOptions.None, onLoop);
        s_loop.RunUntil(scheduled);
        Console.WriteLine("task on FromCurrentSynchronizationContext ran on loop: " + scheduled.Result + ", posted: " + (s_loop.Posts - before));
        Console.WriteLine("scheduler concurrency: " + onLoop.MaximumConcurrencyLevel);
        try { TaskScheduler.FromCurrentSynchronizationContext(); }
        catch (InvalidOperationException) { Console.WriteLine("no current context: InvalidOperationException"); }

        int sent = 0;
        new SynchronizationContext().Send(s => sent = (int)s, 7);
        Console.WriteLine("Send runs at once: " + sent);
        Console.WriteLine("CreateCopy of the base: " + (new SynchronizationContext().CreateCopy().GetType() == typeof(SynchronizationContext)));
        TaskCompletionSource<bool> posted = new TaskCompletionSource<bool>();
        new SynchronizationContext().Post(s => posted.SetResult(SynchronizationContext.Current == null), null);
        Console.WriteLine("base Post runs on the pool without a context: " + posted.Task.Result);
    }
}
