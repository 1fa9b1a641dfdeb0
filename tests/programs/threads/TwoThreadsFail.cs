// Two threads fail at once: the process ends with one report ("Unhandled exception." once on stderr) and code 134.
// exit: 134
// expect-stdout-file: TwoThreadsFail.out
using System;
using System.Threading;

class TwoThreadsFail
{
    static volatile bool go;

    static void Fail(object name)
    {
        while (!go) Thread.SpinWait(10);
        throw new InvalidOperationException((string)name);
    }

    static void Main()
    {
        var a = new Thread(Fail);
        var b = new Thread(Fail);
        a.Start("first");
        b.Start("second");
        Console.WriteLine("both started");
        go = true;
        a.Join();
        b.Join();
        Console.WriteLine("not reached");
    }
}
