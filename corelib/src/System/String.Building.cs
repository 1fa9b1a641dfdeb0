namespace System
{
    // Building a new string from parts the way .NET does: measure the result first, allocate it once, copy every part
    // into it (no StringBuilder in between, no intermediate strings), and return the original when nothing changes.
    public sealed partial class String
    {
        public static string Concat(string str0, string str1, string str2)
        {
            if (IsNullOrEmpty(str0)) return Concat(str1, str2);
            if (IsNullOrEmpty(str1)) return Concat(str0, str2);
            if (IsNullOrEmpty(str2)) return Concat(str0, str1);
            string s = FastAllocateString(str0.Length + str1.Length + str2.Length);
            CopyInto(s, 0, str0);
            CopyInto(s, str0.Length, str1);
            CopyInto(s, str0.Length + str1.Length, str2);
            return s;
        }

        public static string Concat(string str0, string str1, string str2, string str3)
        {
            if (IsNullOrEmpty(str0)) return Concat(str1, str2, str3);
            if (IsNullOrEmpty(str1)) return Concat(str0, str2, str3);
            if (IsNullOrEmpty(str2)) return Concat(str0, str1, str3);
            if (IsNullOrEmpty(str3)) return Concat(str0, str1, str2);
            string s = FastAllocateString(str0.Length + str1.Length + str2.Length + str3.Length);
            CopyInto(s, 0, str0);
            CopyInto(s, str0.Length, str1);
            CopyInto(s, str0.Length + str1.Length, str2);
            CopyInto(s, str0.Length + str1.Length + str2.Length, str3);
            return s;
        }

        public static string Join(string separator, params string[] value)
        {
            if (value == null) throw new ArgumentNullException("value");
            return JoinCore(separator, value, 0, value.Length);
        }

        public static string Join(string separator, string[] value, int startIndex, int count)
        {
            if (value == null) throw new ArgumentNullException("value");
            if (startIndex < 0) throw new ArgumentOutOfRangeException("startIndex");
            if (count < 0) throw new ArgumentOutOfRangeException("count");
            if (startIndex > value.Length - count) throw new ArgumentOutOfRangeException("startIndex");
            return JoinCore(separator, value, startIndex, count);
        }

        // A null separator or element joins as "". (Concat of an array is a join with "".)
        private static unsafe string JoinCore(string separator, string[] value, int startIndex, int count)
        {
            if (count == 0) return Empty;
            if (separator == null) separator = Empty;
            if (count == 1) return value[startIndex] ?? Empty;
            long total = (long)separator._stringLength * (count - 1);
            for (int i = startIndex; i < startIndex + count; i++)
            {
                string part = value[i];
                if (part != null) total += part._stringLength;
            }
            if (total > int.MaxValue) throw new OutOfMemoryException();
            if (total == 0) return Empty;
            string result = FastAllocateString((int)total);
            fixed (char* start = &result._firstChar)
            fixed (char* sep = &separator._firstChar)
            {
                char* p = start;
                int separatorLength = separator._stringLength;
                for (int i = startIndex; i < startIndex + count; i++)
                {
                    if (i > startIndex)
                    {
                        CopyChars(p, sep, separatorLength);
                        p += separatorLength;
                    }
                    string part = value[i];
                    // another thread may change the array meanwhile: never write past the measured length
                    if (part == null) continue;
                    if (part._stringLength > start + total - p) throw new InvalidOperationException("The array changed while it was joined.");
                    fixed (char* text = &part._firstChar) CopyChars(p, text, part._stringLength);
                    p += part._stringLength;
                }
                if (p != start + total) throw new InvalidOperationException("The array changed while it was joined.");
            }
            return result;
        }

        public string Replace(char oldChar, char newChar)
        {
            int first = IndexOf(oldChar);
            if (first < 0) return this;
            string result = FastAllocateString(_stringLength);
            unsafe
            {
                fixed (char* src = &_firstChar)
                fixed (char* dst = &result._firstChar)
                {
                    CopyChars(dst, src, first);
                    for (int i = first; i < _stringLength; i++)
                    {
                        char c = src[i];
                        dst[i] = c == oldChar ? newChar : c;
                    }
                }
            }
            return result;
        }

        // Ordinal, left to right, matches do not overlap; counts the matches, then fills one new string.
        public unsafe string Replace(string oldValue, string newValue)
        {
            if (oldValue == null) throw new ArgumentNullException("oldValue");
            if (oldValue.Length == 0) throw new ArgumentException("String cannot be of zero length.", "oldValue");
            if (newValue == null) newValue = Empty;
            int oldLength = oldValue._stringLength, newLength = newValue._stringLength;
            fixed (char* text = &_firstChar)
            fixed (char* oldText = &oldValue._firstChar)
            fixed (char* newText = &newValue._firstChar)
            {
                int matches = 0;
                for (int at = 0; ; at += oldLength, matches++)
                {
                    int found = OrdinalIndexOf(text + at, _stringLength - at, oldText, oldLength);
                    if (found < 0) break;
                    at += found;
                }
                if (matches == 0) return this;
                long length = _stringLength + (long)matches * (newLength - oldLength);
                if (length > int.MaxValue) throw new OutOfMemoryException();
                if (length == 0) return Empty;
                string result = FastAllocateString((int)length);
                fixed (char* start = &result._firstChar)
                {
                    char* p = start;
                    int from = 0;
                    for (int m = 0; m < matches; m++)
                    {
                        int found = from + OrdinalIndexOf(text + from, _stringLength - from, oldText, oldLength);
                        CopyChars(p, text + from, found - from);
                        p += found - from;
                        CopyChars(p, newText, newLength);
                        p += newLength;
                        from = found + oldLength;
                    }
                    CopyChars(p, text + from, _stringLength - from);
                }
                return result;
            }
        }

        public string Trim() { return TrimWhiteSpace(true, true); }
        public string TrimStart() { return TrimWhiteSpace(true, false); }
        public string TrimEnd() { return TrimWhiteSpace(false, true); }

        // The common call, without a set of characters: only looks at the ends, and returns this string when neither
        // end is white space.
        private unsafe string TrimWhiteSpace(bool start, bool end)
        {
            int first = 0, last = _stringLength - 1;
            fixed (char* p = &_firstChar)
            {
                if (start) while (first <= last && char.IsWhiteSpace(p[first])) first++;
                if (end) while (last >= first && char.IsWhiteSpace(p[last])) last--;
            }
            return Trimmed(first, last - first + 1);
        }

        // Both ends found first, then one Substring (at most one new string).
        public string Trim(params char[] trimChars)
        {
            if (trimChars == null || trimChars.Length == 0) return TrimWhiteSpace(true, true);
            int start = 0;
            while (start < Length && IsTrimmed(this[start], trimChars)) start++;
            int end = Length;
            while (end > start && IsTrimmed(this[end - 1], trimChars)) end--;
            return Trimmed(start, end - start);
        }

        // As .NET's CreateTrimmedString: this string itself when nothing was trimmed (even when it is empty).
        private string Trimmed(int start, int length)
        {
            return length == _stringLength ? this : Substring(start, length);
        }

        public string Trim(char trimChar) { return Trim(new char[] { trimChar }); }
        public string TrimStart(char trimChar) { return TrimStart(new char[] { trimChar }); }
        public string TrimEnd(char trimChar) { return TrimEnd(new char[] { trimChar }); }

        public string TrimStart(params char[] trimChars)
        {
            if (trimChars == null || trimChars.Length == 0) return TrimWhiteSpace(true, false);
            int start = 0;
            while (start < Length && IsTrimmed(this[start], trimChars)) start++;
            return Trimmed(start, Length - start);
        }

        public string TrimEnd(params char[] trimChars)
        {
            if (trimChars == null || trimChars.Length == 0) return TrimWhiteSpace(false, true);
            int end = Length;
            while (end > 0 && IsTrimmed(this[end - 1], trimChars)) end--;
            return Trimmed(0, end);
        }

        private static bool IsTrimmed(char c, char[] trimChars)
        {
            for (int i = 0; i < trimChars.Length; i++) if (trimChars[i] == c) return true;
            return false;
        }
    }
}
