using System;

class DoWhileLoops
{
    static int DigitSum(long n) { int s = 0; do { s += (int)(n % 10); n /= 10; } while (n > 0); return s; }
    static int DigitalRoot(long n) { while (n >= 10) n = DigitSum(n); return (int)n; }

    static void Main()
    {
        Console.WriteLine(DigitSum(0) + " " + DigitSum(9876543210L) + " " + DigitalRoot(9876543210L));
        int i = 100;
        do { i++; } while (false);
        Console.WriteLine(i);
        int count = 0;
        do
        {
            count++;
            if (count == 3) continue;
            if (count == 7) break;
        } while (count < 10);
        Console.WriteLine(count);
        int a = 0, b = 0;
        while (a < 10)
        {
            a++;
            if (a % 2 == 0) continue;
            b += a;
        }
        Console.WriteLine(a + " " + b);
        int x = 27, steps = 0;
        while (true) { if (x == 1) break; x = (x % 2 == 0) ? x / 2 : 3 * x + 1; steps++; }
        Console.WriteLine(steps);
        for (int p = 0, q = 10; p < q; p += 2, q--) Console.Write(p + ":" + q + " ");
        Console.WriteLine();
        int w = 5;
        for (; ; ) { if (--w == 0) break; }
        Console.WriteLine(w);
    }
}
