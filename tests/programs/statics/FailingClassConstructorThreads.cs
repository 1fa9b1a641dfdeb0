// A class constructor that fails while several threads touch the type: it runs once, and every thread (and every
// later use) gets the same TypeInitializationException object.
using System;
using System.Threading;

class Broken
{
    public static int Runs;
    public static int Value;

    static Broken()
    {
        Runs++;
        Thread.Sleep(100);
        throw new InvalidOperationException("cannot initialize");
    }
}

class FailingClassConstructorThreads
{
    const int Threads = 6;

    static int Main()
    {
        var results = new string[Threads];
        var exceptions = new Exception[Threads];
        var threads = new Thread[Threads];
        for (int i = 0; i < Threads; i++)
        {
            int id = i;
            threads[i] = new Thread(() =>
            {
                try { results[id] = "read " + Broken.Value; }
                catch (TypeInitializationException e)
                {
                    exceptions[id] = e;
                    results[id] = e.GetType().Name + " for " + e.TypeName + " <- " + e.InnerException.GetType().Name + ": " + e.InnerException.Message;
                }
            });
        }
        foreach (var t in threads) t.Start();
        bool allJoined = true;
        foreach (var t in threads) allJoined &= t.Join(20000);
        Console.WriteLine("joined: " + allJoined);
        foreach (var r in results) Console.WriteLine(r);
        bool same = true;
        for (int i = 1; i < Threads; i++) same &= exceptions[i] != null && ReferenceEquals(exceptions[i], exceptions[0]);
        Console.WriteLine("same exception object on every thread: " + same);
        try { Console.WriteLine(Broken.Value); }
        catch (TypeInitializationException e)
        {
            Console.WriteLine("later on main: " + e.TypeName + " <- " + e.InnerException.Message + ", same object: " + ReferenceEquals(e, exceptions[0]));
        }
        return 0;
    }
}
