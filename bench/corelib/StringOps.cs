// Strings and StringBuilder in the core-library suite (bench/corelib/Ops.cs has the harness and the shared inputs):
// building, concatenation, split/join/trim/substring, casing, ordinal and invariant comparison.
using System;
using System.Text;

static partial class Ops
{
    internal static readonly bool stringsArea = Area("Strings", Strings);

    static void Strings()
    {
        Run("StringBuilder.Append x20", n =>
        {
            long s = 0;
            for (int i = 0; i < n; i++)
            {
                var sb = new StringBuilder();
                for (int j = 0; j < 10; j++) sb.Append(words[(i + j) % Size]).Append(j);
                s += sb.ToString().Length;
            }
            return s;
        });
        Run("string.Concat(4)", n => { long s = 0; for (int i = 0; i < n; i++) s += string.Concat(words[i % Size], "-", words[(i + 1) % Size], "!").Length; return s; });
        Run("Split", n => { long s = 0; for (int i = 0; i < n; i++) s += sentence.Split(' ').Length; return s; });
        Run("Join", n => { long s = 0; for (int i = 0; i < n; i++) s += string.Join(", ", words, i % 900, 50).Length; return s; });
        Run("Trim", n => { long s = 0; string t = "   " + sentence + " \t\n"; for (int i = 0; i < n; i++) s += t.Trim().Length; return s; });
        Run("ToUpperInvariant", n => { long s = 0; for (int i = 0; i < n; i++) s += sentence.ToUpperInvariant().Length; return s; });
        Run("ToLower", n => { long s = 0; for (int i = 0; i < n; i++) s += sentence.ToLower().Length; return s; });
        Run("CompareOrdinal", n => { long s = 0; for (int i = 0; i < n; i++) s += string.CompareOrdinal(words[i % Size], words[(i + 7) % Size]); return s; });
        Run("Compare(Invariant)", n => { long s = 0; for (int i = 0; i < n; i++) s += string.Compare(words[i % Size], words[(i + 7) % Size], StringComparison.InvariantCulture); return s; });
        Run("Equals(OrdinalIgnoreCase)", n => { long s = 0; for (int i = 0; i < n; i++) s += string.Equals(words[i % Size], words[(i + 12) % Size], StringComparison.OrdinalIgnoreCase) ? 1 : 0; return s; });
        Run("StartsWith(Ordinal)", n => { long s = 0; for (int i = 0; i < n; i++) s += words[i % Size].StartsWith("gam", StringComparison.Ordinal) ? 1 : 0; return s; });
        Run("Substring", n => { long s = 0; for (int i = 0; i < n; i++) s += sentence.Substring(i % 50, 20).Length; return s; });
    }
}
