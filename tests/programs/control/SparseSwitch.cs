using System;

class SparseSwitch
{
    static string Classify(int code)
    {
        switch (code)
        {
            case -1000: return "very negative";
            case 0: return "zero";
            case 1: case 2: case 3: return "small";
            case 100: return "hundred";
            case 404: return "not found";
            case 1000000: return "million";
            case int.MaxValue: return "max";
            case int.MinValue: return "min";
            default: return "other";
        }
    }

    static int Dense(int x)
    {
        int r;
        switch (x)
        {
            case 0: r = 10; break;
            case 1: r = 11; break;
            case 2: r = 12; break;
            case 3: r = 13; break;
            case 4: r = 14; break;
            case 5: r = 15; break;
            case 6: r = 16; break;
            default: r = -1; break;
        }
        return r;
    }

    static void Main()
    {
        int[] codes = new int[] { -1000, 0, 2, 3, 4, 100, 404, 405, 1000000, int.MaxValue, int.MinValue, -1 };
        for (int i = 0; i < codes.Length; i++) Console.WriteLine(codes[i] + " " + Classify(codes[i]));
        string s = "";
        for (int i = -2; i < 9; i++) s += Dense(i) + " ";
        Console.WriteLine(s);
    }
}
