// expect-stdout-file: EncoderDecoderChunks.out
// .NET Core (3.0+) replaces each maximal invalid UTF-8 subpart with one U+FFFD: E0 80 and ED A0 decode to two
// replacement characters each, where Mono's older decoder gives one; everything else is as Mono prints.
using System;
using System.Text;

class EncoderDecoderChunks
{
    static string Codes(char[] chars, int count)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < count; i++) sb.Append(((int)chars[i]).ToString("X4")).Append(' ');
        return sb.ToString().TrimEnd();
    }

    static string Codes(string s) { return Codes(s.ToCharArray(), s.Length); }

    // Decodes bytes fed in chunks of the given size; prints what each call produced when asked.
    static string DecodeInChunks(Encoding encoding, byte[] bytes, int chunk, bool trace)
    {
        Decoder decoder = encoding.GetDecoder();
        var result = new StringBuilder();
        char[] buffer = new char[64];
        for (int at = 0; at < bytes.Length; at += chunk)
        {
            int n = Math.Min(chunk, bytes.Length - at);
            bool last = at + n >= bytes.Length;
            int predicted = decoder.GetCharCount(bytes, at, n, last);
            int produced = decoder.GetChars(bytes, at, n, buffer, 0, last);
            if (predicted != produced) Console.WriteLine("count mismatch " + predicted + " " + produced);
            if (trace) Console.WriteLine("  [" + at + "+" + n + "] -> " + produced + (produced > 0 ? ": " + Codes(buffer, produced) : ""));
            result.Append(buffer, 0, produced);
        }
        return result.ToString();
    }

    static byte[] EncodeInChunks(Encoding encoding, string text, int chunk)
    {
        Encoder encoder = encoding.GetEncoder();
        char[] chars = text.ToCharArray();
        byte[] buffer = new byte[64];
        var output = new System.Collections.Generic.List<byte>();
        for (int at = 0; at < chars.Length; at += chunk)
        {
            int n = Math.Min(chunk, chars.Length - at);
            bool last = at + n >= chars.Length;
            int predicted = encoder.GetByteCount(chars, at, n, last);
            int produced = encoder.GetBytes(chars, at, n, buffer, 0, last);
            if (predicted != produced) Console.WriteLine("byte count mismatch " + predicted + " " + produced);
            for (int i = 0; i < produced; i++) output.Add(buffer[i]);
        }
        return output.ToArray();
    }

    static bool Same(byte[] a, byte[] b)
    {
        if (a.Length != b.Length) return false;
        for (int i = 0; i < a.Length; i++) if (a[i] != b[i]) return false;
        return true;
    }

    static void RoundTrips(Encoding encoding, string name)
    {
        string text = "A\u00e9\u20ac\ud83d\ude00z\u0416\ud800\udc00!";
        byte[] whole = encoding.GetBytes(text);
        Console.Write(name + " " + whole.Length + " bytes:");
        for (int chunk = 1; chunk <= 9; chunk++)
        {
            bool decoded = DecodeInChunks(encoding, whole, chunk, false) == text;
            bool encoded = Same(EncodeInChunks(encoding, text, chunk), whole);
            Console.Write(" " + chunk + (decoded ? "d" : "D!") + (encoded ? "e" : "E!"));
        }
        Console.WriteLine();
    }

    static void Traces()
    {
        Console.WriteLine("UTF-8 euro and emoji byte by byte:");
        DecodeInChunks(Encoding.UTF8, new byte[] { 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80 }, 1, true);
        Console.WriteLine("UTF-8 invalid sequences in pairs:");
        DecodeInChunks(Encoding.UTF8, new byte[] { 0x41, 0xe0, 0x80, 0xc3, 0x28, 0xf0, 0x9f, 0x41, 0xed, 0xa0, 0x80, 0xff, 0xc3 }, 2, true);
        Console.WriteLine("UTF-8 truncated at the end:");
        DecodeInChunks(Encoding.UTF8, new byte[] { 0x61, 0xf0, 0x9f, 0x98 }, 3, true);
        Console.WriteLine("UTF-16LE odd chunks:");
        DecodeInChunks(Encoding.Unicode, Encoding.Unicode.GetBytes("x\ud83d\ude00y"), 3, true);
        Console.WriteLine("UTF-16LE lone surrogates:");
        DecodeInChunks(Encoding.Unicode, new byte[] { 0x3d, 0xd8, 0x41, 0x00, 0x00, 0xde, 0x3d, 0xd8 }, 2, true);
        Console.WriteLine("UTF-16BE with a final odd byte:");
        DecodeInChunks(Encoding.BigEndianUnicode, new byte[] { 0x00, 0x41, 0xd8, 0x3d, 0xde, 0x00, 0x00 }, 4, true);
    }

    static void StatefulDetails()
    {
        Decoder d = Encoding.UTF8.GetDecoder();
        char[] chars = new char[8];
        Console.WriteLine("held " + d.GetChars(new byte[] { 0xe2, 0x82 }, 0, 2, chars, 0));
        Console.WriteLine("count without flush " + d.GetCharCount(new byte[0], 0, 0) + " with flush " + d.GetCharCount(new byte[0], 0, 0, true));
        d.Reset();
        Console.WriteLine("after Reset " + d.GetChars(new byte[] { 0xac }, 0, 1, chars, 0, true) + " " + Codes(chars, 1));
        Console.WriteLine("flush then more " + d.GetChars(new byte[] { 0xc3 }, 0, 1, chars, 0, true) + " " + d.GetChars(new byte[] { 0xa9 }, 0, 1, chars, 1, true) + " " + Codes(chars, 2));

        Encoder e = Encoding.UTF8.GetEncoder();
        byte[] bytes = new byte[16];
        Console.WriteLine("encoder holds high surrogate " + e.GetBytes(new[] { 'a', '\ud83d' }, 0, 2, bytes, 0, false)
            + ", completes the pair " + e.GetBytes(new[] { '\ude00' }, 0, 1, bytes, 0, true) + " " + bytes[0].ToString("x2"));
        Console.WriteLine("flushed lone high " + e.GetBytes(new[] { '\ud83d' }, 0, 1, bytes, 0, true) + " " + bytes[0].ToString("x2") + bytes[1].ToString("x2") + bytes[2].ToString("x2"));
        e.GetBytes(new[] { '\ud83d' }, 0, 1, bytes, 0, false);
        e.Reset();
        Console.WriteLine("reset drops it " + e.GetBytes(new[] { 'b' }, 0, 1, bytes, 0, true));

        Decoder small = Encoding.UTF8.GetDecoder();
        try { small.GetChars(new byte[] { 0x41, 0x42, 0x43 }, 0, 3, new char[2], 0); }
        catch (ArgumentException) { Console.WriteLine("too small: ArgumentException"); }
    }

    static void Conversions()
    {
        byte[] source = Encoding.UTF8.GetBytes("h\u00e9llo \u20ac!");
        Decoder d = Encoding.UTF8.GetDecoder();
        char[] chars = new char[4];
        int at = 0;
        var sb = new StringBuilder();
        while (true)
        {
            int bytesUsed, charsUsed;
            bool completed;
            d.Convert(source, at, source.Length - at, chars, 0, chars.Length, true, out bytesUsed, out charsUsed, out completed);
            Console.WriteLine("Convert bytes " + bytesUsed + " chars " + charsUsed + " completed " + completed);
            sb.Append(chars, 0, charsUsed);
            at += bytesUsed;
            if (completed) break;
        }
        Console.WriteLine(sb.ToString() == "h\u00e9llo \u20ac!");
        Encoder e = Encoding.UTF8.GetEncoder();
        char[] text = "\u00e9\u00e9\u00e9abc".ToCharArray();
        byte[] bytes = new byte[4];
        int charsDone = 0;
        while (true)
        {
            int charsUsed, bytesUsed;
            bool completed;
            e.Convert(text, charsDone, text.Length - charsDone, bytes, 0, bytes.Length, true, out charsUsed, out bytesUsed, out completed);
            Console.WriteLine("Encoder.Convert chars " + charsUsed + " bytes " + bytesUsed + " completed " + completed);
            charsDone += charsUsed;
            if (completed) break;
        }
    }

    static void EncodingMembers()
    {
        byte[] bytes = Encoding.UTF8.GetBytes("xy\u00e9z");
        char[] chars = new char[6];
        Console.WriteLine(Encoding.UTF8.GetCharCount(bytes, 1, 3) + " " + Encoding.UTF8.GetChars(bytes, 1, 3, chars, 2) + " " + Codes(chars, 6));
        byte[] output = new byte[8];
        Console.WriteLine(Encoding.Unicode.GetByteCount("abc".ToCharArray(), 1, 2) + " " + Encoding.Unicode.GetBytes("abc".ToCharArray(), 1, 2, output, 3) + " " + BitConverter.ToString(output));
        Console.WriteLine(Encoding.UTF8.GetMaxCharCount(10) + " " + Encoding.Unicode.GetMaxCharCount(10) + " " + Encoding.Unicode.GetMaxCharCount(11) + " " + Encoding.ASCII.GetMaxCharCount(10));
        Console.WriteLine(Codes(Encoding.Unicode.GetString(new byte[] { 0x00, 0xd8, 0x41, 0x00, 0x00, 0xdc })));
    }

    static void Main()
    {
        RoundTrips(Encoding.UTF8, "UTF-8");
        RoundTrips(Encoding.Unicode, "UTF-16LE");
        RoundTrips(Encoding.BigEndianUnicode, "UTF-16BE");
        Traces();
        StatefulDetails();
        Conversions();
        EncodingMembers();
    }
}
