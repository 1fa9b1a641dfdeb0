// expect-stdout-file: FileRoundTrips.out
// Files on P/Invoke: FileStream (modes, buffered reads and writes, Seek, Position, Length, SetLength, append) and
// File's whole-file operations, in a fresh directory under /tmp, with the exceptions .NET throws for a missing file,
// a missing directory, a directory opened as a file, an existing file created anew and a file opened twice where one
// stream shares nothing (.NET's messages; Mono words
// those differently, hence the expected-output file).
using System;
using System.IO;
using System.Text;

static class FileRoundTrips
{
    static string dir;

    static string Short(string path) { return path.Replace(dir, "<dir>"); }

    static void Expect(string what, Action action)
    {
        try
        {
            action();
            Console.WriteLine(what + ": no exception");
        }
        catch (Exception e)
        {
            Console.WriteLine(what + ": " + e.GetType().Name + ": " + Short(e.Message));
        }
    }

    static int Main()
    {
        dir = Path.Combine(Path.GetTempPath(), "kiln-files-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        Console.WriteLine("created " + Directory.Exists(dir) + " " + File.Exists(dir));
        try
        {
            Run();
        }
        finally
        {
            Directory.Delete(dir, true);
        }
        Console.WriteLine("deleted " + Directory.Exists(dir));
        return 0;
    }

    static void Run()
    {
        string text = Path.Combine(dir, "text.txt");
        File.WriteAllText(text, "first line\nzweite Zeile ü\n");
        Console.WriteLine("exists " + File.Exists(text) + " length " + new FileInfoLength(text).Length);
        File.AppendAllText(text, "third\n");
        Console.WriteLine("text [" + File.ReadAllText(text).Replace("\n", "|") + "]");
        string[] lines = File.ReadAllLines(text);
        Console.WriteLine("lines " + lines.Length + " " + lines[1]);
        File.WriteAllLines(text, new[] { "a", "b", "c" });
        Console.WriteLine("bytes " + string.Join(",", File.ReadAllBytes(text)));

        string data = Path.Combine(dir, "data.bin");
        byte[] big = new byte[10000];
        for (int i = 0; i < big.Length; i++) big[i] = (byte)(i * 7);
        File.WriteAllBytes(data, big);
        byte[] back = File.ReadAllBytes(data);
        bool same = back.Length == big.Length;
        for (int i = 0; same && i < big.Length; i++) same = back[i] == big[i];
        Console.WriteLine("round trip " + back.Length + " " + same);

        using (var fs = new FileStream(data, FileMode.Open, FileAccess.ReadWrite))
        {
            Console.WriteLine("stream " + fs.CanRead + " " + fs.CanWrite + " " + fs.CanSeek + " " + fs.Length + " " + fs.Position);
            byte[] chunk = new byte[5];
            int n = fs.Read(chunk, 0, 5);
            Console.WriteLine("read " + n + " " + string.Join(",", chunk) + " at " + fs.Position);
            fs.Seek(-3, SeekOrigin.End);
            Console.WriteLine("end " + fs.ReadByte() + " " + fs.ReadByte() + " " + fs.ReadByte() + " " + fs.ReadByte() + " at " + fs.Position);
            fs.Position = 2;
            fs.WriteByte(200);
            fs.Write(new byte[] { 1, 2, 3 }, 0, 3);
            Console.WriteLine("written at " + fs.Position);
            fs.Seek(0, SeekOrigin.Begin);
            n = fs.Read(chunk, 0, 5);
            Console.WriteLine("reread " + string.Join(",", chunk));
            fs.SetLength(6);
            Console.WriteLine("truncated " + fs.Length + " at " + fs.Position);
            fs.Seek(0, SeekOrigin.End);
            fs.Write(new byte[] { 9, 9 }, 0, 2);
            Console.WriteLine("grown " + fs.Length);
        }
        Console.WriteLine("file " + string.Join(",", File.ReadAllBytes(data)));

        using (var fs = new FileStream(data, FileMode.Append))
        {
            Console.WriteLine("append at " + fs.Position + " " + fs.CanRead);
            fs.WriteByte(42);
            Expect("seek before append start", () => fs.Seek(0, SeekOrigin.Begin));
        }
        Console.WriteLine("appended " + File.ReadAllBytes(data).Length);

        using (var writer = new StreamWriter(new FileStream(Path.Combine(dir, "w.txt"), FileMode.CreateNew)))
        {
            for (int i = 0; i < 3; i++) writer.WriteLine("line " + i);
        }
        using (var reader = new StreamReader(File.OpenRead(Path.Combine(dir, "w.txt"))))
        {
            string line;
            while ((line = reader.ReadLine()) != null) Console.WriteLine("read " + line);
        }

        Expect("missing file", () => File.ReadAllBytes(Path.Combine(dir, "nope.txt")));
        Expect("missing directory", () => File.ReadAllText(Path.Combine(dir, "nodir", "nope.txt")));
        Expect("create in missing directory", () => File.WriteAllText(Path.Combine(dir, "nodir", "x.txt"), "x"));
        Expect("directory as file", () => new FileStream(dir, FileMode.Open));
        Expect("create new over existing", () => new FileStream(text, FileMode.CreateNew));
        Expect("read-only truncate", () => new FileStream(text, FileMode.Truncate, FileAccess.Read));
        using (var exclusive = new FileStream(text, FileMode.Open, FileAccess.Read, FileShare.None))
        {
            Expect("shared while exclusive", () => File.ReadAllText(text));
        }
        Console.WriteLine("after exclusive " + File.ReadAllText(text).Length);
        Expect("delete missing", () => File.Delete(Path.Combine(dir, "nope.txt")));
        File.Delete(text);
        Console.WriteLine("after delete " + File.Exists(text));
        Console.WriteLine("files " + Directory.GetFiles(dir).Length);
    }

    // FileInfo is not part of this test: the length through a stream
    struct FileInfoLength
    {
        public long Length;
        public FileInfoLength(string path) { using (var fs = File.OpenRead(path)) Length = fs.Length; }
    }
}
