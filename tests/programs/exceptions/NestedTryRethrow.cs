using System;

class NestedTryRethrow
{
    static void Level3() { throw new InvalidOperationException("deep failure"); }
    static void Level2()
    {
        try { Level3(); }
        catch (InvalidOperationException) { Console.WriteLine("L2 caught, rethrowing"); throw; }
        finally { Console.WriteLine("L2 finally"); }
    }
    static void Level1()
    {
        try { Level2(); }
        catch (ArgumentException) { Console.WriteLine("L1 wrong catch"); }
        finally { Console.WriteLine("L1 finally"); }
    }

    static void Main()
    {
        try { Level1(); }
        catch (Exception e) { Console.WriteLine("Main caught: " + e.Message + " is IOE=" + (e is InvalidOperationException)); }
        try
        {
            try { throw new ArgumentException("first"); }
            catch (ArgumentException e) { throw new InvalidOperationException("second from " + e.Message); }
        }
        catch (InvalidOperationException e) { Console.WriteLine(e.Message); }
        try
        {
            try { throw new NotImplementedException("x"); }
            catch (Exception e) { Console.WriteLine("inner " + e.Message); throw e; }
        }
        catch (NotImplementedException e) { Console.WriteLine("outer " + e.Message); }
    }
}
