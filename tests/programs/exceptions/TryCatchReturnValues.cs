using System;

class TryCatchReturnValues
{
    static int Compute(int x)
    {
        int result = -1;
        try
        {
            if (x < 0) throw new ArgumentException("neg");
            result = 100 / x;
            return result;
        }
        catch (DivideByZeroException) { result = 0; return result; }
        catch (ArgumentException) { return -100; }
        finally { Console.Write("[fin " + x + " result=" + result + "] "); }
    }

    static string Nest(int x)
    {
        try
        {
            try { if (x == 1) throw new Exception("a"); return "inner-ok"; }
            finally { if (x == 2) Console.Write("(inner finally x=2) "); }
        }
        catch (Exception e) { return "caught-" + e.Message; }
    }

    static void Main()
    {
        Console.WriteLine(Compute(5));
        Console.WriteLine(Compute(0));
        Console.WriteLine(Compute(-5));
        Console.WriteLine(Nest(0));
        Console.WriteLine(Nest(1));
        Console.WriteLine(Nest(2));
    }
}
