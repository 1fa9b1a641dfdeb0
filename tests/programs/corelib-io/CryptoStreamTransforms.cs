using System;
using System.IO;
using System.Security.Cryptography;
using System.Text;

class CryptoStreamTransforms
{
    // A toy transform with 3-byte input blocks and 4-byte output blocks: each block becomes its bytes plus their sum;
    // the final block is marked with its length.
    class SumBlocks : ICryptoTransform
    {
        public int Calls;
        public int InputBlockSize { get { return 3; } }
        public int OutputBlockSize { get { return 4; } }
        public bool CanTransformMultipleBlocks { get { return false; } }
        public bool CanReuseTransform { get { return true; } }

        public int TransformBlock(byte[] input, int offset, int count, byte[] output, int outputOffset)
        {
            Calls++;
            int sum = 0;
            for (int i = 0; i < 3; i++) { output[outputOffset + i] = input[offset + i]; sum += input[offset + i]; }
            output[outputOffset + 3] = (byte)sum;
            return 4;
        }

        public byte[] TransformFinalBlock(byte[] input, int offset, int count)
        {
            byte[] result = new byte[count + 1];
            Array.Copy(input, offset, result, 0, count);
            result[count] = (byte)(0xF0 + count);
            return result;
        }

        public void Dispose() { }
    }

    static string Hex(byte[] bytes)
    {
        var sb = new StringBuilder();
        foreach (byte b in bytes) sb.Append(b.ToString("x2"));
        return sb.ToString();
    }

    static byte[] Data(int n)
    {
        byte[] data = new byte[n];
        for (int i = 0; i < n; i++) data[i] = (byte)(i + 1);
        return data;
    }

    static void Hashing()
    {
        byte[] data = Encoding.UTF8.GetBytes("hash me through a stream, in several writes");
        SHA1 sha1 = SHA1.Create();
        var sink = new MemoryStream();
        using (var crypto = new CryptoStream(sink, sha1, CryptoStreamMode.Write))
        {
            crypto.Write(data, 0, 10);
            crypto.Write(data, 10, 1);
            crypto.Write(data, 11, data.Length - 11);
            Console.WriteLine("before final " + crypto.HasFlushedFinalBlock + " can " + crypto.CanRead + crypto.CanWrite + crypto.CanSeek);
            crypto.FlushFinalBlock();
            Console.WriteLine("after final " + crypto.HasFlushedFinalBlock);
            try { crypto.FlushFinalBlock(); } catch (NotSupportedException) { Console.WriteLine("twice: NotSupportedException"); }
            Console.WriteLine("passed through " + (Encoding.UTF8.GetString(sink.ToArray()) == Encoding.UTF8.GetString(data)));
        }
        Console.WriteLine("SHA1 " + Hex(sha1.Hash) + " same " + (Hex(sha1.Hash) == Hex(SHA1.Create().ComputeHash(data))));
        Console.WriteLine("sink closed " + !sink.CanWrite);

        MD5 md5 = MD5.Create();
        var reader = new CryptoStream(new MemoryStream(data), md5, CryptoStreamMode.Read);
        byte[] buffer = new byte[7];
        var copy = new MemoryStream();
        int n;
        while ((n = reader.Read(buffer, 0, buffer.Length)) > 0) copy.Write(buffer, 0, n);
        Console.WriteLine("read " + copy.Length + " MD5 " + Hex(md5.Hash) + " same " + (Hex(md5.Hash) == Hex(MD5.Create().ComputeHash(data))));

        SHA256 sha256 = SHA256.Create();
        using (var nothing = new CryptoStream(Stream.Null, sha256, CryptoStreamMode.Write)) nothing.Write(data, 0, data.Length);
        Console.WriteLine("Dispose flushes the final block: " + (Hex(sha256.Hash) == Hex(SHA256.Create().ComputeHash(data))));
    }

    static void Blocks()
    {
        foreach (int length in new[] { 0, 1, 3, 7, 9 })
        {
            var transform = new SumBlocks();
            var sink = new MemoryStream();
            var writer = new CryptoStream(sink, transform, CryptoStreamMode.Write, true);
            byte[] data = Data(length);
            for (int i = 0; i < length; i += 2) writer.Write(data, i, Math.Min(2, length - i));
            writer.FlushFinalBlock();
            Console.Write("write " + length + ": " + Hex(sink.ToArray()) + " calls " + transform.Calls);

            var readTransform = new SumBlocks();
            var reader = new CryptoStream(new MemoryStream(data), readTransform, CryptoStreamMode.Read);
            byte[] all = new byte[64];
            int total = 0, n;
            while ((n = reader.Read(all, total, 5)) > 0) total += n;
            byte[] read = new byte[total];
            Array.Copy(all, read, total);
            Console.WriteLine(" | read " + Hex(read));
        }
    }

    static void Errors()
    {
        try { new CryptoStream(new MemoryStream(new byte[1], false), SHA1.Create(), CryptoStreamMode.Write); }
        catch (ArgumentException) { Console.WriteLine("unwritable: ArgumentException"); }
        var writer = new CryptoStream(new MemoryStream(), SHA1.Create(), CryptoStreamMode.Write);
        try { writer.Read(new byte[1], 0, 1); } catch (NotSupportedException) { Console.WriteLine("read from writer: NotSupportedException"); }
        try { long x = writer.Length; } catch (NotSupportedException) { Console.WriteLine("Length: NotSupportedException"); }
        try { writer.Seek(0, SeekOrigin.Begin); } catch (NotSupportedException) { Console.WriteLine("Seek: NotSupportedException"); }
    }

    static void Main()
    {
        Hashing();
        Blocks();
        Errors();
    }
}
