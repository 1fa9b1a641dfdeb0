using System;

class FinallyDuringPropagation
{
    static string trace = "";

    static void A() { try { trace += "A+"; B(); trace += "A-unreached"; } finally { trace += "A.fin "; } }
    static void B() { try { trace += "B+"; C(); } finally { trace += "B.fin "; } }
    static void C()
    {
        try { trace += "C+ "; throw new NotSupportedException("boom"); }
        catch (ArgumentException) { trace += "C.wrongcatch "; }
        finally { trace += "C.fin "; }
    }

    static int Counter = 0;
    static void Nested(int n)
    {
        if (n == 0) throw new Exception("bottom");
        try { Nested(n - 1); }
        finally { Counter += n; }
    }

    static void Main()
    {
        try { A(); }
        catch (NotSupportedException e) { trace += "caught " + e.Message; }
        Console.WriteLine(trace);
        try { Nested(10); } catch (Exception e) { Console.WriteLine(e.Message + " counter=" + Counter); }
        try
        {
            try { throw new Exception("one"); }
            finally
            {
                try { throw new Exception("two"); }
                catch (Exception e) { Console.WriteLine("handled inside finally: " + e.Message); }
            }
        }
        catch (Exception e) { Console.WriteLine("outer got: " + e.Message); }
    }
}
