using System;

class NumberToString
{
    static string ToBase(long v, int b)
    {
        if (v == 0) return "0";
        bool neg = v < 0;
        string digits = "0123456789abcdefghijklmnopqrstuvwxyz";
        string r = "";
        ulong u = neg ? (ulong)(-(v + 1)) + 1 : (ulong)v;
        while (u > 0) { r = digits[(int)(u % (ulong)b)] + r; u /= (ulong)b; }
        return neg ? "-" + r : r;
    }

    static string Roman(int n)
    {
        int[] vals = new int[] { 1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1 };
        string[] syms = new string[] { "M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I" };
        string r = "";
        for (int i = 0; i < vals.Length; i++) while (n >= vals[i]) { r += syms[i]; n -= vals[i]; }
        return r;
    }

    static void Main()
    {
        Console.WriteLine(int.MinValue.ToString() + " " + int.MaxValue.ToString() + " " + long.MinValue.ToString());
        Console.WriteLine(ToBase(255, 16) + " " + ToBase(255, 2) + " " + ToBase(-255, 8) + " " + ToBase(long.MinValue, 16));
        Console.WriteLine(ToBase(1295, 36) + " " + ToBase(0, 7));
        Console.WriteLine(Roman(1994) + " " + Roman(2024) + " " + Roman(3999) + " " + Roman(4));
        Console.WriteLine(uint.MaxValue.ToString() + " " + ulong.MaxValue.ToString() + " " + ((byte)7).ToString() + " " + ((short)-7).ToString());
        Console.WriteLine(true.ToString() + 'x'.ToString() + (0).ToString());
    }
}
