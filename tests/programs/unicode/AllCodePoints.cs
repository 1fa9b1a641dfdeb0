// expect-stdout-file: AllCodePoints.out
// AllCodePoints.out is modern .NET's answer (Unicode 15.0, the UCD corelib/tools/gen_char_data.py reads; .NET 8 uses
// 15.0 too). Mono 6.8's tables are Unicode 6.0 with older casing, so its lines differ for the blocks holding:
// - every code point assigned in Unicode 6.1 or later (about 38,600, e.g. U+08A1.., U+1F600..), whose category,
//   casing and numeric values Mono does not know;
// - categories changed since: U+00A7, U+00B6 (So -> Po), U+00AA, U+00BA (Ll -> Lo), U+00AD (Pd -> Cf) (.NET 5 follows
//   Unicode here, see "Unicode category changed for some Latin-1 characters"), Cherokee U+13A0..U+13F5 (Lo -> Lu,
//   Unicode 8.0), Georgian U+10D0..U+10FA (Lo -> Ll, Unicode 11.0), U+1734, U+A9BD, U+FD3E/U+FD3F and a few more;
// - simple case mappings Mono's invariant casing leaves out but .NET's (ICU u_toupper/u_tolower, except U+0130 and
//   U+0131) applies: U+00B5 -> U+039C, U+017F -> U+0053, the title-case digraphs U+01C5/U+01C8/U+01CB/U+01F2,
//   U+2126 -> U+03C9, U+212A -> U+006B, U+1E9E -> U+00DF, mappings added later (U+0252 -> U+2C70, U+1C90..) and
//   supplementary-plane pairs (Deseret U+10400.., string.ToUpperInvariant maps the pair as one code point in .NET).
// Every line of Kiln's output was checked against UnicodeData.txt code point by code point with the "dump" mode.
using System;
using System.Globalization;

// Classification, casing and numeric values of every code point U+0000..U+10FFFF, summarised as one line of hashes
// per 4096 code points (run with "dump <hex block start>" to list a block's code points one per line).
class AllCodePoints
{
    const uint FnvOffset = 2166136261, FnvPrime = 16777619;

    static uint Mix(uint hash, int value)
    {
        for (int k = 0; k < 4; k++)
        {
            hash = (hash ^ (uint)(value & 0xff)) * FnvPrime;
            value >>= 8;
        }
        return hash;
    }

    static string Text(int cp) { return cp >= 0xd800 && cp <= 0xdfff ? ((char)cp).ToString() : char.ConvertFromUtf32(cp); }

    static int CodePoint(string s) { return s.Length == 2 ? char.ConvertToUtf32(s[0], s[1]) : s[0]; }

    // Every predicate char answers for the code point at index 0 of its text, as bits.
    static int Predicates(string s)
    {
        bool[] answers =
        {
            char.IsLetter(s, 0), char.IsDigit(s, 0), char.IsNumber(s, 0), char.IsUpper(s, 0), char.IsLower(s, 0),
            char.IsPunctuation(s, 0), char.IsSymbol(s, 0), char.IsSeparator(s, 0), char.IsWhiteSpace(s, 0),
            char.IsControl(s, 0), char.IsLetterOrDigit(s, 0), char.IsSurrogate(s, 0), char.IsHighSurrogate(s, 0),
            char.IsLowSurrogate(s, 0), char.IsSurrogatePair(s, 0),
        };
        int bits = 0;
        for (int k = 0; k < answers.Length; k++) if (answers[k]) bits |= 1 << k;
        if (s.Length == 1)
        {
            char c = s[0];
            bool[] single =
            {
                char.IsLetter(c), char.IsDigit(c), char.IsNumber(c), char.IsUpper(c), char.IsLower(c),
                char.IsPunctuation(c), char.IsSymbol(c), char.IsSeparator(c), char.IsWhiteSpace(c), char.IsControl(c),
                char.IsLetterOrDigit(c),
            };
            for (int k = 0; k < single.Length; k++) if (single[k]) bits |= 1 << (16 + k);
        }
        return bits;
    }

    static int Upper(string s) { return s.Length == 1 ? char.ToUpperInvariant(s[0]) : CodePoint(s.ToUpperInvariant()); }
    static int Lower(string s) { return s.Length == 1 ? char.ToLowerInvariant(s[0]) : CodePoint(s.ToLowerInvariant()); }

    static string Describe(int cp)
    {
        string s = Text(cp);
        return string.Format("U+{0:X4} {1} {2:X} U+{3:X4} U+{4:X4} {5} {6} {7} {8:X4}", cp, (int)char.GetUnicodeCategory(s, 0),
            Predicates(s), Upper(s), Lower(s), char.GetNumericValue(s, 0).ToString("R", CultureInfo.InvariantCulture),
            CharUnicodeInfo.GetDecimalDigitValue(s, 0), CharUnicodeInfo.GetDigitValue(s, 0),
            CodePoint(s.ToUpperInvariant()) ^ CodePoint(s.ToLowerInvariant()));
    }

    static void Main(string[] args)
    {
        if (args.Length == 2 && args[0] == "dump")
        {
            int start = int.Parse(args[1], NumberStyles.HexNumber);
            for (int cp = start; cp < start + 0x1000; cp++) Console.WriteLine(Describe(cp));
            return;
        }
        for (int block = 0; block < 0x110000; block += 0x1000)
        {
            uint categories = FnvOffset, casing = FnvOffset, numbers = FnvOffset;
            for (int cp = block; cp < block + 0x1000; cp++)
            {
                string s = Text(cp);
                categories = Mix(Mix(categories, (int)char.GetUnicodeCategory(s, 0)), Predicates(s));
                if (s.Length == 1) categories = Mix(categories, (int)CharUnicodeInfo.GetUnicodeCategory(s[0]));
                casing = Mix(Mix(Mix(casing, Upper(s)), Lower(s)), CodePoint(s.ToUpperInvariant()) ^ CodePoint(s.ToLowerInvariant()));
                double value = char.GetNumericValue(s, 0);
                numbers = Mix(Mix(Mix(numbers, (int)(value * 1000000)), CharUnicodeInfo.GetDecimalDigitValue(s, 0)),
                    CharUnicodeInfo.GetDigitValue(s, 0));
                if (s.Length == 1) numbers = Mix(numbers, (int)(CharUnicodeInfo.GetNumericValue(s[0]) * 1000000));
            }
            Console.WriteLine("U+{0:X5} category {1:X8} case {2:X8} number {3:X8}", block, categories, casing, numbers);
        }
    }
}
