using System;

class GcdLcm
{
    static long Gcd(long a, long b) { while (b != 0) { long t = a % b; a = b; b = t; } return a < 0 ? -a : a; }
    static long Lcm(long a, long b) { return a / Gcd(a, b) * b; }
    static long ExtGcd(long a, long b, out long x, out long y)
    {
        if (b == 0) { x = 1; y = 0; return a; }
        long x1, y1;
        long g = ExtGcd(b, a % b, out x1, out y1);
        x = y1; y = x1 - (a / b) * y1;
        return g;
    }

    static void Main()
    {
        Console.WriteLine(Gcd(48, 18) + " " + Gcd(17, 5) + " " + Gcd(0, 9) + " " + Gcd(-12, 18));
        long l = 1;
        for (int i = 1; i <= 20; i++) l = Lcm(l, i);
        Console.WriteLine("lcm 1..20 = " + l);
        long x, y;
        long g = ExtGcd(240, 46, out x, out y);
        Console.WriteLine(g + " = 240*" + x + " + 46*" + y + " check " + (240 * x + 46 * y));
        ExtGcd(17, 3120, out x, out y);
        long inv = ((x % 3120) + 3120) % 3120;
        Console.WriteLine("inverse of 17 mod 3120 = " + inv + " check " + (17 * inv % 3120));
    }
}
