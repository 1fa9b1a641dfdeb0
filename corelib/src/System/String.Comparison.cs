using System.Globalization;

namespace System
{
    public enum StringComparison
    {
        CurrentCulture = 0,
        CurrentCultureIgnoreCase = 1,
        InvariantCulture = 2,
        InvariantCultureIgnoreCase = 3,
        Ordinal = 4,
        OrdinalIgnoreCase = 5,
    }

    // The StringComparison overloads and the remaining searching, slicing and splitting overloads everyday code uses.
    // Culture comparisons order as String.Compare does (the invariant culture); searches and equality under a
    // culture match code unit by code unit, as they do for ASCII text; ignoring case compares upper-cased chars, as
    // .NET's ordinal ignore-case comparison does.
    public sealed partial class String
    {
        private static void CheckComparison(StringComparison comparisonType)
        {
            if ((uint)comparisonType > (uint)StringComparison.OrdinalIgnoreCase)
                throw new ArgumentException("The string comparison type passed in is currently not supported.", "comparisonType");
        }

        private static bool IgnoresCase(StringComparison comparisonType)
        {
            CheckComparison(comparisonType);
            return comparisonType == StringComparison.CurrentCultureIgnoreCase || comparisonType == StringComparison.InvariantCultureIgnoreCase
                || comparisonType == StringComparison.OrdinalIgnoreCase;
        }

        private bool MatchesAt(int index, string value, bool ignoreCase)
        {
            if (!ignoreCase) return MatchesAt(index, value);
            for (int k = 0; k < value.Length; k++)
                if (char.ToUpperInvariant(this[index + k]) != char.ToUpperInvariant(value[k])) return false;
            return true;
        }

        public static int Compare(string strA, string strB, StringComparison comparisonType)
        {
            CheckComparison(comparisonType);
            switch (comparisonType)
            {
                case StringComparison.Ordinal: return CompareOrdinal(strA, strB);
                case StringComparison.OrdinalIgnoreCase: return StringComparer.OrdinalIgnoreCase.Compare(strA, strB);
                case StringComparison.CurrentCultureIgnoreCase:
                case StringComparison.InvariantCultureIgnoreCase: return StringComparer.InvariantCultureIgnoreCase.Compare(strA, strB);
                default: return Compare(strA, strB);
            }
        }

        public static int Compare(string strA, string strB, bool ignoreCase)
        {
            return Compare(strA, strB, ignoreCase ? StringComparison.CurrentCultureIgnoreCase : StringComparison.CurrentCulture);
        }

        public static int Compare(string strA, string strB, bool ignoreCase, CultureInfo culture) { return Compare(strA, strB, ignoreCase); }

        public static int Compare(string strA, string strB, CultureInfo culture, CompareOptions options)
        {
            if ((options & CompareOptions.Ordinal) != 0) return CompareOrdinal(strA, strB);
            if ((options & CompareOptions.OrdinalIgnoreCase) != 0) return Compare(strA, strB, StringComparison.OrdinalIgnoreCase);
            return Compare(strA, strB, (options & CompareOptions.IgnoreCase) != 0);
        }

        // Compares at most length characters of each string from the given indexes.
        public static int Compare(string strA, int indexA, string strB, int indexB, int length, StringComparison comparisonType)
        {
            CheckComparison(comparisonType);
            if ((object)strA == null || (object)strB == null) return (object)strA == (object)strB ? 0 : (object)strA == null ? -1 : 1;
            if (length < 0) throw new ArgumentOutOfRangeException("length");
            if (indexA < 0 || indexB < 0 || indexA > strA.Length || indexB > strB.Length) throw new ArgumentOutOfRangeException(indexA < 0 || indexA > strA.Length ? "indexA" : "indexB");
            return Compare(strA.Substring(indexA, Math.Min(length, strA.Length - indexA)), strB.Substring(indexB, Math.Min(length, strB.Length - indexB)), comparisonType);
        }

        public static int Compare(string strA, int indexA, string strB, int indexB, int length)
        {
            return Compare(strA, indexA, strB, indexB, length, StringComparison.CurrentCulture);
        }

        public static int Compare(string strA, int indexA, string strB, int indexB, int length, bool ignoreCase)
        {
            return Compare(strA, indexA, strB, indexB, length, ignoreCase ? StringComparison.CurrentCultureIgnoreCase : StringComparison.CurrentCulture);
        }

        public bool Equals(string value, StringComparison comparisonType) { return Equals(this, value, comparisonType); }

        public static bool Equals(string a, string b, StringComparison comparisonType)
        {
            bool ignoreCase = IgnoresCase(comparisonType);
            if ((object)a == (object)b) return true;
            if ((object)a == null || (object)b == null || a.Length != b.Length) return false;
            return a.MatchesAt(0, b, ignoreCase);
        }

        public bool StartsWith(string value, StringComparison comparisonType)
        {
            if (value == null) throw new ArgumentNullException("value");
            if (comparisonType == StringComparison.Ordinal) return StartsWithOrdinal(value);
            return value.Length <= Length && MatchesAt(0, value, IgnoresCase(comparisonType));
        }

        // Ordinal prefixes, the common case, without the general path's calls: the first chars decide most tests (a
        // string's terminating 0 makes that read safe for "" too).
        private unsafe bool StartsWithOrdinal(string value)
        {
            int length = value._stringLength;
            if (length > _stringLength) return false;
            if (length == 0) return true;
            if (_firstChar != value._firstChar) return false;
            fixed (char* p = &_firstChar)
            fixed (char* v = &value._firstChar)
            {
                for (int i = 1; i < length; i++) if (p[i] != v[i]) return false;
            }
            return true;
        }

        public bool EndsWith(string value, StringComparison comparisonType)
        {
            if (value == null) throw new ArgumentNullException("value");
            return value.Length <= Length && MatchesAt(Length - value.Length, value, IgnoresCase(comparisonType));
        }

        public bool StartsWith(string value, bool ignoreCase, CultureInfo culture)
        {
            return StartsWith(value, ignoreCase ? StringComparison.CurrentCultureIgnoreCase : StringComparison.CurrentCulture);
        }

        public bool EndsWith(string value, bool ignoreCase, CultureInfo culture)
        {
            return EndsWith(value, ignoreCase ? StringComparison.CurrentCultureIgnoreCase : StringComparison.CurrentCulture);
        }

        public bool Contains(string value, StringComparison comparisonType) { return IndexOf(value, comparisonType) >= 0; }

        public int IndexOf(string value, StringComparison comparisonType) { return IndexOf(value, 0, Length, comparisonType); }

        public int IndexOf(string value, int startIndex, StringComparison comparisonType)
        {
            if (startIndex < 0 || startIndex > Length) throw new ArgumentOutOfRangeException("startIndex");
            return IndexOf(value, startIndex, Length - startIndex, comparisonType);
        }

        public int IndexOf(string value, int startIndex, int count, StringComparison comparisonType)
        {
            if (value == null) throw new ArgumentNullException("value");
            if (startIndex < 0 || startIndex > Length) throw new ArgumentOutOfRangeException("startIndex");
            if (count < 0 || count > Length - startIndex) throw new ArgumentOutOfRangeException("count");
            bool ignoreCase = IgnoresCase(comparisonType);
            if (!ignoreCase) return OrdinalIndexOf(value, startIndex, count);
            for (int i = startIndex; i + value.Length <= startIndex + count; i++) if (MatchesAt(i, value, ignoreCase)) return i;
            return -1;
        }

        public int LastIndexOf(string value, StringComparison comparisonType)
        {
            return LastIndexOf(value, Length - 1, Length, comparisonType);
        }

        public int LastIndexOf(string value, int startIndex) { return LastIndexOf(value, startIndex, startIndex + 1, StringComparison.CurrentCulture); }

        public int LastIndexOf(string value, int startIndex, int count) { return LastIndexOf(value, startIndex, count, StringComparison.CurrentCulture); }

        public int LastIndexOf(string value, int startIndex, StringComparison comparisonType)
        {
            return LastIndexOf(value, startIndex, startIndex + 1, comparisonType);
        }

        // Searches the count characters ending at startIndex (inclusive) for a match that lies entirely inside them.
        public int LastIndexOf(string value, int startIndex, int count, StringComparison comparisonType)
        {
            if (value == null) throw new ArgumentNullException("value");
            bool ignoreCase = IgnoresCase(comparisonType);
            if (Length == 0 && (startIndex == -1 || startIndex == 0)) return value.Length == 0 ? 0 : -1;
            if (startIndex == Length) { startIndex--; if (count > 0) count--; }
            if (startIndex < 0 || startIndex >= Length) throw new ArgumentOutOfRangeException("startIndex");
            if (count < 0 || startIndex - count + 1 < 0) throw new ArgumentOutOfRangeException("count");
            if (value.Length == 0) return startIndex;
            int lowest = startIndex - count + 1;
            for (int i = startIndex - value.Length + 1; i >= lowest; i--) if (MatchesAt(i, value, ignoreCase)) return i;
            return -1;
        }

        public int LastIndexOf(char value, int startIndex, int count)
        {
            if (Length == 0) return -1;
            if (startIndex < 0 || startIndex >= Length) throw new ArgumentOutOfRangeException("startIndex");
            if (count < 0 || count - 1 > startIndex) throw new ArgumentOutOfRangeException("count");
            for (int i = startIndex; i > startIndex - count; i--) if (this[i] == value) return i;
            return -1;
        }

        public int IndexOfAny(char[] anyOf, int startIndex) { return IndexOfAny(anyOf, startIndex, Length - startIndex); }

        public int IndexOfAny(char[] anyOf, int startIndex, int count)
        {
            if (anyOf == null) throw new ArgumentNullException("anyOf");
            if (startIndex < 0 || startIndex > Length) throw new ArgumentOutOfRangeException("startIndex");
            if (count < 0 || count > Length - startIndex) throw new ArgumentOutOfRangeException("count");
            for (int i = startIndex; i < startIndex + count; i++)
                if (Array.IndexOf(anyOf, this[i]) >= 0) return i;
            return -1;
        }

        public int LastIndexOfAny(char[] anyOf) { return LastIndexOfAny(anyOf, Length - 1, Length); }

        public int LastIndexOfAny(char[] anyOf, int startIndex) { return LastIndexOfAny(anyOf, startIndex, startIndex + 1); }

        public int LastIndexOfAny(char[] anyOf, int startIndex, int count)
        {
            if (anyOf == null) throw new ArgumentNullException("anyOf");
            if (Length == 0) return -1;
            if (startIndex < 0 || startIndex >= Length) throw new ArgumentOutOfRangeException("startIndex");
            if (count < 0 || count - 1 > startIndex) throw new ArgumentOutOfRangeException("count");
            for (int i = startIndex; i > startIndex - count; i--)
                if (Array.IndexOf(anyOf, this[i]) >= 0) return i;
            return -1;
        }

        public char[] ToCharArray(int startIndex, int length)
        {
            if (startIndex < 0 || startIndex > Length || startIndex > Length - length) throw new ArgumentOutOfRangeException("startIndex");
            if (length < 0) throw new ArgumentOutOfRangeException("length");
            char[] result = new char[length];
            for (int i = 0; i < length; i++) result[i] = this[startIndex + i];
            return result;
        }

        public void CopyTo(int sourceIndex, char[] destination, int destinationIndex, int count)
        {
            if (destination == null) throw new ArgumentNullException("destination");
            if (count < 0) throw new ArgumentOutOfRangeException("count");
            if (sourceIndex < 0 || sourceIndex > Length - count) throw new ArgumentOutOfRangeException("sourceIndex");
            if (destinationIndex < 0 || destinationIndex > destination.Length - count) throw new ArgumentOutOfRangeException("destinationIndex");
            for (int i = 0; i < count; i++) destination[destinationIndex + i] = this[sourceIndex + i];
        }

        public string[] Split(char[] separator, int count) { return Split(separator, count, StringSplitOptions.None); }

        public string[] Split(char separator, int count, StringSplitOptions options) { return Split(new char[] { separator }, count, options); }

        public string[] Split(string separator, StringSplitOptions options) { return Split(new string[] { separator ?? "" }, options); }

        public string[] Split(string[] separator, int count, StringSplitOptions options)
        {
            if (count < 0) throw new ArgumentOutOfRangeException("count");
            string[] all = Split(separator, options);
            if (all.Length <= count) return all;
            if (count == 0) return new string[0];
            // the last part is the rest of the string from where the count-th part starts
            string[] result = new string[count];
            Array.Copy(all, result, count - 1);
            int at = 0;
            for (int i = 0; i < count - 1; i++)
            {
                at = IndexOf(all[i], at, StringComparison.Ordinal) + all[i].Length;
                int next = -1;
                for (int s = 0; s < separator.Length; s++)
                    if (!IsNullOrEmpty(separator[s]) && at + separator[s].Length <= Length && MatchesAt(at, separator[s])) { next = separator[s].Length; break; }
                if (next > 0) at += next;
                if (options == StringSplitOptions.RemoveEmptyEntries)
                    while (true)
                    {
                        int skip = -1;
                        for (int s = 0; s < separator.Length; s++)
                            if (!IsNullOrEmpty(separator[s]) && at + separator[s].Length <= Length && MatchesAt(at, separator[s])) { skip = separator[s].Length; break; }
                        if (skip <= 0) break;
                        at += skip;
                    }
            }
            result[count - 1] = Substring(at);
            return result;
        }

        public string Replace(string oldValue, string newValue, StringComparison comparisonType)
        {
            if (oldValue == null) throw new ArgumentNullException("oldValue");
            if (oldValue.Length == 0) throw new ArgumentException("String cannot be of zero length.", "oldValue");
            bool ignoreCase = IgnoresCase(comparisonType);
            System.Text.StringBuilder sb = new System.Text.StringBuilder();
            int i = 0;
            while (i < Length)
            {
                if (i + oldValue.Length <= Length && MatchesAt(i, oldValue, ignoreCase))
                {
                    sb.Append(newValue);
                    i += oldValue.Length;
                }
                else sb.Append(this[i++]);
            }
            return sb.ToString();
        }

        public string ToUpper(CultureInfo culture) { return ToUpperInvariant(); }
        public string ToLower(CultureInfo culture) { return ToLowerInvariant(); }

        public static string Concat<T>(System.Collections.Generic.IEnumerable<T> values) { return Join<T>("", values); }

        public static string Join(char separator, params string[] value) { return Join(separator.ToString(), value); }
        public static string Join(char separator, params object[] values) { return Join(separator.ToString(), values); }
        public static string Join<T>(char separator, System.Collections.Generic.IEnumerable<T> values) { return Join<T>(separator.ToString(), values); }

        public static string Format(IFormatProvider provider, string format, object arg0) { return Format(format, arg0); }
        public static string Format(IFormatProvider provider, string format, object arg0, object arg1) { return Format(format, arg0, arg1); }
        public static string Format(IFormatProvider provider, string format, object arg0, object arg1, object arg2) { return Format(format, arg0, arg1, arg2); }
        public static string Format(IFormatProvider provider, string format, params object[] args) { return Format(format, args); }
    }
}

namespace System.Globalization
{
    [Flags]
    public enum CompareOptions
    {
        None = 0,
        IgnoreCase = 1,
        IgnoreNonSpace = 2,
        IgnoreSymbols = 4,
        IgnoreKanaType = 8,
        IgnoreWidth = 16,
        OrdinalIgnoreCase = 0x10000000,
        StringSort = 0x20000000,
        Ordinal = 0x40000000,
    }
}
