// Standard input read to the end through Console.In: 40 KB whose multi-byte UTF-8 sequences (2, 3 and 4 bytes)
// straddle the reader's buffer boundaries; the text must come back whole.
// stdin-file: StdinToEnd.txt
using System;

class StdinToEnd
{
    static void Main()
    {
        string all = Console.In.ReadToEnd();
        long hash = 17;
        int surrogates = 0, nonAscii = 0, lines = 1;
        foreach (char c in all)
        {
            hash = hash * 31 + c;
            if (char.IsSurrogate(c)) surrogates++;
            if (c > 127) nonAscii++;
            if (c == '\n') lines++;
        }
        Console.WriteLine(all.Length + " chars, " + surrogates + " surrogates, " + nonAscii + " non-ASCII, " + lines + " lines, hash " + hash);
        Console.WriteLine(all.Substring(0, 40).Replace("\n", "\\n").Replace("\r", "\\r"));
        Console.WriteLine(all.IndexOf('\uFFFD') < 0 ? "no replacement characters" : "replacement characters!");
        Console.WriteLine("then: [" + Console.In.ReadToEnd() + "] " + (Console.ReadLine() == null));
    }
}
