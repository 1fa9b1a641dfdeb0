// BeginOutputReadLine/BeginErrorReadLine: each line of a child's standard output and error reaches its event, then
// null at the end; WaitForExit() returns after both have ended. Lines end at "\n", "\r\n" or "\r".
using System;
using System.Collections.Generic;
using System.Diagnostics;

class ChildOutputEvents
{
    static void Main()
    {
        var psi = new ProcessStartInfo("/bin/sh", "-c \"printf 'one\\ntwo\\r\\nthree'; printf 'e1\\ne2\\n' >&2; exit 4\"");
        psi.UseShellExecute = false;
        psi.RedirectStandardOutput = true;
        psi.RedirectStandardError = true;
        var output = new List<string>();
        var errors = new List<string>();
        using (Process p = Process.Start(psi))
        {
            p.OutputDataReceived += (sender, e) => output.Add(e.Data == null ? "(end)" : "[" + e.Data + "]");
            p.ErrorDataReceived += (sender, e) => errors.Add(e.Data == null ? "(end)" : "[" + e.Data + "]");
            p.BeginOutputReadLine();
            p.BeginErrorReadLine();
            p.WaitForExit();
            Console.WriteLine("exit " + p.ExitCode);
            try
            {
                p.StandardOutput.ReadToEnd();
            }
            catch (InvalidOperationException e)
            {
                Console.WriteLine("InvalidOperationException: " + e.Message);
            }
        }
        Console.WriteLine("out: " + string.Join(" ", output.ToArray()));
        Console.WriteLine("err: " + string.Join(" ", errors.ToArray()));

        var many = new ProcessStartInfo("/bin/sh", "-c \"i=0; while [ $i -lt 3000 ]; do echo line $i; echo err $i >&2; i=$((i+1)); done\"");
        many.UseShellExecute = false;
        many.RedirectStandardOutput = true;
        many.RedirectStandardError = true;
        int lines = 0, errorLines = 0;
        using (Process p = Process.Start(many))
        {
            p.OutputDataReceived += (sender, e) => { if (e.Data != null) lines++; };
            p.ErrorDataReceived += (sender, e) => { if (e.Data != null) errorLines++; };
            p.BeginOutputReadLine();
            p.BeginErrorReadLine();
            p.WaitForExit();
        }
        Console.WriteLine(lines + " " + errorLines);
    }
}
