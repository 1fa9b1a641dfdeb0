using System;

class StringConcat
{
    static void Main()
    {
        int i = 42;
        long l = -9000000000L;
        char c = 'x';
        bool b = true;
        string s = "s";
        Console.WriteLine("i=" + i);
        Console.WriteLine(i + "=i");
        Console.WriteLine("l=" + l + ", c=" + c);
        Console.WriteLine("b=" + b + " " + !b);
        Console.WriteLine(s + i + l + c + b);
        Console.WriteLine("a" + "b" + "c" + "d" + "e" + "f");
        Console.WriteLine(1 + 2 + "3" + 4 + 5);
        string n = null;
        Console.WriteLine("[" + n + "]");
        object o = null;
        Console.WriteLine("[" + o + "]");
        string acc = "";
        for (int k = 0; k < 10; k++) acc += k;
        Console.WriteLine(acc);
        Console.WriteLine(acc.Length);
        Console.WriteLine(acc.Substring(3, 4));
        Console.WriteLine(acc == "0123456789");
        Console.WriteLine(acc != "x");
        Console.WriteLine(i.ToString() + l.ToString());
        Console.WriteLine('a' + 1);
        Console.WriteLine((char)('a' + 1));
    }
}
