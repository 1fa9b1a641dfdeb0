// args: "hello world" racecar "A b C" x
using System;

class ArgsQuotedWords
{
    static bool IsPal(string s) { for (int i = 0, j = s.Length - 1; i < j; i++, j--) if (s[i] != s[j]) return false; return true; }

    static int Main(string[] args)
    {
        int pals = 0;
        for (int i = 0; i < args.Length; i++)
        {
            string a = args[i];
            int spaces = 0, upper = 0;
            for (int k = 0; k < a.Length; k++) { if (a[k] == ' ') spaces++; if (char.IsUpper(a[k])) upper++; }
            bool p = IsPal(a);
            if (p) pals++;
            Console.WriteLine("[" + a + "] len=" + a.Length + " spaces=" + spaces + " upper=" + upper + " palindrome=" + p);
        }
        return args.Length * 10 + pals;
    }
}
