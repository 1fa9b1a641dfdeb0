using System;
using System.IO;

class MemoryStreamBasics
{
    static void Show(string label, MemoryStream ms)
    {
        Console.WriteLine(label + ": pos " + ms.Position + " len " + ms.Length + " cap " + ms.Capacity
            + " r/w/s " + ms.CanRead + "/" + ms.CanWrite + "/" + ms.CanSeek + " [" + (ms.Length <= 32 ? Hex(ms.ToArray()) : Sum(ms.ToArray())) + "]");
    }

    static string Sum(byte[] bytes)
    {
        int sum = 0;
        foreach (byte b in bytes) sum = sum * 31 + b;
        return "sum " + sum;
    }

    static string Hex(byte[] bytes)
    {
        var sb = new System.Text.StringBuilder();
        foreach (byte b in bytes) sb.Append(b.ToString("x2"));
        return sb.ToString();
    }

    static void Try(string label, Action action)
    {
        try { action(); Console.WriteLine(label + ": ok"); }
        catch (ArgumentOutOfRangeException e) { Console.WriteLine(label + ": ArgumentOutOfRangeException " + e.ParamName); }
        catch (ArgumentNullException e) { Console.WriteLine(label + ": ArgumentNullException " + e.ParamName); }
        catch (ArgumentException) { Console.WriteLine(label + ": ArgumentException"); }
        catch (Exception e) { Console.WriteLine(label + ": " + e.GetType().Name); }
    }

    static void Growth()
    {
        var ms = new MemoryStream();
        Show("empty", ms);
        ms.WriteByte(1);
        Show("one byte", ms);
        ms.Write(new byte[300], 0, 300);
        Show("301 bytes", ms);
        ms.Write(new byte[300], 0, 300);
        Show("601 bytes", ms);
        var sized = new MemoryStream(10);
        sized.Write(new byte[11], 0, 11);
        Show("grown from 10", sized);
        var big = new MemoryStream(300);
        big.Write(new byte[301], 0, 301);
        Show("grown from 300", big);
        big.Capacity = 1000;
        Show("capacity set", big);
        Try("capacity below length", () => big.Capacity = 3);
        big.Capacity = 301;
        Show("capacity trimmed", big);
    }

    static void SeekingAndGaps()
    {
        var ms = new MemoryStream();
        ms.Write(new byte[] { 1, 2, 3, 4 }, 0, 4);
        Console.WriteLine("seek begin " + ms.Seek(1, SeekOrigin.Begin) + " read " + ms.ReadByte());
        Console.WriteLine("seek current " + ms.Seek(1, SeekOrigin.Current) + " read " + ms.ReadByte());
        Console.WriteLine("seek end " + ms.Seek(-4, SeekOrigin.End) + " read " + ms.ReadByte());
        Console.WriteLine("seek past end " + ms.Seek(3, SeekOrigin.End) + " read " + ms.ReadByte());
        ms.WriteByte(9);
        Show("gap filled with zeros", ms);
        ms.Position = 10;
        ms.Write(new byte[] { 7, 7 }, 0, 2);
        Show("second gap", ms);
        Try("seek before begin", () => ms.Seek(-1, SeekOrigin.Begin));
        Try("seek before begin from end", () => ms.Seek(-100, SeekOrigin.End));
        Try("negative position", () => ms.Position = -1);
        Try("bad origin", () => ms.Seek(0, (SeekOrigin)7));
        ms.SetLength(3);
        Show("truncated", ms);
        ms.SetLength(6);
        Show("extended with zeros", ms);
        ms.Position = 0;
        byte[] buffer = new byte[10];
        Console.WriteLine("read " + ms.Read(buffer, 2, 10 - 2) + " [" + Hex(buffer) + "] again " + ms.Read(buffer, 0, 5) + " byte " + ms.ReadByte());
    }

    static void FixedBuffers()
    {
        byte[] data = { 10, 20, 30, 40, 50, 60 };
        var whole = new MemoryStream(data);
        Show("over array", whole);
        whole.WriteByte(99);
        Console.WriteLine("written through: " + data[0]);
        Try("grow fixed", () => whole.Write(new byte[10], 0, 10));
        Try("capacity fixed", () => whole.Capacity = 100);
        Try("GetBuffer private", () => whole.GetBuffer());
        ArraySegment<byte> segment;
        Console.WriteLine("TryGetBuffer private " + whole.TryGetBuffer(out segment) + " " + (segment.Array == null));

        var readOnly = new MemoryStream(data, false);
        Show("read-only", readOnly);
        Try("write read-only", () => readOnly.WriteByte(1));
        Try("SetLength read-only", () => readOnly.SetLength(1));

        var window = new MemoryStream(data, 2, 3);
        Show("window", window);
        Console.WriteLine("first " + window.ReadByte() + " seek " + window.Seek(0, SeekOrigin.End));
        window.Position = 0;
        window.Write(new byte[] { 1, 2 }, 0, 2);
        Console.WriteLine("data " + Hex(data));
        Try("window grows", () => window.Write(new byte[2], 0, 2));
        window.SetLength(1);
        Show("window truncated", window);

        var visible = new MemoryStream(data, 1, 4, true, true);
        Console.WriteLine("visible buffer is data: " + (visible.GetBuffer() == data));
        Console.WriteLine("visible TryGetBuffer " + visible.TryGetBuffer(out segment) + " " + segment.Offset + " " + segment.Count);
        var own = new MemoryStream();
        own.Write(data, 0, 3);
        Console.WriteLine("own buffer length " + own.GetBuffer().Length + " TryGetBuffer " + own.TryGetBuffer(out segment) + " " + segment.Offset + " " + segment.Count);
    }

    static void Arguments()
    {
        var ms = new MemoryStream();
        Try("null buffer ctor", () => new MemoryStream(null));
        Try("negative capacity", () => new MemoryStream(-1));
        Try("bad window", () => new MemoryStream(new byte[4], 2, 3));
        Try("negative index", () => new MemoryStream(new byte[4], -1, 3));
        Try("write null", () => ms.Write(null, 0, 0));
        Try("write negative offset", () => ms.Write(new byte[4], -1, 1));
        // .NET Core throws ArgumentOutOfRangeException (count), Mono its base ArgumentException
        try { ms.Read(new byte[4], 2, 3); }
        catch (ArgumentException e) { Console.WriteLine("read too many: " + (e is ArgumentException)); }
        Try("negative length", () => ms.SetLength(-1));
        Try("WriteTo null", () => ms.WriteTo(null));
    }

    static void Disposal()
    {
        var ms = new MemoryStream();
        ms.Write(new byte[] { 5, 6, 7 }, 0, 3);
        ms.Dispose();
        Console.WriteLine("after dispose r/w/s " + ms.CanRead + "/" + ms.CanWrite + "/" + ms.CanSeek + " ToArray " + Hex(ms.ToArray()));
        Try("Length", () => { long x = ms.Length; });
        Try("Position", () => { long x = ms.Position; });
        Try("Read", () => ms.Read(new byte[1], 0, 1));
        Try("ReadByte", () => ms.ReadByte());
        Try("Write", () => ms.Write(new byte[1], 0, 1));
        Try("Seek", () => ms.Seek(0, SeekOrigin.Begin));
        Try("Capacity", () => { int x = ms.Capacity; });
        Try("GetBuffer", () => ms.GetBuffer());
        Try("Flush", () => ms.Flush());
        ms.Dispose();
        Console.WriteLine("disposed twice");
    }

    static void Copying()
    {
        var source = new MemoryStream();
        for (int i = 0; i < 1000; i++) source.WriteByte((byte)(i * 7));
        source.Position = 100;
        var target = new MemoryStream();
        source.CopyTo(target);
        Console.WriteLine("copied " + target.Length + " source at " + source.Position + " first " + target.ToArray()[0]);
        source.Position = 990;
        var small = new MemoryStream();
        source.CopyTo(small, 3);
        Console.WriteLine("copied " + Hex(small.ToArray()));
        var sink = new MemoryStream();
        source.Position = 0;
        source.WriteTo(sink);
        Console.WriteLine("WriteTo " + sink.Length + " source still at " + source.Position);
        Try("CopyTo null", () => source.CopyTo(null));
        Try("CopyTo zero buffer", () => source.CopyTo(new MemoryStream(), 0));
        Try("CopyTo read-only", () => source.CopyTo(new MemoryStream(new byte[4], false)));
        var closed = new MemoryStream();
        closed.Dispose();
        Try("CopyTo closed", () => source.CopyTo(closed));

        Stream nothing = Stream.Null;
        nothing.Write(new byte[5], 0, 5);
        Console.WriteLine("Stream.Null: " + nothing.Read(new byte[5], 0, 5) + " " + nothing.ReadByte() + " " + nothing.Length + " " + nothing.CanRead + nothing.CanWrite + nothing.CanSeek + nothing.CanTimeout);
    }

    static void Main()
    {
        Growth();
        SeekingAndGaps();
        FixedBuffers();
        Arguments();
        Disposal();
        Copying();
    }
}
