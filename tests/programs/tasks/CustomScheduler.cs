using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

// A TaskScheduler subclass that queues tasks and runs them when pumped (QueueTask, TryExecuteTask,
// TryExecuteTaskInline), TaskScheduler.Current inside its tasks and their continuations, an await inside one of its
// tasks coming back to it; and the ThreadPool's queueing members and thread counts.
sealed class PumpScheduler : TaskScheduler
{
    private readonly Queue<Task> m_queue = new Queue<Task>();
    public int Queued;
    public int Inlined;

    protected override void QueueTask(Task task)
    {
        lock (m_queue)
        {
            Queued++;
            m_queue.Enqueue(task);
        }
    }

    protected override bool TryExecuteTaskInline(Task task, bool taskWasPreviouslyQueued)
    {
        if (taskWasPreviouslyQueued) return false;
        Inlined++;
        return TryExecuteTask(task);
    }

    protected override IEnumerable<Task> GetScheduledTasks()
    {
        lock (m_queue) return m_queue.ToArray();
    }

    public override int MaximumConcurrencyLevel { get { return 1; } }

    // Runs queued tasks until done completes.
    public void PumpUntil(Task done)
    {
        while (!done.IsCompleted)
        {
            Task next = null;
            lock (m_queue)
            {
                if (m_queue.Count > 0) next = m_queue.Dequeue();
            }
            if (next != null) TryExecuteTask(next);
            else Task.Delay(1).Wait();
        }
    }
}

static class CustomScheduler
{
    static void Main()
    {
        PumpScheduler pump = new PumpScheduler();
        TaskFactory factory = new TaskFactory(pump);

        Task<bool> onPump = factory.StartNew(() => TaskScheduler.Current == pump);
        Console.WriteLine("queued, not run yet: " + onPump.Status + ", queued " + pump.Queued);
        pump.PumpUntil(onPump);
        Console.WriteLine("Current inside: " + onPump.Result);

        Task<string> continued = onPump.ContinueWith(t => "continuation on pump: " + (TaskScheduler.Current == pump), pump);
        pump.PumpUntil(continued);
        Console.WriteLine(continued.Result);

        Task<bool> hidden = factory.StartNew(() => TaskScheduler.Current == TaskScheduler.Default, CancellationToken.None, TaskCreationOptions.HideScheduler, pump);
        pump.PumpUntil(hidden);
        Console.WriteLine("HideScheduler shows the default: " + hidden.Result);

        Task<int> awaiting = factory.StartNew(async () =>
        {
            await Task.Delay(10);
            return TaskScheduler.Current == pump ? 1 : 0;
        }).Unwrap();
        pump.PumpUntil(awaiting);
        Console.WriteLine("an await in a pump task resumes on the pump: " + (awaiting.Result == 1));

        Task sync = new Task(() => { });
        sync.RunSynchronously(pump);
        Console.WriteLine("RunSynchronously inlined: " + (pump.Inlined > 0) + ", " + sync.Status);
        Console.WriteLine("scheduler ids differ: " + (pump.Id != TaskScheduler.Default.Id) + ", concurrency " + pump.MaximumConcurrencyLevel);

        TaskCompletionSource<int> a = new TaskCompletionSource<int>();
        TaskCompletionSource<int> b = new TaskCompletionSource<int>();
        TaskCompletionSource<string> c = new TaskCompletionSource<string>();
        ThreadPool.QueueUserWorkItem(s => a.SetResult((int)s), 1);
        ThreadPool.QueueUserWorkItem(s => b.SetResult(s + 1), 2, false);
        ThreadPool.UnsafeQueueUserWorkItem(s => c.SetResult((string)s), "three");
        Console.WriteLine("pool items: " + a.Task.Result + " " + b.Task.Result + " " + c.Task.Result);

        int minWorkers, minIo, maxWorkers, maxIo, availableWorkers, availableIo;
        ThreadPool.GetMinThreads(out minWorkers, out minIo);
        ThreadPool.GetMaxThreads(out maxWorkers, out maxIo);
        ThreadPool.GetAvailableThreads(out availableWorkers, out availableIo);
        Console.WriteLine("min <= max: " + (minWorkers <= maxWorkers && minIo <= maxIo) + ", available <= max: " + (availableWorkers <= maxWorkers));
        Console.WriteLine("SetMinThreads above max: " + ThreadPool.SetMinThreads(maxWorkers + 1, minIo));
        Console.WriteLine("SetMinThreads(min): " + ThreadPool.SetMinThreads(minWorkers, minIo));
    }
}
