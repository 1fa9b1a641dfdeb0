namespace System.Globalization
{
    // String comparison and searching for a culture, over the invariant comparisons String has: None is the
    // culture order, IgnoreCase its case-insensitive form, Ordinal and OrdinalIgnoreCase the ordinal ones.
    // IgnoreNonSpace, IgnoreSymbols, IgnoreKanaType, IgnoreWidth and StringSort are accepted and have no effect.
    public sealed class CompareInfo
    {
        private const CompareOptions CultureFlags = CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace
            | CompareOptions.IgnoreSymbols | CompareOptions.IgnoreKanaType | CompareOptions.IgnoreWidth;

        internal static readonly CompareInfo Invariant = new CompareInfo();

        private CompareInfo() { }

        public string Name { get { return ""; } }
        public int LCID { get { return 127; } }

        public static CompareInfo GetCompareInfo(string name)
        {
            if (name == null) throw new ArgumentNullException("name");
            return CultureInfo.GetCultureInfo(name).CompareInfo;
        }

        // The StringComparison that options stand for; sort says whether StringSort is allowed (comparisons) or not
        // (searches).
        private static StringComparison ComparisonOf(CompareOptions options, bool sort)
        {
            if (options == CompareOptions.Ordinal) return StringComparison.Ordinal;
            if (options == CompareOptions.OrdinalIgnoreCase) return StringComparison.OrdinalIgnoreCase;
            CompareOptions allowed = sort ? CultureFlags | CompareOptions.StringSort : CultureFlags;
            if ((options & ~allowed) != 0) throw new ArgumentException("Value of flags is invalid.", "options");
            return (options & CompareOptions.IgnoreCase) != 0 ? StringComparison.InvariantCultureIgnoreCase : StringComparison.InvariantCulture;
        }

        public int Compare(string string1, string string2) { return Compare(string1, string2, CompareOptions.None); }

        public int Compare(string string1, string string2, CompareOptions options)
        {
            return string.Compare(string1, string2, ComparisonOf(options, true));
        }

        public int Compare(string string1, int offset1, int length1, string string2, int offset2, int length2)
        {
            return Compare(string1, offset1, length1, string2, offset2, length2, CompareOptions.None);
        }

        public int Compare(string string1, int offset1, int length1, string string2, int offset2, int length2, CompareOptions options)
        {
            if (length1 < 0 || length2 < 0) throw new ArgumentOutOfRangeException(length1 < 0 ? "length1" : "length2", "Positive number required.");
            if (offset1 < 0 || offset2 < 0) throw new ArgumentOutOfRangeException(offset1 < 0 ? "offset1" : "offset2", "Positive number required.");
            if (string1 != null && offset1 > string1.Length - length1) throw new ArgumentOutOfRangeException("string1", "Offset and length must refer to a position in the string.");
            if (string2 != null && offset2 > string2.Length - length2) throw new ArgumentOutOfRangeException("string2", "Offset and length must refer to a position in the string.");
            string a = string1 == null ? null : string1.Substring(offset1, length1);
            string b = string2 == null ? null : string2.Substring(offset2, length2);
            return Compare(a, b, options);
        }

        public int IndexOf(string source, char value) { return IndexOf(source, value.ToString(), CompareOptions.None); }
        public int IndexOf(string source, char value, CompareOptions options) { return IndexOf(source, value.ToString(), options); }
        public int IndexOf(string source, string value) { return IndexOf(source, value, CompareOptions.None); }

        public int IndexOf(string source, string value, CompareOptions options)
        {
            if (source == null) throw new ArgumentNullException("source");
            return IndexOf(source, value, 0, source.Length, options);
        }

        public int IndexOf(string source, string value, int startIndex, CompareOptions options)
        {
            if (source == null) throw new ArgumentNullException("source");
            return IndexOf(source, value, startIndex, source.Length - startIndex, options);
        }

        public int IndexOf(string source, string value, int startIndex, int count, CompareOptions options)
        {
            if (source == null) throw new ArgumentNullException("source");
            if (value == null) throw new ArgumentNullException("value");
            return source.IndexOf(value, startIndex, count, ComparisonOf(options, false));
        }

        public int LastIndexOf(string source, char value) { return LastIndexOf(source, value.ToString(), CompareOptions.None); }
        public int LastIndexOf(string source, string value) { return LastIndexOf(source, value, CompareOptions.None); }

        public int LastIndexOf(string source, string value, CompareOptions options)
        {
            if (source == null) throw new ArgumentNullException("source");
            if (value == null) throw new ArgumentNullException("value");
            return source.LastIndexOf(value, ComparisonOf(options, false));
        }

        public bool IsPrefix(string source, string prefix) { return IsPrefix(source, prefix, CompareOptions.None); }

        public bool IsPrefix(string source, string prefix, CompareOptions options)
        {
            if (source == null) throw new ArgumentNullException("source");
            if (prefix == null) throw new ArgumentNullException("prefix");
            return source.StartsWith(prefix, ComparisonOf(options, false));
        }

        public bool IsSuffix(string source, string suffix) { return IsSuffix(source, suffix, CompareOptions.None); }

        public bool IsSuffix(string source, string suffix, CompareOptions options)
        {
            if (source == null) throw new ArgumentNullException("source");
            if (suffix == null) throw new ArgumentNullException("suffix");
            return source.EndsWith(suffix, ComparisonOf(options, false));
        }

        public int GetHashCode(string source, CompareOptions options)
        {
            if (source == null) throw new ArgumentNullException("source");
            StringComparison comparison = ComparisonOf(options, false);
            bool ignoreCase = comparison == StringComparison.OrdinalIgnoreCase || comparison == StringComparison.InvariantCultureIgnoreCase;
            return ignoreCase ? StringComparer.OrdinalIgnoreCase.GetHashCode(source) : source.GetHashCode();
        }

        public override bool Equals(object value) { return value is CompareInfo; }
        public override int GetHashCode() { return 0; }
        public override string ToString() { return "CompareInfo - "; }
    }
}
