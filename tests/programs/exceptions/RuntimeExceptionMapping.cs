using System;

class Thing { public int Field; }

class RuntimeExceptionMapping
{
    static string Classify(Exception e)
    {
        if (e is NullReferenceException) return "null-ref";
        if (e is IndexOutOfRangeException) return "index";
        if (e is InvalidCastException) return "cast";
        if (e is DivideByZeroException) return "div0";
        if (e is OverflowException) return "overflow";
        if (e is ArithmeticException) return "arith";
        return "other";
    }

    static void Run(int i)
    {
        Thing t = null;
        int[] arr = new int[3];
        object o = "str";
        int zero = 0;
        switch (i)
        {
            case 0: Console.WriteLine(t.Field); break;
            case 1: Console.WriteLine(arr[3]); break;
            case 2: Console.WriteLine(arr[-1]); break;
            case 3: Console.WriteLine((Thing)o); break;
            case 4: Console.WriteLine(10 / zero); break;
            case 5: Console.WriteLine(checked(int.MaxValue + zero + 1)); break;
            case 6: string s = null; Console.WriteLine(s.Length); break;
            case 7: int[] na = null; Console.WriteLine(na.Length); break;
            case 8: object[] objs = new string[1]; objs[0] = 1; break;
            default: throw new FormatException("mine");
        }
    }

    static void Main()
    {
        for (int i = 0; i <= 9; i++)
        {
            try { Run(i); Console.WriteLine(i + " no exception"); }
            catch (Exception e) { Console.WriteLine(i + " " + Classify(e)); }
        }
    }
}
