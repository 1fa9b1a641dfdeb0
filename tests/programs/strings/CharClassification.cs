using System;

class CharClassification
{
    static void Main()
    {
        string s = "Hello World! 123 _x\tY\n";
        int upper = 0, lower = 0, digit = 0, letter = 0, ws = 0, other = 0;
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (char.IsUpper(c)) upper++;
            if (char.IsLower(c)) lower++;
            if (char.IsDigit(c)) digit++;
            if (char.IsLetter(c)) letter++;
            if (char.IsWhiteSpace(c)) ws++;
            if (!(char.IsLetter(c) || char.IsDigit(c)) && !char.IsWhiteSpace(c)) other++;
        }
        Console.WriteLine(upper + " " + lower + " " + digit + " " + letter + " " + ws + " " + other);
        char[] cs = s.ToCharArray();
        for (int i = 0; i < cs.Length; i++) cs[i] = char.IsUpper(cs[i]) ? char.ToLower(cs[i]) : char.ToUpper(cs[i]);
        Console.Write(new string(cs));
        Console.WriteLine(char.ToUpper('z') + "" + char.ToLower('Q') + char.ToUpper('5') + char.ToLower('!'));
        Console.WriteLine((int)'A' + " " + (int)'a' + " " + (int)'0' + " " + (char)('a' + 25));
        Console.WriteLine('a' < 'b');
        Console.WriteLine(char.IsDigit('9') + " " + char.IsDigit('a') + " " + char.IsLetter('_') + " " + char.IsWhiteSpace(' '));
        string caesar = "";
        string plain = "Attack at Dawn";
        for (int i = 0; i < plain.Length; i++)
        {
            char c = plain[i];
            if (char.IsUpper(c)) caesar += (char)('A' + (c - 'A' + 3) % 26);
            else if (char.IsLower(c)) caesar += (char)('a' + (c - 'a' + 3) % 26);
            else caesar += c;
        }
        Console.WriteLine(caesar);
    }
}
