using System.Text;

namespace System.Globalization
{
    // Casing for a culture: the invariant culture's (simple Unicode case mappings).
    public sealed class TextInfo : ICloneable
    {
        private bool _isReadOnly;
        private string _listSeparator = ",";

        internal TextInfo(bool readOnly) { _isReadOnly = readOnly; }

        public string CultureName { get { return ""; } }
        public int LCID { get { return 127; } }
        public bool IsReadOnly { get { return _isReadOnly; } }
        public bool IsRightToLeft { get { return false; } }
        public int ANSICodePage { get { return 1252; } }
        public int OEMCodePage { get { return 437; } }
        public int EBCDICCodePage { get { return 37; } }
        public int MacCodePage { get { return 10000; } }

        public string ListSeparator
        {
            get { return _listSeparator; }
            set
            {
                if (value == null) throw new ArgumentNullException("value");
                if (_isReadOnly) throw new InvalidOperationException("Instance is read-only.");
                _listSeparator = value;
            }
        }

        public object Clone()
        {
            TextInfo copy = (TextInfo)MemberwiseClone();
            copy._isReadOnly = false;
            return copy;
        }

        public static TextInfo ReadOnly(TextInfo textInfo)
        {
            if (textInfo == null) throw new ArgumentNullException("textInfo");
            if (textInfo._isReadOnly) return textInfo;
            TextInfo copy = (TextInfo)textInfo.MemberwiseClone();
            copy._isReadOnly = true;
            return copy;
        }

        public char ToUpper(char c) { return char.ToUpperInvariant(c); }
        public char ToLower(char c) { return char.ToLowerInvariant(c); }

        public string ToUpper(string str)
        {
            if (str == null) throw new ArgumentNullException("str");
            return str.ToUpperInvariant();
        }

        public string ToLower(string str)
        {
            if (str == null) throw new ArgumentNullException("str");
            return str.ToLowerInvariant();
        }

        // .NET's rule: the first letter of each word in title case, the rest of the word in lower case unless the
        // word has no lower-case letter (an acronym such as "USA" stays); an apostrophe starts a new lower-cased run.
        // Words end at spaces, controls, punctuation and symbols; digits and marks belong to them.
        public string ToTitleCase(string str)
        {
            if (str == null) throw new ArgumentNullException("str");
            StringBuilder result = new StringBuilder(str.Length);
            int i = 0;
            while (i < str.Length)
            {
                UnicodeCategory category = char.GetUnicodeCategory(str[i]);
                if (!IsLetter(category))
                {
                    result.Append(str[i++]);
                    continue;
                }
                result.Append(TitleCase(str[i++]));
                int lowerStart = i;
                bool hasLower = category == UnicodeCategory.LowercaseLetter;
                while (i < str.Length)
                {
                    category = char.GetUnicodeCategory(str[i]);
                    if (IsLetter(category))
                    {
                        if (category == UnicodeCategory.LowercaseLetter) hasLower = true;
                        i++;
                    }
                    else if (str[i] == '\'')
                    {
                        i++;
                        AppendRun(result, str, lowerStart, i, hasLower);
                        lowerStart = i;
                        hasLower = true;
                    }
                    else if (!IsWordSeparator(category)) i++;
                    else break;
                }
                AppendRun(result, str, lowerStart, i, hasLower);
            }
            return result.ToString();
        }

        private static void AppendRun(StringBuilder result, string str, int start, int end, bool lower)
        {
            for (int k = start; k < end; k++) result.Append(lower ? char.ToLowerInvariant(str[k]) : str[k]);
        }

        private static bool IsLetter(UnicodeCategory c) { return c <= UnicodeCategory.OtherLetter; }

        private static bool IsWordSeparator(UnicodeCategory c)
        {
            return (c >= UnicodeCategory.SpaceSeparator && c <= UnicodeCategory.Format)
                || (c >= UnicodeCategory.ConnectorPunctuation && c <= UnicodeCategory.OtherSymbol);
        }

        // the title-case forms of the Latin digraphs (DŽ, LJ, NJ, DZ), else the upper case
        private static char TitleCase(char c)
        {
            if (c >= '\u01C4' && c <= '\u01CC') return (char)(0x01C5 + (c - 0x01C4) / 3 * 3);
            if (c >= '\u01F1' && c <= '\u01F3') return '\u01F2';
            return char.ToUpperInvariant(c);
        }

        public override bool Equals(object obj) { return obj is TextInfo; }
        public override int GetHashCode() { return 0; }
        public override string ToString() { return "TextInfo - "; }
    }
}
