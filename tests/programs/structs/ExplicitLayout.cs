using System;
using System.Runtime.InteropServices;

[StructLayout(LayoutKind.Explicit)]
struct Bits
{
    [FieldOffset(0)] public long Whole;
    [FieldOffset(0)] public int Low;
    [FieldOffset(4)] public int High;
    [FieldOffset(0)] public byte FirstByte;
}

[StructLayout(LayoutKind.Sequential, Pack = 1)]
struct Packed
{
    public byte A;
    public int B;
}

class ExplicitLayout
{
    static void Main()
    {
        Bits b = new Bits();
        b.Whole = 0x0000000500000003L;
        Console.WriteLine(b.Low + " " + b.High + " " + b.FirstByte);
        b.High = -1;
        Console.WriteLine(b.Whole);
        b.FirstByte = 0xFF;
        Console.WriteLine(b.Low);
        Bits[] many = new Bits[3];
        many[2].Low = 7;
        Console.WriteLine(many[2].Whole);
        Packed p = new Packed();
        p.A = 1;
        p.B = 2;
        Console.WriteLine(p.A + p.B);
    }
}
