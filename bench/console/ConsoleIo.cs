// Console input and output speed (bench/console-io.sh): "lines" reads standard input with Console.ReadLine,
// "all" with Console.In.ReadToEnd, "write N" writes N lines with Console.WriteLine, "stream N" N lines through a
// StreamWriter over Console.OpenStandardOutput(). Each prints a summary line (on standard error for the writes).
using System;
using System.IO;

class ConsoleIo
{
    static void Main(string[] args)
    {
        switch (args[0])
        {
            case "lines":
                long lines = 0, chars = 0;
                string line;
                while ((line = Console.ReadLine()) != null)
                {
                    lines++;
                    chars += line.Length;
                }
                Console.WriteLine(lines + " lines " + chars + " chars");
                break;
            case "all":
                string all = Console.In.ReadToEnd();
                long hash = 0;
                foreach (char c in all) hash = hash * 31 + c;
                Console.WriteLine(all.Length + " chars hash " + hash);
                break;
            case "write":
                int n = int.Parse(args[1]);
                for (int i = 0; i < n; i++) Console.WriteLine("line " + i + " of the console benchmark");
                Console.Error.WriteLine(n + " lines written");
                break;
            case "stream":
                int m = int.Parse(args[1]);
                var writer = new StreamWriter(Console.OpenStandardOutput());
                for (int i = 0; i < m; i++) writer.WriteLine("line " + i + " of the console benchmark");
                writer.Flush();
                Console.Error.WriteLine(m + " lines written");
                break;
        }
    }
}
