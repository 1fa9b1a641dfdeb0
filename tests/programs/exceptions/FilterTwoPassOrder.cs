// Exception filters run in the first pass, before any finally or fault handler between the throw and the handler
// (innermost first, through every frame), and the second pass then runs the finally handlers and enters the
// handler the first pass chose (ECMA-335 I.12.4.2.5, .NET's two-pass dispatch).
using System;
using System.Collections.Generic;

class FilterTwoPassOrder
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

    static void InnerFinally()
    {
        try { try { throw new Exception("x"); } finally { Log("inner finally"); } }
        catch (Exception) when (Log("filter")) { Log("handler"); }
    }

    static void Frame3(int depth)
    {
        try
        {
            try { throw new InvalidOperationException("deep"); }
            finally { Log("finally 3a"); }
        }
        catch (ArgumentException) { Log("wrong catch 3"); }
        catch (Exception) when (Log("filter 3", false)) { Log("handler 3"); }
        finally { Log("finally 3b"); }
    }

    static void Frame2()
    {
        try { Frame3(3); }
        catch (InvalidOperationException e) when (Log("filter 2 sees " + e.Message, false)) { Log("handler 2"); }
        finally { Log("finally 2"); }
    }

    static void Frame1(bool accept)
    {
        try
        {
            try { Frame2(); }
            catch (Exception) when (Log("filter 1a", false)) { Log("handler 1a"); }
            finally { Log("finally 1"); }
        }
        catch (Exception) when (Log("filter 1b", accept)) { Log("handler 1b"); }
    }

    static int state;

    static string FinallyChangesState()
    {
        state = 1;
        try
        {
            try { throw new Exception("state"); }
            finally { state = 2; }
        }
        catch (Exception) when (state == 1) { return "filter saw the state before the finally, handler sees " + state; }
        catch (Exception) { return "filter saw the finally's state " + state; }
    }

    static string FinallyChangesLocal()
    {
        int local = 10;
        string seen = "";
        try
        {
            try { throw new Exception("local"); }
            finally { local = 20; seen += "finally;"; }
        }
        catch (Exception) when ((seen += "filter " + local + ";") != null && local == 10) { seen += "handler " + local; }
        return seen;
    }

    // The finally of a frame the exception leaves runs after every filter, including the outer frame's.
    static void Leaves(ref int counter)
    {
        try { counter++; throw new Exception("leave"); }
        finally { Log("callee finally sees counter " + counter); counter = 100; }
    }

    static void ByRefState()
    {
        int counter = 0;
        try { Leaves(ref counter); }
        catch (Exception) when (Log("filter sees counter " + counter)) { Log("handler sees counter " + counter); }
    }

    static void Fault()
    {
        // a using block's Dispose is a finally; an iterator's fault-like cleanup runs after the filter too
        try
        {
            using (new Disposer()) { throw new Exception("disposed"); }
        }
        catch (Exception) when (Log("filter")) { Log("handler"); }
    }

    class Disposer : IDisposable
    {
        public void Dispose() { Log("dispose"); }
    }

    static IEnumerable<int> Numbers()
    {
        try { yield return 1; throw new Exception("iterator"); }
        finally { Log("iterator finally"); }
    }

    static void Iterator()
    {
        try
        {
            foreach (int n in Numbers()) { Log("item " + n); }
        }
        catch (Exception e) when (Log("filter " + e.Message)) { Log("handler"); }
    }

    static void Main()
    {
        InnerFinally();
        Flush("inner finally");
        Frame1(true);
        Flush("three frames, outer accepts");
        try { Frame1(false); } catch (Exception e) { Log("main caught " + e.Message); }
        Flush("three frames, none accepts");
        Console.WriteLine(FinallyChangesState());
        Console.WriteLine(FinallyChangesLocal());
        ByRefState();
        Flush("by ref");
        Fault();
        Flush("using");
        Iterator();
        Flush("iterator");
    }
}
