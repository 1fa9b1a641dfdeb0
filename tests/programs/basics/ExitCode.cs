using System;

class ExitCode
{
    static int Main()
    {
        Console.WriteLine("returning 3");
        return 3;
    }
}
