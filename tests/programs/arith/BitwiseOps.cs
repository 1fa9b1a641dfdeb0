using System;

class BitwiseOps
{
    static int PopCount(uint x) { int c = 0; while (x != 0) { x &= x - 1; c++; } return c; }
    static uint RotL(uint x, int n) { return (x << n) | (x >> (32 - n)); }
    static uint Reverse(uint x)
    {
        uint r = 0;
        for (int i = 0; i < 32; i++) { r = (r << 1) | (x & 1); x >>= 1; }
        return r;
    }

    static void Main()
    {
        int a = 0x5A5A, b = 0x0FF0;
        Console.WriteLine((a & b) + " " + (a | b) + " " + (a ^ b) + " " + (~a));
        Console.WriteLine(PopCount(0xFFFFFFFFu) + " " + PopCount(0x12345678) + " " + PopCount(0));
        Console.WriteLine(RotL(0x80000001u, 1) + " " + RotL(0x12345678u, 8));
        Console.WriteLine(Reverse(1) + " " + Reverse(0xF0000000u));
        long la = -1L;
        Console.WriteLine((la & 0xFFFFFFFFL) + " " + (la ^ 0x7FFFFFFFFFFFFFFFL));
        bool t = true, f = false;
        Console.WriteLine((t & f) + " " + (t | f) + " " + (t ^ t) + " " + (f ^ t));
        int x = 12345;
        Console.WriteLine((x & -x) + " " + (x & (x - 1)) + " " + ((x & 1) == 1));
        byte bb = 0xAA;
        Console.WriteLine((byte)~bb + " " + (bb ^ 0xFF));
        ulong mask = 0;
        for (int i = 0; i < 64; i += 3) mask |= 1UL << i;
        Console.WriteLine(mask);
    }
}
