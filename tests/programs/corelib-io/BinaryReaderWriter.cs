using System;
using System.IO;
using System.Text;

class BinaryReaderWriter
{
    // Mono keeps Read/Write7BitEncodedInt protected; .NET 5+ made them public: a subclass reaches both.
    class Writer7 : BinaryWriter
    {
        public Writer7(Stream s) : base(s) { }
        public void Write7(int v) { Write7BitEncodedInt(v); }
    }

    class Reader7 : BinaryReader
    {
        public Reader7(Stream s) : base(s) { }
        public int Read7() { return Read7BitEncodedInt(); }
    }

    static string Hex(byte[] bytes)
    {
        var sb = new StringBuilder();
        foreach (byte b in bytes) sb.Append(b.ToString("x2"));
        return sb.ToString();
    }

    static void Primitives()
    {
        var ms = new MemoryStream();
        var w = new BinaryWriter(ms);
        w.Write(true); w.Write(false);
        w.Write((byte)200); w.Write((sbyte)-5);
        w.Write((short)-12345); w.Write((ushort)54321);
        w.Write(-123456789); w.Write(3000000000u);
        w.Write(-1234567890123456789L); w.Write(18000000000000000000UL);
        w.Write(3.5f); w.Write(-0.1); w.Write(double.NaN); w.Write(float.NegativeInfinity);
        w.Write(123.4567m); w.Write(-79228162514264337593543950335m); w.Write(0.0000000000000000000000000001m);
        w.Write('A'); w.Write('\u00e9'); w.Write('\u20ac');
        w.Write(new char[] { 'x', 'y', '\u00fc' });
        w.Write(new byte[] { 1, 2, 3 });
        w.Write(new byte[] { 9, 8, 7, 6 }, 1, 2);
        w.Flush();
        Console.WriteLine("written " + ms.Length + ": " + Hex(ms.ToArray()));

        ms.Position = 0;
        var r = new BinaryReader(ms);
        Console.WriteLine(r.ReadBoolean() + " " + r.ReadBoolean() + " " + r.ReadByte() + " " + r.ReadSByte());
        Console.WriteLine(r.ReadInt16() + " " + r.ReadUInt16() + " " + r.ReadInt32() + " " + r.ReadUInt32());
        Console.WriteLine(r.ReadInt64() + " " + r.ReadUInt64());
        Console.WriteLine(r.ReadSingle() + " " + r.ReadDouble() + " " + r.ReadDouble() + " " + r.ReadSingle());
        Console.WriteLine(r.ReadDecimal() + " " + r.ReadDecimal() + " " + r.ReadDecimal());
        Console.WriteLine(r.ReadChar() + " " + (int)r.ReadChar() + " " + (int)r.ReadChar());
        char[] chars = r.ReadChars(3);
        Console.WriteLine(chars.Length + " " + chars[0] + chars[1] + " " + (int)chars[2]);
        Console.WriteLine(Hex(r.ReadBytes(3)) + " " + Hex(r.ReadBytes(10)));
        Console.WriteLine("at end: " + r.PeekChar() + " " + r.Read() + " " + r.ReadBytes(4).Length + " " + r.ReadChars(4).Length);
        try { r.ReadInt32(); } catch (EndOfStreamException) { Console.WriteLine("ReadInt32 past end: EndOfStreamException"); }
        try { r.ReadByte(); } catch (EndOfStreamException) { Console.WriteLine("ReadByte past end: EndOfStreamException"); }
        try { r.ReadChar(); } catch (EndOfStreamException) { Console.WriteLine("ReadChar past end: EndOfStreamException"); }
        ms.Position = ms.Length - 1;
        try { r.ReadInt16(); } catch (EndOfStreamException) { Console.WriteLine("half an Int16: EndOfStreamException"); }
    }

    static void Strings(Encoding encoding, string name)
    {
        var ms = new MemoryStream();
        var w = encoding == null ? new BinaryWriter(ms) : new BinaryWriter(ms, encoding);
        string[] samples = { "", "hello", "h\u00e9llo w\u00f6rld \u20ac", "\ud83d\ude00 smile", new string('z', 127), new string('q', 128), new string('\u00e9', 300) };
        // ASCII replaces a surrogate pair with one '?' on .NET Core and with two on Mono
        if (encoding is ASCIIEncoding) samples[3] = "no smile";
        foreach (string s in samples) w.Write(s);
        Console.WriteLine(name + " bytes " + ms.Length + " head " + Hex(Head(ms.ToArray(), 40)));
        ms.Position = 0;
        var r = encoding == null ? new BinaryReader(ms) : new BinaryReader(ms, encoding);
        foreach (string s in samples)
        {
            string back = r.ReadString();
            Console.WriteLine("  " + (back == s) + " " + back.Length);
        }
        ms.Position = 0;
        r.ReadString();
        r.ReadString();
        Console.WriteLine("  peek " + r.PeekChar() + " position kept " + ms.Position);
        ms.SetLength(ms.Position + 3);
        try { r.ReadString(); } catch (EndOfStreamException) { Console.WriteLine("  truncated string: EndOfStreamException"); }
    }

    static byte[] Head(byte[] bytes, int n)
    {
        byte[] head = new byte[Math.Min(n, bytes.Length)];
        Array.Copy(bytes, head, head.Length);
        return head;
    }

    static void SevenBit()
    {
        var ms = new MemoryStream();
        var w = new Writer7(ms);
        int[] values = { 0, 1, 127, 128, 255, 16383, 16384, 2097151, 2097152, int.MaxValue, -1, int.MinValue };
        foreach (int v in values) w.Write7(v);
        Console.WriteLine("7-bit " + Hex(ms.ToArray()));
        ms.Position = 0;
        var r = new Reader7(ms);
        foreach (int v in values) Console.Write(r.Read7() == v ? "=" : "!");
        Console.WriteLine();
        var bad = new Reader7(new MemoryStream(new byte[] { 0xff, 0xff, 0xff, 0xff, 0xff, 0x01 }));
        try { bad.Read7(); } catch (FormatException) { Console.WriteLine("too many bytes: FormatException"); }
        var badString = new BinaryReader(new MemoryStream(new byte[] { 0xff, 0xff, 0xff, 0xff, 0x0f }));
        try { badString.ReadString(); } catch (IOException) { Console.WriteLine("negative string length: IOException"); }
    }

    static void Characters()
    {
        // UTF-8 characters read one at a time; a decoder finishes characters whose bytes arrive separately
        var ms = new MemoryStream(Encoding.UTF8.GetBytes("a\u00e9\u20acz"));
        var r = new BinaryReader(ms);
        while (r.PeekChar() != -1) Console.Write((int)r.Read() + "@" + ms.Position + " ");
        Console.WriteLine();
        ms.Position = 0;
        char[] buffer = new char[10];
        Console.WriteLine("Read(char[]) " + r.Read(buffer, 2, 3) + " " + (int)buffer[2] + " " + (int)buffer[4] + " at " + ms.Position);
        var utf16 = new MemoryStream(Encoding.Unicode.GetBytes("AB\u00e9"));
        var r16 = new BinaryReader(utf16, Encoding.Unicode);
        Console.WriteLine("UTF-16 " + r16.ReadChar() + " " + new string(r16.ReadChars(5)) + " at " + utf16.Position);
        var w = new BinaryWriter(new MemoryStream());
        try { w.Write('\ud83d'); } catch (ArgumentException) { Console.WriteLine("lone surrogate char: ArgumentException"); }
    }

    static void Ownership()
    {
        var ms = new MemoryStream();
        var w = new BinaryWriter(ms, Encoding.UTF8, true);
        w.Write(42);
        w.Dispose();
        Console.WriteLine("leaveOpen writer: stream usable " + ms.CanWrite + " length " + ms.Length);
        var r = new BinaryReader(ms, Encoding.UTF8, true);
        Console.WriteLine("BaseStream same " + (r.BaseStream == ms) + " " + (w.BaseStream == ms));
        r.Dispose();
        Console.WriteLine("leaveOpen reader: stream usable " + ms.CanRead);
        try { r.ReadInt32(); } catch (ObjectDisposedException) { Console.WriteLine("disposed reader: ObjectDisposedException"); }
        var owned = new MemoryStream();
        new BinaryWriter(owned).Close();
        Console.WriteLine("owning writer closed the stream: " + !owned.CanWrite);
        var owned2 = new MemoryStream(new byte[4]);
        new BinaryReader(owned2).Close();
        Console.WriteLine("owning reader closed the stream: " + !owned2.CanRead);
        try { new BinaryWriter(new MemoryStream(new byte[2], false)); } catch (ArgumentException) { Console.WriteLine("unwritable: ArgumentException"); }
        try { new BinaryReader(null); } catch (ArgumentNullException e) { Console.WriteLine("null input: " + e.ParamName); }
        var seekWriter = new BinaryWriter(new MemoryStream());
        seekWriter.Write(1L);
        Console.WriteLine("writer Seek " + seekWriter.Seek(2, SeekOrigin.Begin));
        BinaryWriter.Null.Write("dropped");
        Console.WriteLine("BinaryWriter.Null takes anything");
    }

    static void Main()
    {
        Primitives();
        Strings(null, "UTF-8 default");
        Strings(Encoding.Unicode, "UTF-16");
        Strings(Encoding.ASCII, "ASCII");
        SevenBit();
        Characters();
        Ownership();
    }
}
