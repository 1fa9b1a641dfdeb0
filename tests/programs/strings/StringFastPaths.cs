// The pointer and word-at-a-time paths of string searching and building against their plain meaning: IndexOf(char)
// at every position and alignment of strings of many lengths, ordinal IndexOf/Contains with partial matches and
// matches at the ends, Replace (overlapping candidates, growing, shrinking, to empty, no match), Join (null
// separator and elements, ranges, one element), Trim (Unicode white space, nothing to trim, all white space) and
// Concat with null and empty parts.
using System;
using System.Text;

class StringFastPaths
{
    static string Show(string s) { return s == null ? "null" : "[" + s.Replace("\t", "\\t").Replace("\n", "\\n") + "]"; }

    static string Letters(int length)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < length; i++) sb.Append((char)('a' + i % 23));
        return sb.ToString();
    }

    static void Searching()
    {
        long sum = 0, checks = 0;
        for (int length = 0; length <= 40; length++)
        {
            string plain = Letters(length);
            for (int at = 0; at < length; at++)
            {
                foreach (char c in new[] { 'z', '\u20AC', '\u0000', '\uFFFF', '\u007A', '\u0100' })
                {
                    string s = plain.Substring(0, at) + c + plain.Substring(at + 1);
                    int found = s.IndexOf(c);
                    if (found != at) Console.WriteLine("IndexOf({0:X4}) in length {1} at {2}: {3}", (int)c, length, at, found);
                    for (int start = 0; start <= length; start += 3)
                    {
                        sum += s.IndexOf(c, start) + 3 * s.IndexOf(c, start, length - start) + 7 * s.IndexOf(c, start, (length - start) / 2);
                        checks++;
                    }
                    sum += s.Contains(c) ? 1 : 0;
                }
            }
            sum += plain.IndexOf('y') + plain.IndexOf('w', length / 2);
        }
        Console.WriteLine("IndexOf(char): {0} checks, sum {1}", checks, sum);

        string text = "abcabd abcabcabd xyzxy \u20ACuro \uD83D\uDE00 end";
        string[] needles = { "abcabd", "abd", "abcabcabd", "xy", "xyz", "zxy", "\u20AC", "\uD83D\uDE00", "\uDE00 e", "end", "d", "a", "", "not there", "endx", "bcabd xz" };
        foreach (string needle in needles)
        {
            Console.Write(Show(needle) + ":");
            for (int start = 0; start <= text.Length; start += 5)
                Console.Write(" " + text.IndexOf(needle, start, StringComparison.Ordinal) + "/" + text.IndexOf(needle, start, Math.Min(9, text.Length - start), StringComparison.Ordinal));
            Console.WriteLine(" contains " + text.Contains(needle));
        }
        Console.WriteLine("empty text: " + "".IndexOf('a') + " " + "".IndexOf("", StringComparison.Ordinal) + " " + "".IndexOf("a", StringComparison.Ordinal) + " " + "".Contains("") + " " + "abc".IndexOf("", 2, StringComparison.Ordinal));
        try { "abc".IndexOf('a', 4); } catch (ArgumentOutOfRangeException) { Console.WriteLine("IndexOf start past the end throws"); }
        try { "abc".IndexOf('a', 1, 3); } catch (ArgumentOutOfRangeException) { Console.WriteLine("IndexOf count past the end throws"); }
        try { "abc".Contains((string)null); } catch (ArgumentNullException) { Console.WriteLine("Contains(null) throws"); }
    }

    static void Replacing()
    {
        string[][] cases =
        {
            new[] { "aaa", "aa", "b" }, new[] { "aaaa", "aa", "b" }, new[] { "abcabc", "abc", "" }, new[] { "abcabc", "abc", null },
            new[] { "abc", "x", "y" }, new[] { "abc", "abc", "abc" }, new[] { "xabcx", "x", "--" }, new[] { "gamma delta gamma", "gamma", "GAMMA!" },
            new[] { "", "a", "b" }, new[] { "short", "shorter", "x" }, new[] { "a\uD83D\uDE00b\uD83D\uDE00", "\uD83D\uDE00", "<e>" },
            new[] { "\uD83D\uDE00\uDE00", "\uDE00", "?" }, new[] { "ababab", "bab", "X" }, new[] { "end.", ".", "!!!" },
        };
        foreach (string[] c in cases)
        {
            string result = c[0].Replace(c[1], c[2]);
            Console.WriteLine("{0}.Replace({1}, {2}) = {3} same {4}", Show(c[0]), Show(c[1]), Show(c[2]), Show(result), (object)result == (object)c[0]);
        }
        string longText = Letters(300) + "needle" + Letters(50);
        Console.WriteLine("long: " + longText.Replace("needle", "N").Length + " " + longText.Replace("abc", "ABCDEF").Length + " " + longText.Replace("needle", "N").IndexOf('N'));
        Console.WriteLine("chars: " + Show("a.b.c".Replace('.', '/')) + " " + Show("abc".Replace('x', 'y')) + " " + Show("".Replace('a', 'b')) + " " + Show("..".Replace('.', '\0').Replace('\0', '_')));
        try { "abc".Replace("", "x"); } catch (ArgumentException) { Console.WriteLine("Replace(\"\") throws"); }
        try { "abc".Replace(null, "x"); } catch (ArgumentNullException) { Console.WriteLine("Replace(null) throws"); }
    }

    static void Joining()
    {
        string[] words = { "alpha", null, "", "gamma", "delta" };
        Console.WriteLine(Show(string.Join(", ", words)) + " " + Show(string.Join(null, words)) + " " + Show(string.Join("", words)));
        Console.WriteLine(Show(string.Join("-", words, 1, 2)) + " " + Show(string.Join("-", words, 0, 1)) + " " + Show(string.Join("-", words, 1, 1)) + " " + Show(string.Join("-", words, 3, 0)) + " " + Show(string.Join("-", words, 5, 0)));
        Console.WriteLine(Show(string.Join("::", new string[0])) + " " + Show(string.Join("::", new string[] { null, null })) + " " + Show(string.Join("", new string[] { "", "" })) + " " + Show(string.Join("\u20AC", "x", "y", "z")));
        var many = new string[200];
        for (int i = 0; i < many.Length; i++) many[i] = Letters(i % 40);
        string joined = string.Join(" | ", many);
        Console.WriteLine("many: " + joined.Length + " " + joined.IndexOf("| abc |", StringComparison.Ordinal) + " " + string.Join(" | ", many, 150, 50).Length);
        try { string.Join(",", words, 3, 3); } catch (ArgumentOutOfRangeException) { Console.WriteLine("Join range past the end throws"); }
        try { string.Join(",", words, -1, 1); } catch (ArgumentOutOfRangeException) { Console.WriteLine("Join negative start throws"); }
        try { string.Join(",", (string[])null); } catch (ArgumentNullException) { Console.WriteLine("Join(null) throws"); }
    }

    static void Trimming()
    {
        string[] samples = { "", " ", "   ", "a", " a ", "\t\n a b \r\n", "\u00A0x\u0085", "\u2000\u3000y\u2029\u200B", "\u180Ez\uFEFF", "no-trim", " left", "right ", "\u001F\u007F" };
        foreach (string s in samples)
        {
            Console.WriteLine("{0} -> {1} {2} {3} same {4} | {5} {6}", Show(s), Show(s.Trim()), Show(s.TrimStart()), Show(s.TrimEnd()), (object)s.Trim() == (object)s,
                Show(s.Trim('a', ' ')), Show(s.TrimEnd(new char[0])));
        }
        Console.WriteLine(Show("xxhixx".Trim('x')) + " " + Show("xxhixx".TrimStart('x')) + " " + Show("xxhixx".TrimEnd('x')) + " " + Show("xyx".Trim('x', 'y')) + " " + Show("  a  ".Trim(null)));
    }

    static void Concatenating()
    {
        string n = null;
        Console.WriteLine(Show(string.Concat("a", "b", "c")) + " " + Show(string.Concat(n, "b", "")) + " " + Show(string.Concat(n, n, n)) + " " + Show(string.Concat("", "", "c")));
        Console.WriteLine(Show(string.Concat("a", "b", "c", "d")) + " " + Show(string.Concat(n, "b", n, "d")) + " " + Show(string.Concat(n, n, n, n)) + " " + Show(string.Concat("a", "", "", "")) + " " + Show(string.Concat("", n, "c", "")));
        Console.WriteLine(Show(string.Concat(Letters(40), "-", Letters(3), "!")));
    }

    static void Main()
    {
        Searching();
        Replacing();
        Joining();
        Trimming();
        Concatenating();
    }
}
