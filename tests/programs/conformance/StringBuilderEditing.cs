// StringBuilder as text editors use it: Insert, Remove, Replace (whole and in a range), AppendFormat, AppendLine,
// indexer writes, Length changes, chained calls, and building tables.
using System;
using System.Text;

class StringBuilderEditing
{
    static int failures;

    static void Check(string what, string got, string expected)
    {
        if (got != expected) { Console.WriteLine("FAIL " + what + ": got [" + got + "], expected [" + expected + "]"); failures++; }
        else Console.WriteLine("ok " + what + ": " + got);
    }

    static string Caesar(string text, int shift)
    {
        var sb = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            if (char.IsLetter(c))
            {
                char b = char.IsUpper(c) ? 'A' : 'a';
                sb.Append((char)(b + (c - b + shift + 26) % 26));
            }
            else sb.Append(c);
        }
        return sb.ToString();
    }

    static int Main()
    {
        var sb = new StringBuilder("Hello World");
        sb.Insert(5, ",");
        Check("insert", sb.ToString(), "Hello, World");
        sb.Insert(0, 42).Insert(sb.Length, '!').Insert(2, true);
        Check("insert values", sb.ToString(), "42TrueHello, World!");
        sb.Remove(0, 6);
        Check("remove", sb.ToString(), "Hello, World!");
        sb.Replace("World", "There");
        Check("replace", sb.ToString(), "Hello, There!");
        sb.Replace('e', 'E');
        Check("replace char", sb.ToString(), "HEllo, ThErE!");
        sb.Replace('E', 'e', 0, 5);
        Check("replace char range", sb.ToString(), "Hello, ThErE!");
        sb.Replace("E", "[e]", 7, 6);
        Check("replace string range", sb.ToString(), "Hello, Th[e]r[e]!");
        sb[0] = 'J';
        Check("indexer", sb.ToString() + sb[1], "Jello, Th[e]r[e]!e");
        sb.Length = 5;
        Check("truncate", sb.ToString(), "Jello");
        sb.Length = 7;
        Check("extend", sb.ToString().Replace('\0', '0'), "Jello00");
        sb.Clear();
        Check("clear", sb.ToString() + sb.Length, "0");

        sb.AppendFormat("{0}+{1}={2}", 2, 3, 2 + 3).Append(' ').AppendFormat("[{0,6:F2}]", 3.14159).AppendFormat("{0:X4}", 48879);
        Check("appendformat", sb.ToString(), "2+3=5 [  3.14]BEEF");
        sb.Clear().Append('-', 5).Append("ab", 1, 1).Append(new[] { 'x', 'y', 'z' }, 1, 2).Append(new[] { 'q' });
        Check("append overloads", sb.ToString(), "-----byzq");
        sb.Clear().Append(1).Append(2L).Append(3.5).Append(4.25f).Append('c').Append(true).Append((object)null).Append((string)null).Append(7m).Append((byte)8).Append((short)-9);
        Check("append primitives", sb.ToString(), "123.54.25cTrue78-9");
        sb.Clear().Insert(0, "ab", 3);
        Check("insert repeated", sb.ToString(), "ababab");
        Check("tostring range", sb.ToString(1, 3), "bab");
        sb.Clear().AppendLine("one").AppendLine().Append("two");
        Check("appendline", sb.ToString().Replace("\n", "\\n").Replace("\r", "\\r"), Environment.NewLine.Replace("\n", "\\n").Replace("\r", "\\r") == "\\n" ? "one\\n\\ntwo" : "one\\r\\n\\r\\ntwo");

        // reverse words in place
        var words = new StringBuilder("the quick brown fox");
        string[] parts = words.ToString().Split(' ');
        words.Clear();
        for (int i = parts.Length - 1; i >= 0; i--) { words.Append(parts[i]); if (i > 0) words.Append(' '); }
        Check("reverse words", words.ToString(), "fox brown quick the");

        // a table
        var table = new StringBuilder();
        string[] names = { "apples", "kiwis", "watermelons" };
        int[] qty = { 12, 150, 3 };
        double[] price = { 0.45, 0.2, 3.75 };
        table.AppendFormat("{0,-12}{1,5}{2,9}", "item", "qty", "total").AppendLine();
        for (int i = 0; i < names.Length; i++)
            table.AppendFormat("{0,-12}{1,5}{2,9:N2}", names[i], qty[i], qty[i] * price[i]).AppendLine();
        Console.Write(table.ToString());

        // remove all vowels by walking backwards
        var v = new StringBuilder("programming language");
        for (int i = v.Length - 1; i >= 0; i--) if ("aeiou".IndexOf(v[i]) >= 0) v.Remove(i, 1);
        Check("remove vowels", v.ToString(), "prgrmmng lngg");
        Check("caesar", Caesar("Hello, World!", 3) + "|" + Caesar(Caesar("Zebra", 5), -5), "Khoor, Zruog!|Zebra");
        Check("equals", new StringBuilder("ab").Equals(new StringBuilder("ab")) + " " + new StringBuilder("ab").Equals(new StringBuilder("abc")), "True False");
        var big = new StringBuilder();
        for (int i = 0; i < 1000; i++) big.Append(i % 10);
        Check("big", big.Length + " " + big.ToString(995, 5) + " " + big[500], "1000 56789 0");
        char[] dest = new char[4];
        new StringBuilder("abcdef").CopyTo(1, dest, 0, 4);
        Check("copyto", new string(dest), "bcde");
        Console.WriteLine(failures == 0 ? "PASS" : "FAILURES " + failures);
        return failures == 0 ? 100 : 1;
    }
}
