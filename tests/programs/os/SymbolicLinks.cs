// Symbolic links (made through libc's symlink, as Mono has no File.CreateSymbolicLink): listed as the kind they
// point at and entered by recursive listings, as .NET does; removed and not followed by Directory.Delete, recursive
// or not (the directory a link points at keeps its files); ReparsePoint among their attributes; a FileInfo's length
// is the link's own; a dangling link still exists for File.Exists.
using System;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;

class SymbolicLinks
{
    [DllImport("libc", SetLastError = true)] static extern int symlink(string target, string linkPath);

    static string root;

    static string Rel(string p) { return p.Replace(root, "~"); }

    static void Main()
    {
        root = Path.Combine(Path.GetTempPath(), "kiln-links-" + Path.GetRandomFileName());
        Directory.CreateDirectory(root);
        try { Run(); }
        finally { Directory.Delete(root, true); }
        Console.WriteLine(Directory.Exists(root));
    }

    static void Run()
    {
        string outside = Path.Combine(root, "outside");
        string tree = Path.Combine(root, "tree");
        Directory.CreateDirectory(Path.Combine(outside, "sub"));
        File.WriteAllText(Path.Combine(outside, "keep.txt"), "keep");
        File.WriteAllText(Path.Combine(outside, "sub", "deep.txt"), "deep");
        Directory.CreateDirectory(Path.Combine(tree, "real"));
        File.WriteAllText(Path.Combine(tree, "real", "file.txt"), "file");
        Console.WriteLine(symlink(outside, Path.Combine(tree, "dirlink")) + " " + symlink(Path.Combine(outside, "keep.txt"), Path.Combine(tree, "filelink"))
            + " " + symlink(Path.Combine(root, "nowhere"), Path.Combine(tree, "dangling")));

        Console.WriteLine("dirs: " + string.Join(" ", Directory.GetDirectories(tree).Select(Rel).OrderBy(x => x, StringComparer.Ordinal)));
        Console.WriteLine("files: " + string.Join(" ", Directory.GetFiles(tree).Select(Rel).OrderBy(x => x, StringComparer.Ordinal)));
        Console.WriteLine("all files: " + string.Join(" ", Directory.GetFiles(tree, "*", SearchOption.AllDirectories).Select(Rel).OrderBy(x => x, StringComparer.Ordinal)));
        Console.WriteLine(File.ReadAllText(Path.Combine(tree, "filelink")) + " " + File.Exists(Path.Combine(tree, "filelink")) + " " + Directory.Exists(Path.Combine(tree, "dirlink"))
            + " " + File.Exists(Path.Combine(tree, "dangling")) + " " + File.Exists(Path.Combine(tree, "dirlink", "keep.txt")));
        Console.WriteLine(File.GetAttributes(Path.Combine(tree, "filelink")) + " / " + File.GetAttributes(Path.Combine(tree, "dirlink")));
        Console.WriteLine(new FileInfo(Path.Combine(tree, "filelink")).Length);

        Directory.Delete(Path.Combine(tree, "dirlink"));
        Console.WriteLine(Directory.Exists(Path.Combine(tree, "dirlink")) + " " + File.Exists(Path.Combine(outside, "keep.txt")));
        Console.WriteLine(symlink(outside, Path.Combine(tree, "dirlink")));
        Directory.Delete(tree, true);
        Console.WriteLine(Directory.Exists(tree) + " " + File.ReadAllText(Path.Combine(outside, "keep.txt")) + " " + File.ReadAllText(Path.Combine(outside, "sub", "deep.txt")));
    }
}
