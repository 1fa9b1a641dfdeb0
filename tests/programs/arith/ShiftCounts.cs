using System;

class ShiftCounts
{
    static void Main()
    {
        int one = 1;
        int[] counts = new int[] { 0, 1, 31, 32, 33, 63, 64, -1 };
        for (int i = 0; i < counts.Length; i++)
        {
            int c = counts[i];
            Console.WriteLine(c + ": " + (one << c) + " " + (1L << c) + " " + (int.MinValue >> c) + " " + (long.MinValue >> c) + " " + (0x80000000u >> c) + " " + (0x8000000000000000UL >> c));
        }
        int neg = -17;
        Console.WriteLine((neg >> 1) + " " + (neg >> 2) + " " + ((uint)neg >> 1) + " " + (neg / 2));
        Console.WriteLine((-1 >> 31) + " " + (-1L >> 63) + " " + (unchecked((ulong)-1L) >> 63));
        byte b = 0xF0;
        Console.WriteLine((b << 4) + " " + (b >> 4) + " " + (byte)(b << 4));
        short s = -256;
        Console.WriteLine((s >> 4) + " " + (s << 20));
        int x = 5;
        x <<= 33;
        Console.WriteLine(x);
        long y = 5;
        y >>= 65;
        Console.WriteLine(y);
    }
}
