using System;
using System.Diagnostics;

class ConsoleStreams
{
    static void Main()
    {
        Console.Out.WriteLine("to stdout via Console.Out");
        Console.Error.WriteLine("to stderr");
        Console.Out.Write("{0}-{1}", 1, 2);
        Console.Out.WriteLine();
        string line = Console.ReadLine();
        Console.WriteLine(line == null ? "no input" : "input: " + line);
        Stopwatch sw = Stopwatch.StartNew();
        sw.Stop();
        Console.WriteLine(sw.ElapsedMilliseconds >= 0);
        Console.WriteLine(Environment.TickCount != 0);
        Console.WriteLine(Environment.GetCommandLineArgs().Length >= 1);
        Environment.ExitCode = 7;
    }
}
