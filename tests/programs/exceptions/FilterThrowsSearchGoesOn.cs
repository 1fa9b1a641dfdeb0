// expect-stdout-file: FilterThrowsSearchGoesOn.out
// An exception that escapes a filter is swallowed and the filter counts as false; the first pass then goes on
// outwards (ECMA-335 II.19, .NET; Mono 6.8 lets it escape, hence the expected-output file). Filters may throw and
// catch inside themselves, and an exception thrown and dispatched inside a filter gets its own two passes while
// the outer exception's first pass waits.
using System;
using System.Collections.Generic;

class FilterThrowsSearchGoesOn
{
    static readonly List<string> log = new List<string>();

    static bool Log(string s, bool result = true)
    {
        log.Add(s);
        return result;
    }

    static void Flush(string title)
    {
        Console.WriteLine(title + ": " + string.Join(" > ", log));
        log.Clear();
    }

    static bool Throws(string where)
    {
        Log("filter " + where + " throws");
        throw new InvalidOperationException("from filter " + where);
    }

    static void Inner()
    {
        try
        {
            try { throw new FormatException("original"); }
            finally { Log("finally inner"); }
        }
        catch (FormatException) when (Throws("inner")) { Log("handler inner"); }
        catch (InvalidOperationException) { Log("wrong: the filter's exception reached a later clause"); }
    }

    static void Middle()
    {
        try { Inner(); }
        catch (Exception e) when (Log("filter middle sees " + e.GetType().Name, false)) { Log("handler middle"); }
        finally { Log("finally middle"); }
    }

    static void SearchGoesOutward()
    {
        try { Middle(); }
        catch (InvalidOperationException) { Log("wrong: outer caught the filter's exception"); }
        catch (FormatException e) when (Log("filter outer sees " + e.Message)) { Log("handler outer " + e.Message); }
    }

    // The filter's own code catches what it throws: the filter's result counts.
    static bool CatchesInside(int value)
    {
        try
        {
            Log("filter try");
            if (value > 0) throw new ArgumentException("inside filter");
            return false;
        }
        catch (ArgumentException e) when (Log("nested filter sees " + e.Message)) { Log("nested handler"); return true; }
        finally { Log("nested finally"); }
    }

    static void FilterCatchesInside()
    {
        try
        {
            try { throw new Exception("outer exception"); }
            finally { Log("outer finally"); }
        }
        catch (Exception) when (CatchesInside(1)) { Log("outer handler"); }
    }

    // A filter whose callee catches and rethrows: the rethrown exception leaves the filter, which rejects.
    static bool Rethrows()
    {
        try { throw new NotSupportedException("rethrown"); }
        catch (NotSupportedException) { Log("callee catches and rethrows"); throw; }
    }

    static string FilterRethrows()
    {
        try
        {
            try { throw new Exception("outer"); }
            catch (Exception) when (Rethrows()) { return "wrong: rejected filter's handler"; }
        }
        catch (NotSupportedException) { return "wrong: the rethrown exception escaped the filter"; }
        catch (Exception e) { return "next frame's clause got " + e.Message; }
    }

    // Runtime exceptions inside filters (null dereference, division by zero, a failed cast) reject too.
    static string RuntimeErrors(int mode)
    {
        string s = mode == 0 ? null : "text";
        object boxed = "not an int";
        int zero = mode - mode;
        try { throw new Exception("runtime " + mode); }
        catch (Exception) when (mode == 0 && s.Length > 0) { return "wrong 0"; }
        catch (Exception) when (mode == 1 && 10 / zero > 0) { return "wrong 1"; }
        catch (Exception) when (mode == 2 && (int)boxed > 0) { return "wrong 2"; }
        catch (Exception e) { return "last clause got " + e.Message; }
    }

    static void Main()
    {
        SearchGoesOutward();
        Flush("outward");
        FilterCatchesInside();
        Flush("catches inside");
        Console.WriteLine(FilterRethrows());
        Flush("rethrows");
        for (int mode = 0; mode < 3; mode++)
        {
            Console.WriteLine(RuntimeErrors(mode));
        }
    }
}
