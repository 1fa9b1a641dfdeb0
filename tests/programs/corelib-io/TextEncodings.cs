// Encoding text to bytes and back, as file and network code does: UTF-8 (multi-byte characters, surrogate pairs,
// invalid sequences replaced by U+FFFD), ASCII with '?' replacement, UTF-16 in both byte orders, preambles,
// byte counts, Base64 and a hex dump.
using System;
using System.Text;

class TextEncodings
{
    static string Hex(byte[] bytes) { return BitConverter.ToString(bytes).Replace("-", " "); }
    static string Codes(string s)
    {
        var sb = new StringBuilder();
        foreach (char c in s) sb.Append(((int)c).ToString("X4")).Append(' ');
        return sb.ToString().TrimEnd();
    }

    static int Main()
    {
        string[] samples = { "hello", "naïve café", "Ωμέγα", "日本語", "emoji \uD83D\uDE00!", "" };
        foreach (string s in samples)
        {
            byte[] utf8 = Encoding.UTF8.GetBytes(s);
            byte[] utf16 = Encoding.Unicode.GetBytes(s);
            Console.WriteLine("{0,-3} utf8 {1,2} [{2}] utf16 {3,2} roundtrip {4}{5}", s.Length, utf8.Length, Hex(utf8), utf16.Length,
                Encoding.UTF8.GetString(utf8) == s, Encoding.Unicode.GetString(utf16) == s);
        }
        Console.WriteLine("ascii " + Hex(Encoding.ASCII.GetBytes("añb€c")) + " -> " + Encoding.ASCII.GetString(new byte[] { 0x41, 0xC3, 0x42 }));
        Console.WriteLine("big endian " + Hex(Encoding.BigEndianUnicode.GetBytes("Aé")) + " little " + Hex(Encoding.Unicode.GetBytes("Aé")) + " back " + Encoding.BigEndianUnicode.GetString(new byte[] { 0, 0x41, 0x03, 0xA9 }));
        byte[][] invalid =
        {
            new byte[] { 0x61, 0xFF, 0x62 }, new byte[] { 0xC3 }, new byte[] { 0xE2, 0x82 }, new byte[] { 0xE2, 0x82, 0x41 },
            new byte[] { 0xC0, 0xAF }, new byte[] { 0xF0, 0x9F, 0x98, 0x80 }, new byte[] { 0x80, 0x80 }, new byte[] { 0xF0, 0x9F, 0x41 },
        };
        foreach (byte[] b in invalid) Console.WriteLine("decode [" + Hex(b) + "] -> " + Codes(Encoding.UTF8.GetString(b)));
        Console.WriteLine("lone surrogate " + Hex(Encoding.UTF8.GetBytes("a\uD800b")) + " | " + Hex(Encoding.UTF8.GetBytes("\uDC00")));
        Console.WriteLine("preambles " + Hex(Encoding.UTF8.GetPreamble()) + " | " + Hex(Encoding.Unicode.GetPreamble()) + " | " + Hex(new UTF8Encoding(false).GetPreamble()) + "| " + Encoding.UTF8.WebName + " " + Encoding.ASCII.WebName);
        Console.WriteLine("counts " + Encoding.UTF8.GetByteCount("€uro") + " " + Encoding.Unicode.GetByteCount("€uro") + " " + Encoding.ASCII.GetByteCount("€uro") + " chars " + Encoding.UTF8.GetCharCount(new byte[] { 0xE2, 0x82, 0xAC, 0x41 }));
        byte[] buffer = new byte[10];
        int written = Encoding.UTF8.GetBytes("xyé", 0, 3, buffer, 2);
        Console.WriteLine("into buffer " + written + " [" + Hex(buffer) + "] slice " + Encoding.UTF8.GetString(buffer, 2, written) + " chars " + new string(Encoding.UTF8.GetChars(buffer, 2, 2)));
        string b64 = Convert.ToBase64String(Encoding.UTF8.GetBytes("Many hands make light work. ☃"));
        Console.WriteLine("base64 " + b64 + " -> " + Encoding.UTF8.GetString(Convert.FromBase64String(b64)));
        var dump = new StringBuilder();
        byte[] data = Encoding.UTF8.GetBytes("Kiln compiles IL\n\tto native code!");
        for (int off = 0; off < data.Length; off += 16)
        {
            dump.Append(off.ToString("X4")).Append(": ");
            var ascii = new StringBuilder();
            for (int k = 0; k < 16; k++)
            {
                if (off + k < data.Length) { dump.Append(data[off + k].ToString("x2")).Append(' '); ascii.Append(data[off + k] >= 32 && data[off + k] < 127 ? (char)data[off + k] : '.'); }
                else dump.Append("   ");
            }
            dump.Append(' ').Append(ascii).AppendLine();
        }
        Console.Write(dump);
        return 100;
    }
}
