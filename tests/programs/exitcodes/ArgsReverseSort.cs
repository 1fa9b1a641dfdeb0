// args: pear apple fig banana cherry
using System;

class ArgsReverseSort
{
    static int Main(string[] args)
    {
        string[] copy = new string[args.Length];
        for (int i = 0; i < args.Length; i++) copy[i] = args[i];
        for (int i = 1; i < copy.Length; i++)
            for (int j = i; j > 0 && string.CompareOrdinal(copy[j - 1], copy[j]) < 0; j--) { string t = copy[j]; copy[j] = copy[j - 1]; copy[j - 1] = t; }
        for (int i = 0; i < copy.Length; i++) Console.WriteLine(copy[i]);
        int longest = 0;
        for (int i = 0; i < args.Length; i++) if (args[i].Length > args[longest].Length) longest = i;
        Console.WriteLine("longest original index " + longest);
        return longest + 1;
    }
}
