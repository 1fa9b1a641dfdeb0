using System;

class SmallTypeArithmetic
{
    static void Main()
    {
        byte a = 200, b = 100;
        int sum = a + b;
        byte wrapped = (byte)(a + b);
        Console.WriteLine(sum + " " + wrapped);
        sbyte sa = -100, sb = -100;
        Console.WriteLine((sa + sb) + " " + (sbyte)(sa + sb));
        short s1 = 30000, s2 = 30000;
        Console.WriteLine((s1 + s2) + " " + (short)(s1 + s2));
        ushort u1 = 65535;
        Console.WriteLine((u1 * u1) + " " + (ushort)(u1 * u1) + " " + (uint)(u1 * u1));
        char c = 'A';
        int ci = c + 1;
        Console.WriteLine(ci + " " + (char)ci + " " + (char)(c + 25));
        Console.WriteLine('a' + 'b');
        Console.WriteLine("" + 'a' + 'b');
        byte[] data = new byte[] { 1, 2, 250, 255 };
        int total = 0;
        byte xor = 0;
        for (int i = 0; i < data.Length; i++) { total += data[i]; xor ^= data[i]; }
        Console.WriteLine(total + " " + xor);
        sbyte neg = -1;
        Console.WriteLine((byte)neg + " " + (ushort)neg + " " + (uint)neg);
        short ms = short.MinValue;
        Console.WriteLine(-ms + " " + (short)(-ms));
        uint ux = 3;
        long mixed = ux - 5;
        Console.WriteLine(mixed);
        long mixed2 = (long)ux - 5;
        Console.WriteLine(mixed2);
    }
}
