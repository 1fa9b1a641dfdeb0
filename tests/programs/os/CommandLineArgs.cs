// Main's arguments and Environment.GetCommandLineArgs(): the same arguments after element 0, the program.
// args: one "two words" "" thrée --four=4
using System;
using System.IO;

class CommandLineArgs
{
    static void Main(string[] args)
    {
        string[] all = Environment.GetCommandLineArgs();
        Console.WriteLine(args.Length + " " + all.Length);
        for (int i = 0; i < args.Length; i++) Console.WriteLine(i + ": [" + args[i] + "] " + (all[i + 1] == args[i]));
        Console.WriteLine("program named: " + (all[0].Length > 0));
    }
}
