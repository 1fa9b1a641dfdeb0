using System;

class SubstringOps
{
    static int CountOccurrences(string s, string sub)
    {
        int count = 0;
        for (int i = 0; i + sub.Length <= s.Length; i++) if (s.Substring(i, sub.Length) == sub) count++;
        return count;
    }

    static string[] SplitOn(string s, char sep)
    {
        int parts = 1;
        for (int i = 0; i < s.Length; i++) if (s[i] == sep) parts++;
        string[] r = new string[parts];
        int p = 0;
        while (true)
        {
            int idx = s.IndexOf(sep);
            if (idx < 0) { r[p] = s; break; }
            r[p++] = s.Substring(0, idx);
            s = s.Substring(idx + 1);
        }
        return r;
    }

    static void Main()
    {
        string s = "the cat sat on the mat with the hat";
        Console.WriteLine(s.Substring(4) + "|" + s.Substring(4, 3) + "|" + s.Substring(s.Length) + "|");
        Console.WriteLine(CountOccurrences(s, "the") + " " + CountOccurrences(s, "at") + " " + CountOccurrences("aaaa", "aa"));
        Console.WriteLine(s.IndexOf('c') + " " + s.IndexOf('z') + " " + s.IndexOf('t'));
        string[] parts = SplitOn("a,bb,,ccc,", ',');
        Console.WriteLine(parts.Length);
        for (int i = 0; i < parts.Length; i++) Console.WriteLine(i + ":[" + parts[i] + "]");
        try { Console.WriteLine(s.Substring(100)); }
        catch (ArgumentOutOfRangeException) { Console.WriteLine("substring out of range"); }
        try { Console.WriteLine(s.Substring(3, 100)); }
        catch (ArgumentOutOfRangeException) { Console.WriteLine("length out of range"); }
    }
}
