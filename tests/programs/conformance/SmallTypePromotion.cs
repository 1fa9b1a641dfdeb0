// Self-checking: byte/sbyte/short/ushort/char operands are promoted to int; results narrow only by casts.
using System;

class SmallTypePromotion
{
    static int failures;

    static void Check(string what, long got, long expected)
    {
        if (got != expected) { Console.WriteLine("FAIL " + what + ": got " + got + ", expected " + expected); failures++; }
    }

    static string TypeOf(object o) { return o.GetType().Name; }

    static int Main()
    {
        byte a = 200, b = 100;
        var sum = a + b;
        Check("byte+byte is int", TypeOf(sum) == "Int32" ? 1 : 0, 1);
        Check("byte+byte value", sum, 300);
        byte narrowed = (byte)(a + b);
        Check("narrowed", narrowed, 44);
        Check("byte*byte", a * b, 20000);
        Check("byte-byte negative", b - a, -100);
        Check("~byte", ~a, -201);
        Check("-byte", -a, -200);

        sbyte sa = -100, sb = -100;
        Check("sbyte+sbyte", sa + sb, -200);
        Check("(sbyte)(sa+sb)", (sbyte)(sa + sb), 56);
        Check("sbyte*sbyte", sa * sb, 10000);

        short s1 = 30000, s2 = 30000;
        Check("short+short", s1 + s2, 60000);
        Check("(short)", (short)(s1 + s2), -5536);
        ushort u1 = 65535;
        Check("ushort+1", u1 + 1, 65536);
        Check("(ushort)(u1+1)", (ushort)(u1 + 1), 0);
        Check("ushort*ushort", (long)u1 * u1, 4294836225L);
        Check("ushort*ushort int", u1 * u1, unchecked((int)4294836225L));

        char c = 'a';
        Check("char+1", c + 1, 98);
        Check("TypeOf char+1", TypeOf(c + 1) == "Int32" ? 1 : 0, 1);
        char next = (char)(c + 1);
        Check("(char)(c+1)", next, 'b');
        Check("char-char", 'z' - 'a', 25);
        c += (char)2;
        Check("char+=", c, 'c');
        c++;
        Check("char++", c, 'd');

        // compound assignment narrows implicitly
        byte acc = 0;
        for (int i = 0; i < 300; i++) acc += 1;
        Check("byte acc", acc, 44);
        short sacc = 1;
        for (int i = 0; i < 20; i++) sacc *= 2;
        Check("short acc", sacc, 0);
        sbyte sdec = -120;
        sdec -= 10;
        Check("sbyte -=", sdec, 126);

        // bitwise ops on small types
        byte m = 0xF0;
        Check("byte & ~", m & ~0x30, 0xC0);
        Check("(byte)~m", (byte)~m, 0x0F);
        ushort bits = 0x8001;
        Check("ushort >> 15", bits >> 15, 1);
        short sbits = unchecked((short)0x8001);
        Check("short >> 15", sbits >> 15, -1);

        // comparisons across types
        sbyte neg = -1;
        byte pos = 255;
        Check("sbyte < byte", neg < pos ? 1 : 0, 1);
        Check("(byte)neg == pos", (byte)neg == pos ? 1 : 0, 1);
        Check("char vs int", 'A' == 65 ? 1 : 0, 1);

        // arrays of small types hold wrapped values
        byte[] bytes = new byte[4];
        bytes[0] = 250;
        bytes[0] += 10;
        bytes[1]--;
        Check("array byte +=", bytes[0], 4);
        Check("array byte --", bytes[1], 255);
        short[] shorts = { short.MaxValue };
        shorts[0]++;
        Check("array short ++", shorts[0], short.MinValue);

        // conditional expressions and overloads
        Check("ternary type", TypeOf(true ? a : b) == "Byte" ? 1 : 0, 1);
        Check("overload byte", Over(a), 1);
        Check("overload int", Over(a + 0), 2);
        Check("overload char", Over('x'), 3);

        if (failures == 0) { Console.WriteLine("PASS"); return 100; }
        return 1;
    }

    static int Over(byte x) { return 1; }
    static int Over(int x) { return 2; }
    static int Over(char x) { return 3; }
}
