// The ASCII fast paths of UTF-8, ASCII and UTF-16 transcoding (several units per step from aligned reads) against
// the one-at-a-time rules: a non-ASCII character, surrogate pair, lone surrogate or invalid UTF-8 byte at every
// position and alignment of ASCII runs of many lengths, slices starting at every offset, and big-endian UTF-16.
// Invalid UTF-8 is in Utf8InvalidSequences (where Mono differs from .NET).
using System;
using System.Text;

class EncodingFastPaths
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

    static string Run(int length, int at, string insert)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < length; i++) sb.Append((char)('a' + (i * 7) % 26));
        return sb.ToString().Insert(Math.Min(at, length), insert);
    }

    static int Main()
    {
        string[] inserts = { "", "é", "€", "\uD83D\uDE00", "\uD800", "\uDC00", "\uDBFF\uDFFF", "\u007F", "\u0080", "\u07FF", "\u0800", "\uFFFF", "\uDC00\uD800", "\uD800\uD800\uDC00" };
        foreach (string insert in inserts)
        {
            bool pair = false;
            for (int i = 0; i + 1 < insert.Length; i++) pair |= char.IsSurrogatePair(insert[i], insert[i + 1]);
            uint utf8 = 2166136261, utf16 = 2166136261, ascii = 2166136261, back = 2166136261, count = 2166136261;
            for (int length = 0; length <= 40; length++)
            {
                for (int at = 0; at <= length; at++)
                {
                    string s = Run(length, at, insert);
                    byte[] bytes = Encoding.UTF8.GetBytes(s);
                    utf8 = Sum(utf8, bytes);
                    count = Mix(count, Encoding.UTF8.GetByteCount(s));
                    back = Sum(back, Encoding.UTF8.GetString(bytes));
                    utf16 = Sum(utf16, Encoding.Unicode.GetBytes(s));
                    utf16 = Sum(utf16, Encoding.BigEndianUnicode.GetBytes(s));
                    // (Mono writes "??" for a surrogate pair, .NET one '?': compared in Utf8InvalidSequences)
                    if (!pair) ascii = Sum(ascii, Encoding.ASCII.GetBytes(s));
                    ascii = Sum(ascii, Encoding.ASCII.GetString(bytes));
                }
            }
            Console.WriteLine("[{0}] utf8 {1:X8} count {2:X8} back {3:X8} utf16 {4:X8} ascii {5:X8}", Codes(insert), utf8, count, back, utf16, ascii);
            string sample = Run(13, 9, insert);
            Console.WriteLine("  {0} | {1} | {2}", Hex(Encoding.UTF8.GetBytes(sample)), Codes(Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(sample))), Hex(Encoding.BigEndianUnicode.GetBytes(insert)));
        }

        // long text: ASCII with rare non-ASCII, in slices at every offset
        var text = new StringBuilder();
        for (int i = 0; i < 500; i++) text.Append(i % 97 == 0 ? '\u00E9' : i % 131 == 0 ? '\u4E2D' : (char)(' ' + i % 95));
        string longText = text.ToString();
        byte[] longBytes = Encoding.UTF8.GetBytes(longText);
        uint slices = 2166136261;
        for (int start = 0; start < 16; start++)
        {
            slices = Sum(slices, Encoding.UTF8.GetString(longBytes, start, longBytes.Length - start - 3));
            slices = Sum(slices, Encoding.UTF8.GetBytes(longText.Substring(start)));
            slices = Sum(slices, Encoding.Unicode.GetBytes(longText.Substring(start)));
        }
        Console.WriteLine("long {0} bytes, roundtrip {1}, slices {2:X8}", longBytes.Length, Encoding.UTF8.GetString(longBytes) == longText, slices);
        Console.WriteLine("empty [{0}] [{1}] [{2}] [{3}]", Encoding.UTF8.GetBytes("").Length, Encoding.UTF8.GetString(new byte[0]), Encoding.Unicode.GetBytes("").Length, Encoding.UTF8.GetString(new byte[] { 1, 2 }, 2, 0));
        return 0;
    }
}
