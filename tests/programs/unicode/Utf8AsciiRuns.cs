// UTF-8 and ASCII transcoding around the vector ASCII runs: runs of every length from 0 to 40 before and after
// non-ASCII characters, surrogate pairs, lone surrogates (U+FFFD, 3 bytes), invalid and truncated UTF-8 sequences
// at every offset of a run, decoding through a StreamReader in small chunks, and Encoding.ASCII's '?'.
// Mono replaces some invalid sequences (ED A0 80, F0 8F BF BF, E0 9F 80) with fewer U+FFFD than .NET Core, which
// replaces each maximal subpart (Unicode's recommended practice): the .out file holds .NET's answer.
// expect-stdout-file: Utf8AsciiRuns.out
using System;
using System.IO;
using System.Text;

static class Utf8AsciiRuns
{
    static uint Digest(byte[] bytes) { uint h = 2166136261; foreach (byte b in bytes) h = (h ^ b) * 16777619; return h; }
    static uint Digest(string s) { uint h = 2166136261; foreach (char c in s) h = (h ^ c) * 16777619; return h; }

    static string Hex(byte[] bytes) { return BitConverter.ToString(bytes); }

    static string Units(string s)
    {
        var sb = new StringBuilder();
        foreach (char c in s) sb.Append(c < 0x80 ? c.ToString() : "\\u" + ((int)c).ToString("X4"));
        return sb.ToString();
    }

    static void Main()
    {
        string[] specials = { "é", "€", "\U0001F600", "\uD800", "\uDC00", "\uDBFF\uDBFF", "\uDC00\uD800", "\u07FF", "\uFFFF", "\u0080" };
        uint total = 0;
        int lengths = 0;
        foreach (string special in specials)
        {
            for (int before = 0; before <= 40; before += 3)
            {
                for (int after = 0; after <= 40; after += 7)
                {
                    string s = new string('a', before) + special + new string('z', after) + special;
                    byte[] utf8 = Encoding.UTF8.GetBytes(s);
                    string back = Encoding.UTF8.GetString(utf8);
                    byte[] ascii = Encoding.ASCII.GetBytes(s);
                    string asciiBack = Encoding.ASCII.GetString(utf8);
                    total = total * 31 + Digest(utf8) + Digest(back) * 3 + Digest(ascii) * 5 + Digest(asciiBack) * 7;
                    lengths += utf8.Length + back.Length + Encoding.UTF8.GetByteCount(s) + Encoding.UTF8.GetCharCount(utf8);
                }
            }
            string sample = "ab" + special + "cd";
            Console.WriteLine(Units(sample) + " -> " + Hex(Encoding.UTF8.GetBytes(sample)) + " -> " + Units(Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(sample))));
        }
        Console.WriteLine("runs: " + total + " " + lengths);

        byte[][] invalid =
        {
            new byte[] { 0x80 }, new byte[] { 0xC0, 0x80 }, new byte[] { 0xC2 }, new byte[] { 0xE2, 0x82 },
            new byte[] { 0xED, 0xA0, 0x80 }, new byte[] { 0xF0, 0x8F, 0xBF, 0xBF }, new byte[] { 0xF4, 0x90, 0x80, 0x80 },
            new byte[] { 0xF5 }, new byte[] { 0xFF, 0xFE }, new byte[] { 0xF0, 0x9F, 0x98 }, new byte[] { 0xE0, 0x9F, 0x80 },
            new byte[] { 0xC3, 0x41 }
        };
        foreach (byte[] bad in invalid)
        {
            uint h = 0;
            for (int before = 0; before <= 35; before++)
            {
                var bytes = new byte[before + bad.Length + 20];
                for (int i = 0; i < bytes.Length; i++) bytes[i] = (byte)('A' + i % 26);
                Array.Copy(bad, 0, bytes, before, bad.Length);
                string s = Encoding.UTF8.GetString(bytes);
                h = h * 31 + Digest(s) + (uint)Encoding.UTF8.GetCharCount(bytes);
            }
            var shortOne = new byte[] { 0x41, 0x42 };
            var framed = new byte[bad.Length + 4];
            framed[0] = 0x41; framed[1] = 0x42;
            Array.Copy(bad, 0, framed, 2, bad.Length);
            framed[framed.Length - 2] = 0x43; framed[framed.Length - 1] = 0x44;
            Console.WriteLine(Hex(bad) + ": " + Units(Encoding.UTF8.GetString(framed)) + " " + h + " " + Encoding.UTF8.GetString(shortOne));
        }

        // a long text with non-ASCII every few words, decoded in chunks that split sequences
        var text = new StringBuilder();
        for (int i = 0; i < 500; i++) text.Append(i % 5 == 0 ? "grüße " : i % 7 == 0 ? "€uro " : i % 11 == 0 ? "\U0001F600 " : "plain words ");
        byte[] encoded = Encoding.UTF8.GetBytes(text.ToString());
        using (var reader = new StreamReader(new MemoryStream(encoded), Encoding.UTF8, false, 7))
        {
            string decoded = reader.ReadToEnd();
            Console.WriteLine("chunked: " + (decoded == text.ToString()) + " " + decoded.Length + " " + encoded.Length);
        }
        Console.WriteLine("offsets: " + Encoding.UTF8.GetString(encoded, 3, 40).Length + " " + Units(Encoding.UTF8.GetString(encoded, 1, 30)));
        var chars = new char[encoded.Length];
        int n = Encoding.UTF8.GetChars(encoded, 0, encoded.Length, chars, 0);
        Console.WriteLine("GetChars: " + n + " " + Digest(new string(chars, 0, n)));
        var into = new byte[Encoding.UTF8.GetByteCount(text.ToString()) + 5];
        int written = Encoding.UTF8.GetBytes(text.ToString(), 0, text.Length, into, 5);
        Console.WriteLine("GetBytes into: " + written + " " + Digest(into));
        Console.WriteLine("empty: " + Encoding.UTF8.GetBytes("").Length + " [" + Encoding.UTF8.GetString(new byte[0]) + "] " + Encoding.ASCII.GetString(new byte[0]).Length);
        Console.WriteLine("ascii: " + Encoding.ASCII.GetString(new byte[] { 0x41, 0x80, 0xFF, 0x7F, 0x42 }).Replace('\x7F', '~') + " " + Hex(Encoding.ASCII.GetBytes("Aé\U0001F600z")));
    }
}
