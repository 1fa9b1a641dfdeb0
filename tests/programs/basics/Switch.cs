using System;

class Switch
{
    static string Name(int n)
    {
        switch (n)
        {
            case 0: return "zero";
            case 1: return "one";
            case 2: return "two";
            case 3:
            case 4: return "three-or-four";
            case 10: return "ten";
            default: return "many";
        }
    }

    static int Sparse(int n)
    {
        switch (n)
        {
            case -5: return 1;
            case 100: return 2;
            case 1000: return 3;
            case 12345: return 4;
        }
        return 0;
    }

    static void Main()
    {
        for (int i = -1; i < 12; i++) Console.WriteLine(i + " " + Name(i) + " " + Sparse(i * 100));
        Console.WriteLine(Sparse(-5) + Sparse(12345));
        char c = 'b';
        switch (c)
        {
            case 'a': Console.WriteLine("A"); break;
            case 'b': Console.WriteLine("B"); break;
        }
    }
}
