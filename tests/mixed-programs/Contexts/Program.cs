// expect-stdout-file: Program.out
// (Mono flows SynchronizationContext.Current with the ExecutionContext, so after ConfigureAwait(false) it still sees
// the loop; on .NET the current context is per thread and the pool thread has none.)
using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

// Runtime-async methods (RtAsync, Async.il under Kiln) resumed where .NET resumes them (spec §7): under a
// SynchronizationContext (a message loop on the main thread), an await that really suspends — of Task.Delay through
// its async version, of a stored task, of Task.Yield, of a classic async method — comes back to that context;
// ConfigureAwait(false) resumes on the pool instead; AsyncLocal values flow across awaits, and what a runtime-async
// method sets does not leak to its caller; without a context the chains resume on pool threads.
sealed class LoopContext : SynchronizationContext
{
    private readonly Queue<KeyValuePair<SendOrPostCallback, object>> m_queue = new Queue<KeyValuePair<SendOrPostCallback, object>>();

    public override void Post(SendOrPostCallback d, object state)
    {
        lock (m_queue) m_queue.Enqueue(new KeyValuePair<SendOrPostCallback, object>(d, state));
    }

    // Starts work with this context current and runs what is posted to it until the task completes.
    public T Run<T>(Func<Task<T>> work)
    {
        SynchronizationContext previous = SynchronizationContext.Current;
        SynchronizationContext.SetSynchronizationContext(this);
        Task<T> task = work();
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
        return task.Result;
    }
}

class Program
{
    static void Main()
    {
        LoopContext loop = new LoopContext();
        Console.WriteLine("await Task.Delay returns to the context: " + loop.Run(() => RtAsync.DelayOnContext(loop)));
        Console.WriteLine("ConfigureAwait(false) does not: " + loop.Run(() => RtAsync.DelayConfiguredFalse(loop)));
        Console.WriteLine("await of a stored task returns to the context: " + loop.Run(() => RtAsync.StoredTaskOnContext(loop)));
        Console.WriteLine("Task.Yield returns to the context: " + loop.Run(() => RtAsync.YieldOnContext(loop)));
        Console.WriteLine("await of a classic async method returns to the context: " + loop.Run(() => RtAsync.ClassicOnContext(loop)));
        Console.WriteLine("nested runtime-async calls return to the context: " + loop.Run(() => RtAsync.Nested(loop, 5)));
        Console.WriteLine("without a context, resumed without one: " + !RtAsync.DelayOnContext(loop).Result);

        AsyncLocal<int> local = new AsyncLocal<int>();
        local.Value = 7;
        Console.WriteLine("AsyncLocal before and after an await: " + RtAsync.LocalAcrossAwait(local).Result);
        Console.WriteLine("AsyncLocal in Task.Run of runtime-async code: " + Task.Run(() => RtAsync.LocalAcrossAwait(local)).Result);

        Task<int> setter = RtAsync.SetsLocal(local);
        Console.WriteLine("after a call that set them: AsyncLocal " + local.Value + ", context " + (SynchronizationContext.Current == null));
        Console.WriteLine("inside it saw its own value: " + setter.Result);

        int[] sums = new int[8];
        Task<int>[] tasks = new Task<int>[sums.Length];
        for (int i = 0; i < tasks.Length; i++) tasks[i] = RtAsync.SumOnPool(100);
        Task.WaitAll(tasks);
        int total = 0;
        foreach (Task<int> t in tasks) total += t.Result;
        Console.WriteLine("8 chains of 100 yields each, summed: " + total);
    }
}
