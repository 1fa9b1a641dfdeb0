// Two threads each initialize a type whose class constructor needs the other's: thread 1 runs X's and touches Y,
// thread 2 runs Y's and touches X. .NET does not deadlock: the thread whose wait would close the cycle sees the
// other type partially initialized, so exactly one of the two reads a value its class constructor has not set yet.
using System;
using System.Threading;

class X
{
    public static int Early, Late;
    public static int SawYLate;
    static X()
    {
        Early = 1;
        Thread.Sleep(200);  // Y's class constructor starts meanwhile on the other thread
        SawYLate = Y.Late;
        Late = 2;
    }
}

class Y
{
    public static int Early, Late;
    public static int SawXLate;
    static Y()
    {
        Early = 1;
        Thread.Sleep(200);
        SawXLate = X.Late;
        Late = 2;
    }
}

class ClassConstructorCycleThreads
{
    static int Main()
    {
        int fromX = -1, fromY = -1;
        var one = new Thread(() => { fromX = X.Early + X.Late; });
        var two = new Thread(() => { fromY = Y.Early + Y.Late; });
        one.Start();
        two.Start();
        bool joined = one.Join(20000) & two.Join(20000);
        Console.WriteLine("joined: " + joined);
        Console.WriteLine("X and Y complete: " + (X.Late == 2 && Y.Late == 2));
        int partialViews = (X.SawYLate == 0 ? 1 : 0) + (Y.SawXLate == 0 ? 1 : 0);
        Console.WriteLine("partial views: " + partialViews);
        // each thread ran its own type's class constructor to the end before reading it
        Console.WriteLine("reads: " + fromX + " " + fromY);
        return 0;
    }
}
