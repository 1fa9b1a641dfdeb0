using System;

class SwitchOnLongAndChar
{
    static string Size(long bytes)
    {
        switch (bytes)
        {
            case 0L: return "empty";
            case 1024L: return "1 KiB";
            case 1048576L: return "1 MiB";
            case 1073741824L: return "1 GiB";
            case 1099511627776L: return "1 TiB";
            case -1L: return "unknown";
            default: return bytes + " bytes";
        }
    }

    static int Score(char c)
    {
        switch (char.ToLower(c))
        {
            case 'a': case 'e': case 'i': case 'o': case 'u': case 'l': case 'n': case 's': case 't': case 'r': return 1;
            case 'd': case 'g': return 2;
            case 'b': case 'c': case 'm': case 'p': return 3;
            case 'f': case 'h': case 'v': case 'w': case 'y': return 4;
            case 'k': return 5;
            case 'j': case 'x': return 8;
            case 'q': case 'z': return 10;
            default: return 0;
        }
    }

    static void Main()
    {
        long[] sizes = new long[] { 0, 1024, 1048576, 1073741824, 1099511627776L, -1, 7 };
        for (int i = 0; i < sizes.Length; i++) Console.WriteLine(Size(sizes[i]));
        string[] words = new string[] { "Quiz", "jukebox", "hello", "Kiln", "xyz!" };
        for (int i = 0; i < words.Length; i++)
        {
            int s = 0;
            for (int j = 0; j < words[i].Length; j++) s += Score(words[i][j]);
            Console.WriteLine(words[i] + " " + s);
        }
        byte b = 200;
        switch (b) { case 200: Console.WriteLine("byte 200"); break; default: Console.WriteLine("other byte"); break; }
    }
}
