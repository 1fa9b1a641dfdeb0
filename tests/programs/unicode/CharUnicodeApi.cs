// expect-stdout-file: CharUnicodeApi.out
// Mono 6.8 answers CharUnicodeInfo.GetUnicodeCategory(int) wrongly beyond plane 1 (Control for U+E0001 LANGUAGE TAG,
// a Format character, and for U+F0000, a private-use one); the .out file has .NET's Format and PrivateUse, the rest
// is Mono's output unchanged.
using System;
using System.Globalization;

// The CharUnicodeInfo and char overloads that take (string, index): a surrogate pair at index is classified as the
// code point it encodes, a lone or second surrogate as a surrogate; argument checks; UTF-32 conversions.
class CharUnicodeApi
{
    static void Show(string label, Func<object> f)
    {
        try { Console.WriteLine(label + ": " + f()); }
        catch (ArgumentException e) { Console.WriteLine(label + ": " + e.GetType().Name + " " + e.ParamName); }
    }

    static void Main()
    {
        string text = "A\ud801\udc00b\ud835\udfd7\u00bd\u00b2\u0663\ud800x\udc00\u2168\u3007 \u2028";
        for (int i = 0; i < text.Length; i++)
        {
            Console.WriteLine("{0,2} {1:X4} {2} {3}{4}{5}{6}{7}{8}{9}{10}{11}{12} {13} {14} {15} {16} {17}", i, (int)text[i],
                char.GetUnicodeCategory(text, i), B(char.IsLetter(text, i)), B(char.IsDigit(text, i)),
                B(char.IsNumber(text, i)), B(char.IsUpper(text, i)), B(char.IsLower(text, i)),
                B(char.IsLetterOrDigit(text, i)), B(char.IsSurrogate(text, i)), B(char.IsHighSurrogate(text, i)),
                B(char.IsLowSurrogate(text, i)), B(char.IsSurrogatePair(text, i)), CharUnicodeInfo.GetUnicodeCategory(text, i),
                CharUnicodeInfo.GetNumericValue(text, i), char.GetNumericValue(text, i),
                CharUnicodeInfo.GetDecimalDigitValue(text, i), CharUnicodeInfo.GetDigitValue(text, i));
        }
        Console.WriteLine(char.IsWhiteSpace(text, 14) + " " + char.IsSeparator(text, 15) + " " + char.IsWhiteSpace(text, 15) + " " + char.IsControl(text, 14));
        Console.WriteLine(CharUnicodeInfo.GetNumericValue('\u2155') + " " + CharUnicodeInfo.GetDigitValue('\u2460') + " "
            + CharUnicodeInfo.GetDecimalDigitValue('\u2460') + " " + CharUnicodeInfo.GetDecimalDigitValue('\u0967')
            + " " + char.GetNumericValue('\u216f') + " " + char.GetNumericValue('\u0f33'));
        Console.WriteLine(CharUnicodeInfo.GetUnicodeCategory(0x41) + " " + CharUnicodeInfo.GetUnicodeCategory(0x10400)
            + " " + CharUnicodeInfo.GetUnicodeCategory(0xe0001) + " " + CharUnicodeInfo.GetUnicodeCategory(0xf0000)
            + " " + CharUnicodeInfo.GetUnicodeCategory(0xd800));
        Console.WriteLine(char.ConvertToUtf32(text, 1).ToString("X") + " " + char.ConvertToUtf32('\udbff', '\udfff').ToString("X")
            + " " + char.ConvertFromUtf32(0x1d7d7).Length + " " + (char.ConvertFromUtf32(0x10400) == "\ud801\udc00"));
        Show("IsLetter null", () => char.IsLetter(null, 0));
        Show("IsLetter -1", () => char.IsLetter("a", -1));
        Show("IsUpper 1", () => char.IsUpper("a", 1));
        Show("category null", () => CharUnicodeInfo.GetUnicodeCategory(null, 0));
        Show("numeric 5", () => CharUnicodeInfo.GetNumericValue("abc", 5));
        Show("FromUtf32 D800", () => char.ConvertFromUtf32(0xd800));
        Show("FromUtf32 110000", () => char.ConvertFromUtf32(0x110000));
        Show("ToUtf32 lone high", () => char.ConvertToUtf32(text, 9));
        Show("ToUtf32 lone low", () => char.ConvertToUtf32(text, 2));
        Show("ToUtf32 chars", () => char.ConvertToUtf32('a', '\udc00'));
        string cased = "Hello \u0391\u03b2\u03b3 \u0416\u0436 \u0531\u0561 \u1e00\u1e01 \u24b6\u24d0 \uff21\uff41 \u0130\u0131 i\u00ff\u0178";
        Console.WriteLine(Hex(cased.ToUpperInvariant()));
        Console.WriteLine(Hex(cased.ToLowerInvariant()));
        Console.WriteLine(Hex(cased.ToUpper(CultureInfo.InvariantCulture)) + " " + CultureInfo.InvariantCulture.TextInfo.ToLower('\u0178'));
    }

    static string B(bool b) { return b ? "1" : "0"; }

    static string Hex(string s)
    {
        string r = "";
        foreach (char c in s) r += ((int)c).ToString("X4") + " ";
        return r.TrimEnd();
    }
}
