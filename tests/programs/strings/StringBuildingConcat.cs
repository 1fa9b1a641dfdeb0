using System;

class StringBuildingConcat
{
    static string Repeat(string s, int n) { string r = ""; for (int i = 0; i < n; i++) r += s; return r; }
    static string PadLeft(string s, int w, char c) { return s.Length >= w ? s : new string(c, w - s.Length) + s; }
    static string Join(string sep, string[] parts) { string r = ""; for (int i = 0; i < parts.Length; i++) { if (i > 0) r += sep; r += parts[i]; } return r; }

    static void Main()
    {
        Console.WriteLine(Repeat("ab", 5));
        for (int i = 1; i <= 4; i++) Console.WriteLine(PadLeft(new string('*', i), 4, ' '));
        Console.WriteLine(PadLeft("42", 6, '0'));
        Console.WriteLine(Join(", ", new string[] { "x", "y", "z" }));
        Console.WriteLine(Join("-", new string[0]) + "|");
        string mixed = "int:" + 5 + " long:" + 5L + " char:" + 'c' + " bool:" + false + " neg:" + (-3) + " uint:" + 7u;
        Console.WriteLine(mixed);
        string nul = null;
        Console.WriteLine("[" + nul + "]");
        object o = null;
        Console.WriteLine("[" + o + "]");
        Console.WriteLine(1 + 2 + "3" + 4 + 5);
        string table = "";
        for (int r = 1; r <= 3; r++)
        {
            for (int c = 1; c <= 3; c++) table += PadLeft((r * c).ToString(), 3, ' ');
            table += "\n";
        }
        Console.Write(table);
        string big = "";
        for (int i = 0; i < 1000; i++) big += (char)('a' + i % 26);
        Console.WriteLine(big.Length + " " + big.Substring(990));
    }
}
