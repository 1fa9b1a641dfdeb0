// Standard input as a byte stream (Console.OpenStandardInput): read in blocks to the end, then 0.
// stdin-file: StdinToEnd.txt
using System;
using System.IO;

class StdinStream
{
    static void Main()
    {
        Stream input = Console.OpenStandardInput();
        Console.WriteLine(input.CanRead + " " + input.CanWrite + " " + input.CanSeek);
        byte[] buffer = new byte[1000];
        long total = 0, sum = 0;
        int n;
        while ((n = input.Read(buffer, 0, buffer.Length)) > 0)
        {
            total += n;
            for (int i = 0; i < n; i++) sum = (sum * 131 + buffer[i]) % 1000000007;
        }
        Console.WriteLine(total + " bytes, checksum " + sum + ", then " + input.Read(buffer, 0, 10) + " and " + input.ReadByte());
    }
}
