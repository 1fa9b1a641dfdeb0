// Everyday string methods: splitting, joining, searching, slicing, padding, trimming, casing, comparison.
using System;
using System.Collections.Generic;

class StringMethods
{
    static void Show(string label, string value) { Console.WriteLine(label + ": [" + value + "]"); }
    static void Show(string label, string[] parts) { Console.WriteLine(label + ": " + parts.Length + " {" + string.Join("|", parts) + "}"); }

    static int Main()
    {
        string csv = "alpha,beta,,gamma, delta ,";
        Show("split", csv.Split(','));
        Show("split none-empty", csv.Split(new[] { ',' }, StringSplitOptions.RemoveEmptyEntries));
        Show("split count", csv.Split(new[] { ',' }, 3));
        Show("split strings", "a::b::::c".Split(new[] { "::" }, StringSplitOptions.None));
        Show("split multi", "one two\tthree\nfour".Split(' ', '\t', '\n'));
        Show("split whitespace", "  lots   of   space ".Split(new char[0], StringSplitOptions.RemoveEmptyEntries));
        Show("split nothing", "".Split(','));
        Show("join", string.Join(", ", new List<string> { "x", "y", "z" }));
        Show("join ints", string.Join("-", new[] { 1, 2, 3 }));
        Show("join objects", string.Join("/", new object[] { 1, "two", 3.5, null, 'c' }));
        Show("concat", string.Concat("a", 1, 'b', 2.5, null, true));
        Show("concat array", string.Concat(new[] { "p", "q", "r" }));

        string text = "The quick brown fox jumps over the lazy dog";
        Console.WriteLine("IndexOf: " + text.IndexOf("o") + " " + text.IndexOf('o', 13) + " " + text.IndexOf("the") + " " + text.IndexOf("The", 1) + " " + text.IndexOf("cat"));
        Console.WriteLine("LastIndexOf: " + text.LastIndexOf('o') + " " + text.LastIndexOf("the") + " " + text.LastIndexOf('o', 20) + " " + text.LastIndexOf("fox", 10));
        Console.WriteLine("IndexOfAny: " + text.IndexOfAny(new[] { 'x', 'z', 'q' }) + " " + text.LastIndexOfAny(new[] { 'T', 'h' }));
        Console.WriteLine("IgnoreCase: " + text.IndexOf("THE", StringComparison.OrdinalIgnoreCase) + " " + text.IndexOf("the", 1, StringComparison.OrdinalIgnoreCase));
        Console.WriteLine("Contains/Starts/Ends: " + text.Contains("fox") + " " + text.StartsWith("The") + " " + text.EndsWith("dog") + " " + text.StartsWith("the") + " " + text.EndsWith("DOG", StringComparison.OrdinalIgnoreCase));
        Show("Substring", text.Substring(4, 5) + "/" + text.Substring(40));
        Show("Remove", text.Remove(3) + "/" + text.Remove(4, 6));
        Show("Insert", "HelloWorld".Insert(5, ", ") + "/" + "abc".Insert(3, "d"));
        Show("Replace", text.Replace("o", "0").Replace(" ", "") + "/" + "aaa".Replace("a", "aa") + "/" + "abc".Replace('b', 'B'));
        Show("Replace remove", "a-b-c".Replace("-", ""));
        Show("Pad", "7".PadLeft(3, '0') + "|" + "ab".PadRight(5, '.') + "|" + "long".PadLeft(2) + "|" + "x".PadLeft(4));
        Show("Trim", "  \t hi there \n ".Trim() + "|" + "xxhixx".Trim('x') + "|" + "--a--".TrimStart('-') + "|" + "--a--".TrimEnd('-') + "|" + "123abc321".Trim('1', '2', '3'));
        Show("Case", "MiXeD 123 ÄÖ".ToUpper() + "|" + "MiXeD 123 ÄÖ".ToLower() + "|" + "i".ToUpperInvariant());
        Show("ToCharArray", new string("hello".ToCharArray(1, 3)) + "|" + new string('*', 5) + "|" + new string(new[] { 'a', 'b' }));
        char[] arr = "stressed".ToCharArray();
        Array.Reverse(arr);
        Show("reverse", new string(arr));

        Console.WriteLine("Compare: " + Math.Sign(string.Compare("apple", "banana")) + " " + Math.Sign(string.Compare("b", "a")) + " " + string.Compare("x", "x")
            + " " + Math.Sign(string.CompareOrdinal("a", "B")) + " " + string.Compare("ABC", "abc", StringComparison.OrdinalIgnoreCase)
            + " " + Math.Sign(string.Compare(null, "a")) + " " + Math.Sign("abc".CompareTo("abd")) + " " + Math.Sign(string.CompareOrdinal("abc", "ab")));
        Console.WriteLine("Equals: " + "a".Equals("A") + " " + string.Equals("a", "A", StringComparison.OrdinalIgnoreCase) + " " + ("ab" + "c" == "abc") + " " + string.Equals(null, null) + " " + "x".Equals(null));
        Console.WriteLine("Null/empty: " + string.IsNullOrEmpty("") + " " + string.IsNullOrEmpty(null) + " " + string.IsNullOrEmpty(" ") + " " + string.IsNullOrWhiteSpace(" \t") + " " + string.IsNullOrWhiteSpace("a") + " " + (string.Empty.Length));

        // word frequency, everyday style
        var counts = new Dictionary<string, int>();
        foreach (string word in text.ToLower().Split(' '))
        {
            int c;
            counts.TryGetValue(word, out c);
            counts[word] = c + 1;
        }
        var keys = new List<string>(counts.Keys);
        keys.Sort(string.CompareOrdinal);
        foreach (string k in keys) Console.Write(k + "=" + counts[k] + " ");
        Console.WriteLine();

        // character loops
        int vowels = 0, upper = 0, spaces = 0;
        foreach (char ch in text)
        {
            if ("aeiouAEIOU".IndexOf(ch) >= 0) vowels++;
            if (char.IsUpper(ch)) upper++;
            if (char.IsWhiteSpace(ch)) spaces++;
        }
        Console.WriteLine("vowels=" + vowels + " upper=" + upper + " spaces=" + spaces + " length=" + text.Length);
        string title = "";
        foreach (string w in "hello big wide world".Split(' ')) title += char.ToUpper(w[0]) + w.Substring(1) + " ";
        Show("title", title.TrimEnd());
        Show("format width", string.Format("|{0,-10}|{1,10}|", "left", "right"));
        Show("chars", "abc"[1].ToString() + "xyz".IndexOf('z') + "a,b".Split(',')[1]);
        Console.WriteLine("hash equal: " + ("abc".GetHashCode() == ("ab" + "c").GetHashCode()));
        return 100;
    }
}
