// Environment.Exit ends the process at once with its code, without waiting for foreground threads.
// exit: 5
using System;
using System.Threading;

class ExitDoesNotWait
{
    static void Main()
    {
        var sleeper = new Thread(() =>
        {
            Thread.Sleep(10000);
            Console.WriteLine("not printed");
        });
        sleeper.Start();
        Console.WriteLine("exiting");
        Environment.Exit(5);
    }
}
