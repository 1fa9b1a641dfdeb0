// expect-stdout-file: LinkApis.out
// .NET 6's link API (which Mono lacks): File/Directory.CreateSymbolicLink, FileSystemInfo.LinkTarget (as written
// in the link), CreateAsSymbolicLink, ResolveLinkTarget one step or to the end of a chain, and the error for a
// link where something already exists.
using System;
using System.IO;

class LinkApis
{
    static void Main()
    {
        string root = Path.Combine(Path.GetTempPath(), "kiln-linkapi-" + Path.GetRandomFileName());
        Directory.CreateDirectory(root);
        try
        {
            string file = Path.Combine(root, "data.txt");
            File.WriteAllText(file, "data");
            FileSystemInfo one = File.CreateSymbolicLink(Path.Combine(root, "one"), "data.txt");
            Console.WriteLine(one.Name + " " + one.LinkTarget + " " + one.Exists + " " + File.ReadAllText(one.FullName));
            var two = new FileInfo(Path.Combine(root, "two"));
            two.CreateAsSymbolicLink(one.FullName);
            Console.WriteLine(two.Exists + " " + (two.LinkTarget == one.FullName) + " " + two.ResolveLinkTarget(false).Name + " " + two.ResolveLinkTarget(true).Name);
            Console.WriteLine(File.ResolveLinkTarget(Path.Combine(root, "two"), true).FullName == file);
            Console.WriteLine(new FileInfo(file).LinkTarget == null);
            Console.WriteLine(File.ResolveLinkTarget(file, false) == null);
            Directory.CreateDirectory(Path.Combine(root, "dir"));
            FileSystemInfo dirLink = Directory.CreateSymbolicLink(Path.Combine(root, "dirlink"), Path.Combine(root, "dir"));
            Console.WriteLine(dirLink is DirectoryInfo);
            Console.WriteLine(dirLink.Exists + " " + (dirLink.Attributes & FileAttributes.ReparsePoint) + " " + Directory.ResolveLinkTarget(dirLink.FullName, false).Name);
            try { File.CreateSymbolicLink(file, "elsewhere"); }
            catch (IOException e) { Console.WriteLine(e.Message.Replace(root, "~")); }
        }
        finally { Directory.Delete(root, true); }
    }
}
