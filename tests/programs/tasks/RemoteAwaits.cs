// tags: slow
using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

// Stress: 1,000,000 awaits, each on a TaskCompletionSource that another thread completes (almost always after the
// await has suspended). Four async chains each hand 250,000 completion sources to a dedicated completer thread through a
// Monitor-guarded queue; two chains resume inline on the completer thread, two (RunContinuationsAsynchronously) on
// the pool. Only totals are printed: the output does not depend on scheduling.
static class RemoteAwaits
{
    const int Chains = 4;
    const int AwaitsPerChain = 250000;

    sealed class Completer
    {
        readonly Queue<TaskCompletionSource<int>> _queue = new Queue<TaskCompletionSource<int>>();
        readonly Thread _thread;
        public int Completed;

        public Completer(int id)
        {
            _thread = new Thread(Loop);
            _thread.IsBackground = true;
            _thread.Name = "completer " + id;
            _thread.Start();
        }

        public void Post(TaskCompletionSource<int> tcs)
        {
            lock (_queue)
            {
                _queue.Enqueue(tcs);
                Monitor.Pulse(_queue);
            }
        }

        public void Stop()
        {
            Post(null);
            _thread.Join();
        }

        void Loop()
        {
            int n = 0;
            while (true)
            {
                TaskCompletionSource<int> tcs;
                lock (_queue)
                {
                    while (_queue.Count == 0) Monitor.Wait(_queue);
                    tcs = _queue.Dequeue();
                }
                if (tcs == null) return;
                n++;
                Completed++;
                tcs.SetResult(n);
            }
        }
    }

    static async Task<long> Chain(Completer completer, bool asynchronously)
    {
        long sum = 0;
        TaskCreationOptions options = asynchronously ? TaskCreationOptions.RunContinuationsAsynchronously : TaskCreationOptions.None;
        for (int i = 0; i < AwaitsPerChain; i++)
        {
            TaskCompletionSource<int> tcs = new TaskCompletionSource<int>(options);
            completer.Post(tcs);
            sum += await tcs.Task;
        }
        return sum;
    }

    static int Main()
    {
        Completer[] completers = new Completer[Chains];
        Task<long>[] chains = new Task<long>[Chains];
        for (int c = 0; c < Chains; c++)
        {
            completers[c] = new Completer(c);
            bool asynchronously = c % 2 == 1;
            Completer completer = completers[c];
            chains[c] = Task.Run(() => Chain(completer, asynchronously));
        }
        Task.WaitAll(chains);
        long expected = (long)AwaitsPerChain * (AwaitsPerChain + 1) / 2;
        int failures = 0;
        for (int c = 0; c < Chains; c++)
        {
            completers[c].Stop();
            bool ok = chains[c].Result == expected && completers[c].Completed == AwaitsPerChain;
            if (!ok) failures++;
            Console.WriteLine("chain " + c + (c % 2 == 1 ? " (asynchronous continuations)" : " (inline continuations)")
                + ": sum " + chains[c].Result + ", completed by its thread " + completers[c].Completed
                + (ok ? "" : " FAILED"));
        }
        Console.WriteLine("awaits " + Chains * AwaitsPerChain + ", failed chains " + failures);
        return failures == 0 ? 0 : 1;
    }
}
