using System.Globalization;

namespace System
{
    // Lookups in the generated Unicode tables (CharData.cs), by code point over every plane.
    internal static class CharCategory
    {
        internal static UnicodeCategory Of(int codePoint)
        {
            int[] runs = CharData.CategoryRuns;
            int lo = 0, hi = runs.Length - 1;
            while (lo < hi)
            {
                int mid = (lo + hi + 1) >> 1;
                if ((runs[mid] >> 5) <= codePoint) lo = mid; else hi = mid - 1;
            }
            return (UnicodeCategory)(runs[lo] & 31);
        }

        // The category of the code point at index: a surrogate pair's, or the code unit's own.
        internal static UnicodeCategory Of(string s, int index) { return Of(CodePointAt(s, index)); }

        internal static int CodePointAt(string s, int index)
        {
            char c = s[index];
            if (c >= '\ud800' && c <= '\udbff' && index + 1 < s.Length)
            {
                char next = s[index + 1];
                if (next >= '\udc00' && next <= '\udfff') return ((c - 0xd800) << 10) + (next - 0xdc00) + 0x10000;
            }
            return c;
        }

        internal static bool IsLetter(UnicodeCategory category) { return category <= UnicodeCategory.OtherLetter; }

        private static int Map(int[] runs, int c)
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
            return c + runs[found * 4 + 3];
        }

        internal static int ToUpper(int codePoint) { return Map(CharData.UpperRuns, codePoint); }
        internal static int ToLower(int codePoint) { return Map(CharData.LowerRuns, codePoint); }

        // The NumberRuns entry holding codePoint (its index / 3), or -1.
        private static int NumberRun(int codePoint)
        {
            int[] runs = CharData.NumberRuns;
            int lo = 0, hi = runs.Length / 3 - 1;
            while (lo <= hi)
            {
                int mid = (lo + hi) >> 1;
                if (runs[mid * 3 + 1] < codePoint) lo = mid + 1;
                else if (runs[mid * 3] > codePoint) hi = mid - 1;
                else return mid;
            }
            return -1;
        }

        internal static double NumericValue(int codePoint)
        {
            int run = NumberRun(codePoint);
            if (run < 0) return -1;
            int[] runs = CharData.NumberRuns;
            return CharData.NumberValues[runs[run * 3 + 2] >> 2] + (codePoint - runs[run * 3]);
        }

        // The decimal digit value (flag 1) or digit value (flag 2) of the code point, or -1.
        internal static int DigitValue(int codePoint, int flag)
        {
            int run = NumberRun(codePoint);
            if (run < 0) return -1;
            int[] runs = CharData.NumberRuns;
            if ((runs[run * 3 + 2] & flag) == 0) return -1;
            return (int)CharData.NumberValues[runs[run * 3 + 2] >> 2] + (codePoint - runs[run * 3]);
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

    // The (string, int) overloads look at the surrogate pair starting at index, as .NET does.
    public static class CharUnicodeInfo
    {
        public static UnicodeCategory GetUnicodeCategory(char ch) { return System.CharCategory.Of(ch); }
        public static UnicodeCategory GetUnicodeCategory(string s, int index) { return System.CharCategory.Of(Checked(s, index)); }

        public static UnicodeCategory GetUnicodeCategory(int codePoint)
        {
            // .NET answers OtherNotAssigned for values outside the code space rather than throwing
            if ((uint)codePoint > 0x10ffff) return UnicodeCategory.OtherNotAssigned;
            return System.CharCategory.Of(codePoint);
        }

        public static double GetNumericValue(char ch) { return System.CharCategory.NumericValue(ch); }
        public static double GetNumericValue(string s, int index) { return System.CharCategory.NumericValue(Checked(s, index)); }
        public static int GetDecimalDigitValue(char ch) { return System.CharCategory.DigitValue(ch, 1); }
        public static int GetDecimalDigitValue(string s, int index) { return System.CharCategory.DigitValue(Checked(s, index), 1); }
        public static int GetDigitValue(char ch) { return System.CharCategory.DigitValue(ch, 2); }
        public static int GetDigitValue(string s, int index) { return System.CharCategory.DigitValue(Checked(s, index), 2); }

        private static int Checked(string s, int index)
        {
            if (s == null) throw new ArgumentNullException("s");
            if ((uint)index >= (uint)s.Length) throw new ArgumentOutOfRangeException("index", "Index was out of range. Must be non-negative and less than the size of the collection.");
            return System.CharCategory.CodePointAt(s, index);
        }
    }
}
