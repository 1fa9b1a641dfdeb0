// Environment.StackTrace names the methods on the stack, one "   at" line each, Main last (methods the optimizer
// inlined have no frame of their own, so only frames that stay are counted).
using System;

class EnvironmentStackTrace
{
    static string Recurse(int depth)
    {
        if (depth == 0) return Environment.StackTrace;
        string trace = Recurse(depth - 1);
        return trace.Length > 0 ? trace : "(empty)";
    }

    static void Main()
    {
        string trace = Recurse(5);
        string[] lines = trace.Split('\n');
        Console.WriteLine(lines[lines.Length - 1].Trim().StartsWith("at EnvironmentStackTrace.Main"));
        Console.WriteLine(trace.Contains("Recurse"));
        int frames = 0;
        foreach (string line in lines) if (line.TrimStart().StartsWith("at ")) frames++;
        Console.WriteLine(frames == lines.Length);
    }
}
