// A child that writes far more than a pipe holds (64 KB) to standard error while the program reads its standard
// output to the end, and one that reads much standard input while writing as much output. .NET (and Mono) block
// forever here unless the program reads asynchronously; Kiln, without threads, reads the other pipes while it
// waits (ChildPipes), so the synchronous API finishes. The expected output is Kiln's.
// expect-stdout-file: ChildOutputWithoutDeadlock.out
using System;
using System.Diagnostics;
using System.Text;

class ChildOutputWithoutDeadlock
{
    static void Main()
    {
        var psi = new ProcessStartInfo("/bin/sh", "-c \"head -c 300000 /dev/zero | tr '\\\\0' e >&2; echo out; head -c 200000 /dev/zero | tr '\\\\0' o\"");
        psi.UseShellExecute = false;
        psi.RedirectStandardOutput = true;
        psi.RedirectStandardError = true;
        using (Process p = Process.Start(psi))
        {
            string output = p.StandardOutput.ReadToEnd();
            string error = p.StandardError.ReadToEnd();
            p.WaitForExit();
            Console.WriteLine("stdout " + output.Length + " stderr " + error.Length + " exit " + p.ExitCode);
        }

        var cat = new ProcessStartInfo("cat");
        cat.UseShellExecute = false;
        cat.RedirectStandardInput = true;
        cat.RedirectStandardOutput = true;
        using (Process p = Process.Start(cat))
        {
            var line = new string('x', 999);
            for (int i = 0; i < 1000; i++) p.StandardInput.WriteLine(line);
            p.StandardInput.Close();
            string echoed = p.StandardOutput.ReadToEnd();
            p.WaitForExit();
            Console.WriteLine("cat echoed " + echoed.Length + " exit " + p.ExitCode);
        }
    }
}
