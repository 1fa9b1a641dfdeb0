using System;

class SwitchGotoCase
{
    static string Steps(int start)
    {
        string s = "";
        switch (start)
        {
            case 0: s += "zero "; goto case 1;
            case 1: s += "one "; goto case 2;
            case 2: s += "two "; break;
            case 5: s += "five "; goto default;
            case 7: s += "seven "; goto case 0;
            default: s += "default "; break;
        }
        return s;
    }

    static int CharKind(char c)
    {
        switch (c)
        {
            case 'a': case 'e': case 'i': case 'o': case 'u': return 1;
            case ' ': case '\t': case '\n': return 2;
            case '0': case '1': case '2': case '3': case '4':
            case '5': case '6': case '7': case '8': case '9': return 3;
            default: return char.IsLetter(c) ? 4 : 5;
        }
    }

    static void Main()
    {
        int[] starts = new int[] { 0, 1, 2, 5, 7, 9 };
        for (int i = 0; i < starts.Length; i++) Console.WriteLine(starts[i] + ": " + Steps(starts[i]));
        string text = "Hello world 2024!\tok";
        int[] counts = new int[6];
        for (int i = 0; i < text.Length; i++) counts[CharKind(text[i])]++;
        Console.WriteLine("vowels " + counts[1] + " space " + counts[2] + " digits " + counts[3] + " consonants " + counts[4] + " other " + counts[5]);
    }
}
