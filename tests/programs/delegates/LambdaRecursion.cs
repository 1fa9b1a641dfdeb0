using System;

class LambdaRecursion
{
    static void Main()
    {
        Func<int, long> fact = null;
        fact = n => n <= 1 ? 1 : n * fact(n - 1);
        Console.WriteLine(fact(20));
        Func<int, int, int> gcd = null;
        gcd = (a, b) => b == 0 ? a : gcd(b, a % b);
        Console.WriteLine(gcd(1071, 462));
        Func<int, int> fib = null;
        fib = n => n < 2 ? n : fib(n - 1) + fib(n - 2);
        Console.WriteLine(fib(20));
        Func<string, string> rev = null;
        rev = s => s.Length <= 1 ? s : rev(s.Substring(1)) + s[0];
        Console.WriteLine(rev("recursion"));
        Action<int, string> hanoiCount = null;
        int moves = 0;
        hanoiCount = (n, tag) => { if (n == 0) return; hanoiCount(n - 1, tag); moves++; hanoiCount(n - 1, tag); };
        hanoiCount(10, "t");
        Console.WriteLine(moves);
    }
}
