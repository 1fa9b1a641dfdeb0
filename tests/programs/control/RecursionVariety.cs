using System;

class RecursionVariety
{
    static bool IsEven(int n) { return n == 0 ? true : IsOdd(n - 1); }
    static bool IsOdd(int n) { return n == 0 ? false : IsEven(n - 1); }
    static long Ackermann(long m, long n)
    {
        if (m == 0) return n + 1;
        if (n == 0) return Ackermann(m - 1, 1);
        return Ackermann(m - 1, Ackermann(m, n - 1));
    }
    static int Binomial(int n, int k) { return k == 0 || k == n ? 1 : Binomial(n - 1, k - 1) + Binomial(n - 1, k); }
    static int SumDigits(int n) { return n < 10 ? n : n % 10 + SumDigits(n / 10); }
    static string ToBinary(int n) { return n < 2 ? n.ToString() : ToBinary(n / 2) + (n % 2); }
    static int Depth(int n) { return n == 0 ? 0 : 1 + Depth(n - 1); }

    static void Main()
    {
        Console.WriteLine(IsEven(10) + " " + IsOdd(7) + " " + IsEven(7));
        Console.WriteLine(Ackermann(2, 3) + " " + Ackermann(3, 3));
        string row = "";
        for (int k = 0; k <= 10; k++) row += Binomial(10, k) + " ";
        Console.WriteLine(row);
        Console.WriteLine(SumDigits(987654321));
        Console.WriteLine(ToBinary(1023) + " " + ToBinary(1024) + " " + ToBinary(0));
        Console.WriteLine(Depth(10000));
    }
}
