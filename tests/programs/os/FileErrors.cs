// expect-stdout-file: FileErrors.out
// The exceptions .NET throws on Linux for failing file operations, with their messages (Mono words several of
// them differently): missing files and directories, access denied, existing files, non-empty directories, names
// too long, a full device (a write that fails raises instead of losing data), arguments; and FileInfo's status
// refreshed after this object deletes or creates its file (.NET 5 and later).
using System;
using System.IO;
using System.Text;

class FileErrors
{
    static string root;

    static void Try(string what, Action action)
    {
        try
        {
            action();
            Console.WriteLine(what + ": ok");
        }
        catch (Exception e)
        {
            string message = e.Message.Replace(root, "~");
            Console.WriteLine(what + ": " + e.GetType().Name + ": " + message);
        }
    }

    static void Main()
    {
        root = Path.Combine(Path.GetTempPath(), "kiln-err-" + Path.GetRandomFileName());
        Directory.CreateDirectory(root);
        try { Run(); }
        finally { Directory.Delete(root, true); }
    }

    static void Run()
    {
        string missing = Path.Combine(root, "missing.txt");
        string noDir = Path.Combine(root, "nodir", "x.txt");
        string dir = Path.Combine(root, "dir");
        string file = Path.Combine(root, "file.txt");
        Directory.CreateDirectory(dir);
        File.WriteAllText(file, "content");
        File.WriteAllText(Path.Combine(dir, "inner.txt"), "x");
        File.WriteAllText(Path.Combine(dir, "stays.txt"), "x");

        Try("ReadAllText missing", () => File.ReadAllText(missing));
        Try("ReadAllBytes in missing dir", () => File.ReadAllBytes(noDir));
        Try("OpenRead missing", () => File.OpenRead(missing));
        Try("ReadLines missing", () => File.ReadLines(missing));
        Try("StreamReader missing", () => new StreamReader(missing));
        Try("WriteAllText in missing dir", () => File.WriteAllText(noDir, "x"));
        Try("open a directory", () => File.ReadAllText(dir));
        Try("write a directory", () => File.WriteAllText(dir, "x"));
        Try("CreateNew existing", () => new FileStream(file, FileMode.CreateNew));
        Try("Copy onto existing", () => File.Copy(file, Path.Combine(dir, "inner.txt")));
        Try("Copy missing", () => File.Copy(missing, Path.Combine(root, "copy.txt")));
        Try("Move missing", () => File.Move(missing, Path.Combine(root, "moved.txt")));
        Try("Move onto existing", () => File.Move(file, Path.Combine(dir, "inner.txt")));
        Try("Move overwrite", () => File.Move(Path.Combine(dir, "inner.txt"), Path.Combine(root, "inner2.txt"), true));
        Try("Move overwrite existing", () => { File.WriteAllText(Path.Combine(root, "m1"), "1"); File.WriteAllText(Path.Combine(root, "m2"), "22"); File.Move(Path.Combine(root, "m1"), Path.Combine(root, "m2"), true); Console.Write(File.ReadAllText(Path.Combine(root, "m2")) + " "); });
        Try("Delete in missing dir", () => File.Delete(noDir));
        Try("Delete a directory as file", () => File.Delete(dir));
        Try("GetAttributes missing", () => File.GetAttributes(missing));
        Try("SetLastWriteTime missing", () => File.SetLastWriteTimeUtc(missing, DateTime.UtcNow));
        Try("Length missing", () => Console.Write(new FileInfo(missing).Length));
        Try("long name", () => File.WriteAllText(Path.Combine(root, new string('n', 300)), "x"));
        Try("empty path", () => File.ReadAllText(""));
        Try("null path", () => File.ReadAllText(null));
        Try("Directory.Delete not empty", () => Directory.Delete(dir));
        Try("Directory.Delete missing", () => Directory.Delete(Path.Combine(root, "nodir")));
        Try("Directory.Delete a file", () => Directory.Delete(file, true));
        Try("Directory.CreateDirectory over file", () => Directory.CreateDirectory(file));
        Try("Directory.Move missing", () => Directory.Move(Path.Combine(root, "nodir"), Path.Combine(root, "other")));
        Try("Directory.Move onto existing", () => Directory.Move(dir, Path.Combine(root, "file.txt")));
        Try("Directory.Move same", () => Directory.Move(dir, dir));
        Try("GetFiles missing", () => Directory.GetFiles(Path.Combine(root, "nodir")));
        Try("EnumerateFiles missing", () => Directory.EnumerateFiles(Path.Combine(root, "nodir")));
        Try("GetFiles of a file", () => Directory.GetFiles(file));
        Try("GetFiles null pattern", () => Directory.GetFiles(dir, null));
        Try("SetCurrentDirectory missing", () => Directory.SetCurrentDirectory(Path.Combine(root, "nodir")));
        Try("CreateSubdirectory outside", () => new DirectoryInfo(dir).CreateSubdirectory("../escape"));
        Try("GetFullPath empty", () => Path.GetFullPath(""));
        Try("GetRelativePath null", () => Path.GetRelativePath(null, "a"));
        Try("write /dev/full", () => File.WriteAllText("/dev/full", "data that cannot be written"));
        Try("flush /dev/full", () => { using (var w = new StreamWriter("/dev/full")) { w.Write("x"); w.Flush(); } });
        Try("WriteByte /dev/full dispose", () => { var s = new FileStream("/dev/full", FileMode.Open, FileAccess.Write); s.WriteByte(1); s.Dispose(); });
        Try("seek before start", () => { using (var s = File.OpenRead(file)) s.Seek(-1, SeekOrigin.Begin); });
        Try("read write-only", () => { using (var s = new FileStream(Path.Combine(root, "wo"), FileMode.Create, FileAccess.Write)) s.ReadByte(); });
        Try("closed stream", () => { var s = File.OpenRead(file); s.Dispose(); s.ReadByte(); });
        Try("exclusive share", () => { using (File.Open(file, FileMode.Open, FileAccess.Read, FileShare.None)) File.OpenRead(file); });

        // FileInfo's cached status after its own Delete/Create (.NET 5+ invalidates it)
        var fi = new FileInfo(Path.Combine(root, "cached.txt"));
        File.WriteAllText(fi.FullName, "abc");
        Console.WriteLine(fi.Exists + " " + fi.Length);
        fi.Delete();
        Console.WriteLine(fi.Exists);
        using (fi.Create()) { }
        Console.WriteLine(fi.Exists + " " + fi.Length);
        Console.WriteLine(new FileInfo(Path.Combine(root, "nothing")).IsReadOnly + " " + new DirectoryInfo(file).Exists + " " + new FileInfo(dir).Exists);
    }
}
