// Exception filters in async methods (mcs compiles them into the state machine's MoveNext): the filter runs before
// the finally blocks between the throw and the handler, also when the exception comes out of an await.
using System;
using System.Collections.Generic;
using System.Threading.Tasks;

class FilterInAsync
{
    static readonly List<string> log = new List<string>();

    static bool Log(string s, bool result = true)
    {
        lock (log) { log.Add(s); }
        return result;
    }

    static void Flush(string title)
    {
        Console.WriteLine(title + ": " + string.Join(" > ", log));
        log.Clear();
    }

    static async Task<int> FailsLater(int code)
    {
        await Task.Yield();
        throw new InvalidOperationException("failed " + code);
    }

    static async Task<string> Catches(int code)
    {
        int attempts = 0;
        try
        {
            try
            {
                attempts++;
                await FailsLater(code);
                return "no exception";
            }
            finally { Log("finally attempts=" + attempts); attempts = -1; }
        }
        catch (InvalidOperationException e) when (Log("filter attempts=" + attempts + " " + e.Message, code % 2 == 0))
        {
            return "caught " + code + " attempts=" + attempts;
        }
        catch (Exception e) when (Log("second filter " + code)) { return "second " + e.Message; }
    }

    static async Task Synchronous()
    {
        string phase = "before";
        try
        {
            try { phase = "throwing"; throw new FormatException("sync"); }
            finally { phase = "finally ran"; Log("finally"); }
        }
        catch (FormatException) when (Log("filter sees phase " + phase)) { Log("handler sees phase " + phase); }
        await Task.Yield();
    }

    static async Task Unfiltered()
    {
        await Task.Yield();
        try { throw new ArgumentException("rejected everywhere"); }
        catch (ArgumentException) when (Log("inner filter", false)) { Log("wrong"); }
        finally { Log("async finally"); }
    }

    static void Main()
    {
        Console.WriteLine(Catches(2).Result);
        Flush("even");
        Console.WriteLine(Catches(3).Result);
        Flush("odd");
        Synchronous().Wait();
        Flush("synchronous");
        try { Unfiltered().Wait(); }
        catch (AggregateException e) when (Log("outer filter " + e.InnerException.Message)) { Log("outer handler"); }
        Flush("unfiltered");
    }
}
