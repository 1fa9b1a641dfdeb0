// Self-checking: shift counts are masked (& 31 for 32-bit, & 63 for 64-bit); >> is arithmetic on signed types.
using System;

class ShiftSemantics
{
    static int failures;

    static void Check(string what, long got, long expected)
    {
        if (got != expected) { Console.WriteLine("FAIL " + what + ": got " + got + ", expected " + expected); failures++; }
    }

    static void CheckU(string what, ulong got, ulong expected)
    {
        if (got != expected) { Console.WriteLine("FAIL " + what + ": got " + got + ", expected " + expected); failures++; }
    }

    static int Count(int c) { return c; }

    static int Main()
    {
        int one = 1;
        Check("1<<31", one << Count(31), int.MinValue);
        Check("1<<32", one << Count(32), 1);
        Check("1<<33", one << Count(33), 2);
        Check("1<<-1", one << Count(-1), int.MinValue);
        Check("1<<64", one << Count(64), 1);
        int neg = -256;
        Check("-256>>4", neg >> Count(4), -16);
        Check("-256>>36", neg >> Count(36), -16);
        Check("-1>>31", -1 >> Count(31), -1);
        Check("-256>>>", (int)((uint)neg >> Count(4)), 0x0FFFFFF0);
        uint u = 0x80000000u;
        CheckU("u>>31", u >> Count(31), 1);
        CheckU("u>>32", u >> Count(32), 0x80000000u);
        CheckU("u<<1", u << Count(1), 0);

        long l1 = 1;
        Check("1L<<63", l1 << Count(63), long.MinValue);
        Check("1L<<64", l1 << Count(64), 1);
        Check("1L<<32", l1 << Count(32), 4294967296L);
        Check("1L<<-1", l1 << Count(-1), long.MinValue);
        long ln = long.MinValue;
        Check("min>>63", ln >> Count(63), -1);
        Check("min>>64", ln >> Count(64), long.MinValue);
        ulong ul = 0x8000000000000000UL;
        CheckU("ul>>63", ul >> Count(63), 1);
        CheckU("ul>>65", ul >> Count(65), 0x4000000000000000UL);

        // small types are promoted to int before shifting
        byte b = 0x81;
        Check("byte<<1", b << 1, 0x102);
        Check("(byte)(b<<1)", (byte)(b << 1), 2);
        sbyte sb = -128;
        Check("sbyte>>1", sb >> 1, -64);
        Check("sbyte>>9", sb >> 9, -1);
        ushort us = 0xFFFF;
        Check("ushort<<16", us << 16, -65536);
        char c = 'A';
        Check("char<<8", c << 8, 0x4100);

        // compound shifts
        int x = 1;
        x <<= Count(35);
        Check("<<=35", x, 8);
        x >>= Count(-29);
        Check(">>=-29", x, 1);
        long y = -1;
        y <<= Count(70);
        Check("long <<= 70", y, -64);

        // rotate built from shifts
        uint rot = 0x12345678u;
        CheckU("rotl8", (rot << 8) | (rot >> 24), 0x34567812u);
        CheckU("rotr4", (rot >> 4) | (rot << 28), 0x81234567u);
        ulong rl = 0x0123456789ABCDEFUL;
        CheckU("rotl64", (rl << 12) | (rl >> 52), 0x3456789ABCDEF012UL);

        // sign extension via shifts
        int packed = 0x0000F234;
        Check("sext12", (packed << 20) >> 20, 0x234);
        Check("sext16", (packed << 16) >> 16, -3532);

        // constant shifts folded by the C# compiler agree with run time
        Check("const 1<<40", 1 << 40, one << Count(40));
        Check("const -8>>33", -8 >> 33, -8 >> Count(33));

        if (failures == 0) { Console.WriteLine("PASS"); return 100; }
        return 1;
    }
}
