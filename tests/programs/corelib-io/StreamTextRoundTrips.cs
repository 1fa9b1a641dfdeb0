using System;
using System.IO;
using System.Text;

class StreamTextRoundTrips
{
    static string Hex(byte[] bytes, int max)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < bytes.Length && i < max; i++) sb.Append(bytes[i].ToString("x2"));
        return sb.ToString();
    }

    static string Show(string s) { return s == null ? "null" : "[" + s.Replace("\r", "\\r").Replace("\n", "\\n") + "]"; }

    static void Writing()
    {
        var ms = new MemoryStream();
        var w = new StreamWriter(ms);
        w.Write("h\u00e9llo");
        Console.WriteLine("buffered: " + ms.Length + " encoding " + w.Encoding.WebName);
        w.WriteLine(42);
        w.Flush();
        Console.WriteLine("flushed: " + Hex(ms.ToArray(), 64));
        w.Write('\ud83d');
        w.Write('\ude00');
        w.Flush();
        Console.WriteLine("pair across writes: " + Hex(ms.ToArray(), 64));
        w.Dispose();
        Console.WriteLine("writer closed the stream: " + !ms.CanWrite);

        var bom = new MemoryStream();
        using (var u = new StreamWriter(bom, Encoding.UTF8)) u.Write("a");
        Console.WriteLine("UTF8 with BOM: " + Hex(bom.ToArray(), 16));
        var le = new MemoryStream();
        using (var u = new StreamWriter(le, Encoding.Unicode, 16, true)) { u.Write("ab"); }
        Console.WriteLine("UTF-16: " + Hex(le.ToArray(), 16) + " left open " + le.CanWrite);
        using (var again = new StreamWriter(le, Encoding.Unicode)) again.Write("c");
        Console.WriteLine("appended without second BOM: " + Hex(le.ToArray(), 16));

        var small = new MemoryStream();
        var sw = new StreamWriter(small, new UTF8Encoding(false), 128);
        sw.Write(new string('x', 200));
        Console.WriteLine("buffer of 128 spilled: " + small.Length);
        sw.AutoFlush = true;
        Console.WriteLine("AutoFlush: " + small.Length);
        sw.Write("yz");
        Console.WriteLine("after autoflushed write: " + small.Length);
        try { new StreamWriter(new MemoryStream(new byte[1], false)); } catch (ArgumentException) { Console.WriteLine("unwritable: ArgumentException"); }
        try { new StreamWriter((Stream)null); } catch (ArgumentNullException e) { Console.WriteLine("null stream: " + e.ParamName); }
    }

    static void Reading()
    {
        byte[] text = Encoding.UTF8.GetBytes("line one\r\nl\u00efne two\nthird\rlast \u20ac");
        var r = new StreamReader(new MemoryStream(text));
        string line;
        while ((line = r.ReadLine()) != null) Console.Write(Show(line) + " ");
        Console.WriteLine("end " + r.EndOfStream);

        var withBom = new MemoryStream(new byte[] { 0xef, 0xbb, 0xbf, 0x41, 0x42 });
        var rb = new StreamReader(withBom);
        Console.WriteLine("BOM skipped " + Show(rb.ReadToEnd()) + " " + rb.CurrentEncoding.WebName);
        var utf16 = new MemoryStream(new byte[] { 0xff, 0xfe, 0x41, 0x00, 0xe9, 0x00 });
        var r16 = new StreamReader(utf16);
        Console.WriteLine("UTF-16 detected " + r16.Peek() + " " + Show(r16.ReadToEnd()) + " " + r16.CurrentEncoding.WebName);
        var be = new MemoryStream(new byte[] { 0xfe, 0xff, 0x00, 0x41 });
        Console.WriteLine("UTF-16BE detected " + Show(new StreamReader(be).ReadToEnd()));
        var noDetect = new MemoryStream(new byte[] { 0xff, 0xfe, 0x41, 0x00 });
        Console.WriteLine("not detected " + new StreamReader(noDetect, Encoding.UTF8, false).ReadToEnd().Length);

        // multi-byte characters across the reader's buffer boundary
        var sb = new StringBuilder();
        for (int i = 0; i < 300; i++) sb.Append(i % 3 == 0 ? '\u20ac' : i % 3 == 1 ? 'a' : '\u00e9');
        string big = sb.ToString();
        var rr = new StreamReader(new MemoryStream(Encoding.UTF8.GetBytes(big)), Encoding.UTF8, false, 128);
        char[] buffer = new char[50];
        var back = new StringBuilder();
        int n;
        while ((n = rr.Read(buffer, 0, buffer.Length)) > 0) back.Append(buffer, 0, n);
        Console.WriteLine("chunked decode ok " + (back.ToString() == big) + " " + back.Length);
        var single = new StreamReader(new MemoryStream(Encoding.UTF8.GetBytes("x\u00e9")));
        Console.WriteLine("char by char " + single.Read() + " " + single.Peek() + " " + single.Read() + " " + single.Read() + " " + single.Peek());
        var closing = new MemoryStream(new byte[3]);
        new StreamReader(closing).Dispose();
        Console.WriteLine("reader closed the stream: " + !closing.CanRead);
        var open = new MemoryStream(new byte[3]);
        new StreamReader(open, Encoding.UTF8, true, 16, true).Dispose();
        Console.WriteLine("leaveOpen: " + open.CanRead);
    }

    static void Main()
    {
        Writing();
        Reading();
    }
}
