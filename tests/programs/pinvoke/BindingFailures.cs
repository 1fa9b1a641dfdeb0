// expect-stdout-file: BindingFailures.out
// A P/Invoke method is bound when it is first called, not at start-up: a missing library throws
// DllNotFoundException and a missing entry point EntryPointNotFoundException at the call, with .NET's messages
// (Mono words them differently, hence the expected-output file), and every later call throws again. The
// DllNotFoundException message goes on with the loader's errors for each name tried, which depend on the machine:
// only its first sentence is printed.
using System;
using System.Runtime.InteropServices;

static class BindingFailures
{
    [DllImport("kiln_no_such_library")] static extern int Missing(int x);
    [DllImport("/nonexistent/dir/libkilnmissing.so")] static extern void MissingByPath();
    [DllImport("libc", EntryPoint = "kiln_no_such_function")] static extern int NoEntry();
    [DllImport("libc")] static extern int abs(int x);

    static void Report(string what, Action call)
    {
        try
        {
            call();
            Console.WriteLine(what + ": no exception");
        }
        catch (DllNotFoundException e)
        {
            int end = e.Message.IndexOf(" In order to help");
            Console.WriteLine(what + ": " + e.GetType().FullName + " (a TypeLoadException: " + (e is TypeLoadException) + "): "
                + (end < 0 ? e.Message : e.Message.Substring(0, end)));
        }
        catch (EntryPointNotFoundException e)
        {
            Console.WriteLine(what + ": " + e.GetType().FullName + " (a TypeLoadException: " + (e is TypeLoadException) + "): " + e.Message);
        }
    }

    static int Main()
    {
        Console.WriteLine("started");
        Report("missing library", () => Missing(1));
        Report("missing library again", () => Missing(2));
        Report("missing library by path", () => MissingByPath());
        Report("missing entry point", () => NoEntry());
        Report("missing entry point again", () => NoEntry());
        Report("present", () => Console.WriteLine(abs(-3)));
        return 0;
    }
}
