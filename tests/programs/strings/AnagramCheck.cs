using System;

class AnagramCheck
{
    static string SortChars(string s)
    {
        char[] cs = s.ToCharArray();
        for (int i = 1; i < cs.Length; i++)
        {
            char k = cs[i]; int j = i - 1;
            while (j >= 0 && cs[j] > k) { cs[j + 1] = cs[j]; j--; }
            cs[j + 1] = k;
        }
        return new string(cs);
    }

    static bool IsAnagram(string a, string b)
    {
        if (a.Length != b.Length) return false;
        int[] counts = new int[128];
        for (int i = 0; i < a.Length; i++) { counts[a[i]]++; counts[b[i]]--; }
        for (int i = 0; i < counts.Length; i++) if (counts[i] != 0) return false;
        return true;
    }

    static void Main()
    {
        string[] words = new string[] { "listen", "silent", "enlist", "google", "gooegl", "banana", "tinsel", "inlets" };
        for (int i = 0; i < words.Length; i++) Console.WriteLine(words[i] + " -> " + SortChars(words[i]));
        for (int i = 0; i < words.Length; i++)
        {
            string group = words[i];
            for (int j = i + 1; j < words.Length; j++) if (IsAnagram(words[i], words[j])) group += " " + words[j];
            Console.WriteLine(group);
        }
    }
}
