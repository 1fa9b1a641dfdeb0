// Arguments split into argv by .NET's rules (quotes group, backslashes escape only before quotes, "" inside quotes
// is a quote), ArgumentList passed as is, and the current process.
// expect-stdout-file: ProcessArguments.out
using System;
using System.Diagnostics;

class ProcessArguments
{
    static void Show(ProcessStartInfo psi)
    {
        psi.UseShellExecute = false;
        psi.RedirectStandardOutput = true;
        using (Process p = Process.Start(psi))
        {
            Console.WriteLine(p.StandardOutput.ReadToEnd());
            p.WaitForExit();
        }
    }

    static void Main()
    {
        Show(new ProcessStartInfo("printf", "\"<%s>\" a \"b c\" d\\e f\\\\\"g h\" \"i\"\"j\" k\\\"l \t m\"\" \"\"  \"n"));
        Show(new ProcessStartInfo("printf", "<%s> \\\\\\\\\"quoted\\\\\" ' single ' \"\"\"triple\"\"\""));
        var list = new ProcessStartInfo("printf");
        foreach (string a in new[] { "<%s>", "with space", "\"quotes\"", "back\\slash", "" }) list.ArgumentList.Add(a);
        Show(list);
        Process self = Process.GetCurrentProcess();
        Console.WriteLine((self.Id == Environment.ProcessId) + " " + self.HasExited.ToString().Length + " " + (self.ProcessName.Length > 0));
    }
}
