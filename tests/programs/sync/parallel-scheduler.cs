// ParallelOptions.TaskScheduler: Parallel.For, ForEach and Invoke run their workers on the given scheduler (it is
// TaskScheduler.Current in every iteration) and take no more workers than its MaximumConcurrencyLevel.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

class CountingScheduler : TaskScheduler
{
    public int Queued;
    readonly int m_level;
    public CountingScheduler(int level) { m_level = level; }
    public override int MaximumConcurrencyLevel { get { return m_level; } }
    protected override void QueueTask(Task task)
    {
        Interlocked.Increment(ref Queued);
        ThreadPool.QueueUserWorkItem(_ => TryExecuteTask(task));
    }
    protected override bool TryExecuteTaskInline(Task task, bool previouslyQueued) { return TryExecuteTask(task); }
    protected override IEnumerable<Task> GetScheduledTasks() { return null; }
}

class ParallelSchedulerTest
{
    static int Main()
    {
        var wide = new CountingScheduler(int.MaxValue);
        var options = new ParallelOptions { TaskScheduler = wide, MaxDegreeOfParallelism = 4 };
        int wrong = 0;
        long sum = 0;
        Parallel.For(0, 200, options, i =>
        {
            if (TaskScheduler.Current != wide) Interlocked.Increment(ref wrong);
            Interlocked.Add(ref sum, i);
            Thread.Sleep(1);
        });
        Console.WriteLine("For: sum " + sum + ", Current wrong " + wrong + ", queued to it " + (wide.Queued > 0));

        wide.Queued = 0;
        int count = 0;
        Parallel.ForEach(Enumerable.Range(0, 100), options, i =>
        {
            if (TaskScheduler.Current != wide) Interlocked.Increment(ref wrong);
            Interlocked.Increment(ref count);
            Thread.Sleep(1);
        });
        Console.WriteLine("ForEach: count " + count + ", Current wrong " + wrong + ", queued to it " + (wide.Queued > 0));

        int invoked = 0;
        Action one = () => { if (TaskScheduler.Current != wide) Interlocked.Increment(ref wrong); Interlocked.Increment(ref invoked); Thread.Sleep(5); };
        Parallel.Invoke(options, one, one, one, one, one);
        Console.WriteLine("Invoke: " + invoked + ", Current wrong " + wrong);

        // MaximumConcurrencyLevel 1: one worker, so the body never runs twice at once
        var single = new CountingScheduler(1);
        int inside = 0, most = 0;
        Parallel.For(0, 50, new ParallelOptions { TaskScheduler = single }, i =>
        {
            int now = Interlocked.Increment(ref inside);
            if (now > most) most = now;
            Thread.Sleep(1);
            Interlocked.Decrement(ref inside);
        });
        Console.WriteLine("level 1: at most " + most + " at once");

        try
        {
            Parallel.For(0, 10, options, i => { if (i == 3) throw new InvalidOperationException("three"); });
        }
        catch (AggregateException e)
        {
            Console.WriteLine("fault: " + e.InnerException.Message);
        }
        Console.WriteLine("default options: " + (new ParallelOptions().TaskScheduler == TaskScheduler.Default));
        return 0;
    }
}
