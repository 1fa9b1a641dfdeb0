// expect-stdout-file: HashDataNetCore.out
// The one-shot HashData and the HashSizeIn* constants are .NET 5+/7+ API that Mono's mscorlib lacks; the digests
// are the standard test vectors (RFC 1321, FIPS 180-4 examples).
using System;
using System.Security.Cryptography;
using System.Text;

class HashDataNetCore
{
    static string Hex(byte[] bytes)
    {
        var sb = new StringBuilder();
        foreach (byte b in bytes) sb.Append(b.ToString("x2"));
        return sb.ToString();
    }

    static void Main()
    {
        byte[] abc = Encoding.ASCII.GetBytes("abc");
        Console.WriteLine(Hex(MD5.HashData(abc)) + " " + MD5.HashSizeInBits + " " + MD5.HashSizeInBytes);
        Console.WriteLine(Hex(SHA1.HashData(abc)) + " " + SHA1.HashSizeInBits + " " + SHA1.HashSizeInBytes);
        Console.WriteLine(Hex(SHA256.HashData(abc)) + " " + SHA256.HashSizeInBits + " " + SHA256.HashSizeInBytes);
        Console.WriteLine(Hex(SHA256.HashData(new byte[0])));
        try { SHA1.HashData(null); } catch (ArgumentNullException e) { Console.WriteLine("null: " + e.ParamName); }
    }
}
