// A child's redirected standard output and error read back and its exit code; `cat` fed through redirected standard
// input; a child that shares this program's standard output (what was written before it starts comes first);
// a working directory; Arguments split into argv.
using System;
using System.Diagnostics;
using System.IO;

class ChildProcess
{
    static Process Run(string file, string arguments, bool input)
    {
        var psi = new ProcessStartInfo(file, arguments);
        psi.UseShellExecute = false;
        psi.RedirectStandardInput = input;
        psi.RedirectStandardOutput = true;
        psi.RedirectStandardError = true;
        return Process.Start(psi);
    }

    static void Main()
    {
        using (Process p = Run("/bin/sh", "-c \"echo hi; echo err >&2; exit 3\"", false))
        {
            string output = p.StandardOutput.ReadToEnd();
            string error = p.StandardError.ReadToEnd();
            p.WaitForExit();
            Console.WriteLine("stdout [" + output + "] stderr [" + error + "] exit " + p.ExitCode + " exited " + p.HasExited);
        }

        using (Process p = Run("cat", "", true))
        {
            p.StandardInput.WriteLine("first line");
            p.StandardInput.Write("second, ünïcödé €");
            p.StandardInput.WriteLine();
            for (int i = 0; i < 3; i++) p.StandardInput.WriteLine("line " + i);
            p.StandardInput.Close();
            string line;
            while ((line = p.StandardOutput.ReadLine()) != null) Console.WriteLine("cat: " + line);
            p.WaitForExit();
            Console.WriteLine("cat exit " + p.ExitCode);
        }

        using (Process p = Run("printf", "\"<%s>\" one \"two words\" three", false))
        {
            Console.WriteLine(p.StandardOutput.ReadToEnd());
            p.WaitForExit();
        }

        var inDir = new ProcessStartInfo("pwd");
        inDir.UseShellExecute = false;
        inDir.RedirectStandardOutput = true;
        inDir.WorkingDirectory = "/usr";
        using (Process p = Process.Start(inDir))
        {
            Console.Write("pwd: " + p.StandardOutput.ReadToEnd());
            p.WaitForExit();
        }

        Console.WriteLine("before the shared child");
        using (Process p = Process.Start("/bin/sh", "-c \"echo from the child; exit 0\""))
        {
            p.WaitForExit();
            Console.WriteLine("after the shared child, exit " + p.ExitCode);
        }

        using (Process p = Run("/bin/sh", "-c \"exit 42\"", false))
        {
            Console.WriteLine(p.WaitForExit(10000) + " " + p.ExitCode);
        }
    }
}
