// Environment.Exit ends the process at once with its code: output written before it is flushed, no later code
// runs (not even finally blocks), and it overrides Environment.ExitCode.
using System;

class EnvironmentExit
{
    static void Work()
    {
        try
        {
            Console.WriteLine("in try");
            Console.Out.Write("no newline at the end");
            Environment.Exit(42);
        }
        finally
        {
            Console.WriteLine("finally must not run");
        }
    }

    static int Main()
    {
        Environment.ExitCode = 5;
        Work();
        Console.WriteLine("after Work must not run");
        return 1;
    }
}
