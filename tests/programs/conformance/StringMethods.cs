// Self-checking: System.String searching, slicing, splitting, joining, trimming, padding and comparison.
using System;

class StringMethods
{
    static int failures;

    static void Check(string what, bool ok)
    {
        if (!ok) { Console.WriteLine("FAIL " + what); failures++; }
    }

    static void Eq(string what, string got, string expected)
    {
        if (got != expected) { Console.WriteLine("FAIL " + what + ": got [" + got + "], expected [" + expected + "]"); failures++; }
    }

    static int Main()
    {
        string s = "The quick brown fox jumps over the lazy dog";
        Check("Length", s.Length == 43);
        Check("IndexOf string", s.IndexOf("fox") == 16 && s.IndexOf("cat") == -1 && s.IndexOf("") == 0);
        Check("IndexOf from", s.IndexOf("o", 15) == 17 && s.IndexOf('o', 18) == 26);
        Check("LastIndexOf", s.LastIndexOf("the") == 31 && s.LastIndexOf('T') == 0);
        Check("Contains", s.Contains("lazy") && !s.Contains("Lazy"));
        Check("StartsWith/EndsWith", s.StartsWith("The") && s.EndsWith("dog") && !s.StartsWith("the"));
        Eq("Substring", s.Substring(4, 5), "quick");
        Eq("Substring tail", s.Substring(40), "dog");
        Eq("Substring empty", s.Substring(43), "");
        Eq("Replace", "aaa".Replace("a", "bb"), "bbbbbb");
        Eq("Replace char", "a-b-c".Replace('-', '+'), "a+b+c");
        Eq("Replace none", "abc".Replace("x", "y"), "abc");
        Eq("Insert", "hed".Insert(2, "llo worl"), "hello world");
        Eq("Remove", "hello world".Remove(5), "hello");
        Eq("Remove range", "hello world".Remove(2, 3), "he world");
        Eq("ToUpper", "MiXeD 123".ToUpper(), "MIXED 123");
        Eq("ToLower", "MiXeD 123".ToLower(), "mixed 123");

        string[] words = s.Split(' ');
        Check("Split count", words.Length == 9);
        Eq("Split item", words[3], "fox");
        string[] parts = "a,,b,".Split(',');
        Check("Split keeps empties", parts.Length == 4 && parts[1] == "" && parts[3] == "");
        string[] noEmpty = "a,,b,".Split(new char[] { ',' }, StringSplitOptions.RemoveEmptyEntries);
        Check("Split RemoveEmptyEntries", noEmpty.Length == 2 && noEmpty[1] == "b");
        string[] multi = "1;2,3 4".Split(';', ',', ' ');
        Check("Split many separators", multi.Length == 4 && multi[3] == "4");
        Eq("Join", string.Join("-", words, 0, 3), "The-quick-brown");
        Eq("Join all", string.Join("|", new string[] { "x", "", "z" }), "x||z");
        Eq("Concat", string.Concat("a", "b", "c", "d"), "abcd");
        Eq("Concat objects", string.Concat(1, 'x', 2.5, true), "1x2.5True");

        Eq("Trim", "  \t pad \n ".Trim(), "pad");
        Eq("TrimStart", "xxabcxx".TrimStart('x'), "abcxx");
        Eq("TrimEnd", "xxabcxx".TrimEnd('x'), "xxabc");
        Eq("Trim chars", "--==a==--".Trim('-', '='), "a");
        Eq("PadLeft", "42".PadLeft(5), "   42");
        Eq("PadLeft char", "42".PadLeft(5, '0'), "00042");
        Eq("PadRight", "ab".PadRight(4, '.') + "|", "ab..|");
        Eq("PadLeft shorter", "abcdef".PadLeft(3), "abcdef");

        // ordinal comparisons
        Check("== is value equality", "abc" == new string(new char[] { 'a', 'b', 'c' }));
        Check("Equals", "abc".Equals("abc") && !"abc".Equals("ABC") && !"abc".Equals(null));
        Check("string.Equals static", string.Equals(null, null) && !string.Equals("a", null));
        Check("CompareOrdinal", string.CompareOrdinal("a", "b") < 0 && string.CompareOrdinal("b", "a") > 0 && string.CompareOrdinal("a", "a") == 0);
        Check("CompareOrdinal case", string.CompareOrdinal("Z", "a") < 0);
        Check("CompareOrdinal prefix", string.CompareOrdinal("ab", "abc") < 0);
        Check("ToUpper equality", "HeLLo".ToUpper() == "hello".ToUpper());
        Check("IsNullOrEmpty", string.IsNullOrEmpty(null) && string.IsNullOrEmpty("") && !string.IsNullOrEmpty(" "));
        Check("IsNullOrWhiteSpace", string.IsNullOrWhiteSpace("  \t") && !string.IsNullOrWhiteSpace(" a "));
        Check("string.Empty", string.Empty.Length == 0 && string.Empty == "");

        // immutability: methods return new strings
        string original = "keep";
        string upper = original.ToUpper();
        Check("original unchanged", original == "keep" && upper == "KEEP");

        // building strings
        string acc = "";
        for (int i = 0; i < 5; i++) acc += i;
        Eq("concat loop", acc, "01234");
        Eq("Reverse", Reverse("stressed"), "desserts");
        Check("palindrome", IsPalindrome("A man, a plan, a canal: Panama") && !IsPalindrome("hello"));
        Check("count occurrences", Count("abababa", "aba") == 3);
        Eq("Format", string.Format("{0}+{1}={2}", 2, 3, 2 + 3), "2+3=5");
        Eq("Format repeat", string.Format("{0}{0}{1}", "ab", 'c'), "ababc");
        Eq("null concat", "a" + null + "b", "ab");

        if (failures == 0) { Console.WriteLine("PASS"); return 100; }
        return 1;
    }

    static string Reverse(string s)
    {
        char[] a = s.ToCharArray();
        Array.Reverse(a);
        return new string(a);
    }

    static bool IsPalindrome(string s)
    {
        int i = 0, j = s.Length - 1;
        while (i < j)
        {
            if (!char.IsLetterOrDigit(s[i])) { i++; continue; }
            if (!char.IsLetterOrDigit(s[j])) { j--; continue; }
            if (char.ToLower(s[i]) != char.ToLower(s[j])) return false;
            i++; j--;
        }
        return true;
    }

    static int Count(string s, string sub)
    {
        int n = 0;
        for (int i = s.IndexOf(sub); i >= 0; i = s.IndexOf(sub, i + 1)) n++;
        return n;
    }
}
