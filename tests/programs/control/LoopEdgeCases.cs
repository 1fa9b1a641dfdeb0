using System;

class LoopEdgeCases
{
    static void Main()
    {
        int iterations = 0;
        for (int i = 0; i < 0; i++) iterations++;
        for (int i = 10; i > 10; i--) iterations++;
        Console.WriteLine(iterations);
        byte b = 250;
        int count = 0;
        for (byte x = b; x != 4; x++) count++;
        Console.WriteLine(count);
        int sum = 0;
        for (int i = int.MaxValue - 5; i > 0 && i <= int.MaxValue - 1; i++) sum++;
        Console.WriteLine(sum);
        long total = 0;
        for (long l = -3; l <= 3; l++) total += l * l * l;
        Console.WriteLine(total);
        string s = "";
        for (char c = 'a'; c <= 'z'; c += (char)5) s += c;
        Console.WriteLine(s);
        int n = 0;
        while (n++ < 5) { }
        Console.WriteLine(n);
        int m = 0;
        while (++m < 5) { }
        Console.WriteLine(m);
        int[] arr = new int[] { 3, 1, 4, 1, 5, 9, 2, 6 };
        int firstBig = -1;
        for (int i = 0; i < arr.Length; i++) { if (arr[i] > 4) { firstBig = i; break; } }
        Console.WriteLine(firstBig);
        int evensSkipped = 0;
        foreach (int v in arr) { if (v % 2 == 0) { evensSkipped++; continue; } }
        Console.WriteLine(evensSkipped);
    }
}
