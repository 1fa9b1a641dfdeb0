// Kill of a sleeping child: it has not exited before, it has after, with the exit code of SIGKILL (128 + 9); asking
// for the exit code of a running child is an error; killing an exited child does nothing (.NET; Mono throws).
// expect-stdout-file: KillChild.out
using System;
using System.Diagnostics;

class KillChild
{
    static void Main()
    {
        var psi = new ProcessStartInfo("sleep", "30");
        psi.UseShellExecute = false;
        using (Process p = Process.Start(psi))
        {
            Console.WriteLine("id positive: " + (p.Id > 0));
            Console.WriteLine("exited in 50 ms: " + p.WaitForExit(50));
            Console.WriteLine("has exited: " + p.HasExited);
            try
            {
                Console.WriteLine(p.ExitCode);
            }
            catch (InvalidOperationException e)
            {
                Console.WriteLine("InvalidOperationException: " + e.Message);
            }
            long start = Environment.TickCount;
            p.Kill();
            p.WaitForExit();
            Console.WriteLine("has exited: " + p.HasExited + ", exit code " + p.ExitCode + ", quickly: " + (Environment.TickCount - start < 10000));
            p.Kill();
            Console.WriteLine("second kill: fine");
        }
    }
}
