// tags: slow
using System;
using System.Threading;
using System.Threading.Tasks;

// Stress: 100,000 tasks alive at once, each awaiting Task.Yield ten times (every await suspends and resumes on the
// thread pool), then all awaited through Task.WhenAll. Only totals are printed, so the output does not depend on
// which pool thread runs which continuation or in what order.
static class ManyTasksYield
{
    const int Tasks = 100000;
    const int Yields = 10;
    static int s_resumed;
    static int s_started;

    static async Task<long> Work(int id)
    {
        Interlocked.Increment(ref s_started);
        long acc = id;
        for (int i = 0; i < Yields; i++)
        {
            await Task.Yield();
            Interlocked.Increment(ref s_resumed);
            acc += i;
        }
        return acc;
    }

    static async Task<int> Run()
    {
        Task<long>[] tasks = new Task<long>[Tasks];
        for (int i = 0; i < Tasks; i++) tasks[i] = Work(i);
        long[] results = await Task.WhenAll(tasks);
        long sum = 0;
        int wrong = 0;
        for (int i = 0; i < Tasks; i++)
        {
            sum += results[i];
            if (results[i] != i + Yields * (Yields - 1) / 2) wrong++;
        }
        Console.WriteLine("tasks " + Tasks + ", started " + s_started + ", resumed " + s_resumed + ", wrong results " + wrong);
        Console.WriteLine("sum " + sum);
        int completed = 0;
        foreach (Task<long> t in tasks) if (t.Status == TaskStatus.RanToCompletion) completed++;
        Console.WriteLine("ran to completion " + completed);
        return wrong == 0 && s_resumed == Tasks * Yields ? 0 : 1;
    }

    static int Main()
    {
        // A second round reuses the pool after the first has drained it.
        int first = Run().Result;
        s_started = 0;
        s_resumed = 0;
        int second = Run().GetAwaiter().GetResult();
        return first + second;
    }
}
