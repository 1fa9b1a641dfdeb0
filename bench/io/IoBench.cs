// File I/O speed (bench/io.sh): "bytes FILE MB" writes MB megabytes with File.WriteAllBytes and reads them back
// with File.ReadAllBytes; "words FILE" reads a text file line by line with StreamReader and counts the words (runs
// of characters other than spaces and tabs). The result goes to stdout (compared between implementations), the
// milliseconds of each timed step to stderr.
using System;
using System.Diagnostics;
using System.IO;

class IoBench
{
    static int Main(string[] args)
    {
        if (args.Length >= 3 && args[0] == "bytes") return Bytes(args[1], int.Parse(args[2]));
        if (args.Length >= 2 && args[0] == "words") return Words(args[1]);
        Console.Error.WriteLine("usage: IoBench bytes FILE MB | words FILE");
        return 2;
    }

    static int Bytes(string path, int megabytes)
    {
        byte[] data = new byte[megabytes << 20];
        uint x = 2463534242;
        for (int i = 0; i < data.Length; i++)
        {
            x ^= x << 13; x ^= x >> 17; x ^= x << 5;
            data[i] = (byte)x;
        }
        var watch = Stopwatch.StartNew();
        File.WriteAllBytes(path, data);
        long write = watch.ElapsedMilliseconds;
        watch.Restart();
        byte[] back = File.ReadAllBytes(path);
        long read = watch.ElapsedMilliseconds;
        long sum = 0;
        for (int i = 0; i < back.Length; i += 4093) sum += back[i];
        Console.WriteLine(back.Length + " " + sum);
        Console.Error.WriteLine("write " + write + " read " + read);
        return 0;
    }

    static int Words(string path)
    {
        var watch = Stopwatch.StartNew();
        long lines = 0, words = 0, chars = 0;
        using (var reader = new StreamReader(path))
        {
            string line;
            while ((line = reader.ReadLine()) != null)
            {
                lines++;
                chars += line.Length;
                bool inWord = false;
                for (int i = 0; i < line.Length; i++)
                {
                    char c = line[i];
                    bool space = c == ' ' || c == '\t';
                    if (!space && !inWord) words++;
                    inWord = !space;
                }
            }
        }
        Console.WriteLine(lines + " lines " + words + " words " + chars + " chars");
        Console.Error.WriteLine("words " + watch.ElapsedMilliseconds);
        return 0;
    }
}
