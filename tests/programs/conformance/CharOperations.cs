// Self-checking: char arithmetic, classification, conversions and comparisons.
using System;

class CharOperations
{
    static int failures;

    static void Check(string what, bool ok)
    {
        if (!ok) { Console.WriteLine("FAIL " + what); failures++; }
    }

    static char C(char c) { return c; }

    static int Main()
    {
        Check("IsDigit", char.IsDigit(C('7')) && !char.IsDigit(C('a')) && !char.IsDigit(C(' ')));
        Check("IsLetter", char.IsLetter(C('q')) && char.IsLetter(C('Q')) && !char.IsLetter(C('1')) && char.IsLetter(C('\u00e9')));
        Check("IsWhiteSpace", char.IsWhiteSpace(C(' ')) && char.IsWhiteSpace(C('\t')) && char.IsWhiteSpace(C('\n')) && !char.IsWhiteSpace(C('x')));
        Check("IsUpper/IsLower", char.IsUpper(C('A')) && !char.IsUpper(C('a')) && char.IsLower(C('z')) && !char.IsLower(C('5')));
        Check("IsLetterOrDigit", char.IsLetterOrDigit(C('x')) && char.IsLetterOrDigit(C('0')) && !char.IsLetterOrDigit(C('_')));
        Check("IsPunctuation", char.IsPunctuation(C('!')) && char.IsPunctuation(C(',')) && !char.IsPunctuation(C('a')));
        Check("ToUpper", char.ToUpper(C('a')) == 'A' && char.ToUpper(C('Z')) == 'Z' && char.ToUpper(C('1')) == '1');
        Check("ToLower", char.ToLower(C('M')) == 'm' && char.ToLower(C('m')) == 'm');
        Check("ToUpperInvariant", char.ToUpperInvariant(C('\u00e9')) == '\u00c9');

        // arithmetic
        char c = C('a');
        Check("c + 1 is int 98", c + 1 == 98);
        Check("(char)(c + 25)", (char)(c + 25) == 'z');
        Check("digit value", C('7') - '0' == 7);
        int total = 0;
        foreach (char d in "12345") total = total * 10 + (d - '0');
        Check("parse digits", total == 12345);
        Check("hex digit", HexValue('f') == 15 && HexValue('A') == 10 && HexValue('9') == 9);

        // comparisons are ordinal (code unit values)
        Check("'A' < 'a'", C('A') < C('a'));
        Check("'Z' < 'a'", C('Z') < C('a'));
        Check("CompareTo", C('b').CompareTo('a') > 0 && C('a').CompareTo('a') == 0);
        Check("char max", char.MaxValue == '\uffff' && (int)char.MinValue == 0);

        // conversions
        Check("(int)'\\u20ac'", (int)C('\u20ac') == 8364);
        Check("(char)65", (char)65 == 'A');
        Check("(byte)'\\u0141'", (byte)C('\u0141') == 0x41);
        Check("(short)'\\uffff'", (short)C('\uffff') == -1);
        Check("char.ToString", C('x').ToString() == "x");
        Check("new string(c, n)", new string(C('-'), 4) == "----");
        Check("char + string", C('a') + "b" == "ab");
        Check("char + char is int", (C('a') + C('b')).ToString() == "195");
        Check("string index", "hello"[1] == 'e');
        Check("ToCharArray", "abc".ToCharArray().Length == 3 && "abc".ToCharArray()[2] == 'c');
        Check("new string(char[])", new string(new char[] { 'x', 'y' }) == "xy");
        Check("IndexOf char", "banana".IndexOf('n') == 2 && "banana".LastIndexOf('n') == 4 && "banana".IndexOf('z') == -1);

        // escapes and surrogates
        string s = "a\tb\n\\\"\u0041\x42";
        Check("escapes length", s.Length == 8);
        Check("escape values", s[1] == '\t' && s[3] == '\n' && s[4] == '\\' && s[5] == '"' && s[6] == 'A' && s[7] == 'B');
        string pair = "\U0001F600";
        Check("surrogate pair length", pair.Length == 2);
        Check("high surrogate", char.IsHighSurrogate(pair[0]) && char.IsLowSurrogate(pair[1]));
        Check("IsSurrogate", char.IsSurrogate(pair[0]) && !char.IsSurrogate('a'));

        // char in switch and as array index
        int vowels = 0, others = 0;
        foreach (char ch in "Programming Language")
        {
            switch (char.ToLower(ch))
            {
                case 'a': case 'e': case 'i': case 'o': case 'u': vowels++; break;
                case ' ': break;
                default: others++; break;
            }
        }
        Check("vowels", vowels == 7 && others == 12);
        int[] counts = new int[128];
        foreach (char ch in "mississippi") counts[ch]++;
        Check("counts", counts['s'] == 4 && counts['i'] == 4 && counts['p'] == 2 && counts['m'] == 1);

        // Caesar shift round trip
        string plain = "Attack at Dawn";
        string enc = Shift(plain, 3);
        Check("caesar", enc == "Dwwdfn dw Gdzq");
        Check("caesar back", Shift(enc, 23) == plain);

        if (failures == 0) { Console.WriteLine("PASS"); return 100; }
        return 1;
    }

    static int HexValue(char c)
    {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        return -1;
    }

    static string Shift(string s, int k)
    {
        char[] r = new char[s.Length];
        for (int i = 0; i < s.Length; i++)
        {
            char ch = s[i];
            if (ch >= 'a' && ch <= 'z') r[i] = (char)('a' + (ch - 'a' + k) % 26);
            else if (ch >= 'A' && ch <= 'Z') r[i] = (char)('A' + (ch - 'A' + k) % 26);
            else r[i] = ch;
        }
        return new string(r);
    }
}
