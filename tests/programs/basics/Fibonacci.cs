using System;

class Fibonacci
{
    static int Fib(int n) { return n < 2 ? n : Fib(n - 1) + Fib(n - 2); }

    static long FibLong(int n)
    {
        long a = 0, b = 1;
        for (int i = 0; i < n; i++) { long t = a + b; a = b; b = t; }
        return a;
    }

    static void Main()
    {
        for (int i = 0; i <= 25; i++)
        {
            Console.WriteLine("fib(" + i + ") = " + Fib(i));
        }
        Console.WriteLine(FibLong(90));
    }
}
