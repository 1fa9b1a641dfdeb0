using System;

class Hello
{
    static int Main(string[] args)
    {
        Console.WriteLine(Greeting.For(args.Length > 0 ? args[0] : "World"));
        return args.Length;
    }
}
