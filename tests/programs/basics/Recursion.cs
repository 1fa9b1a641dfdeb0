using System;

class Recursion
{
    static int Ackermann(int m, int n)
    {
        if (m == 0) return n + 1;
        if (n == 0) return Ackermann(m - 1, 1);
        return Ackermann(m - 1, Ackermann(m, n - 1));
    }

    static long Factorial(int n) { return n <= 1 ? 1 : n * Factorial(n - 1); }

    static bool IsEven(int n) { return n == 0 || IsOdd(n - 1); }
    static bool IsOdd(int n) { return n != 0 && IsEven(n - 1); }

    static void Hanoi(int n, char from, char to, char via, ref int moves)
    {
        if (n == 0) return;
        Hanoi(n - 1, from, via, to, ref moves);
        moves++;
        Hanoi(n - 1, via, to, from, ref moves);
    }

    static void Main()
    {
        Console.WriteLine(Ackermann(2, 3));
        Console.WriteLine(Factorial(20));
        Console.WriteLine(IsEven(1000));
        Console.WriteLine(IsOdd(777));
        int moves = 0;
        Hanoi(12, 'a', 'c', 'b', ref moves);
        Console.WriteLine(moves);
    }
}
