// Filters with type tests (`when (e is X)`, and `(x = e as X) != null`, what `when (e is X x)` compiles to): the pattern variable the filter assigns is what the handler reads, and
// filters on rethrown exceptions run again in the new search.
using System;

class FilterPatterns
{
    class CodedException : Exception
    {
        public readonly int Code;
        public CodedException(int code) : base("code " + code) { Code = code; }
    }

    static string Classify(Exception thrown)
    {
        // the filters assign locals that their handlers read (what `when (e is X x)` compiles to)
        CodedException c = null;
        ArgumentException a = null;
        try { throw thrown; }
        catch (Exception e) when ((c = e as CodedException) != null && c.Code > 10) { return "big code " + c.Code; }
        catch (Exception e) when (e is CodedException && c.Code == 0) { return "zero code " + c.Message; }
        catch (Exception e) when ((a = e as ArgumentException) != null && a.ParamName != null) { return "argument " + a.ParamName; }
        catch (Exception e) when (e.InnerException is FormatException) { return "wraps format: " + e.InnerException.Message; }
        catch (Exception e) when (!(e is ArgumentException)) { return "other " + e.GetType().Name + ": " + e.Message + ", c is " + (c == null ? "null" : c.Message); }
        catch (Exception e) { return "argument without a name: " + (a == null ? "null" : a.Message); }
    }

    static int filterRuns;

    static bool Counted(bool result)
    {
        filterRuns++;
        return result;
    }

    static string Rethrow(int mode)
    {
        try
        {
            try
            {
                try { throw new CodedException(mode); }
                catch (CodedException e) when (Counted(e.Code == 1)) { return "inner"; }
            }
            catch (CodedException e) when (Counted(e.Code != 3)) { Console.WriteLine("  middle rethrows " + e.Code); throw; }
        }
        catch (CodedException e) when (Counted(e.Code == 2)) { return "outer caught the rethrown " + e.Code; }
        catch (Exception e) { return "last clause " + e.Message; }
        return "none";
    }

    static string RethrowAcrossFrames(int mode)
    {
        try { Middle(mode); return "no exception"; }
        catch (CodedException e) when (Counted(e.Code % 2 == 0)) { return "even " + e.Code; }
        catch (CodedException e) { return "odd " + e.Code; }
    }

    static void Middle(int mode)
    {
        try { throw new CodedException(mode); }
        catch (CodedException e) when (Counted(e.Code > 0)) { throw; }
        finally { Console.WriteLine("  middle finally " + mode); }
    }

    static void Main()
    {
        Console.WriteLine(Classify(new CodedException(42)));
        Console.WriteLine(Classify(new CodedException(0)));
        Console.WriteLine(Classify(new CodedException(5)));
        Console.WriteLine(Classify(new ArgumentException("bad", "name")));
        Console.WriteLine(Classify(new ArgumentException("bad")));
        Console.WriteLine(Classify(new Exception("outer", new FormatException("inner format"))));
        for (int mode = 1; mode <= 4; mode++)
        {
            Console.WriteLine(Rethrow(mode));
        }
        for (int mode = 0; mode <= 3; mode++)
        {
            Console.WriteLine(RethrowAcrossFrames(mode));
        }
        Console.WriteLine("filter runs " + filterRuns);
    }
}
