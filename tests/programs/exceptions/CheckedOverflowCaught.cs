using System;

class CheckedOverflowCaught
{
    static int AddChecked(int a, int b) { return checked(a + b); }
    static long MulChecked(long a, long b) { return checked(a * b); }

    static void Main()
    {
        int[] tests = new int[] { 1, int.MaxValue - 1, int.MaxValue };
        for (int i = 0; i < tests.Length; i++)
        {
            try { Console.WriteLine(AddChecked(tests[i], 1)); }
            catch (OverflowException) { Console.WriteLine("overflow adding to " + tests[i]); }
        }
        long f = 1;
        int n = 1;
        try
        {
            while (true) { f = MulChecked(f, n); n++; }
        }
        catch (OverflowException) { Console.WriteLine("factorial overflow at n=" + n + " last=" + f); }
        try { int m = int.MinValue; int neg = checked(-m); Console.WriteLine(neg); }
        catch (OverflowException) { Console.WriteLine("negate overflow"); }
        try { uint u = 0; checked { u--; } Console.WriteLine(u); }
        catch (OverflowException) { Console.WriteLine("uint underflow"); }
        try { long big = long.MaxValue; int small = checked((int)big); Console.WriteLine(small); }
        catch (OverflowException) { Console.WriteLine("narrowing overflow"); }
        try { int x = 300; byte b = checked((byte)x); Console.WriteLine(b); }
        catch (ArithmeticException) { Console.WriteLine("byte overflow via ArithmeticException"); }
        int wrapped = unchecked(int.MaxValue + 1);
        Console.WriteLine(wrapped);
    }
}
