using System;
using System.IO;
using System.Security.Cryptography;
using System.Text;

class HashAlgorithms
{
    static string Hex(byte[] bytes)
    {
        if (bytes == null) return "null";
        var sb = new StringBuilder();
        foreach (byte b in bytes) sb.Append(b.ToString("x2"));
        return sb.ToString();
    }

    static HashAlgorithm[] All()
    {
        return new HashAlgorithm[] { MD5.Create(), SHA1.Create(), SHA256.Create(), new SHA1Managed(), new SHA256Managed(),
                                     new MD5CryptoServiceProvider(), new SHA1CryptoServiceProvider() };
    }

    static void KnownVectors()
    {
        string[] inputs = { "", "a", "abc", "message digest", "abcdefghijklmnopqrstuvwxyz",
                            "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
                            "The quick brown fox jumps over the lazy dog" };
        foreach (HashAlgorithm h in new HashAlgorithm[] { MD5.Create(), SHA1.Create(), SHA256.Create() })
        {
            Console.WriteLine("size " + h.HashSize + " hash before use " + Hex(h.Hash));
            foreach (string s in inputs) Console.WriteLine("  " + Hex(h.ComputeHash(Encoding.ASCII.GetBytes(s))));
            byte[] million = new byte[1000000];
            for (int i = 0; i < million.Length; i++) million[i] = (byte)'a';
            Console.WriteLine("  million a: " + Hex(h.ComputeHash(million)));
        }
    }

    // Every length around the padding boundaries, fed whole, in one Transform per byte, and through a stream.
    static void Boundaries()
    {
        byte[] data = new byte[300];
        for (int i = 0; i < data.Length; i++) data[i] = (byte)(i * 31 + 7);
        foreach (HashAlgorithm h in All())
        {
            var digest = new StringBuilder();
            bool consistent = true;
            foreach (int length in new[] { 0, 1, 54, 55, 56, 57, 63, 64, 65, 119, 120, 127, 128, 129, 191, 192, 299 })
            {
                byte[] whole = h.ComputeHash(data, 300 - length, length);
                for (int i = 0; i < length; i++) h.TransformBlock(data, 300 - length + i, 1, null, 0);
                h.TransformFinalBlock(data, 0, 0);
                byte[] streamed = h.ComputeHash(new MemoryStream(data, 300 - length, length));
                consistent &= Hex(whole) == Hex(h.Hash) && Hex(whole) == Hex(streamed);
                digest.Append(Hex(whole).Substring(0, 8)).Append(' ');
            }
            Console.WriteLine(h.HashSize + " consistent " + consistent + ": " + digest);
        }
    }

    static void Transforms()
    {
        SHA256 h = SHA256.Create();
        byte[] input = Encoding.UTF8.GetBytes("transform me, please, across several calls");
        byte[] output = new byte[input.Length];
        int at = 0;
        int[] steps = { 5, 0, 17, 64 };
        foreach (int step in steps)
        {
            int n = Math.Min(step, input.Length - at);
            Console.Write(h.TransformBlock(input, at, n, output, at) + " ");
            at += n;
        }
        try { var x = h.Hash; } catch (CryptographicUnexpectedOperationException) { Console.Write("unfinished Hash: CryptographicUnexpectedOperationException "); }
        byte[] last = h.TransformFinalBlock(input, at, input.Length - at);
        Console.WriteLine("final " + last.Length + " copied through " + (Encoding.UTF8.GetString(output, 0, at) + Encoding.UTF8.GetString(last)));
        Console.WriteLine("Hash " + Hex(h.Hash));
        Console.WriteLine("same as one call " + (Hex(h.Hash) == Hex(SHA256.Create().ComputeHash(input))));
        byte[] copy = h.Hash;
        copy[0] ^= 0xff;
        Console.WriteLine("Hash is a copy " + (Hex(copy) != Hex(h.Hash)));
        Console.WriteLine("block sizes " + h.InputBlockSize + " " + h.OutputBlockSize + " " + h.CanTransformMultipleBlocks + " " + h.CanReuseTransform);
        ICryptoTransform transform = MD5.Create();
        transform.TransformBlock(input, 0, 3, input, 0);
        transform.TransformFinalBlock(new byte[0], 0, 0);
        Console.WriteLine("as ICryptoTransform " + Hex(((HashAlgorithm)transform).Hash));
    }

    static void Errors()
    {
        HashAlgorithm h = SHA1.Create();
        try { h.ComputeHash((byte[])null); } catch (ArgumentNullException e) { Console.WriteLine("null buffer: " + e.ParamName); }
        try { h.ComputeHash(new byte[4], -1, 2); } catch (ArgumentOutOfRangeException e) { Console.WriteLine("negative offset: " + e.ParamName); }
        try { h.ComputeHash(new byte[4], 3, 2); } catch (ArgumentException e) { Console.WriteLine("bad range: " + e.GetType().Name); }
        try { h.TransformBlock(null, 0, 0, null, 0); } catch (ArgumentNullException e) { Console.WriteLine("null input: " + e.ParamName); }
        h.Dispose();
        try { h.ComputeHash(new byte[1]); } catch (ObjectDisposedException) { Console.WriteLine("disposed: ObjectDisposedException"); }
        var other = MD5.Create();
        other.ComputeHash(new byte[] { 1 });
        other.Clear();
        try { other.ComputeHash(new byte[1]); } catch (ObjectDisposedException) { Console.WriteLine("cleared: ObjectDisposedException"); }
        var reused = SHA256.Create();
        reused.TransformBlock(new byte[] { 1, 2, 3 }, 0, 3, null, 0);
        reused.Initialize();
        reused.TransformFinalBlock(new byte[0], 0, 0);
        Console.WriteLine("Initialize restarts: " + (Hex(reused.Hash) == Hex(SHA256.Create().ComputeHash(new byte[0]))));
    }

    static void Main()
    {
        KnownVectors();
        Boundaries();
        Transforms();
        Errors();
    }
}
