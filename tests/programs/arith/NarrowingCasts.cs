using System;

class NarrowingCasts
{
    static void Main()
    {
        int big = 0x12345678;
        Console.WriteLine((byte)big);
        Console.WriteLine((sbyte)big);
        Console.WriteLine((short)big);
        Console.WriteLine((ushort)big);
        Console.WriteLine((char)(big & 0x7f));
        int neg = -1;
        Console.WriteLine((uint)neg);
        Console.WriteLine((ulong)neg);
        Console.WriteLine((ulong)(uint)neg);
        Console.WriteLine((byte)neg);
        Console.WriteLine(unchecked((sbyte)200));
        long l = 0x1122334455667788L;
        Console.WriteLine((int)l);
        Console.WriteLine((uint)l);
        Console.WriteLine((short)l);
        double d = 123.99;
        Console.WriteLine((int)d);
        Console.WriteLine((int)-123.99);
        Console.WriteLine((long)1e15);
        Console.WriteLine(unchecked((byte)(sbyte)-3));
        Console.WriteLine((int)(char)65 + " " + (char)97);
        float f = 16777217f;
        Console.WriteLine((int)f);
    }
}
