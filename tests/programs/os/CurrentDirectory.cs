// Environment.CurrentDirectory: changing it changes where relative paths go
// (files, Path.GetFullPath, a child's working directory); a missing directory is DirectoryNotFoundException.
using System;
using System.Diagnostics;
using System.IO;

class CurrentDirectory
{
    static void Main()
    {
        string start = Environment.CurrentDirectory;
        Console.WriteLine(start == Directory.GetCurrentDirectory());
        string sub = Path.Combine(start, "cwd-test");
        Directory.CreateDirectory(sub);
        Environment.CurrentDirectory = "cwd-test";
        Console.WriteLine(Environment.CurrentDirectory == sub);
        File.WriteAllText("relative.txt", "written relative");
        Console.WriteLine(File.Exists(Path.Combine(sub, "relative.txt")) + " " + (Path.GetFullPath("x") == Path.Combine(sub, "x")));

        var psi = new ProcessStartInfo("/bin/sh", "-c \"cat relative.txt\"");
        psi.UseShellExecute = false;
        psi.RedirectStandardOutput = true;
        using (Process p = Process.Start(psi))
        {
            Console.WriteLine("child: " + p.StandardOutput.ReadToEnd());
            p.WaitForExit();
        }

        Environment.CurrentDirectory = "..";
        Console.WriteLine(Environment.CurrentDirectory == start);
        Environment.CurrentDirectory = "/";
        Console.WriteLine(Environment.CurrentDirectory);
        try
        {
            Environment.CurrentDirectory = "/nonexistent/kiln";
        }
        catch (DirectoryNotFoundException)
        {
            Console.WriteLine("DirectoryNotFoundException, still in " + Environment.CurrentDirectory);
        }
        Environment.CurrentDirectory = start;
        File.Delete(Path.Combine(sub, "relative.txt"));
        Directory.Delete(sub);
        Console.WriteLine(Directory.Exists(sub));
    }
}
