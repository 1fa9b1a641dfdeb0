// A slow class constructor touched by eight threads at once: it runs once, on one thread, and every thread sees
// what it wrote (the others wait for it). A second type's constructor touched through a method call (precise
// init, no beforefieldinit) behaves the same. Every wait is bounded; results are printed after joining.
using System;
using System.Threading;

class Slow
{
    public static int Runs;
    public static readonly string Greeting;
    public static readonly int[] Table;

    static Slow()
    {
        Runs++;
        Thread.Sleep(100);              // long enough for every thread to arrive while it runs
        var table = new int[1000];
        for (int i = 0; i < table.Length; i++) table[i] = i * i;
        Table = table;
        Greeting = "initialized by one thread";
    }
}

class Precise
{
    static int runs;
    static long total;

    static Precise()
    {
        runs++;
        Thread.Sleep(50);
        for (int i = 1; i <= 100; i++) total += i;
    }

    public static string Describe() { return "runs=" + runs + " total=" + total; }
}

class SlowClassConstructorEightThreads
{
    const int Threads = 8;

    static int Main()
    {
        var seen = new string[Threads];
        var precise = new string[Threads];
        var threads = new Thread[Threads];
        for (int i = 0; i < Threads; i++)
        {
            int id = i;
            threads[i] = new Thread(() =>
            {
                int[] table = Slow.Table;
                seen[id] = Slow.Greeting + " " + (table == null ? -1 : table[999]) + " runs=" + Slow.Runs;
                precise[id] = Precise.Describe();
            });
            threads[i].Start();
        }
        bool allJoined = true;
        foreach (var t in threads) allJoined &= t.Join(20000);
        Console.WriteLine("joined: " + allJoined);
        for (int i = 0; i < Threads; i++) Console.WriteLine(i + ": " + seen[i] + " | " + precise[i]);
        Console.WriteLine("Slow ran " + Slow.Runs + " time(s)");
        return 0;
    }
}
