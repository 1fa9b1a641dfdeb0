using System;

class ExitCodeEnvironmentExit
{
    static void Check(int v)
    {
        if (v > 3)
        {
            Console.WriteLine("exiting with " + (v * 10));
            Environment.Exit(v * 10);
        }
        Console.WriteLine("checked " + v);
    }

    static void Main()
    {
        for (int i = 0; i < 10; i++) Check(i);
        Console.WriteLine("unreachable");
    }
}
