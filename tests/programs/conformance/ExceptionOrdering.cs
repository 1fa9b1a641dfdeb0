// Self-checking: the order in which try, catch and finally blocks run, across nesting levels and frames.
using System;
using System.Text;

class ExceptionOrdering
{
    static int failures;
    static StringBuilder log = new StringBuilder();

    static void Check(string what, string got, string expected)
    {
        if (got != expected) { Console.WriteLine("FAIL " + what + ": got " + got + ", expected " + expected); failures++; }
    }

    static string Take() { string s = log.ToString(); log.Length = 0; return s; }
    static void L(string s) { log.Append(s); }

    static void Thrower(int depth)
    {
        try
        {
            L("t" + depth);
            if (depth == 0) throw new InvalidOperationException("bottom");
            Thrower(depth - 1);
        }
        finally { L("f" + depth); }
    }

    static int ReturnInFinallyOrder()
    {
        int x = 1;
        try { L("try"); return x; }
        finally { x = 2; L("finally"); }
    }

    static int Nested()
    {
        try
        {
            try { L("a"); throw new ArgumentException("x"); }
            catch (InvalidOperationException) { L("wrong"); }
            finally { L("b"); }
        }
        catch (ArgumentException) { L("c"); return 1; }
        finally { L("d"); }
        return 0;
    }

    static void CatchAndThrowNew()
    {
        try
        {
            try { throw new FormatException("inner"); }
            catch (FormatException e) { L("1"); throw new InvalidOperationException("outer", e); }
            finally { L("2"); }
        }
        catch (InvalidOperationException e) { L("3" + e.InnerException.GetType().Name); }
    }

    static int LoopWithFinally()
    {
        int count = 0;
        for (int i = 0; i < 5; i++)
        {
            try
            {
                if (i == 1) continue;
                if (i == 3) break;
                count += 10;
            }
            finally { L(i.ToString()); count++; }
        }
        return count;
    }

    static void Main2()
    {
        try { Thrower(2); }
        catch (InvalidOperationException e) { L("caught:" + e.Message); }
    }

    static int Main()
    {
        Main2();
        Check("finally across frames", Take(), "t2t1t0f0f1f2caught:bottom");

        Check("return value fixed before finally", ReturnInFinallyOrder().ToString(), "1");
        Check("return then finally", Take(), "tryfinally");

        Check("nested return", Nested().ToString(), "1");
        Check("nested order", Take(), "abcd");

        CatchAndThrowNew();
        Check("throw from catch", Take(), "123FormatException");

        Check("continue/break through finally", LoopWithFinally().ToString(), "24");
        Check("loop finally order", Take(), "0123");

        // exception in a catch handler replaces the original
        string caught = "";
        try
        {
            try { throw new ArgumentException("first"); }
            catch (ArgumentException) { throw new NotSupportedException("second"); }
        }
        catch (Exception e) { caught = e.GetType().Name + ":" + e.Message; }
        Check("catch replaces", caught, "NotSupportedException:second");

        // exception thrown in finally replaces the one in flight
        caught = "";
        try
        {
            try { throw new ArgumentException("lost"); }
            finally { L("fin"); throw new FormatException("replacement"); }
        }
        catch (ArgumentException) { caught = "original"; }
        catch (FormatException e) { caught = e.Message; }
        Check("finally replaces", caught + Take(), "replacementfin");

        // catch order: first matching clause wins, base classes catch derived
        caught = "";
        try { throw new ArgumentNullException("p"); }
        catch (ArgumentNullException) { caught = "ANE"; }
        catch (ArgumentException) { caught = "AE"; }
        Check("specific first", caught, "ANE");
        try { throw new ArgumentOutOfRangeException("p"); }
        catch (ArgumentNullException) { caught = "ANE"; }
        catch (ArgumentException) { caught = "AE"; }
        Check("base catches derived", caught, "AE");

        // rethrow preserves identity; throw e also rethrows the same object
        Exception original = new InvalidOperationException("same");
        Exception seen = null;
        try
        {
            try { throw original; }
            catch (InvalidOperationException) { throw; }
        }
        catch (Exception e) { seen = e; }
        Check("rethrow identity", ReferenceEquals(seen, original).ToString(), "True");

        // deep nesting of try/finally inside catch
        try
        {
            throw new Exception("outer");
        }
        catch (Exception)
        {
            try { L("x"); throw new Exception("inner"); }
            catch (Exception e) { L(e.Message); }
            finally { L("y"); }
        }
        finally { L("z"); }
        Check("handler nesting", Take(), "xinneryz");

        // finally runs when no exception
        try { L("p"); } finally { L("q"); }
        Check("plain finally", Take(), "pq");

        if (failures == 0) { Console.WriteLine("PASS"); return 100; }
        return 1;
    }
}
