// Exited raised once the exit is seen (EnableRaisingEvents), ExitTime, GetProcessById of this process, a child and
// a missing id, WaitForExitAsync (.NET-only members: Mono's profile lacks ProcessId and WaitForExitAsync).
// expect-stdout-file: ProcessEvents.out
using System;
using System.Diagnostics;

class ProcessEvents
{
    static void Main()
    {
        var psi = new ProcessStartInfo("/bin/sh", "-c \"exit 5\"") { UseShellExecute = false };
        var p = new Process();
        p.StartInfo = psi;
        p.EnableRaisingEvents = true;
        p.Exited += (s, e) => Console.WriteLine("exited event, code " + ((Process)s).ExitCode);
        p.Start();
        p.WaitForExit();
        Console.WriteLine("after wait " + p.ExitCode + " " + (p.ExitTime >= p.StartTime));

        var me = Process.GetProcessById(Environment.ProcessId);
        Console.WriteLine(me.Id == Environment.ProcessId && !me.HasExited);
        try
        {
            Process.GetProcessById(999999);
        }
        catch (ArgumentException e)
        {
            Console.WriteLine(e.Message);
        }

        var sleeper = Process.Start(new ProcessStartInfo("sleep", "5") { UseShellExecute = false });
        var other = Process.GetProcessById(sleeper.Id);
        Console.WriteLine(other.HasExited);
        sleeper.Kill();
        sleeper.WaitForExit();
        Console.WriteLine(other.HasExited);

        p.WaitForExitAsync().Wait();
        Console.WriteLine("async done");
    }
}
