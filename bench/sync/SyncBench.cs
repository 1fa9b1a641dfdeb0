// Benchmarks of issue 17's synchronization piece, one per run: `SyncBench NAME N` prints "NAME ms checksum".
//   parallel-for    Parallel.For over N ints with a per-worker subtotal (localInit/localFinally): the sum of 0..N-1
//   sem-pingpong    two tasks hand a turn back and forth N times through two SemaphoreSlims (blocking Wait)
//   sem-pingpong-async  the same with await WaitAsync
using System;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;

static class SyncBench
{
    static long ParallelFor(int n)
    {
        long total = 0;
        Parallel.For(0, n, () => 0L, (i, state, local) => local + i, local => Interlocked.Add(ref total, local));
        return total;
    }

    static long PingPong(int n)
    {
        var ping = new SemaphoreSlim(0);
        var pong = new SemaphoreSlim(0);
        long turns = 0;
        Task other = Task.Run(() =>
        {
            for (int i = 0; i < n; i++)
            {
                ping.Wait();
                turns++;
                pong.Release();
            }
        });
        Task me = Task.Run(() =>
        {
            for (int i = 0; i < n; i++)
            {
                ping.Release();
                pong.Wait();
            }
        });
        Task.WaitAll(other, me);
        return turns;
    }

    static async Task Ponger(SemaphoreSlim ping, SemaphoreSlim pong, int n, long[] turns)
    {
        for (int i = 0; i < n; i++)
        {
            await ping.WaitAsync();
            turns[0]++;
            pong.Release();
        }
    }

    static async Task Pinger(SemaphoreSlim ping, SemaphoreSlim pong, int n)
    {
        for (int i = 0; i < n; i++)
        {
            ping.Release();
            await pong.WaitAsync();
        }
    }

    static long PingPongAsync(int n)
    {
        var ping = new SemaphoreSlim(0);
        var pong = new SemaphoreSlim(0);
        long[] turns = new long[1];
        Task other = Task.Run(() => Ponger(ping, pong, n, turns));
        Task me = Task.Run(() => Pinger(ping, pong, n));
        Task.WaitAll(other, me);
        return turns[0];
    }

    static int Main(string[] args)
    {
        string name = args[0];
        int n = int.Parse(args[1]);
        Func<int, long> run;
        switch (name)
        {
            case "parallel-for": run = ParallelFor; break;
            case "sem-pingpong": run = PingPong; break;
            case "sem-pingpong-async": run = PingPongAsync; break;
            default: Console.Error.WriteLine("unknown benchmark " + name); return 2;
        }
        run(Math.Min(n, 1000)); // warm-up: first calls, pool threads started
        var watch = Stopwatch.StartNew();
        long checksum = run(n);
        watch.Stop();
        Console.WriteLine(name + " " + watch.Elapsed.TotalMilliseconds.ToString("F1") + " " + checksum);
        return 0;
    }
}
