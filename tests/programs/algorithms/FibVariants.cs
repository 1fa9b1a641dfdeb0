using System;

class FibVariants
{
    static int FibRec(int n) { return n < 2 ? n : FibRec(n - 1) + FibRec(n - 2); }
    static long FibIter(int n) { long a = 0, b = 1; for (int i = 0; i < n; i++) { long t = a + b; a = b; b = t; } return a; }
    static ulong FibMod(int n, ulong m) { ulong a = 0, b = 1; for (int i = 0; i < n; i++) { ulong t = (a + b) % m; a = b; b = t; } return a; }

    static void Main()
    {
        string s = "";
        for (int i = 0; i <= 15; i++) s += FibRec(i) + " ";
        Console.WriteLine(s);
        Console.WriteLine(FibRec(25));
        Console.WriteLine(FibIter(92));
        Console.WriteLine(FibMod(1000, 1000000007UL));
        int n = 0;
        while (FibIter(n) < 1000000000000L) n++;
        Console.WriteLine("first fib >= 1e12 is F(" + n + ")");
    }
}
