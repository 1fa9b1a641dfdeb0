// Class constructors on one thread: re-entrance sees the partially initialized type, a cycle between two types
// completes, a failure is final (every later use throws a TypeInitializationException for the type).
using System;

class Reentrant
{
    public static int Value = ReadOwnValue() + 10;
    public static int SeenDuringInit;
    static Reentrant() { Log.Add("Reentrant.cctor"); }
    static int ReadOwnValue() { SeenDuringInit = Value; Log.Add("reentrant read " + Value); return 5; }
}

class First
{
    public static int A;
    public static int SeenB;
    static First() { Log.Add("First.cctor"); A = 1; SeenB = Second.B; A = 2; }
}

class Second
{
    public static int B;
    public static int SeenA;
    static Second() { Log.Add("Second.cctor"); B = 3; SeenA = First.A; B = 4; }
}

class Failing
{
    public static int Value;
    static Failing()
    {
        Log.Add("Failing.cctor");
        Value = 7;
        throw new InvalidOperationException("broken type");
    }
    public static int Get() { return Value; }
}

class DependsOnFailing
{
    public static int Value;
    static DependsOnFailing() { Log.Add("DependsOnFailing.cctor"); Value = Failing.Value + 1; }
}

static class Log
{
    public static readonly System.Collections.Generic.List<string> Lines = new System.Collections.Generic.List<string>();
    public static void Add(string s) { Lines.Add(s); }
}

class ClassConstructorRules
{
    static string Describe(Exception e)
    {
        var t = e as TypeInitializationException;
        return e.GetType().Name + (t != null ? " for " + t.TypeName : "") + ": " + e.Message
            + (e.InnerException != null ? " <- " + e.InnerException.GetType().Name + ": " + e.InnerException.Message : "");
    }

    static int Main()
    {
        Console.WriteLine("Reentrant.Value = " + Reentrant.Value + ", seen during init = " + Reentrant.SeenDuringInit);
        Console.WriteLine("First.A = " + First.A + ", First saw B = " + First.SeenB + ", Second saw A = " + Second.SeenA + ", Second.B = " + Second.B);

        for (int i = 0; i < 3; i++)
        {
            try { Console.WriteLine(Failing.Value); }
            catch (Exception e) { Console.WriteLine("field " + i + ": " + Describe(e)); }
        }
        try { Console.WriteLine(Failing.Get()); }
        catch (Exception e) { Console.WriteLine("method: " + Describe(e)); }
        try { Console.WriteLine(DependsOnFailing.Value); }
        catch (Exception e) { Console.WriteLine("dependent: " + Describe(e)); }
        try { Console.WriteLine(DependsOnFailing.Value); }
        catch (Exception e) { Console.WriteLine("dependent again: " + Describe(e)); }

        foreach (var line in Log.Lines) Console.WriteLine("log: " + line);
        return 0;
    }
}
