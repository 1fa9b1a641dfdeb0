using System.Globalization;

namespace System
{
    // Lookups in the generated Unicode tables (CharData.cs).
    internal static class CharCategory
    {
        internal static UnicodeCategory Of(char c)
        {
            ushort[] starts = CharData.RunStarts;
            int lo = 0, hi = starts.Length - 1;
            while (lo < hi)
            {
                int mid = (lo + hi + 1) >> 1;
                if (starts[mid] <= c) lo = mid; else hi = mid - 1;
            }
            return (UnicodeCategory)CharData.RunCategories[lo];
        }

        internal static bool IsLetter(UnicodeCategory category) { return category <= UnicodeCategory.OtherLetter; }

        private static char Map(int[] runs, char c)
        {
            int count = runs.Length / 4;
            int lo = 0, hi = count - 1, found = -1;
            while (lo <= hi)
            {
                int mid = (lo + hi) >> 1;
                if (runs[mid * 4] <= c) { found = mid; lo = mid + 1; } else hi = mid - 1;
            }
            if (found < 0) return c;
            int start = runs[found * 4], end = runs[found * 4 + 1], stride = runs[found * 4 + 2];
            if (c > end || (c - start) % stride != 0) return c;
            return (char)(c + runs[found * 4 + 3]);
        }

        internal static char ToUpper(char c) { return Map(CharData.UpperRuns, c); }
        internal static char ToLower(char c) { return Map(CharData.LowerRuns, c); }

        internal static double NumericValue(char c)
        {
            ushort[] zeros = CharData.DigitZeros;
            for (int i = 0; i < zeros.Length; i++)
            {
                if (c >= zeros[i] && c < zeros[i] + 10) return c - zeros[i];
            }
            ushort[] chars = CharData.NumberChars;
            int lo = 0, hi = chars.Length - 1;
            while (lo <= hi)
            {
                int mid = (lo + hi) >> 1;
                if (chars[mid] == c) return CharData.NumberValues[mid];
                if (chars[mid] < c) lo = mid + 1; else hi = mid - 1;
            }
            return -1;
        }
    }
}

namespace System.Globalization
{
    public enum UnicodeCategory
    {
        UppercaseLetter = 0, LowercaseLetter = 1, TitlecaseLetter = 2, ModifierLetter = 3, OtherLetter = 4,
        NonSpacingMark = 5, SpacingCombiningMark = 6, EnclosingMark = 7, DecimalDigitNumber = 8, LetterNumber = 9,
        OtherNumber = 10, SpaceSeparator = 11, LineSeparator = 12, ParagraphSeparator = 13, Control = 14, Format = 15,
        Surrogate = 16, PrivateUse = 17, ConnectorPunctuation = 18, DashPunctuation = 19, OpenPunctuation = 20,
        ClosePunctuation = 21, InitialQuotePunctuation = 22, FinalQuotePunctuation = 23, OtherPunctuation = 24,
        MathSymbol = 25, CurrencySymbol = 26, ModifierSymbol = 27, OtherSymbol = 28, OtherNotAssigned = 29,
    }

    public static class CharUnicodeInfo
    {
        public static UnicodeCategory GetUnicodeCategory(char ch) { return System.CharCategory.Of(ch); }
        public static double GetNumericValue(char ch) { return char.GetNumericValue(ch); }
    }
}
