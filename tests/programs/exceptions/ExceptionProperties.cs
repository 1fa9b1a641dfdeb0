using System;

class MyError : Exception
{
    public MyError() : base("default my error") { }
    public MyError(string m, Exception inner) : base(m, inner) { }
}

class ExceptionProperties
{
    static void Main()
    {
        Exception e1 = new Exception("top");
        Console.WriteLine(e1.Message);
        Console.WriteLine(e1.InnerException == null);
        Exception inner = new ArgumentException("root cause");
        MyError e2 = new MyError("wrapper", inner);
        Console.WriteLine(e2.Message + " <- " + e2.InnerException.Message);
        Console.WriteLine(e2.InnerException is ArgumentException);
        Console.WriteLine(new MyError().Message);
        try
        {
            try { throw new InvalidOperationException("level0"); }
            catch (Exception e) { throw new MyError("level1", e); }
        }
        catch (MyError e)
        {
            Exception cur = e;
            int depth = 0;
            while (cur != null) { Console.WriteLine(depth + ": " + cur.Message); cur = cur.InnerException; depth++; }
        }
        ArgumentException ae = new ArgumentException("msg only");
        Console.WriteLine(ae.Message);
    }
}
