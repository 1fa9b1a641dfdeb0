using System;

class CharCounting
{
    static void Main()
    {
        string text = "the quick brown fox jumps over the lazy dog and keeps running";
        int[] freq = new int[26];
        for (int i = 0; i < text.Length; i++) if (char.IsLetter(text[i])) freq[text[i] - 'a']++;
        string line = "";
        for (int i = 0; i < 26; i++) if (freq[i] > 0) line += (char)('a' + i) + "" + freq[i] + " ";
        Console.WriteLine(line);
        int best = 0;
        for (int i = 1; i < 26; i++) if (freq[i] > freq[best]) best = i;
        Console.WriteLine("most common " + (char)('a' + best) + " x" + freq[best]);
        bool pangram = true;
        for (int i = 0; i < 26; i++) if (freq[i] == 0) pangram = false;
        Console.WriteLine("pangram " + pangram);
        int words = 0; bool inWord = false;
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] != ' ' && !inWord) { words++; inWord = true; }
            else if (text[i] == ' ') inWord = false;
        }
        Console.WriteLine("words " + words);
        string compressed = "";
        string runs = "aaabccddddde";
        for (int i = 0; i < runs.Length; )
        {
            int j = i;
            while (j < runs.Length && runs[j] == runs[i]) j++;
            compressed += runs[i] + (j - i > 1 ? (j - i).ToString() : "");
            i = j;
        }
        Console.WriteLine(compressed);
    }
}
