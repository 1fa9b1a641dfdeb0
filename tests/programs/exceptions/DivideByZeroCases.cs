using System;

class DivideByZeroCases
{
    static int Div(int a, int b) { return a / b; }
    static long Rem(long a, long b) { return a % b; }

    static void Main()
    {
        int[] ds = new int[] { 2, 0, -3 };
        for (int i = 0; i < ds.Length; i++)
        {
            try { Console.WriteLine("17/" + ds[i] + "=" + Div(17, ds[i])); }
            catch (DivideByZeroException) { Console.WriteLine("div0 int"); }
        }
        try { Console.WriteLine(Rem(10L, 0L)); }
        catch (DivideByZeroException) { Console.WriteLine("div0 long rem"); }
        try { Console.WriteLine(Div(int.MinValue, -1)); }
        catch (OverflowException) { Console.WriteLine("overflow minvalue/-1"); }
        catch (ArithmeticException) { Console.WriteLine("arith minvalue/-1"); }
        double z = 0.0;
        double inf = 1.0 / z;
        Console.WriteLine(inf > 1e308);
        Console.WriteLine(double.IsInfinity(inf));
        try { uint u = 5; uint zero = 0; Console.WriteLine(u / zero); }
        catch (ArithmeticException) { Console.WriteLine("div0 uint as arithmetic"); }
    }
}
