using System;
using System.Threading.Tasks;

// The benchmark as classic async code (mcs state machines): a loop awaiting Wrap3(i), where Wrap3 → Wrap2 → Wrap1 are
// ordinary Task-returning wrappers and the leaf is an async method that yields every YieldEvery-th call and, with
// Allocate set, allocates a small object per call.
sealed class Payload
{
    public int Value;
    public Payload(int value) { Value = value; }
}

static class WrapperChainClassic
{
    static int YieldEvery;
    static bool Allocate;
    static Payload Last;

    static async Task<int> Leaf(int i)
    {
        if (Allocate)
        {
            Last = new Payload(i);
            i = Last.Value;
        }
        if (YieldEvery != 0 && i % YieldEvery == 0) await Task.Yield();
        return i;
    }

    static Task<int> Wrap1(int i) { return Leaf(i); }
    static Task<int> Wrap2(int i) { return Wrap1(i); }
    static Task<int> Wrap3(int i) { return Wrap2(i); }

    static async Task<long> Loop(int n)
    {
        long sum = 0;
        for (int i = 0; i < n; i++) sum += await Wrap3(i);
        return sum;
    }

    static void Main(string[] args)
    {
        int n = int.Parse(args[0]);
        YieldEvery = int.Parse(args[1]);
        Allocate = int.Parse(args[2]) > 0;
        Loop(10000).Wait(); // warm-up (the JIT compiles everything once)
        long ticks = BenchReport.Ticks();
        long bytes = BenchReport.Bytes();
        long sum = Loop(n).Result;
        BenchReport.Print(n, ticks, bytes, sum);
    }
}
