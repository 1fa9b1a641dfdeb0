// Starting a program that does not exist (on PATH, or at a path) is a Win32Exception with errno ENOENT and .NET's
// message (Mono words it otherwise); so is a working directory that does not exist; a directory is no program.
// expect-stdout-file: MissingProgram.out
using System;
using System.ComponentModel;
using System.Diagnostics;
using System.IO;

class MissingProgram
{
    static void Try(ProcessStartInfo psi)
    {
        try
        {
            Process.Start(psi).WaitForExit();
            Console.WriteLine("started");
        }
        catch (Win32Exception e)
        {
            string code = e.NativeErrorCode == 2 ? " ENOENT" : "";
            Console.WriteLine(e.GetType().FullName + code + ": " + e.Message.Replace(Environment.CurrentDirectory, "CWD"));
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine(e.GetType().FullName + ": " + e.Message);
        }
    }

    static void Main()
    {
        Try(new ProcessStartInfo("kiln-no-such-program") { UseShellExecute = false });
        Try(new ProcessStartInfo("/nonexistent/kiln-program", "a b") { UseShellExecute = false });
        Try(new ProcessStartInfo("/bin/true") { UseShellExecute = false, WorkingDirectory = "/nonexistent/kiln-dir" });
        Try(new ProcessStartInfo("/usr") { UseShellExecute = false });
        Try(new ProcessStartInfo("") { UseShellExecute = false });
        Try(new ProcessStartInfo("/bin/echo") { UseShellExecute = true, RedirectStandardOutput = true });
    }
}
