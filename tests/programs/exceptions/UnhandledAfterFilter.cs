// expect-stdout-file: UnhandledAfterFilter.out
// exit: 134
// A filter that rejects does not stop an exception from being unhandled: the first pass runs every filter and
// finds no handler, the process reports the exception and exits as with any unhandled exception, and finally
// blocks do not run (.NET runs none when nothing catches; Mono 6.8 runs them, hence the expected-output file).
using System;

class UnhandledAfterFilter
{
    static bool Reject(Exception e)
    {
        Console.WriteLine("filter sees " + e.Message);
        return false;
    }

    static void Fail()
    {
        try { throw new InvalidOperationException("nobody wants this"); }
        catch (Exception e) when (Reject(e)) { Console.WriteLine("never"); }
        finally { Console.WriteLine("finally never runs"); }
    }

    static void Main()
    {
        Console.WriteLine("before");
        try { Fail(); }
        catch (ArgumentException) { Console.WriteLine("not this one"); }
        catch (Exception e) when (Reject(e)) { Console.WriteLine("never either"); }
        Console.WriteLine("never printed");
    }
}
