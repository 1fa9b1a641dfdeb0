using System;

class Unhandled
{
    static void Fail(int n)
    {
        if (n == 0) throw new InvalidOperationException("boom at the bottom");
        Fail(n - 1);
    }

    static void Main()
    {
        Console.WriteLine("before");
        try
        {
            Fail(3);
        }
        catch (ArgumentException)
        {
            Console.WriteLine("not this one");
        }
        Console.WriteLine("never printed");
    }
}
