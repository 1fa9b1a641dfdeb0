using System;

struct P { public int X; public P(int x) { X = x; } public override string ToString() { return "P" + X; } }

class BoxingUnboxing
{
    static object Identity(object o) { return o; }

    static void Main()
    {
        int i = 42;
        object o = i;
        i = 7;
        Console.WriteLine((int)o + " " + i);
        P p = new P(1);
        object bp = p;
        p.X = 2;
        Console.WriteLine(((P)bp).X + " " + p.X);
        Console.WriteLine(bp.ToString());
        object o2 = Identity(123L);
        Console.WriteLine((long)o2 + 1);
        Console.WriteLine(o2 is long);
        Console.WriteLine(o2 is int);
        try { int bad = (int)o2; Console.WriteLine(bad); }
        catch (InvalidCastException) { Console.WriteLine("invalid cast"); }
        object[] objs = new object[] { 1, "two", 3.0, 'c', true, new P(5), null };
        for (int k = 0; k < objs.Length; k++)
        {
            object x = objs[k];
            if (x is int) Console.WriteLine("int " + (int)x);
            else if (x is string) Console.WriteLine("string " + (string)x);
            else if (x is double) Console.WriteLine("double " + (double)x);
            else if (x is char) Console.WriteLine("char " + (char)x);
            else if (x is bool) Console.WriteLine("bool " + (bool)x);
            else if (x is P) Console.WriteLine("P " + ((P)x).X);
            else Console.WriteLine("null");
        }
        object a = 5, b = 5;
        Console.WriteLine(a == b);
        Console.WriteLine(a.Equals(b));
    }
}
