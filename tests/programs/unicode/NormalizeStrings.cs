// expect-stdout-file: NormalizeStrings.out
// NormalizeStrings.out is the UAX #15 answer, as .NET (ICU) gives it. Mono 6.8 differs on four lines: its
// compatibility forms leave a ligature at the start of the string (U+FB01) and U+FDFA undecomposed, it does not
// normalize supplementary-plane code points (U+1D15E/U+1D15F decompose canonically; U+11099 U+110BA composes to
// U+1109A), and it accepts an undefined NormalizationForm, lone surrogates and U+FFFE where .NET throws
// ArgumentException (.NET checks for them before calling ICU).
using System;
using System.Text;

// string.Normalize and IsNormalized in the four forms over strings that exercise decomposition, canonical ordering,
// composition (blocked and unblocked marks, exclusions, singletons), Hangul arithmetic and compatibility mappings.
class NormalizeStrings
{
    static readonly NormalizationForm[] Forms =
        { NormalizationForm.FormC, NormalizationForm.FormD, NormalizationForm.FormKC, NormalizationForm.FormKD };

    static string Hex(string s)
    {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.Length; i++)
        {
            if (i > 0) sb.Append(' ');
            sb.Append(((int)s[i]).ToString("X4"));
        }
        return sb.ToString();
    }

    static void Main()
    {
        string[] inputs =
        {
            "",
            "plain ASCII",
            "caf\u00e9",                       // precomposed é
            "cafe\u0301",                      // e + combining acute
            "\u1e9b\u0323",                    // long s with dot above + dot below (UAX #15 figure)
            "\u0071\u0307\u0323",              // q + dot above + dot below: reordered, nothing composes
            "\u0041\u030a",                    // A + ring: Å
            "\u212b",                          // ANGSTROM SIGN: singleton to Å
            "\u2126",                          // OHM SIGN: singleton to Ω
            "\u00c5\u0301",                    // Å + acute: stays
            "\u0061\u0328\u0301",              // a + ogonek + acute
            "\u0061\u0301\u0328",              // a + acute + ogonek: reordered
            "\u1100\u1161\u11a8",              // conjoining jamo L V T: 각
            "\uac00\u11a8",                    // LV syllable + T
            "\ud55c\uad6d\uc5b4",              // 한국어
            "\u0958",                          // Devanagari QA: composition exclusion
            "\u0915\u093c",                    // KA + NUKTA: stays decomposed in C
            "\u0344",                          // non-starter decomposition
            "\u0f73",                          // Tibetan vowel sign II
            "\ufb01 \ufb03",                   // ligatures fi, ffi
            "x\u00b2 \u2460 \u00bd",           // superscript two, circled one, one half
            "\u3300",                          // square apaato
            "\ufdfa",                          // longest compatibility decomposition
            "\uff21\uff42\uff43",              // full-width letters
            "\u1e0b\u0323",                    // d with dot above + dot below
            "\u0064\u0323\u0307",
            "\u05b8\u05b9\u05b1\u0591\u05c3\u05b0\u05ac\u059f",  // Hebrew points, many classes
            "\u0041\u0300\u0041\u0300\u0300",  // repeated marks: second blocked? no, same class: the first composes
            "\u00e0\u0316",                    // à + grave below: reorder then recompose
            "\ud834\udd5e\ud834\udd5f",        // musical symbols (supplementary, excluded from composition)
            "\ud804\udc99\ud804\udcba",        // Kaithi: supplementary composition
            "\u1e63\u0307",                    // s with dot below + dot above
            "\u0390",                          // iota with dialytika and tonos
            "\u1f80\u0345",
            "\u2000\u00a0\u3000",              // spaces
            "\u3070\u309b",                    // hiragana ba + voiced sound mark (compatibility)
            "\u304b\u3099",                    // ka + combining voiced mark: が
        };
        foreach (string s in inputs)
        {
            StringBuilder line = new StringBuilder("[" + Hex(s) + "]");
            foreach (NormalizationForm form in Forms)
            {
                string n = s.Normalize(form);
                line.Append(" " + form + ":[" + Hex(n) + "] " + (s.IsNormalized(form) ? "y" : "n")
                    + (n.IsNormalized(form) ? "y" : "n"));
            }
            Console.WriteLine(line);
            Console.WriteLine("  default " + Hex(s.Normalize()) + " " + s.IsNormalized());
        }
        string[] invalid = { "a\ud800b", "\udc00", "x\ud800", "\ufffe", "\ud83d\ude00\ufffe" };
        foreach (string s in invalid)
        {
            foreach (NormalizationForm form in Forms)
            {
                try { Console.WriteLine(Hex(s) + " " + form + " " + Hex(s.Normalize(form))); }
                catch (ArgumentException e) { Console.WriteLine(Hex(s) + " " + form + " " + e.GetType().Name + " " + e.ParamName); }
                try { Console.WriteLine(Hex(s) + " " + form + " " + s.IsNormalized(form)); }
                catch (ArgumentException e) { Console.WriteLine(Hex(s) + " " + form + " " + e.GetType().Name + " " + e.ParamName); }
            }
        }
        Console.WriteLine(Hex("\ud83d\ude00\uffff".Normalize()));
        try
        {
            "a".Normalize((NormalizationForm)3);
            Console.WriteLine("no exception");
        }
        catch (ArgumentException e)
        {
            Console.WriteLine(e.GetType().Name);
        }
    }
}
