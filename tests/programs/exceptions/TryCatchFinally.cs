using System;

class MyException : Exception
{
    public int Code;
    public MyException(string message, int code) : base(message) { Code = code; }
}

class TryCatchFinally
{
    static int depth;

    static void Thrower(int n)
    {
        if (n == 0) throw new MyException("deep", 42);
        depth++;
        Thrower(n - 1);
    }

    static int WithFinally(int x)
    {
        try
        {
            if (x > 0) return x * 2;
            Console.WriteLine("not positive");
        }
        finally
        {
            Console.WriteLine("finally " + x);
        }
        return -1;
    }

    static string Classify(object o)
    {
        try
        {
            string s = (string)o;
            return "string " + s.Length;
        }
        catch (InvalidCastException)
        {
            return "not a string";
        }
        catch (NullReferenceException e)
        {
            return "null: " + e.Message;
        }
    }

    static void Nested()
    {
        try
        {
            try
            {
                Console.WriteLine("inner try");
                throw new InvalidOperationException("inner");
            }
            catch (ArgumentException)
            {
                Console.WriteLine("wrong catch");
            }
            finally
            {
                Console.WriteLine("inner finally");
            }
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine("outer caught " + e.Message);
        }
        finally
        {
            Console.WriteLine("outer finally");
        }
    }

    static int Filter(int code)
    {
        try
        {
            throw new MyException("filtered", code);
        }
        catch (MyException e) when (e.Code > 10)
        {
            return 1;
        }
        catch (MyException)
        {
            return 2;
        }
    }

    static void Rethrow()
    {
        try
        {
            try
            {
                throw new MyException("again", 7);
            }
            catch (MyException)
            {
                Console.WriteLine("caught once");
                throw;
            }
        }
        catch (Exception e)
        {
            Console.WriteLine("caught twice: " + e.Message);
        }
    }

    static void Main()
    {
        try
        {
            Thrower(50);
        }
        catch (MyException e)
        {
            Console.WriteLine(e.Message + " " + e.Code + " after " + depth);
        }
        Console.WriteLine(WithFinally(5));
        Console.WriteLine(WithFinally(-5));
        Console.WriteLine(Classify("abc"));
        Console.WriteLine(Classify(12));
        Nested();
        Console.WriteLine(Filter(50) + " " + Filter(5));
        Rethrow();
        int[] small = new int[2];
        try
        {
            small[5] = 1;
        }
        catch (IndexOutOfRangeException e)
        {
            Console.WriteLine("index: " + e.Message);
        }
        int zero = 0;
        try
        {
            Console.WriteLine(10 / zero);
        }
        catch (DivideByZeroException e)
        {
            Console.WriteLine("divide: " + e.Message);
        }
        try
        {
            checked
            {
                int big = int.MaxValue;
                big++;
                Console.WriteLine(big);
            }
        }
        catch (OverflowException e)
        {
            Console.WriteLine("overflow: " + e.Message);
        }
        for (int i = 0; i < 3; i++)
        {
            try
            {
                if (i == 1) continue;
                Console.WriteLine("loop " + i);
            }
            finally
            {
                Console.WriteLine("loop finally " + i);
            }
        }
    }
}
