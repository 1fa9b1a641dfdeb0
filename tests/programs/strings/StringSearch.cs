using System;

class StringSearch
{
    static int Find(string hay, string needle)
    {
        if (needle.Length == 0) return 0;
        for (int i = 0; i + needle.Length <= hay.Length; i++)
        {
            int j = 0;
            while (j < needle.Length && hay[i + j] == needle[j]) j++;
            if (j == needle.Length) return i;
        }
        return -1;
    }

    static int[] PrefixFunction(string p)
    {
        int[] pi = new int[p.Length];
        for (int i = 1; i < p.Length; i++)
        {
            int k = pi[i - 1];
            while (k > 0 && p[i] != p[k]) k = pi[k - 1];
            if (p[i] == p[k]) k++;
            pi[i] = k;
        }
        return pi;
    }

    static int KmpCount(string text, string p)
    {
        int[] pi = PrefixFunction(p);
        int count = 0, k = 0;
        for (int i = 0; i < text.Length; i++)
        {
            while (k > 0 && text[i] != p[k]) k = pi[k - 1];
            if (text[i] == p[k]) k++;
            if (k == p.Length) { count++; k = pi[k - 1]; }
        }
        return count;
    }

    static void Main()
    {
        string text = "abracadabra abracadabra";
        Console.WriteLine(Find(text, "cad") + " " + Find(text, "abra") + " " + Find(text, "xyz") + " " + Find(text, ""));
        int[] pi = PrefixFunction("aabaaab");
        string s = "";
        for (int i = 0; i < pi.Length; i++) s += pi[i];
        Console.WriteLine(s);
        Console.WriteLine(KmpCount(text, "abra") + " " + KmpCount("aaaaa", "aa") + " " + KmpCount(text, "a"));
    }
}
