// Self-checking: CRC-32, Adler-32, FNV-1a (32/64), djb2, MurmurHash3 finalizer and a rolling Rabin-Karp hash,
// compared with published check values; exercises unsigned arithmetic, shifts and table lookups.
using System;
using System.Text;

class HashingAlgorithms
{
    static int failures;

    static void Check(string what, ulong got, ulong expected)
    {
        if (got != expected) { Console.WriteLine("FAIL " + what + ": got 0x" + got.ToString("X") + ", expected 0x" + expected.ToString("X")); failures++; }
    }

    static uint[] crcTable;

    static uint Crc32(byte[] data)
    {
        if (crcTable == null)
        {
            crcTable = new uint[256];
            for (uint n = 0; n < 256; n++)
            {
                uint c = n;
                for (int k = 0; k < 8; k++) c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
                crcTable[n] = c;
            }
        }
        uint crc = 0xFFFFFFFFu;
        foreach (byte b in data) crc = crcTable[(crc ^ b) & 0xFF] ^ (crc >> 8);
        return crc ^ 0xFFFFFFFFu;
    }

    static uint Adler32(byte[] data)
    {
        uint a = 1, b = 0;
        foreach (byte x in data) { a = (a + x) % 65521; b = (b + a) % 65521; }
        return (b << 16) | a;
    }

    static uint Fnv1a32(byte[] data)
    {
        uint h = 2166136261u;
        foreach (byte b in data) { h ^= b; h *= 16777619u; }
        return h;
    }

    static ulong Fnv1a64(byte[] data)
    {
        ulong h = 14695981039346656037UL;
        foreach (byte b in data) { h ^= b; h *= 1099511628211UL; }
        return h;
    }

    static uint Djb2(string s)
    {
        uint h = 5381;
        foreach (char c in s) h = ((h << 5) + h) + c;
        return h;
    }

    static ulong Fmix64(ulong k)
    {
        k ^= k >> 33;
        k *= 0xff51afd7ed558ccdUL;
        k ^= k >> 33;
        k *= 0xc4ceb9fe1a85ec53UL;
        k ^= k >> 33;
        return k;
    }

    static int RabinKarp(string text, string pattern)
    {
        const ulong B = 257, M = 1000000007;
        int m = pattern.Length;
        if (m > text.Length) return -1;
        ulong hp = 0, ht = 0, pow = 1;
        for (int i = 0; i < m; i++)
        {
            hp = (hp * B + pattern[i]) % M;
            ht = (ht * B + text[i]) % M;
            if (i > 0) pow = pow * B % M;
        }
        for (int i = 0; ; i++)
        {
            if (hp == ht && string.CompareOrdinal(text, i, pattern, 0, m) == 0) return i;
            if (i + m >= text.Length) return -1;
            ht = (ht + M - text[i] * pow % M) % M;
            ht = (ht * B + text[i + m]) % M;
        }
    }

    static byte[] Ascii(string s)
    {
        byte[] r = new byte[s.Length];
        for (int i = 0; i < s.Length; i++) r[i] = (byte)s[i];
        return r;
    }

    static int Main()
    {
        byte[] check = Ascii("123456789");
        Check("crc32 check value", Crc32(check), 0xCBF43926u);
        Check("crc32 empty", Crc32(new byte[0]), 0);
        Check("crc32 fox", Crc32(Ascii("The quick brown fox jumps over the lazy dog")), 0x414FA339u);
        Check("adler32 Wikipedia", Adler32(Ascii("Wikipedia")), 0x11E60398u);
        Check("adler32 empty", Adler32(new byte[0]), 1);
        Check("fnv1a32 empty", Fnv1a32(new byte[0]), 0x811C9DC5u);
        Check("fnv1a32 a", Fnv1a32(Ascii("a")), 0xE40C292Cu);
        Check("fnv1a32 foobar", Fnv1a32(Ascii("foobar")), 0xBF9CF968u);
        Check("fnv1a64 a", Fnv1a64(Ascii("a")), 0xAF63DC4C8601EC8CUL);
        Check("fnv1a64 foobar", Fnv1a64(Ascii("foobar")), 0x85944171F73967E8UL);
        Check("djb2 empty", Djb2(""), 5381);
        Check("djb2 a", Djb2("a"), 177670);
        Check("djb2 hello", Djb2("hello"), 261238937);
        Check("fmix64 zero", Fmix64(0), 0);
        Check("fmix64 is a bijection on samples", Fmix64(1) != Fmix64(2) ? 1UL : 0UL, 1);

        // large input: CRC of 100000 bytes of a repeating pattern, checked against a bitwise implementation
        byte[] big = new byte[100000];
        for (int i = 0; i < big.Length; i++) big[i] = (byte)(i * 31 + (i >> 8));
        Check("crc32 table vs bitwise", Crc32(big), BitwiseCrc32(big));

        Check("rabin-karp found", (ulong)RabinKarp("the quick brown fox", "brown"), 10);
        Check("rabin-karp at end", (ulong)RabinKarp("abcabcabd", "abd"), 6);
        Check("rabin-karp missing", (ulong)(RabinKarp("aaaa", "b") + 1), 0);

        if (failures == 0) { Console.WriteLine("PASS"); return 100; }
        return 1;
    }

    static uint BitwiseCrc32(byte[] data)
    {
        uint crc = 0xFFFFFFFFu;
        foreach (byte b in data)
        {
            crc ^= b;
            for (int k = 0; k < 8; k++) crc = (crc >> 1) ^ (0xEDB88320u & (uint)-(int)(crc & 1));
        }
        return ~crc;
    }
}
