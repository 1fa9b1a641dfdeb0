using System;

class ClosureCapture
{
    static Func<int> MakeCounter()
    {
        int count = 0;
        return () => ++count;
    }

    static void Main()
    {
        Func<int> c1 = MakeCounter();
        Func<int> c2 = MakeCounter();
        c1(); c1(); c1();
        Console.WriteLine(c1() + " " + c2());
        int shared = 10;
        Action inc = () => shared++;
        Func<int> read = () => shared;
        inc(); inc();
        Console.WriteLine(read() + " " + shared);
        shared = 100;
        Console.WriteLine(read());
        string msg = "hello";
        Func<string, string> greet = name => msg + " " + name;
        msg = "bye";
        Console.WriteLine(greet("bob"));
        int outer = 1;
        Func<int, Func<int, int>> nested = a => { int mid = a * 10; return b => outer + mid + b; };
        Func<int, int> f = nested(2);
        outer = 1000;
        Console.WriteLine(f(3));
    }
}
