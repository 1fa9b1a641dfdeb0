using System;
using System.Threading.Tasks;

// The concurrent benchmark as classic async code (mcs state machines): Loop awaits Wrap3(i) n times, Wrap3 → Wrap2 →
// Wrap1 are ordinary Task-returning wrappers and the async leaf always yields.
static class ConcurrentChainsClassic
{
    static async Task<int> Leaf(int i)
    {
        await Task.Yield();
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

    static void Main(string[] args) { ConcurrentDriver.Run(args, Loop); }
}
