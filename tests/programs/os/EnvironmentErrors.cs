// The argument checks of the environment API, with .NET's messages (Mono words them differently and lets
// GetEnvironmentVariable(null) through).
// expect-stdout-file: EnvironmentErrors.out
using System;

class EnvironmentErrors
{
    static void Try(string what, Action action)
    {
        try
        {
            action();
            Console.WriteLine(what + ": ok");
        }
        catch (Exception e)
        {
            Console.WriteLine(what + ": " + e.GetType().FullName + ": " + e.Message);
        }
    }

    static void Main()
    {
        Try("name with =", () => Environment.SetEnvironmentVariable("a=b", "x"));
        Try("empty name", () => Environment.SetEnvironmentVariable("", "x"));
        Try("name starting with NUL", () => Environment.SetEnvironmentVariable("\0a", "x"));
        Try("null name", () => Environment.SetEnvironmentVariable(null, "x"));
        Try("get null", () => Environment.GetEnvironmentVariable(null));
        Try("expand null", () => Environment.ExpandEnvironmentVariables(null));
        Try("user target", () => Console.WriteLine(Environment.GetEnvironmentVariable("PATH", EnvironmentVariableTarget.User) == null));
        Try("bad target", () => Environment.GetEnvironmentVariable("PATH", (EnvironmentVariableTarget)7));
        Try("user variables", () => Console.WriteLine(Environment.GetEnvironmentVariables(EnvironmentVariableTarget.Machine).Count));
        Try("bad folder", () => Environment.GetFolderPath((Environment.SpecialFolder)99));
        Try("empty directory", () => Environment.CurrentDirectory = "");
        Try("missing directory", () => Environment.CurrentDirectory = "/nonexistent/kiln/dir");
        Try("file as directory", () => Environment.CurrentDirectory = "/bin/sh");
    }
}
