// Bit manipulation and checksums as protocol code writes them: shifts and rotates on uint/ulong, popcount and
// bit scans by hand, CRC-32, Adler-32, FNV-1a, a bit-packed header, BitConverter and Convert.ToString in bases.
using System;
using System.Text;

class BitsAndHashes
{
    static uint RotL(uint x, int n) { return (x << n) | (x >> (32 - n)); }
    static ulong RotR(ulong x, int n) { return (x >> n) | (x << (64 - n)); }
    static int PopCount(ulong x) { int c = 0; while (x != 0) { x &= x - 1; c++; } return c; }
    static int LeadingZeros(uint x) { if (x == 0) return 32; int n = 0; while ((x & 0x80000000u) == 0) { x <<= 1; n++; } return n; }
    static int TrailingZeros(ulong x) { if (x == 0) return 64; int n = 0; while ((x & 1) == 0) { x >>= 1; n++; } return n; }
    static uint ReverseBits(uint x) { uint r = 0; for (int i = 0; i < 32; i++) { r = (r << 1) | (x & 1); x >>= 1; } return r; }
    static bool IsPowerOfTwo(long x) { return x > 0 && (x & (x - 1)) == 0; }
    static uint NextPowerOfTwo(uint x) { x--; x |= x >> 1; x |= x >> 2; x |= x >> 4; x |= x >> 8; x |= x >> 16; return x + 1; }

    static readonly uint[] crcTable = BuildCrcTable();
    static uint[] BuildCrcTable()
    {
        var t = new uint[256];
        for (uint n = 0; n < 256; n++)
        {
            uint c = n;
            for (int k = 0; k < 8; k++) c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[n] = c;
        }
        return t;
    }
    static uint Crc32(byte[] data) { uint c = 0xFFFFFFFFu; foreach (byte b in data) c = crcTable[(c ^ b) & 0xFF] ^ (c >> 8); return c ^ 0xFFFFFFFFu; }
    static uint Adler32(byte[] data) { uint a = 1, b = 0; foreach (byte d in data) { a = (a + d) % 65521; b = (b + a) % 65521; } return (b << 16) | a; }
    static uint Fnv1a(byte[] data) { uint h = 2166136261; foreach (byte d in data) { h ^= d; h *= 16777619; } return h; }
    static byte[] Ascii(string s) { var b = new byte[s.Length]; for (int i = 0; i < s.Length; i++) b[i] = (byte)s[i]; return b; }

    // version:3 | type:5 | flags:8 | length:16
    static uint Pack(int version, int type, int flags, int length) { return (uint)(version & 7) << 29 | (uint)(type & 31) << 24 | (uint)(flags & 0xFF) << 16 | (uint)(length & 0xFFFF); }
    static void Unpack(uint h, out int version, out int type, out int flags, out int length) { version = (int)(h >> 29); type = (int)(h >> 24) & 31; flags = (int)(h >> 16) & 0xFF; length = (int)(h & 0xFFFF); }

    static int Main()
    {
        Console.WriteLine("rot " + RotL(0x80000001u, 1).ToString("X8") + " " + RotL(0x12345678u, 8).ToString("X8") + " " + RotR(1UL, 1).ToString("X16") + " " + RotR(0xF0UL, 4).ToString("X"));
        Console.WriteLine("popcount " + PopCount(0) + " " + PopCount(0xFF) + " " + PopCount(ulong.MaxValue) + " " + PopCount(0x8000000000000001UL));
        Console.WriteLine("clz/ctz " + LeadingZeros(1) + " " + LeadingZeros(0x00F00000) + " " + LeadingZeros(0) + " " + TrailingZeros(8) + " " + TrailingZeros(1UL << 63) + " " + TrailingZeros(0));
        Console.WriteLine("reverse " + ReverseBits(1).ToString("X8") + " " + ReverseBits(0xF0000000).ToString("X8") + " pow2 " + IsPowerOfTwo(1024) + IsPowerOfTwo(0) + IsPowerOfTwo(-8) + IsPowerOfTwo(6) + " next " + NextPowerOfTwo(17) + " " + NextPowerOfTwo(64) + " " + NextPowerOfTwo(1));
        Console.WriteLine("shifts " + (1 << 33) + " " + (1L << 33) + " " + (-16 >> 2) + " " + (unchecked((uint)-16) >> 2) + " " + (0x40000000 << 1) + " " + (-1L >> 63) + " " + (ulong.MaxValue >> 60) + " " + ((byte)0xF0 >> 4) + " " + (~0x0F & 0xFF));
        Console.WriteLine("logic " + (0b1100 & 0b1010) + " " + (0b1100 | 0b1010) + " " + (0b1100 ^ 0b1010) + " " + (~5) + " " + (~5u) + " " + ((sbyte)-1 & 0xFF) + " " + (0xAAu ^ 0xFFu));
        foreach (string s in new[] { "", "a", "abc", "The quick brown fox jumps over the lazy dog", "123456789" })
        {
            byte[] d = Ascii(s);
            Console.WriteLine("{0,-45} crc {1:X8} adler {2:X8} fnv {3:X8}", "'" + s + "'", Crc32(d), Adler32(d), Fnv1a(d));
        }
        uint header = Pack(5, 17, 0xA5, 1500);
        int v, t, f, l;
        Unpack(header, out v, out t, out f, out l);
        Console.WriteLine("header " + header.ToString("X8") + " -> " + v + " " + t + " " + f.ToString("X2") + " " + l);
        Console.WriteLine("bases " + Convert.ToString(42, 2) + " " + Convert.ToString(42, 8) + " " + Convert.ToString(42, 16) + " " + Convert.ToString(-42, 2).Length + " " + Convert.ToString((long)-1, 16) + " " + Convert.ToString((short)-2, 16) + " " + Convert.ToString((byte)200, 2));
        Console.WriteLine("parse bases " + Convert.ToInt32("101010", 2) + " " + Convert.ToUInt32("ffffffff", 16) + " " + Convert.ToInt16("7fff", 16) + " " + Convert.ToByte("11111111", 2) + " " + Convert.ToInt64("777", 8));
        try { Convert.ToInt64("-777", 8); Console.WriteLine("accepted minus in base 8"); } catch (ArgumentException) { Console.WriteLine("minus rejected in base 8"); }
        try { Convert.ToInt32("12z", 16); Console.WriteLine("accepted z"); } catch (FormatException) { Console.WriteLine("bad hex digit rejected"); }
        byte[] bytes = BitConverter.GetBytes(0x01020304);
        Console.WriteLine("bitconverter " + BitConverter.ToString(bytes) + " " + BitConverter.IsLittleEndian + " " + BitConverter.ToUInt16(new byte[] { 0x34, 0x12 }, 0).ToString("X4") + " " + BitConverter.ToString(BitConverter.GetBytes(1.0)) + " " + BitConverter.DoubleToInt64Bits(-2.0).ToString("X16") + " " + BitConverter.Int64BitsToDouble(0x4008000000000000));
        var sb = new StringBuilder();
        for (int i = 0; i < 8; i++) sb.Append((0x5A >> (7 - i) & 1) == 1 ? '1' : '0');
        Console.WriteLine("bits of 0x5A " + sb + " gray " + Convert.ToString(0x5A ^ (0x5A >> 1), 2).PadLeft(8, '0'));
        ulong mask = 0;
        foreach (int bit in new[] { 0, 5, 63, 32 }) mask |= 1UL << bit;
        Console.WriteLine("mask " + mask.ToString("X16") + " has 5 " + ((mask & (1UL << 5)) != 0) + " has 6 " + ((mask >> 6 & 1) == 1) + " cleared " + (mask & ~(1UL << 63)).ToString("X"));
        return 100;
    }
}
