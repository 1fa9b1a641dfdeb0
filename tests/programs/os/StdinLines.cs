// Standard input read by line: LF and CRLF endings, empty lines, multi-byte UTF-8, a last line without newline,
// then null at the end; Console.Read() for the first characters.
// stdin-file: StdinLines.txt
using System;

class StdinLines
{
    static void Main()
    {
        Console.WriteLine("redirected: " + Console.IsInputRedirected);
        Console.Write("first characters:");
        for (int i = 0; i < 3; i++) Console.Write(" " + (char)Console.Read());
        Console.WriteLine();
        int n = 0;
        string line;
        while ((line = Console.ReadLine()) != null)
        {
            n++;
            Console.WriteLine(n + ": [" + line + "] " + line.Length);
        }
        Console.WriteLine("after the end: " + (Console.ReadLine() == null) + " " + Console.Read());
    }
}
