// args: one "two words" 3
using System;

class Args
{
    static int Main(string[] args)
    {
        Console.WriteLine(args.Length);
        for (int i = 0; i < args.Length; i++)
        {
            Console.WriteLine(i + ": " + args[i] + " (" + args[i].Length + ")");
        }
        return args.Length;
    }
}
