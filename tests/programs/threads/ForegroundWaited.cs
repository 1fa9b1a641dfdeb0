// After Main returns, the process waits for foreground threads (their output comes last) and not for background
// threads (a background thread that never ends does not keep it alive); the exit code stays Main's.
// exit: 3
using System;
using System.Threading;

class ForegroundWaited
{
    static int Main()
    {
        var forever = new Thread(() => { while (true) Thread.Sleep(1000); });
        forever.IsBackground = true;
        forever.Start();
        Console.WriteLine("background: " + forever.IsBackground + ", " + forever.ThreadState);

        var late = new Thread(() =>
        {
            Thread.Sleep(200);
            Console.WriteLine("foreground thread finished after Main");
        });
        late.Start();

        // made background after it started: not waited for either
        var turned = new Thread(() => { while (true) Thread.Sleep(1000); });
        turned.Start();
        turned.IsBackground = true;

        Console.WriteLine("Main returns");
        return 3;
    }
}
