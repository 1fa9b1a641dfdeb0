using System;

class CodedException : Exception
{
    public int Code;
    public CodedException(int c) : base("code " + c) { Code = c; }
}

class ExceptionFilters
{
    static int filterCalls = 0;
    static bool Check(int code, int want) { filterCalls++; return code == want; }

    static string Handle(int code)
    {
        try { throw new CodedException(code); }
        catch (CodedException e) when (Check(e.Code, 1)) { return "one"; }
        catch (CodedException e) when (e.Code > 100) { return "big " + e.Code; }
        catch (CodedException e) when (e.Code % 2 == 0) { return "even"; }
        catch (Exception e) { return "other: " + e.Message; }
    }

    static void Main()
    {
        Console.WriteLine(Handle(1));
        Console.WriteLine(Handle(500));
        Console.WriteLine(Handle(4));
        Console.WriteLine(Handle(7));
        Console.WriteLine("filter calls " + filterCalls);
        string log = "";
        try
        {
            try { throw new InvalidOperationException("inner"); }
            catch (InvalidOperationException) when (false) { log += "never;"; }
            finally { log += "finally;"; }
        }
        catch (InvalidOperationException e) { log += "outer:" + e.Message; }
        Console.WriteLine(log);
    }
}
