using System;

class CollatzStats
{
    static int Steps(long n) { int s = 0; while (n != 1) { n = (n & 1) == 0 ? n >> 1 : 3 * n + 1; s++; } return s; }
    static long Peak(long n) { long p = n; while (n != 1) { n = (n & 1) == 0 ? n >> 1 : 3 * n + 1; if (n > p) p = n; } return p; }

    static void Main()
    {
        int best = 1, bestSteps = 0;
        for (int i = 1; i < 100000; i++) { int s = Steps(i); if (s > bestSteps) { bestSteps = s; best = i; } }
        Console.WriteLine("longest below 100000: " + best + " with " + bestSteps + " steps");
        Console.WriteLine("peak of 27: " + Peak(27));
        Console.WriteLine("peak of 77031: " + Peak(77031));
        string seq = "";
        long n = 6;
        while (n != 1) { seq += n + " "; n = n % 2 == 0 ? n / 2 : 3 * n + 1; }
        Console.WriteLine(seq + "1");
    }
}
