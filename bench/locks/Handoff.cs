using System;
using System.Diagnostics;
using System.Threading;

// Contended costs with two threads: a Wait/Pulse ping-pong (ns per hand-off) and two threads incrementing one
// counter under one lock (ns per lock/unlock). The same program runs under mono and, with threads, under Kiln.
class Handoff
{
    static readonly object Ball = new object();
    static int s_turn;
    static long s_counter;

    static void Player(int me, int rounds)
    {
        lock (Ball)
        {
            for (int i = 0; i < rounds; i++)
            {
                while (s_turn != me) Monitor.Wait(Ball);
                s_turn = 1 - me;
                Monitor.Pulse(Ball);
            }
        }
    }

    static void Increment(int n)
    {
        for (int i = 0; i < n; i++) lock (Ball) s_counter++;
    }

    static double Run(ThreadStart a, ThreadStart b)
    {
        var sw = Stopwatch.StartNew();
        var t0 = new Thread(a);
        var t1 = new Thread(b);
        t0.Start();
        t1.Start();
        t0.Join();
        t1.Join();
        return sw.Elapsed.TotalMilliseconds * 1e6;
    }

    static void Main()
    {
        const int rounds = 100000;
        double best = double.MaxValue;
        for (int r = 0; r < 3; r++) best = Math.Min(best, Run(() => Player(0, rounds), () => Player(1, rounds)));
        Console.WriteLine("Wait/Pulse ping-pong          {0,8:F0} ns per hand-off", best / (2.0 * rounds));
        const int n = 2000000;
        best = double.MaxValue;
        for (int r = 0; r < 3; r++) best = Math.Min(best, Run(() => Increment(n), () => Increment(n)));
        Console.WriteLine("2 threads, one lock           {0,8:F1} ns per lock/unlock", best / (2.0 * n));
        Console.Error.WriteLine(s_counter);
    }
}
