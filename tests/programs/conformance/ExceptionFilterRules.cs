// Self-checking: exception filters (`when`) decide whether a catch runs; a false filter lets later clauses
// or outer frames catch; filters see the exception's properties and locals.
using System;

class CodedException : Exception
{
    public int Code { get; }
    public CodedException(int code) : base("code " + code) { Code = code; }
}

class ExceptionFilterRules
{
    static int failures;
    static int filterCalls;

    static void Check(string what, string got, string expected)
    {
        if (got != expected) { Console.WriteLine("FAIL " + what + ": got " + got + ", expected " + expected); failures++; }
    }

    static bool Count(bool result) { filterCalls++; return result; }

    static string Classify(int code)
    {
        try { throw new CodedException(code); }
        catch (CodedException e) when (e.Code < 0) { return "negative"; }
        catch (CodedException e) when (e.Code == 0) { return "zero"; }
        catch (CodedException e) when (e.Code > 100) { return "big"; }
        catch (CodedException) { return "other"; }
    }

    static string Outer(int code)
    {
        try { return Inner(code); }
        catch (CodedException e) when (Count(true)) { return "outer:" + e.Code; }
    }

    static string Inner(int code)
    {
        try { throw new CodedException(code); }
        catch (CodedException e) when (Count(e.Code % 2 == 0)) { return "inner:" + e.Code; }
    }

    static int Main()
    {
        Check("negative", Classify(-5), "negative");
        Check("zero", Classify(0), "zero");
        Check("big", Classify(500), "big");
        Check("fallback", Classify(7), "other");

        filterCalls = 0;
        Check("inner filter accepts", Outer(4), "inner:4");
        Check("one filter ran", filterCalls.ToString(), "1");
        filterCalls = 0;
        Check("inner filter rejects, outer catches", Outer(3), "outer:3");
        Check("both filters ran", filterCalls.ToString(), "2");

        // filters on a general type select by message
        string hit = "";
        foreach (string msg in new[] { "alpha", "beta", "gamma" })
        {
            try { throw new Exception(msg); }
            catch (Exception e) when (e.Message.StartsWith("b")) { hit += "B"; }
            catch (Exception e) when (e.Message.Length == 5) { hit += "5"; }
        }
        Check("message filters", hit, "5B5");

        // filter referring to locals
        int limit = 10;
        int caughtCount = 0;
        for (int i = 0; i < 20; i += 3)
        {
            try { throw new CodedException(i); }
            catch (CodedException e) when (e.Code < limit) { caughtCount++; }
            catch (CodedException) { }
        }
        Check("filters with locals", caughtCount.ToString(), "4");

        // the filter can log and return false to observe without catching
        string seen = "";
        try
        {
            try { throw new CodedException(42); }
            catch (CodedException e) when (Log(ref seen, e)) { seen += "!"; }
        }
        catch (CodedException e) { seen += "|outer " + e.Code; }
        Check("observe without catching", seen, "saw 42|outer 42");

        // rethrow inside a filtered catch keeps the exception
        string re = "";
        try
        {
            try { throw new CodedException(1); }
            catch (CodedException e) when (e.Code == 1) { re = "first "; throw; }
        }
        catch (CodedException e) { re += "second " + e.Code; }
        Check("rethrow from filtered catch", re, "first second 1");

        if (failures == 0) { Console.WriteLine("PASS"); return 100; }
        return 1;
    }

    static bool Log(ref string seen, CodedException e) { seen += "saw " + e.Code; return false; }
}
