// char.ToUpperInvariant/ToLowerInvariant/IsUpper/IsLower over Latin-1, Latin Extended-A, Greek and Cyrillic
// letters (and characters without case), and every char.IsWhiteSpace code point below U+3100.
// expect-stdout-file: CharCasingTables.out
// (Mono 6.8 leaves µ, ſ and ς as they are; .NET Core uppercases them by Unicode's simple case mapping: Μ, S, Σ.)
using System;
using System.Text;

class CharCasingTables
{
    static void Main()
    {
        string letters = "\u03ac\u0386\u03ae\u0389\u03cc\u038c\u03ce\u038f\u03ca\u03aa\u0390\u03b0aZ\u00e9\u00c9\u00df\u00ff\u0178\u00b5\u0101\u0100\u0142\u0141\u017e\u017d\u0131\u0130\u017f"
            + "\u03b1\u03a9\u03c2\u03a3\u0430\u0431\u0432\u0410\u0411\u0412\u0451\u0401\u20ac1 ";
        foreach (char c in letters)
        {
            Console.WriteLine(((int)c).ToString("X4") + " upper " + ((int)char.ToUpperInvariant(c)).ToString("X4")
                + " lower " + ((int)char.ToLowerInvariant(c)).ToString("X4")
                + (char.IsUpper(c) ? " IsUpper" : "") + (char.IsLower(c) ? " IsLower" : ""));
        }
        Console.WriteLine("\u00c9COLE \u0141\u00d3D\u0179 \u0391\u0398\u0397\u039d\u0391 \u041c\u041e\u0421\u041a\u0412\u0410".ToLowerInvariant());
        Console.WriteLine("stra\u00dfe \u017e\u0173vis \u03b1\u03b8\u03ae\u03bd\u03b1 \u043c\u043e\u0441\u043a\u0432\u0430".ToUpperInvariant());
        var spaces = new StringBuilder();
        for (int c = 0; c < 0x3100; c++) if (char.IsWhiteSpace((char)c)) spaces.Append(c.ToString("X")).Append(' ');
        Console.WriteLine("white space: " + spaces.ToString().TrimEnd());
    }
}
