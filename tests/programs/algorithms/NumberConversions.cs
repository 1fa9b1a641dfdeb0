// Roman numerals both ways, arbitrary bases (2..36) both ways, English number words, and digit manipulations
// (reversal, digital roots, Armstrong numbers, happy numbers) over fixed inputs.
using System;
using System.Collections.Generic;
using System.Text;

class NumberConversions
{
    static readonly int[] RomanValues = { 1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1 };
    static readonly string[] RomanSymbols = { "M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I" };

    static string ToRoman(int n)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < RomanValues.Length; i++) while (n >= RomanValues[i]) { sb.Append(RomanSymbols[i]); n -= RomanValues[i]; }
        return sb.ToString();
    }

    static int FromRoman(string s)
    {
        int total = 0;
        for (int i = 0; i < s.Length; i++)
        {
            int v = Value(s[i]);
            if (i + 1 < s.Length && v < Value(s[i + 1])) total -= v; else total += v;
        }
        return total;
    }

    static int Value(char c)
    {
        switch (c) { case 'I': return 1; case 'V': return 5; case 'X': return 10; case 'L': return 50; case 'C': return 100; case 'D': return 500; case 'M': return 1000; }
        throw new FormatException("bad numeral " + c);
    }

    static string ToBase(long n, int b)
    {
        if (n == 0) return "0";
        const string digits = "0123456789abcdefghijklmnopqrstuvwxyz";
        bool neg = n < 0;
        ulong u = neg ? (ulong)(-(n + 1)) + 1 : (ulong)n;
        var sb = new StringBuilder();
        while (u > 0) { sb.Insert(0, digits[(int)(u % (ulong)b)]); u /= (ulong)b; }
        return (neg ? "-" : "") + sb;
    }

    static long FromBase(string s, int b)
    {
        long v = 0;
        foreach (char c in s.ToLower()) v = v * b + (char.IsDigit(c) ? c - '0' : c - 'a' + 10);
        return v;
    }

    static readonly string[] Ones = { "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen" };
    static readonly string[] Tens = { "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety" };

    static string Words(long n)
    {
        if (n < 0) return "minus " + Words(-n);
        if (n < 20) return Ones[n];
        if (n < 100) return Tens[n / 10] + (n % 10 != 0 ? "-" + Ones[n % 10] : "");
        if (n < 1000) return Ones[n / 100] + " hundred" + (n % 100 != 0 ? " and " + Words(n % 100) : "");
        string[] scales = { "thousand", "million", "billion" };
        long unit = 1000;
        for (int i = 0; i < scales.Length; i++, unit *= 1000)
            if (n < unit * 1000) return Words(n / unit) + " " + scales[i] + (n % unit != 0 ? (n % unit < 100 ? " and " : " ") + Words(n % unit) : "");
        return n.ToString();
    }

    static int DigitalRoot(long n) { while (n >= 10) { long s = 0; while (n > 0) { s += n % 10; n /= 10; } n = s; } return (int)n; }
    static bool IsHappy(int n) { var seen = new HashSet<int>(); while (n != 1 && seen.Add(n)) { int s = 0; while (n > 0) { s += (n % 10) * (n % 10); n /= 10; } n = s; } return n == 1; }

    static void Main()
    {
        foreach (int n in new[] { 1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999 })
            Console.WriteLine(n + " = " + ToRoman(n) + " = " + FromRoman(ToRoman(n)));
        Console.WriteLine(FromRoman("MCMXLIV") + " " + FromRoman("MMXXV"));
        try { FromRoman("XIZ"); } catch (FormatException e) { Console.WriteLine(e.Message); }

        foreach (int b in new[] { 2, 8, 16, 36 })
            Console.WriteLine("base " + b + ": " + ToBase(255, b) + " " + ToBase(-1000, b) + " " + ToBase(long.MaxValue, b) + " back " + FromBase(ToBase(123456789, b), b));
        Console.WriteLine(ToBase(long.MinValue, 16));

        foreach (long n in new long[] { 0, 7, 13, 21, 45, 100, 101, 342, 999, 1000, 1001, 12345, 1000000, 2147483647, -58 })
            Console.WriteLine(n + ": " + Words(n));

        var armstrong = new List<int>();
        for (int n = 1; n < 10000; n++)
        {
            int digits = n.ToString().Length, sum = 0;
            for (int m = n; m > 0; m /= 10) { int p = 1; for (int k = 0; k < digits; k++) p *= m % 10; sum += p; }
            if (sum == n) armstrong.Add(n);
        }
        Console.WriteLine("armstrong: " + string.Join(",", armstrong));
        var happy = new List<int>();
        for (int n = 1; n <= 50; n++) if (IsHappy(n)) happy.Add(n);
        Console.WriteLine("happy: " + string.Join(",", happy));
        Console.WriteLine("digital roots: " + DigitalRoot(0) + DigitalRoot(9875) + DigitalRoot(long.MaxValue));
    }
}
