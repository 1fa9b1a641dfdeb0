using System;

class ExceptionsAcrossFrames
{
    static int depthReached;
    static string unwound = "";

    static int Recurse(int n, int failAt)
    {
        depthReached = n;
        try
        {
            if (n == failAt) throw new ArgumentOutOfRangeException("n", "fail at " + n);
            return Recurse(n + 1, failAt) + 1;
        }
        finally
        {
            if (n % 10 == 0) unwound += n + ",";
        }
    }

    static void Main()
    {
        try { Recurse(0, 55); }
        catch (ArgumentOutOfRangeException) { Console.WriteLine("caught at depth " + depthReached); }
        Console.WriteLine("unwound " + unwound);
        unwound = "";
        int sum = 0;
        for (int round = 0; round < 100; round++)
        {
            try { sum += Recurse(0, round % 7 == 0 ? 1000 : 3); }
            catch (ArgumentException) { sum -= 1; }
        }
        Console.WriteLine("sum " + sum);
    }
}
