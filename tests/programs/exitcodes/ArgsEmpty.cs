using System;

class ArgsEmpty
{
    static int Main(string[] args)
    {
        Console.WriteLine(args == null ? "null" : "not null");
        Console.WriteLine(args.Length);
        if (args.Length == 0) { Console.WriteLine("no arguments"); return 42; }
        return 1;
    }
}
