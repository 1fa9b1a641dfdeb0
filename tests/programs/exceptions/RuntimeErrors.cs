// expect-stdout-file: RuntimeErrors.out
// Modern .NET: NullReferenceException's message ends with a period, and new int[-1] throws OverflowException
// (Mono prints no period and throws OutOfMemoryException).
using System;

class Node { public int Value; public Node Next; }

class RuntimeErrors
{
    static int Attempt(int which)
    {
        try
        {
            switch (which)
            {
                case 0: { Node n = null; return n.Value; }
                case 1: { int[] a = new int[3]; return a[which + 5]; }
                case 2: { object o = "text"; return ((Node)o).Value; }
                case 3: { int d = which - 3; return 10 / d; }
                case 4: { long m = long.MinValue; return (int)(m / -1); }
                case 5: { checked { return (int)(3000000000L + which); } }
                case 6: { int[] neg = new int[which - 10]; return neg.Length; }
                case 7: { object o = 12; return (int)(long)o; }
            }
            return -1;
        }
        catch (Exception e)
        {
            Console.WriteLine(which + ": " + e.Message);
            return which;
        }
        finally
        {
            Console.WriteLine("finally " + which);
        }
    }

    static void Main()
    {
        int sum = 0;
        for (int i = 0; i < 9; i++) sum += Attempt(i);
        Console.WriteLine(sum);
    }
}
