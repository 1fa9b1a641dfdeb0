// args: 12 7 -3 100 abc 0
using System;

class ArgsSum
{
    static bool TryParseInt(string s, out int v)
    {
        v = 0;
        if (string.IsNullOrEmpty(s)) return false;
        int i = 0; bool neg = false;
        if (s[0] == '-') { neg = true; i = 1; if (s.Length == 1) return false; }
        for (; i < s.Length; i++)
        {
            if (!char.IsDigit(s[i])) return false;
            v = v * 10 + (s[i] - '0');
        }
        if (neg) v = -v;
        return true;
    }

    static int Main(string[] args)
    {
        int sum = 0, bad = 0;
        for (int i = 0; i < args.Length; i++)
        {
            int v;
            if (TryParseInt(args[i], out v)) sum += v; else { bad++; Console.WriteLine("not a number: " + args[i]); }
        }
        Console.WriteLine("sum=" + sum + " bad=" + bad);
        return bad;
    }
}
