// Environment.ExitCode is the exit code of a Main that returns void; output written before is all there.
using System;

class ExitCodeProperty
{
    static void Main()
    {
        Console.WriteLine("exit code before: " + Environment.ExitCode);
        Environment.ExitCode = 3;
        Environment.ExitCode = 7;
        Console.Write("exit code now: " + Environment.ExitCode);
    }
}
