// Files and directories in a fresh temporary directory: text, lines and bytes round trips, append, copy, move,
// delete, a recursive tree listed with search patterns (sorted, as readdir's order is the file system's), FileInfo
// and DirectoryInfo with their cached status and Refresh, attributes and times; everything removed at the end.
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

class FileSystemTrees
{
    static string root;

    static string Rel(string path) { return path.StartsWith(root) ? "~" + path.Substring(root.Length) : path; }

    static void Show(string title, IEnumerable<string> paths)
    {
        var list = paths.Select(Rel).ToList();
        list.Sort(StringComparer.Ordinal);
        Console.WriteLine(title + ": " + string.Join(" ", list));
    }

    static void Main()
    {
        root = Path.Combine(Path.GetTempPath(), "kiln-fs-" + Path.GetRandomFileName());
        Directory.CreateDirectory(root);
        try { Run(); }
        finally { Directory.Delete(root, true); }
        Console.WriteLine("cleaned: " + !Directory.Exists(root));
    }

    static void Run()
    {
        string a = Path.Combine(root, "a.txt");
        File.WriteAllText(a, "héllo\nwörld\r\nlast");
        Console.WriteLine(File.ReadAllText(a).Replace("\r", "\\r").Replace("\n", "\\n"));
        Console.WriteLine(string.Join("|", File.ReadAllLines(a)));
        Console.WriteLine(File.ReadAllBytes(a).Length + " bytes, first " + File.ReadAllBytes(a)[0]);
        File.AppendAllText(a, "\nmore");
        File.AppendAllLines(a, new[] { "x", "y" });
        Console.WriteLine(string.Join("|", File.ReadLines(a)));
        var lines = File.ReadLines(a);
        Console.WriteLine(lines.Count() + " " + lines.Count() + " " + lines.First());
        File.WriteAllLines(a, new List<string> { "one", "two" });
        Console.WriteLine(File.ReadAllText(a).Replace("\n", "\\n"));
        File.WriteAllText(Path.Combine(root, "u16.txt"), "wide ☃", Encoding.Unicode);
        Console.WriteLine(File.ReadAllText(Path.Combine(root, "u16.txt")) + " " + File.ReadAllBytes(Path.Combine(root, "u16.txt")).Length);
        File.WriteAllText(Path.Combine(root, "be.txt"), "big ☃", Encoding.BigEndianUnicode);
        Console.WriteLine(File.ReadAllText(Path.Combine(root, "be.txt")));
        File.WriteAllText(Path.Combine(root, "bom.txt"), "bom", new UTF8Encoding(true));
        Console.WriteLine(File.ReadAllBytes(Path.Combine(root, "bom.txt")).Length + " " + File.ReadAllText(Path.Combine(root, "bom.txt")).Length);
        byte[] bytes = new byte[70000];
        for (int i = 0; i < bytes.Length; i++) bytes[i] = (byte)(i * 7);
        File.WriteAllBytes(Path.Combine(root, "b.bin"), bytes);
        Console.WriteLine(File.ReadAllBytes(Path.Combine(root, "b.bin")).SequenceEqual(bytes));
        using (var w = File.AppendText(a)) w.Write("tail");
        using (var w = new StreamWriter(a, true)) { w.AutoFlush = true; w.Write("!"); Console.WriteLine(new FileInfo(a).Length); }
        using (var r = File.OpenText(a)) Console.WriteLine(r.ReadToEnd().Replace("\n", "\\n"));

        // copy, move, delete
        string c = Path.Combine(root, "c.txt");
        File.Copy(a, c);
        File.Copy(Path.Combine(root, "b.bin"), c, true);
        Console.WriteLine(new FileInfo(c).Length);
        File.Move(c, Path.Combine(root, "d.txt"));
        Console.WriteLine(File.Exists(c) + " " + File.Exists(Path.Combine(root, "d.txt")));
        File.Delete(Path.Combine(root, "d.txt"));
        File.Move(a, Path.Combine(root, "d.txt"));
        Console.WriteLine(File.ReadAllText(Path.Combine(root, "d.txt")).Length);
        File.Delete(Path.Combine(root, "d.txt"));
        File.Delete(Path.Combine(root, "never-was.txt"));
        Console.WriteLine(File.Exists(Path.Combine(root, "d.txt")));

        // a tree
        foreach (string d in new[] { "src/app", "src/lib/deep", "docs", ".hidden" })
            Directory.CreateDirectory(Path.Combine(root, d));
        foreach (string f in new[] { "src/app/main.cs", "src/app/main.txt", "src/lib/util.cs", "src/lib/deep/x.cs", "src/lib/deep/y.cs.bak",
                                     "docs/readme.md", "docs/a1.txt", "docs/a12.txt", "docs/b.txt", "docs/noext", ".hidden/.dot", "top.cs" })
            File.WriteAllText(Path.Combine(root, f), f);
        Show("files", Directory.GetFiles(root));
        Show("dirs", Directory.GetDirectories(root));
        Show("entries", Directory.GetFileSystemEntries(root));
        Show("*.cs all", Directory.GetFiles(root, "*.cs", SearchOption.AllDirectories));
        Show("dirs all", Directory.GetDirectories(root, "*", SearchOption.AllDirectories));
        Show("a?.txt", Directory.GetFiles(Path.Combine(root, "docs"), "a?.txt"));
        Show("a??.txt", Directory.GetFiles(Path.Combine(root, "docs"), "a??.txt"));
        Show("*.", Directory.GetFiles(Path.Combine(root, "docs"), "*."));
        Show("*.*", Directory.GetFiles(Path.Combine(root, "docs"), "*.*"));
        Show("?.txt", Directory.GetFiles(Path.Combine(root, "docs"), "?.txt"));
        Show("*e*", Directory.EnumerateFileSystemEntries(root, "*e*", SearchOption.AllDirectories));
        Show("sub pattern", Directory.GetFiles(root, "src/*.cs", SearchOption.AllDirectories));
        Show("relative", Directory.GetFiles(Path.Combine(root, "src") + "/", "*", SearchOption.AllDirectories));

        var di = new DirectoryInfo(Path.Combine(root, "src"));
        Console.WriteLine(di.Name + " " + di.Exists + " " + di.Parent.FullName.Equals(root) + " " + di.Root.FullName + " " + Rel(di.FullName));
        Show("FileInfo", di.GetFiles("*", SearchOption.AllDirectories).Select(f => f.FullName + ":" + f.Length));
        Show("DirectoryInfo", di.GetDirectories().Select(d => d.FullName));
        Show("infos", di.EnumerateFileSystemInfos().Select(i => i.Name + (i is DirectoryInfo ? "/" : "")));
        var sub = di.CreateSubdirectory("made/here");
        Console.WriteLine(Rel(sub.FullName) + " " + sub.Exists);

        // cached status and Refresh
        string e = Path.Combine(root, "e.dat");
        var fi = new FileInfo(e);
        Console.WriteLine(fi.Name + " " + fi.Extension + " " + Rel(fi.DirectoryName) + " " + Rel(fi.Directory.FullName));
        File.WriteAllBytes(e, new byte[] { 1, 2, 3 });
        Console.WriteLine(fi.Exists + " " + fi.Length);
        File.WriteAllBytes(e, new byte[10]);
        Console.WriteLine(fi.Length);
        fi.Refresh();
        Console.WriteLine(fi.Length);
        File.Delete(e);
        Console.WriteLine(fi.Exists);
        fi.Refresh();
        Console.WriteLine(fi.Exists);
        using (var s = fi.Create()) s.WriteByte(9);
        fi.Refresh();
        Console.WriteLine(fi.Exists + " " + fi.Length);
        fi.MoveTo(Path.Combine(root, "f.dat"));
        Console.WriteLine(fi.Name + " " + fi.Exists + " " + File.Exists(e));
        var g = fi.CopyTo(Path.Combine(root, "g.dat"));
        Console.WriteLine(g.Name + " " + g.Length);
        g.Delete();
        g.Refresh();
        Console.WriteLine(g.Exists);

        // attributes and times
        Console.WriteLine(File.GetAttributes(Path.Combine(root, "top.cs")) + " / " + File.GetAttributes(Path.Combine(root, "docs")) + " / " + File.GetAttributes(Path.Combine(root, ".hidden")));
        Console.WriteLine(new FileInfo(Path.Combine(root, ".hidden/.dot")).Attributes);
        Console.WriteLine(new FileInfo(Path.Combine(root, "missing")).Attributes + " " + (int)new FileInfo(Path.Combine(root, "missing")).Attributes);
        var when = new DateTime(2020, 2, 29, 12, 34, 56, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(Path.Combine(root, "top.cs"), when);
        File.SetLastAccessTimeUtc(Path.Combine(root, "top.cs"), when.AddDays(1));
        Console.WriteLine(File.GetLastWriteTimeUtc(Path.Combine(root, "top.cs")).ToString("o") + " " + File.GetLastAccessTimeUtc(Path.Combine(root, "top.cs")).ToString("o"));
        Console.WriteLine(new FileInfo(Path.Combine(root, "top.cs")).LastWriteTimeUtc == when);
        Directory.SetLastWriteTimeUtc(Path.Combine(root, "docs"), when);
        Console.WriteLine(Directory.GetLastWriteTimeUtc(Path.Combine(root, "docs")) == when);
        Console.WriteLine(File.GetLastWriteTimeUtc(Path.Combine(root, "missing")).ToString("o"));
        File.SetAttributes(Path.Combine(root, "top.cs"), FileAttributes.ReadOnly);
        Console.WriteLine(File.GetAttributes(Path.Combine(root, "top.cs")) + " " + new FileInfo(Path.Combine(root, "top.cs")).IsReadOnly);
        new FileInfo(Path.Combine(root, "top.cs")).IsReadOnly = false;
        Console.WriteLine(File.GetAttributes(Path.Combine(root, "top.cs")));
        Console.WriteLine(Math.Abs((File.GetLastWriteTime(Path.Combine(root, "docs/b.txt")) - DateTime.Now).TotalMinutes) < 5);

        // moving and deleting directories
        Directory.Move(Path.Combine(root, "docs"), Path.Combine(root, "manual"));
        Show("moved", Directory.GetFiles(Path.Combine(root, "manual")));
        var md = new DirectoryInfo(Path.Combine(root, "manual"));
        md.MoveTo(Path.Combine(root, "guide"));
        Console.WriteLine(md.Name + " " + md.Exists);
        Directory.Delete(Path.Combine(root, "src"), true);
        Console.WriteLine(Directory.Exists(Path.Combine(root, "src")));
        Directory.CreateDirectory(Path.Combine(root, "empty"));
        Directory.Delete(Path.Combine(root, "empty"));
        Console.WriteLine(Directory.Exists(Path.Combine(root, "empty")));
        Show("left", Directory.GetFileSystemEntries(root, "*", SearchOption.AllDirectories));

        // the current directory
        string before = Directory.GetCurrentDirectory();
        Directory.SetCurrentDirectory(Path.Combine(root, "guide"));
        Console.WriteLine(Rel(Directory.GetCurrentDirectory()) + " " + File.Exists("b.txt") + " " + Rel(Path.GetFullPath("../x")));
        Show("cwd files", Directory.GetFiles(".", "*.md"));
        Directory.SetCurrentDirectory(before);
        Console.WriteLine(Rel(Directory.GetParent(Path.Combine(root, "guide", "b.txt")).FullName));
    }
}
