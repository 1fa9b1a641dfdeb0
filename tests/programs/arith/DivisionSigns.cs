using System;

class DivisionSigns
{
    static void Main()
    {
        int[] a = new int[] { 7, -7, 7, -7, 0, 1, -1 };
        int[] b = new int[] { 2, 2, -2, -2, 5, 3, 3 };
        for (int i = 0; i < a.Length; i++)
            Console.WriteLine(a[i] + " / " + b[i] + " = " + (a[i] / b[i]) + " rem " + (a[i] % b[i]));
        long la = -9000000000L, lb = 7;
        Console.WriteLine(la / lb + " " + la % lb + " " + (-la) % lb);
        uint ua = 4000000000u, ub = 3;
        Console.WriteLine(ua / ub + " " + ua % ub);
        ulong uu = 18000000000000000000UL;
        Console.WriteLine(uu / 7 + " " + uu % 7);
        Console.WriteLine(int.MinValue / 2 + " " + int.MinValue % 3);
        double d = -7.0;
        Console.WriteLine(d / 2.0 == -3.5);
        Console.WriteLine(d % 2.0 == -1.0);
    }
}
