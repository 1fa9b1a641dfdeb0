// expect-stdout-file: CharClassification.out
// .NET 8 classifies with current Unicode data (Mono's tables are older: it calls U+00AA and U+00BA lowercase
// letters, U+00A7 and U+00B6 symbols, U+00AD a dash) and uppercases with the simple case mappings (U+00B5 to U+039C,
// U+017F to S, U+03C2 to U+03A3), and prints 1/3 with shortest round-trip digits.
using System;
using System.Globalization;

class CharClassification
{
    static string Flags(char c)
    {
        return (char.IsDigit(c) ? "D" : "-") + (char.IsLetter(c) ? "L" : "-") + (char.IsLetterOrDigit(c) ? "A" : "-")
            + (char.IsWhiteSpace(c) ? "W" : "-") + (char.IsUpper(c) ? "U" : "-") + (char.IsLower(c) ? "l" : "-")
            + (char.IsPunctuation(c) ? "P" : "-") + (char.IsSymbol(c) ? "S" : "-") + (char.IsSeparator(c) ? "s" : "-")
            + (char.IsControl(c) ? "C" : "-") + (char.IsNumber(c) ? "N" : "-") + (char.IsSurrogate(c) ? "H" : "-");
    }

    static void Main()
    {
        // every Latin-1 character
        for (int i = 0; i < 256; i++)
        {
            char c = (char)i;
            Console.WriteLine(i.ToString("X2") + " " + Flags(c) + " " + char.GetUnicodeCategory(c) + " up " + ((int)char.ToUpper(c)).ToString("X4")
                + " low " + ((int)char.ToLower(c)).ToString("X4") + " num " + char.GetNumericValue(c));
        }
        // a selection beyond Latin-1 from long-stable Unicode blocks
        string others = "\u0100\u0101\u0130\u0131\u0178\u017f\u0391\u03b1\u03a3\u03c2\u03c3\u0410\u0430\u0401\u0451\u05d0\u0627\u0660\u0669\u06f5"
            + "\u0966\u2000\u2028\u2029\u2013\u2014\u2018\u201c\u2026\u20ac\u2122\u2160\u2190\u2200\u2460\u2500\u3000\u3001\u3042\u30a2"
            + "\u4e00\u9fa5\uac00\ud7a3\ud800\udbff\udc00\udfff\ue000\uff10\uff21\uff41\ufeff\u0300\u00ad\u2070\u00bd\u2153\u216b\u3007";
        foreach (char c in others)
        {
            Console.WriteLine(((int)c).ToString("X4") + " " + Flags(c) + " " + char.GetUnicodeCategory(c) + " up " + ((int)char.ToUpper(c)).ToString("X4")
                + " low " + ((int)char.ToLower(c)).ToString("X4") + " num " + char.GetNumericValue(c) + " inv " + ((int)char.ToUpperInvariant(c)).ToString("X4")
                + " " + ((int)char.ToLowerInvariant(c)).ToString("X4"));
        }
        Console.WriteLine("Grüße, ΑΒΓ αβγ Привет ÀÉÎÕÜ àéîõü".ToUpper());
        Console.WriteLine("Grüße, ΑΒΓ αβγ Привет ÀÉÎÕÜ àéîõü".ToLower());
        Console.WriteLine(char.Parse("x") + " " + char.IsDigit("a1", 1) + " " + char.IsLetter("a1", 0) + " " + char.IsWhiteSpace("a b", 1) + " " + char.GetNumericValue("x7", 1));
        char parsed;
        Console.WriteLine(char.TryParse("ab", out parsed) + " " + (int)parsed + " " + char.TryParse("q", out parsed) + " " + parsed);
        try { char.Parse("ab"); } catch (FormatException) { Console.WriteLine("format"); }
        try { char.Parse(null); } catch (ArgumentNullException) { Console.WriteLine("null"); }
        try { char.IsDigit("ab", 5); } catch (ArgumentOutOfRangeException) { Console.WriteLine("index"); }
        Console.WriteLine('a'.CompareTo('c') + " " + 'c'.CompareTo('a') + " " + 'x'.CompareTo('x') + " " + 'a'.CompareTo((object)'z') + " " + 'a'.CompareTo(null));
        Console.WriteLine('a'.Equals('a') + " " + 'a'.Equals((object)'b') + " " + 'a'.GetHashCode() + " " + char.MaxValue.GetHashCode() + " " + char.ToString('q'));
        Console.WriteLine(char.ConvertFromUtf32(0x41) + " " + char.ConvertFromUtf32(0x1F600).Length + " " + char.ConvertToUtf32('\ud83d', '\ude00') + " " + char.ConvertToUtf32("a\ud83d\ude00", 1));
        Console.WriteLine(char.IsSurrogatePair('\ud83d', '\ude00') + " " + char.IsHighSurrogate('\ud83d') + " " + char.IsLowSurrogate('\ud83d'));
        try { char.ConvertFromUtf32(0xD800); } catch (ArgumentOutOfRangeException) { Console.WriteLine("surrogate code point"); }
        Console.WriteLine(CharUnicodeInfo.GetUnicodeCategory('$') + " " + CharUnicodeInfo.GetNumericValue('\u00be'));
    }
}
