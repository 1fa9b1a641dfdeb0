// Invalid UTF-8 decodes as .NET Core does (Unicode's "maximal subpart" practice: each maximal prefix of a valid
// sequence is one U+FFFD, and decoding resumes at the byte that broke it), at every position of ASCII runs and from
// every start offset, so that the ASCII fast path hands over to the one-sequence-at-a-time decoder everywhere.
// Mono (like .NET Framework) replaces "E0 80 80" with two U+FFFD where .NET Core writes three: hence the .out file.
// ASCII writes two '?' for a surrogate pair, as .NET Core (its replacement fallback doubles its string for a pair) and Mono.
// expect-stdout-file: Utf8InvalidSequences.out
using System;
using System.Text;

class Utf8InvalidSequences
{
    static string Hex(byte[] bytes) { return BitConverter.ToString(bytes).Replace("-", " "); }

    static string Codes(string s)
    {
        var sb = new StringBuilder();
        foreach (char c in s) sb.Append(((int)c).ToString("X4")).Append(' ');
        return sb.ToString().TrimEnd();
    }

    // FNV-1a, so that thousands of results print as one line
    static uint Mix(uint hash, int value) { return (hash ^ (uint)value) * 16777619; }
    static uint Sum(uint hash, byte[] bytes) { foreach (byte b in bytes) hash = Mix(hash, b); return Mix(hash, bytes.Length); }
    static uint Sum(uint hash, string s) { foreach (char c in s) hash = Mix(hash, c); return Mix(hash, s.Length); }

    static int Main()
    {
        // invalid UTF-8 at every position of ASCII runs, decoded from every start offset
        byte[][] invalid =
        {
            new byte[] { 0xFF }, new byte[] { 0x80 }, new byte[] { 0xC3 }, new byte[] { 0xC0, 0xAF }, new byte[] { 0xC1, 0xBF },
            new byte[] { 0xE2, 0x82 }, new byte[] { 0xE0, 0x80, 0x80 }, new byte[] { 0xE0, 0xA0 }, new byte[] { 0xED, 0xA0, 0x80 },
            new byte[] { 0xED, 0x9F, 0xBF }, new byte[] { 0xF0, 0x8F, 0xBF, 0xBF }, new byte[] { 0xF0, 0x90, 0x80 },
            new byte[] { 0xF4, 0x90, 0x80, 0x80 }, new byte[] { 0xF4, 0x8F, 0xBF, 0xBF }, new byte[] { 0xF5, 0x80 }, new byte[] { 0xF8, 0x88, 0x80, 0x80, 0x80 },
            new byte[] { 0xE2, 0x82, 0xAC, 0xE2 }, new byte[] { 0xF0, 0x9F, 0x98 },
        };
        foreach (byte[] bad in invalid)
        {
            uint hash = 2166136261, counts = 2166136261;
            for (int length = 0; length <= 24; length++)
            {
                for (int at = 0; at <= length; at++)
                {
                    byte[] bytes = new byte[length + bad.Length];
                    for (int i = 0; i < length; i++) bytes[i < at ? i : i + bad.Length] = (byte)('A' + i % 26);
                    Array.Copy(bad, 0, bytes, at, bad.Length);
                    for (int start = 0; start <= bytes.Length; start++)
                    {
                        string s = Encoding.UTF8.GetString(bytes, start, bytes.Length - start);
                        hash = Sum(hash, s);
                        counts = Mix(counts, Encoding.UTF8.GetCharCount(bytes, start, bytes.Length - start));
                    }
                }
            }
            Console.WriteLine("[{0}] -> {1} | {2:X8} {3:X8}", Hex(bad), Codes(Encoding.UTF8.GetString(bad)), hash, counts);
        }

        Console.WriteLine("ascii pair [{0}] [{1}] [{2}]", Hex(Encoding.ASCII.GetBytes("a\uD83D\uDE00b")), Hex(Encoding.ASCII.GetBytes("\uD800\uD800\uDC00")), Hex(Encoding.ASCII.GetBytes("\uDC00\uD800")));
        return 0;
    }
}
