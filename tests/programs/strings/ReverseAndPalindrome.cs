using System;

class ReverseAndPalindrome
{
    static string Reverse(string s)
    {
        char[] cs = s.ToCharArray();
        for (int i = 0, j = cs.Length - 1; i < j; i++, j--) { char t = cs[i]; cs[i] = cs[j]; cs[j] = t; }
        return new string(cs);
    }

    static bool IsPalindrome(string s)
    {
        int i = 0, j = s.Length - 1;
        while (i < j)
        {
            while (i < j && !(char.IsLetter(s[i]) || char.IsDigit(s[i]))) i++;
            while (i < j && !(char.IsLetter(s[j]) || char.IsDigit(s[j]))) j--;
            if (char.ToLower(s[i]) != char.ToLower(s[j])) return false;
            i++; j--;
        }
        return true;
    }

    static string ReverseWords(string s)
    {
        string result = "", word = "";
        for (int i = 0; i < s.Length; i++)
        {
            if (s[i] == ' ') { if (word.Length > 0) { result = result.Length == 0 ? word : word + " " + result; word = ""; } }
            else word += s[i];
        }
        if (word.Length > 0) result = result.Length == 0 ? word : word + " " + result;
        return result;
    }

    static void Main()
    {
        Console.WriteLine(Reverse("hello, world"));
        Console.WriteLine(Reverse("") + "|" + Reverse("x"));
        string[] tests = new string[] { "racecar", "A man, a plan, a canal: Panama", "hello", "", "No 'x' in Nixon", "ab" };
        for (int i = 0; i < tests.Length; i++) Console.WriteLine("'" + tests[i] + "' " + IsPalindrome(tests[i]));
        Console.WriteLine(ReverseWords("the quick  brown fox "));
    }
}
