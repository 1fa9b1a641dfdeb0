// Environment variables: set, get, delete (null or empty value), enumerate (sorted), the header's own variable,
// %VAR% expansion, and that a child process sees what the program set.
// env: KILN_FROM_HEADER=set by the header
using System;
using System.Collections;
using System.Collections.Generic;
using System.Diagnostics;

class EnvironmentVariables
{
    static void Show(string name)
    {
        string value = Environment.GetEnvironmentVariable(name);
        Console.WriteLine(name + " = " + (value == null ? "(null)" : "'" + value + "'"));
    }

    static void Main()
    {
        Show("KILN_FROM_HEADER");
        Show("KILN_NEVER_SET_ANYWHERE");
        Environment.SetEnvironmentVariable("KILN_A", "alpha");
        Environment.SetEnvironmentVariable("KILN_B", "béta with spaces");
        Environment.SetEnvironmentVariable("KILN_C", "gamma=1;x");
        Show("KILN_A");
        Show("KILN_B");
        Show("KILN_C");
        Show("kiln_a"); // names are case-sensitive on Unix
        Environment.SetEnvironmentVariable("KILN_A", "alpha2");
        Show("KILN_A");
        Environment.SetEnvironmentVariable("KILN_B", "");
        Environment.SetEnvironmentVariable("KILN_C", null);
        Show("KILN_B");
        Show("KILN_C");
        Environment.SetEnvironmentVariable("KILN_Z", "last");

        var names = new List<string>();
        IDictionary all = Environment.GetEnvironmentVariables();
        foreach (DictionaryEntry e in all)
            if (((string)e.Key).StartsWith("KILN_")) names.Add((string)e.Key + "=" + e.Value);
        names.Sort(StringComparer.Ordinal);
        Console.WriteLine(string.Join(", ", names.ToArray()));
        Console.WriteLine(all.Contains("PATH") + " " + (all["KILN_Z"] as string));
        Console.WriteLine(Environment.GetEnvironmentVariable("KILN_A", EnvironmentVariableTarget.Process));

        Console.WriteLine(Environment.ExpandEnvironmentVariables("[%KILN_A%] [%KILN_NOT_SET%] [100%] [%%] [%KILN_Z%%KILN_A%] [%KILN_A]"));

        var psi = new ProcessStartInfo("/bin/sh", "-c \"echo child: $KILN_A $KILN_Z ${KILN_B:-unset}\"");
        psi.UseShellExecute = false;
        psi.RedirectStandardOutput = true;
        using (Process p = Process.Start(psi))
        {
            Console.Write(p.StandardOutput.ReadToEnd());
            p.WaitForExit();
        }

        var own = new ProcessStartInfo("/bin/sh", "-c \"echo own: $KILN_A $KILN_ONLY_CHILD\"");
        own.UseShellExecute = false;
        own.RedirectStandardOutput = true;
        own.Environment["KILN_ONLY_CHILD"] = "just for the child";
        own.Environment.Remove("KILN_A");
        using (Process p = Process.Start(own))
        {
            Console.Write(p.StandardOutput.ReadToEnd());
            p.WaitForExit();
        }
        Show("KILN_ONLY_CHILD");

        var older = new ProcessStartInfo("/bin/sh", "-c \"echo older: $KILN_Sd $KILN_sd\"");
        older.UseShellExecute = false;
        older.RedirectStandardOutput = true;
        older.EnvironmentVariables["KILN_Sd"] = "case kept";
        Console.WriteLine(older.EnvironmentVariables.ContainsKey("KILN_Sd") + " " + older.EnvironmentVariables.ContainsKey("KILN_SD"));
        using (Process p = Process.Start(older))
        {
            Console.Write(p.StandardOutput.ReadToEnd());
            p.WaitForExit();
        }
    }
}
