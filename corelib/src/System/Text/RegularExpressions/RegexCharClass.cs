using System.Collections.Generic;
using System.Globalization;

namespace System.Text.RegularExpressions
{
    // A set of characters: ranges, Unicode categories and the \d \w \s classes (each possibly negated), the whole
    // set possibly negated, minus another set ([a-z-[aeiou]]).
    internal sealed class RegexCharClass
    {
        private readonly List<char> m_rangeLows = new List<char>();
        private readonly List<char> m_rangeHighs = new List<char>();
        private readonly List<Predicate<char>> m_classes = new List<Predicate<char>>();
        internal bool Negated;
        internal RegexCharClass Subtracted;

        internal void AddRange(char low, char high)
        {
            m_rangeLows.Add(low);
            m_rangeHighs.Add(high);
        }

        internal void AddChar(char c) { AddRange(c, c); }
        internal void AddClass(Predicate<char> test) { m_classes.Add(test); }

        internal bool Contains(char c, bool ignoreCase)
        {
            bool inSet = ContainsExactly(c)
                || (ignoreCase && (ContainsExactly(char.ToLowerInvariant(c)) || ContainsExactly(char.ToUpperInvariant(c))));
            if (inSet && Subtracted != null && Subtracted.Contains(c, ignoreCase)) inSet = false;
            return inSet != Negated;
        }

        private bool ContainsExactly(char c)
        {
            for (int i = 0; i < m_rangeLows.Count; i++)
                if (c >= m_rangeLows[i] && c <= m_rangeHighs[i]) return true;
            foreach (Predicate<char> test in m_classes)
                if (test(c)) return true;
            return false;
        }

        // \d, \w and \s; with ECMAScript their ASCII meanings.
        internal static Predicate<char> Digit(bool ecma)
        {
            if (ecma) return c => c >= '0' && c <= '9';
            return c => char.GetUnicodeCategory(c) == UnicodeCategory.DecimalDigitNumber;
        }

        internal static Predicate<char> Word(bool ecma)
        {
            if (ecma) return c => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
            return IsWordChar;
        }

        internal static Predicate<char> Space(bool ecma)
        {
            if (ecma) return c => c == ' ' || (c >= '\t' && c <= '\r');
            return c => char.IsWhiteSpace(c);
        }

        internal static Predicate<char> Not(Predicate<char> test) { return c => !test(c); }

        // .NET's word characters: letters, decimal digits, connector punctuation, nonspacing and enclosing marks,
        // spacing marks, and the two zero-width joiners.
        internal static bool IsWordChar(char c)
        {
            switch (char.GetUnicodeCategory(c))
            {
                case UnicodeCategory.UppercaseLetter:
                case UnicodeCategory.LowercaseLetter:
                case UnicodeCategory.TitlecaseLetter:
                case UnicodeCategory.ModifierLetter:
                case UnicodeCategory.OtherLetter:
                case UnicodeCategory.DecimalDigitNumber:
                case UnicodeCategory.ConnectorPunctuation:
                case UnicodeCategory.NonSpacingMark:
                case UnicodeCategory.SpacingCombiningMark:
                case UnicodeCategory.EnclosingMark:
                    return true;
                default:
                    return c == '\u200D' || c == '\u200C';
            }
        }

        // \p{Name}: a general category (Lu) or a group of them (L); null for a name it does not know.
        internal static Predicate<char> Category(string name)
        {
            List<UnicodeCategory> categories = CategoriesNamed(name);
            if (categories == null) return null;
            return c => categories.Contains(char.GetUnicodeCategory(c));
        }

        private static readonly string[] s_categoryNames =
        {
            "Lu", "Ll", "Lt", "Lm", "Lo", "Mn", "Mc", "Me", "Nd", "Nl", "No", "Zs", "Zl", "Zp", "Cc", "Cf", "Cs", "Co",
            "Pc", "Pd", "Ps", "Pe", "Pi", "Pf", "Po", "Sm", "Sc", "Sk", "So", "Cn",
        };

        private static readonly UnicodeCategory[] s_categories =
        {
            UnicodeCategory.UppercaseLetter, UnicodeCategory.LowercaseLetter, UnicodeCategory.TitlecaseLetter,
            UnicodeCategory.ModifierLetter, UnicodeCategory.OtherLetter, UnicodeCategory.NonSpacingMark,
            UnicodeCategory.SpacingCombiningMark, UnicodeCategory.EnclosingMark, UnicodeCategory.DecimalDigitNumber,
            UnicodeCategory.LetterNumber, UnicodeCategory.OtherNumber, UnicodeCategory.SpaceSeparator,
            UnicodeCategory.LineSeparator, UnicodeCategory.ParagraphSeparator, UnicodeCategory.Control,
            UnicodeCategory.Format, UnicodeCategory.Surrogate, UnicodeCategory.PrivateUse,
            UnicodeCategory.ConnectorPunctuation, UnicodeCategory.DashPunctuation, UnicodeCategory.OpenPunctuation,
            UnicodeCategory.ClosePunctuation, UnicodeCategory.InitialQuotePunctuation,
            UnicodeCategory.FinalQuotePunctuation, UnicodeCategory.OtherPunctuation, UnicodeCategory.MathSymbol,
            UnicodeCategory.CurrencySymbol, UnicodeCategory.ModifierSymbol, UnicodeCategory.OtherSymbol,
            UnicodeCategory.OtherNotAssigned,
        };

        private static List<UnicodeCategory> CategoriesNamed(string name)
        {
            var found = new List<UnicodeCategory>();
            for (int i = 0; i < s_categoryNames.Length; i++)
            {
                string category = s_categoryNames[i];
                if (category == name || (name.Length == 1 && category[0] == name[0])) found.Add(s_categories[i]);
            }
            return found.Count == 0 ? null : found;
        }
    }
}
