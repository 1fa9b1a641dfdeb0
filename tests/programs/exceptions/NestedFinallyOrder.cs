using System;

class NestedFinallyOrder
{
    static string trace = "";

    static int Deep(int n)
    {
        try
        {
            try
            {
                trace += "t" + n + " ";
                if (n == 0) throw new ArgumentException("zero");
                return Deep(n - 1) + 1;
            }
            finally { trace += "f" + n + " "; }
        }
        catch (ArgumentException) when (n == 2)
        {
            trace += "c" + n + " ";
            return 100;
        }
        finally { trace += "F" + n + " "; }
    }

    static void Main()
    {
        Console.WriteLine(Deep(4));
        Console.WriteLine(trace);
        trace = "";
        try { Deep(1); } catch (ArgumentException e) { trace += "main:" + e.Message; }
        Console.WriteLine(trace);
        trace = "";
        for (int i = 0; i < 3; i++)
        {
            try
            {
                try { if (i == 1) throw new Exception("x"); trace += "ok" + i + " "; }
                finally { trace += "in" + i + " "; }
            }
            catch (Exception) { trace += "caught" + i + " "; continue; }
            finally { trace += "out" + i + " "; }
            trace += "after" + i + " ";
        }
        Console.WriteLine(trace);
    }
}
