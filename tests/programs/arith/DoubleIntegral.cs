using System;

class DoubleIntegral
{
    static double Poly(double x) { return 3.0 * x * x - 2.0 * x + 7.0; }

    static void Main()
    {
        Console.WriteLine(3.0 * 4.0);
        Console.WriteLine(10.0 / 4.0 * 8.0);
        Console.WriteLine(Poly(5.0));
        Console.WriteLine(-0.0 == 0.0);
        double sum = 0;
        for (int i = 1; i <= 100; i++) sum += i;
        Console.WriteLine(sum);
        float f = 2.5f * 4f;
        Console.WriteLine(f);
        Console.WriteLine((float)1024 * 1024);
        Console.WriteLine(Math.Max(3.0, -4.0) + Math.Min(3.0, -4.0));
        Console.WriteLine(Math.Abs(-12.0));
        Console.WriteLine((double)int.MaxValue + 1.0);
        Console.WriteLine(1e10);
        Console.WriteLine(7.0 % 3.0);
        Console.WriteLine(1.5 + 2.5 == 4.0);
        Console.WriteLine(0.1 + 0.2 == 0.3);
        Console.WriteLine((int)(0.1 * 3 * 10));
        double big = 1e300 * 1e300;
        Console.WriteLine(big > 1e308);
        Console.WriteLine(-8.0 / 2.0);
    }
}
