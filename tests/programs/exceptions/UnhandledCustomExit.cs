using System;

class UnhandledCustomExit
{
    static int Work(int n)
    {
        try
        {
            if (n > 3) throw new InvalidOperationException("too many");
            return n * 10;
        }
        finally { Console.WriteLine("work finally " + n); }
    }

    static int Main()
    {
        int total = 0;
        for (int i = 0; i < 6; i++)
        {
            try { total += Work(i); }
            catch (InvalidOperationException) { Console.WriteLine("stop at " + i); return total / 10; }
        }
        return 99;
    }
}
