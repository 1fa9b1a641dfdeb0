// Self-checking: StringBuilder appends, inserts, removes, replaces, indexes and capacity growth.
using System;
using System.Text;

class StringBuilderOps
{
    static int failures;

    static void Eq(string what, string got, string expected)
    {
        if (got != expected) { Console.WriteLine("FAIL " + what + ": got [" + got + "], expected [" + expected + "]"); failures++; }
    }

    static void Check(string what, bool ok)
    {
        if (!ok) { Console.WriteLine("FAIL " + what); failures++; }
    }

    static int Main()
    {
        var sb = new StringBuilder();
        sb.Append("abc").Append(1).Append('x').Append(true).Append(2.5).Append(-7L);
        Eq("appends", sb.ToString(), "abc1xTrue2.5-7");
        Check("Length", sb.Length == 14);
        sb.Length = 3;
        Eq("truncate via Length", sb.ToString(), "abc");
        sb.Insert(0, "<<").Insert(sb.Length, ">>");
        Eq("Insert", sb.ToString(), "<<abc>>");
        sb.Remove(0, 2);
        Eq("Remove", sb.ToString(), "abc>>");
        sb.Replace(">>", "!");
        Eq("Replace", sb.ToString(), "abc!");
        sb[0] = 'A';
        Check("indexer get", sb[1] == 'b');
        Eq("indexer set", sb.ToString(), "Abc!");
        sb.Clear();
        Check("Clear", sb.Length == 0 && sb.ToString() == "");

        // growth over many appends
        for (int i = 0; i < 1000; i++) sb.Append((char)('a' + i % 26));
        Check("grown length", sb.Length == 1000);
        Check("grown content", sb[0] == 'a' && sb[25] == 'z' && sb[26] == 'a' && sb[999] == (char)('a' + 999 % 26));

        // AppendLine uses "\n" on Linux
        var lines = new StringBuilder();
        lines.AppendLine("one").AppendLine("two");
        Eq("AppendLine", lines.ToString(), "one\ntwo\n");
        var fmt = new StringBuilder();
        fmt.AppendFormat("{0}-{1}", "a", 5);
        Eq("AppendFormat", fmt.ToString(), "a-5");
        var rep = new StringBuilder();
        rep.Append('*', 5);
        Eq("Append char count", rep.ToString(), "*****");
        var cap = new StringBuilder(2);
        cap.Append("longer than the capacity");
        Eq("initial capacity grows", cap.ToString(), "longer than the capacity");
        var init = new StringBuilder("seed");
        init.Append('!');
        Eq("ctor string", init.ToString(), "seed!");

        // building a table
        var table = new StringBuilder();
        for (int r = 1; r <= 3; r++)
        {
            for (int c = 1; c <= 3; c++)
            {
                if (c > 1) table.Append(' ');
                table.Append((r * c).ToString().PadLeft(2));
            }
            table.Append('|');
        }
        Eq("table", table.ToString(), " 1  2  3| 2  4  6| 3  6  9|");

        // reverse words in place
        Eq("reverse words", ReverseWords("the sky is blue"), "blue is sky the");
        // run-length encoding
        Eq("rle", Rle("aaabccddddde"), "a3b1c2d5e1");
        Eq("rle empty", Rle(""), "");

        // ToString of substring
        var part = new StringBuilder("0123456789");
        Eq("ToString(start,len)", part.ToString(3, 4), "3456");

        if (failures == 0) { Console.WriteLine("PASS"); return 100; }
        return 1;
    }

    static string ReverseWords(string s)
    {
        string[] w = s.Split(' ');
        var sb = new StringBuilder();
        for (int i = w.Length - 1; i >= 0; i--)
        {
            sb.Append(w[i]);
            if (i > 0) sb.Append(' ');
        }
        return sb.ToString();
    }

    static string Rle(string s)
    {
        var sb = new StringBuilder();
        int i = 0;
        while (i < s.Length)
        {
            int j = i;
            while (j < s.Length && s[j] == s[i]) j++;
            sb.Append(s[i]).Append(j - i);
            i = j;
        }
        return sb.ToString();
    }
}
