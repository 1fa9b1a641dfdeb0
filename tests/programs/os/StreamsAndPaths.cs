// FileStream, StreamReader and StreamWriter over real files in a fresh temporary directory: byte order marks
// detected (UTF-8, UTF-16 LE and BE) or kept, AutoFlush making writes visible at once, binary records written and
// read back with seeking, append mode, SetLength, the asynchronous methods (which complete on Kiln's run loop),
// and Path's Unix rules.
using System;
using System.IO;
using System.Text;
using System.Threading.Tasks;

class StreamsAndPaths
{
    static string root;

    static void Main()
    {
        root = Path.Combine(Path.GetTempPath(), "kiln-streams-" + Path.GetRandomFileName());
        Directory.CreateDirectory(root);
        try
        {
            Encodings();
            Binary();
            Async().Wait();
        }
        finally { Directory.Delete(root, true); }
        Paths();
    }

    static void Encodings()
    {
        string f = Path.Combine(root, "text");
        foreach (Encoding e in new Encoding[] { new UTF8Encoding(true), Encoding.Unicode, Encoding.BigEndianUnicode, new UTF8Encoding(false) })
        {
            File.WriteAllText(f, "Grüße\r\nzweite ☃ Zeile\n", e);
            using (var r = new StreamReader(f))
            {
                string first = r.ReadLine();
                Console.WriteLine(File.ReadAllBytes(f).Length + " " + first + " | " + r.ReadLine() + " | " + r.CurrentEncoding.WebName + " " + (r.ReadLine() == null) + " " + r.EndOfStream);
            }
            using (var r = new StreamReader(f, Encoding.UTF8, false))
                Console.WriteLine("no detection: " + (int)r.ReadToEnd()[0]);
        }
        using (var w = new StreamWriter(f, false, Encoding.Unicode)) w.Write("x");
        Console.WriteLine(BitConverter.ToString(File.ReadAllBytes(f)));
        using (var w = new StreamWriter(f))
        {
            w.Write("buffered");
            Console.WriteLine("before flush: " + new FileInfo(f).Length);
            w.AutoFlush = true;
            Console.WriteLine("autoflush on: " + new FileInfo(f).Length);
            w.WriteLine(" and more");
            Console.WriteLine("after write: " + new FileInfo(f).Length);
        }
        using (var w = new StreamWriter(f, true)) w.Write("+appended");
        Console.WriteLine(File.ReadAllText(f).Replace("\n", "\\n"));
        using (var r = new StreamReader(f))
        {
            char[] buf = new char[5];
            Console.WriteLine(r.Read(buf, 0, 5) + " " + new string(buf) + " " + (char)r.Peek() + " " + (char)r.Read());
        }
    }

    static void Binary()
    {
        string f = Path.Combine(root, "records.bin");
        using (var s = new FileStream(f, FileMode.Create))
        using (var w = new BinaryWriter(s))
        {
            for (int i = 0; i < 100; i++) { w.Write(i); w.Write(i * 1.5); w.Write("name" + i); }
            w.Flush();
            Console.WriteLine("length " + s.Length + " position " + s.Position);
        }
        using (var s = File.OpenRead(f))
        using (var r = new BinaryReader(s))
        {
            int count = 0; double sum = 0; string last = null;
            while (s.Position < s.Length) { count += r.ReadInt32() >= 0 ? 1 : 0; sum += r.ReadDouble(); last = r.ReadString(); }
            Console.WriteLine(count + " " + sum + " " + last);
            s.Seek(0, SeekOrigin.Begin);
            Console.WriteLine(r.ReadInt32() + " " + r.ReadDouble() + " " + r.ReadString() + " at " + s.Position);
            s.Seek(-7, SeekOrigin.End);
            Console.WriteLine(r.ReadString() + " " + s.Position);
            s.Position = 17;
            Console.WriteLine(r.ReadInt32() + " " + s.Seek(0, SeekOrigin.Current));
        }
        using (var s = new FileStream(f, FileMode.Open, FileAccess.ReadWrite))
        {
            s.SetLength(10);
            s.Seek(0, SeekOrigin.End);
            s.WriteByte(0xFF);
            s.Position = 2;
            s.Write(new byte[] { 7, 7 }, 0, 2);
            Console.WriteLine(s.Length + " " + s.ReadByte() + " " + s.Position);
        }
        Console.WriteLine(BitConverter.ToString(File.ReadAllBytes(f)));
        using (var s = new FileStream(f, FileMode.Append))
        {
            s.Write(new byte[] { 1, 2, 3 }, 0, 3);
            Console.WriteLine(s.Position + " " + s.CanRead + " " + s.CanSeek);
            try { s.Seek(0, SeekOrigin.Begin); } catch (IOException) { Console.WriteLine("cannot seek back into appended data"); }
        }
        Console.WriteLine(new FileInfo(f).Length);
    }

    static async Task Async()
    {
        string f = Path.Combine(root, "async.bin");
        byte[] data = new byte[100000];
        for (int i = 0; i < data.Length; i++) data[i] = (byte)(i % 251);
        using (var s = new FileStream(f, FileMode.Create, FileAccess.Write, FileShare.None, 4096, true))
        {
            await s.WriteAsync(data, 0, data.Length);
            await s.FlushAsync();
        }
        using (var s = new FileStream(f, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, true))
        using (var copy = new MemoryStream())
        {
            byte[] head = new byte[10];
            int n = await s.ReadAsync(head, 0, head.Length);
            await s.CopyToAsync(copy);
            Console.WriteLine(n + " " + head[9] + " " + copy.Length + " " + copy.ToArray()[copy.Length - 1]);
        }
        using (var w = new StreamWriter(Path.Combine(root, "async.txt")))
        {
            await w.WriteLineAsync("async line");
            await w.WriteAsync("tail");
            await w.FlushAsync();
        }
        using (var r = new StreamReader(Path.Combine(root, "async.txt")))
            Console.WriteLine(await r.ReadLineAsync() + "|" + await r.ReadToEndAsync());
    }

    static void Paths()
    {
        Console.WriteLine(Path.GetFullPath("/a/b/../c/./d//e/"));
        Console.WriteLine(Path.GetFullPath("/a/../../x"));
        Console.WriteLine(Path.GetFullPath("q/../r", "/base/dir"));
        Console.WriteLine(Path.Combine("a", "b", "/c", "d") + " " + Path.Combine("a/", "b") + " " + Path.Combine("", "b"));
        Console.WriteLine(Path.GetRelativePath("/a/b/c", "/a/d/e") + " " + Path.GetRelativePath("/a/b", "/a/b/c/") + " " + Path.GetRelativePath("/a/b", "/a/b") + " " + Path.GetRelativePath("/x", "/y/z"));
        Console.WriteLine(Path.GetFileName("/a/b.c.txt") + " " + Path.GetFileNameWithoutExtension("/a/b.c.txt") + " " + Path.GetExtension("/a.b/c") + "|" + Path.GetExtension("file.") + "|" + Path.GetExtension(".bashrc"));
        Console.WriteLine(Path.ChangeExtension("/a/b.txt", ".md") + " " + Path.ChangeExtension("/a/b.txt", null) + " " + Path.ChangeExtension("b", "x") + " " + Path.ChangeExtension("b.txt", ""));
        Console.WriteLine(Path.HasExtension("a.b") + " " + Path.HasExtension("a.") + " " + Path.IsPathRooted("/x") + " " + Path.IsPathRooted("x/y") + " " + Path.IsPathRooted("C:\\x"));
        Console.WriteLine(Path.GetDirectoryName("/a/b/c") + " " + Path.GetDirectoryName("/a") + " " + (Path.GetDirectoryName("/") == null) + " [" + Path.GetDirectoryName("file") + "] " + Path.GetDirectoryName("a//b"));
        Console.WriteLine(Path.GetPathRoot("/x/y") + " [" + Path.GetPathRoot("x") + "]");
        Console.WriteLine(Path.DirectorySeparatorChar + " " + Path.AltDirectorySeparatorChar + " " + Path.PathSeparator + " " + Path.VolumeSeparatorChar);
        Console.WriteLine(Path.GetInvalidPathChars().Length + " " + Path.GetInvalidFileNameChars().Length);
        string random = Path.GetRandomFileName();
        Console.WriteLine(random.Length + " " + random.IndexOf('.'));
        string temp = Path.GetTempFileName();
        Console.WriteLine(File.Exists(temp) + " " + new FileInfo(temp).Length + " " + temp.StartsWith(Path.GetTempPath()) + " " + Path.GetExtension(temp));
        File.Delete(temp);
        Console.WriteLine(Path.GetTempPath().EndsWith("/"));
    }
}
