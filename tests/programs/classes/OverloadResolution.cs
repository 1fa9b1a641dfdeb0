using System;

class OverloadResolution
{
    static string F(int x) { return "int"; }
    static string F(long x) { return "long"; }
    static string F(double x) { return "double"; }
    static string F(object x) { return "object"; }
    static string F(string x) { return "string"; }
    static string G(long x) { return "G-long"; }
    static string G(double x) { return "G-double"; }
    static string H(object o) { return "H-object"; }
    static string H(params int[] xs) { return "H-params" + xs.Length; }
    static string K(int a, long b) { return "K-int-long"; }
    static string K(long a, int b) { return "K-long-int"; }

    static void Main()
    {
        byte b = 1; short s = 2; char c = 'c'; uint u = 3; float f = 1f; ulong ul = 4;
        Console.WriteLine(F(1) + " " + F(1L) + " " + F(1.0) + " " + F("s") + " " + F(b) + " " + F(s) + " " + F(c));
        Console.WriteLine(F(u) + " " + F(f) + " " + F(ul) + " " + F(true) + " " + F((object)1) + " " + F(null as string));
        Console.WriteLine(G(1) + " " + G(u) + " " + G(f) + " " + G(c));
        Console.WriteLine(H() + " " + H(1) + " " + H(1, 2) + " " + H("x") + " " + H(new int[3]));
        Console.WriteLine(K(1, 2L) + " " + K(1L, 2));
        Console.WriteLine('a' + 1);
        Console.WriteLine((char)('a' + 1));
        Console.WriteLine(c);
        Console.WriteLine(u);
        Console.WriteLine(ul);
        Console.WriteLine(new char[] { 'o', 'k' });
        Console.WriteLine(true ? 1 : 2L);
        Console.WriteLine(s + b);
    }
}
