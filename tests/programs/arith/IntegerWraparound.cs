using System;

class IntegerWraparound
{
    static void Main()
    {
        int i = int.MaxValue; i++;
        Console.WriteLine(i);
        long l = long.MinValue; l--;
        Console.WriteLine(l);
        uint u = 0; u--;
        Console.WriteLine(u);
        ulong ul = ulong.MaxValue; ul += 2;
        Console.WriteLine(ul);
        short s = short.MaxValue; s++;
        Console.WriteLine(s);
        ushort us = 0; us--;
        Console.WriteLine(us);
        byte b = 250; b += 10;
        Console.WriteLine(b);
        sbyte sb = -128; sb--;
        Console.WriteLine(sb);
        char c = '\uffff'; c++;
        Console.WriteLine((int)c);
        int prod = unchecked(65536 * 65536);
        Console.WriteLine(unchecked(46341 * 46341));
        Console.WriteLine(prod);
        long lp = unchecked(3037000500L * 3037000500L);
        Console.WriteLine(lp);
        Console.WriteLine(unchecked((int)0x80000000u));
        Console.WriteLine(unchecked(-int.MinValue) == int.MinValue);
        Console.WriteLine(Math.Abs(-5) + Math.Abs(long.MinValue + 1));
    }
}
