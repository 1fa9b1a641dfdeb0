// tags: slow
using System;
using System.Threading;
using System.Threading.Tasks;

// Work items run on pool threads, and when every worker blocks on something only a later queued item can release,
// the pool adds workers (starvation injection) until that item runs: no deadlock.
static class PoolStarvation
{
    static void Main()
    {
        TaskCompletionSource<bool> onPool = new TaskCompletionSource<bool>();
        ThreadPool.QueueUserWorkItem(s => onPool.SetResult(Thread.CurrentThread.IsThreadPoolThread));
        Console.WriteLine("work item on a pool thread: " + onPool.Task.Result + ", Main is not: " + !Thread.CurrentThread.IsThreadPoolThread);

        TaskCompletionSource<bool> gate = new TaskCompletionSource<bool>();
        int blockers = Environment.ProcessorCount + 2;
        Task[] blocked = new Task[blockers];
        for (int i = 0; i < blockers; i++) blocked[i] = Task.Run(() => gate.Task.Wait());
        ThreadPool.QueueUserWorkItem(s => gate.SetResult(true));
        Console.WriteLine("all released: " + Task.WaitAll(blocked, 60000));
    }
}
