using System;

class NestedLoops
{
    static void Main()
    {
        long sum = 0;
        int wraps = 0;
        for (int i = 1; i <= 200; i++)
        {
            for (int j = 1; j <= i; j++)
            {
                sum += (long)i * j - (i ^ j);
                if ((i + j) % 7 == 0) continue;
                if (j > 150) break;
                wraps = unchecked(wraps * 31 + i * j);
            }
        }
        Console.WriteLine(sum);
        Console.WriteLine(wraps);
        int max = int.MaxValue;
        Console.WriteLine(unchecked(max + 1));
        long big = long.MaxValue;
        Console.WriteLine(unchecked(big + 1));
        Console.WriteLine(-17 / 5);
        Console.WriteLine(-17 % 5);
        Console.WriteLine(17 % -5);
        Console.WriteLine(-17L / 5L);
        Console.WriteLine(1 << 35);
        Console.WriteLine(1L << 35);
        Console.WriteLine(-100 >> 3);
        Console.WriteLine(unchecked((int)0x80000000) >> 31);
        uint u = 0xF0000000;
        Console.WriteLine(u >> 28);
        Console.WriteLine(u);
        ulong ul = ulong.MaxValue;
        Console.WriteLine(ul);
        Console.WriteLine(ul / 3);
        int k = 0;
        while (k < 10) k += 3;
        do { k--; } while (k > 5);
        Console.WriteLine(k);
        short s = unchecked((short)40000);
        byte b = unchecked((byte)300);
        sbyte sb = unchecked((sbyte)200);
        Console.WriteLine(s);
        Console.WriteLine(b);
        Console.WriteLine(sb);
        Console.WriteLine(int.MinValue);
        Console.WriteLine(long.MinValue);
    }
}
