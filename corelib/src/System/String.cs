using System.Runtime.CompilerServices;

namespace System
{
    public enum StringSplitOptions { None = 0, RemoveEmptyEntries = 1, TrimEntries = 2 }

    // Layout contract with the compiler and runtime: {type, _stringLength @8, chars @12, terminating 0}.
    // Constructors are extern: `newobj String::.ctor(args)` is compiled as a call to the static Ctor(args) below.
    public sealed partial class String : IComparable, IComparable<string>, IEquatable<string>
    {
        private int _stringLength;
        private char _firstChar;

        public static readonly string Empty = "";

        // A string of length characters that are NOT cleared (only the terminating 0 is written): the caller writes
        // every one of them before anything else can see the string.
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern string FastAllocateString(int length);

        [MethodImpl(MethodImplOptions.InternalCall)]
        public extern String(char[] value);

        [MethodImpl(MethodImplOptions.InternalCall)]
        public extern String(char[] value, int startIndex, int length);

        [MethodImpl(MethodImplOptions.InternalCall)]
        public extern String(char c, int count);

        private static string Ctor(char[] value)
        {
            if (value == null || value.Length == 0) return Empty;
            return Ctor(value, 0, value.Length);
        }

        private static unsafe string Ctor(char[] value, int startIndex, int length)
        {
            if (value == null) throw new ArgumentNullException("value");
            if (startIndex < 0 || length < 0 || startIndex > value.Length - length)
                throw new ArgumentOutOfRangeException("startIndex");
            if (length == 0) return Empty;
            string s = FastAllocateString(length);
            fixed (char* dst = &s._firstChar)
            fixed (char* src = &value[startIndex])
            {
                Buffer.MemoryCopy(dst, src, (long)length * 2);
            }
            return s;
        }

        private static unsafe string Ctor(char c, int count)
        {
            if (count < 0) throw new ArgumentOutOfRangeException("count");
            if (count == 0) return Empty;
            string s = FastAllocateString(count);
            fixed (char* dst = &s._firstChar)
            {
                for (int i = 0; i < count; i++) dst[i] = c;
            }
            return s;
        }

        public int Length { get { return _stringLength; } }

        [System.Runtime.CompilerServices.IndexerName("Chars")]
        public unsafe char this[int index]
        {
            get
            {
                if ((uint)index >= (uint)_stringLength) throw new IndexOutOfRangeException();
                fixed (char* p = &_firstChar)
                {
                    return p[index];
                }
            }
        }

        public static bool IsNullOrEmpty(string value) { return value == null || value.Length == 0; }

        public override string ToString() { return this; }

        public override bool Equals(object obj) { return Equals(this, obj as string); }

        public bool Equals(string value) { return Equals(this, value); }

        public static unsafe bool Equals(string a, string b)
        {
            if ((object)a == (object)b) return true;
            if ((object)a == null || (object)b == null || a._stringLength != b._stringLength) return false;
            fixed (char* pa = &a._firstChar)
            fixed (char* pb = &b._firstChar)
            {
                for (int i = 0; i < a._stringLength; i++)
                {
                    if (pa[i] != pb[i]) return false;
                }
            }
            return true;
        }

        public static bool operator ==(string a, string b) { return Equals(a, b); }

        public static bool operator !=(string a, string b) { return !Equals(a, b); }

        public override unsafe int GetHashCode()
        {
            // FNV-1a over UTF-16 units: stable within a process, which is all .NET promises.
            int hash = unchecked((int)2166136261);
            fixed (char* p = &_firstChar)
            {
                for (int i = 0; i < _stringLength; i++)
                {
                    hash = (hash ^ p[i]) * 16777619;
                }
            }
            return hash;
        }

        // As .NET: most pairs differ in their first char, which is read without a loop (an empty string's is its
        // terminating 0, so "" against "x" is 0 - 'x', .NET's value); the rest is compared over pointers.
        public static int CompareOrdinal(string a, string b)
        {
            if ((object)a == (object)b) return 0;
            if ((object)a == null) return -1;
            if ((object)b == null) return 1;
            if (a._firstChar != b._firstChar) return a._firstChar - b._firstChar;
            return CompareOrdinalAfterFirst(a, b);
        }

        private static unsafe int CompareOrdinalAfterFirst(string a, string b)
        {
            int n = a._stringLength < b._stringLength ? a._stringLength : b._stringLength;
            fixed (char* pa = &a._firstChar)
            fixed (char* pb = &b._firstChar)
            {
                for (int i = 1; i < n; i++)
                {
                    int d = pa[i] - pb[i];
                    if (d != 0) return d;
                }
            }
            return a._stringLength - b._stringLength;
        }

        // Compares at most length characters of each string from the given indexes (fewer when a string ends).
        public static int CompareOrdinal(string strA, int indexA, string strB, int indexB, int length)
        {
            if ((object)strA == null || (object)strB == null) return (object)strA == (object)strB ? 0 : (object)strA == null ? -1 : 1;
            if (length < 0) throw new ArgumentOutOfRangeException("length");
            if (indexA < 0 || indexB < 0) throw new ArgumentOutOfRangeException(indexA < 0 ? "indexA" : "indexB");
            int lengthA = Math.Min(length, strA.Length - indexA);
            int lengthB = Math.Min(length, strB.Length - indexB);
            if (lengthA < 0 || lengthB < 0) throw new ArgumentOutOfRangeException(lengthA < 0 ? "indexA" : "indexB");
            int n = Math.Min(lengthA, lengthB);
            for (int i = 0; i < n; i++)
            {
                int d = strA[indexA + i] - strB[indexB + i];
                if (d != 0) return d;
            }
            return lengthA - lengthB;
        }

        public int CompareTo(object value)
        {
            if (value == null) return 1;
            string other = value as string;
            if (other == null) throw new ArgumentException("Object must be of type String.");
            return Compare(this, other);
        }

        public int CompareTo(string strB) { return Compare(this, strB); }

        // Culture-style order for ASCII text: letters compare case-insensitively first, then lower case before
        // upper case, as the invariant and en-US cultures do; other characters by code unit.
        public static int Compare(string strA, string strB)
        {
            if ((object)strA == (object)strB) return 0;
            if ((object)strA == null) return -1;
            if ((object)strB == null) return 1;
            int n = strA.Length < strB.Length ? strA.Length : strB.Length;
            int caseOrder = 0;
            for (int i = 0; i < n; i++)
            {
                char a = strA[i], b = strB[i];
                if (a == b) continue;
                char la = char.ToLower(a), lb = char.ToLower(b);
                if (la != lb) return la < lb ? -1 : 1;
                if (caseOrder == 0) caseOrder = char.IsLower(a) ? -1 : 1;
            }
            if (strA.Length != strB.Length) return strA.Length < strB.Length ? -1 : 1;
            return caseOrder;
        }

        public string Substring(int startIndex) { return Substring(startIndex, Length - startIndex); }

        public unsafe string Substring(int startIndex, int length)
        {
            if (startIndex < 0 || length < 0 || startIndex > Length - length)
                throw new ArgumentOutOfRangeException("startIndex");
            if (length == 0) return Empty;
            if (startIndex == 0 && length == Length) return this;
            string s = FastAllocateString(length);
            fixed (char* dst = &s._firstChar)
            fixed (char* src = &_firstChar)
            {
                Buffer.MemoryCopy(dst, src + startIndex, (long)length * 2);
            }
            return s;
        }

        public char[] ToCharArray()
        {
            char[] result = new char[Length];
            for (int i = 0; i < result.Length; i++) result[i] = this[i];
            return result;
        }

        // ---- concatenation (mcs calls these for +) ----

        private static unsafe void CopyInto(string destination, int offset, string source)
        {
            fixed (char* dst = &destination._firstChar)
            fixed (char* src = &source._firstChar)
            {
                Buffer.MemoryCopy(dst + offset, src, (long)source.Length * 2);
            }
        }

        public static string Concat(string str0, string str1)
        {
            if (IsNullOrEmpty(str0)) return str1 == null ? Empty : str1;
            if (IsNullOrEmpty(str1)) return str0;
            string s = FastAllocateString(str0.Length + str1.Length);
            CopyInto(s, 0, str0);
            CopyInto(s, str0.Length, str1);
            return s;
        }

        public static string Concat(params string[] values)
        {
            if (values == null) throw new ArgumentNullException("values");
            return JoinCore(Empty, values, 0, values.Length);
        }

        private static string Text(object value) { return value == null ? Empty : value.ToString(); }

        public static string Concat(object arg0) { return Text(arg0); }

        public static string Concat(object arg0, object arg1) { return Concat(Text(arg0), Text(arg1)); }

        public static string Concat(object arg0, object arg1, object arg2) { return Concat(Text(arg0), Text(arg1), Text(arg2)); }

        public static string Concat(params object[] args)
        {
            if (args == null) throw new ArgumentNullException("args");
            string[] texts = new string[args.Length];
            for (int i = 0; i < args.Length; i++) texts[i] = Text(args[i]);
            return Concat(texts);
        }

        // ---- searching ----

        // Searches backwards from startIndex (inclusive).
        public int LastIndexOf(char value, int startIndex)
        {
            if (Length == 0) return -1;
            if (startIndex < 0 || startIndex >= Length) throw new ArgumentOutOfRangeException("startIndex");
            for (int i = startIndex; i >= 0; i--) if (this[i] == value) return i;
            return -1;
        }

        public int LastIndexOf(char value)
        {
            for (int i = Length - 1; i >= 0; i--) if (this[i] == value) return i;
            return -1;
        }

        public int LastIndexOf(string value)
        {
            if (value == null) throw new ArgumentNullException("value");
            for (int i = Length - value.Length; i >= 0; i--) if (MatchesAt(i, value)) return i;
            return -1;
        }

        public int IndexOfAny(char[] anyOf)
        {
            for (int i = 0; i < Length; i++)
                for (int j = 0; j < anyOf.Length; j++)
                    if (this[i] == anyOf[j]) return i;
            return -1;
        }

        private bool MatchesAt(int index, string value)
        {
            for (int k = 0; k < value.Length; k++) if (this[index + k] != value[k]) return false;
            return true;
        }

        public bool StartsWith(string value)
        {
            if (value == null) throw new ArgumentNullException("value");
            return value.Length <= Length && MatchesAt(0, value);
        }

        public bool EndsWith(string value)
        {
            if (value == null) throw new ArgumentNullException("value");
            return value.Length <= Length && MatchesAt(Length - value.Length, value);
        }

        public bool StartsWith(char value) { return Length > 0 && this[0] == value; }
        public bool EndsWith(char value) { return Length > 0 && this[Length - 1] == value; }

        public static bool IsNullOrWhiteSpace(string value)
        {
            if (value == null) return true;
            for (int i = 0; i < value.Length; i++) if (!char.IsWhiteSpace(value[i])) return false;
            return true;
        }

        // ---- building new strings ----

        public string Insert(int startIndex, string value)
        {
            if (startIndex < 0 || startIndex > Length) throw new ArgumentOutOfRangeException("startIndex");
            return Substring(0, startIndex) + value + Substring(startIndex);
        }

        public string Remove(int startIndex) { return Substring(0, startIndex); }

        public string Remove(int startIndex, int count) { return Substring(0, startIndex) + Substring(startIndex + count); }

        public string PadLeft(int totalWidth) { return PadLeft(totalWidth, ' '); }

        public string PadLeft(int totalWidth, char paddingChar)
        {
            if (totalWidth < 0) throw new ArgumentOutOfRangeException("totalWidth");
            return totalWidth <= Length ? this : new string(paddingChar, totalWidth - Length) + this;
        }

        public string PadRight(int totalWidth) { return PadRight(totalWidth, ' '); }

        public string PadRight(int totalWidth, char paddingChar)
        {
            if (totalWidth < 0) throw new ArgumentOutOfRangeException("totalWidth");
            return totalWidth <= Length ? this : this + new string(paddingChar, totalWidth - Length);
        }

        public string ToUpper() { return ToUpperInvariant(); }
        public string ToLower() { return ToLowerInvariant(); }

        public string Normalize() { return System.Text.Normalization.Normalize(this, System.Text.NormalizationForm.FormC); }
        public string Normalize(System.Text.NormalizationForm normalizationForm) { return System.Text.Normalization.Normalize(this, normalizationForm); }
        public bool IsNormalized() { return System.Text.Normalization.IsNormalized(this, System.Text.NormalizationForm.FormC); }
        public bool IsNormalized(System.Text.NormalizationForm normalizationForm) { return System.Text.Normalization.IsNormalized(this, normalizationForm); }

        public string ToUpperInvariant() { return ChangeCase(true); }
        public string ToLowerInvariant() { return ChangeCase(false); }

        // Simple case mapping of every code point, as .NET's invariant casing: a surrogate pair maps as the code
        // point it encodes (Deseret, Osage, Adlam... have case), a lone surrogate stays as it is.
        private string ChangeCase(bool upper)
        {
            char[] chars = ToCharArray();
            for (int i = 0; i < chars.Length; i++)
            {
                char c = chars[i];
                if (char.IsHighSurrogate(c) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]))
                {
                    int codePoint = char.ConvertToUtf32(c, chars[i + 1]);
                    int mapped = upper ? CharCategory.ToUpper(codePoint) : CharCategory.ToLower(codePoint);
                    if (mapped >= 0x10000)
                    {
                        chars[i] = (char)(0xd800 + ((mapped - 0x10000) >> 10));
                        chars[i + 1] = (char)(0xdc00 + ((mapped - 0x10000) & 0x3ff));
                    }
                    i++;
                }
                else chars[i] = upper ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c);
            }
            return new string(chars);
        }

        public string[] Split(params char[] separator) { return Split(separator, int.MaxValue, StringSplitOptions.None); }

        public string[] Split(char separator, StringSplitOptions options) { return Split(new char[] { separator }, int.MaxValue, options); }

        public string[] Split(char[] separator, StringSplitOptions options) { return Split(separator, int.MaxValue, options); }

        public string[] Split(char[] separator, int count, StringSplitOptions options)
        {
            System.Collections.Generic.List<string> parts = new System.Collections.Generic.List<string>();
            int start = 0;
            for (int i = 0; i <= Length; i++)
            {
                if (parts.Count == count - 1) { i = Length; }
                if (i == Length || IsSeparator(this[i], separator))
                {
                    string part = Substring(start, i - start);
                    if (options != StringSplitOptions.RemoveEmptyEntries || part.Length > 0) parts.Add(part);
                    start = i + 1;
                }
            }
            return parts.ToArray();
        }

        public string[] Split(string[] separator, StringSplitOptions options)
        {
            System.Collections.Generic.List<string> parts = new System.Collections.Generic.List<string>();
            int start = 0;
            int i = 0;
            while (i <= Length)
            {
                int matched = -1;
                if (i < Length)
                {
                    for (int s = 0; s < separator.Length; s++)
                    {
                        string sep = separator[s];
                        if (!string.IsNullOrEmpty(sep) && i + sep.Length <= Length && MatchesAt(i, sep)) { matched = sep.Length; break; }
                    }
                }
                if (i == Length || matched > 0)
                {
                    string part = Substring(start, i - start);
                    if (options != StringSplitOptions.RemoveEmptyEntries || part.Length > 0) parts.Add(part);
                    if (i == Length) break;
                    i += matched;
                    start = i;
                }
                else i++;
            }
            return parts.ToArray();
        }

        private static bool IsSeparator(char c, char[] separator)
        {
            if (separator == null || separator.Length == 0) return char.IsWhiteSpace(c);
            for (int i = 0; i < separator.Length; i++) if (separator[i] == c) return true;
            return false;
        }

        public static string Join(string separator, params object[] values)
        {
            System.Text.StringBuilder sb = new System.Text.StringBuilder();
            for (int i = 0; i < values.Length; i++)
            {
                if (i > 0) sb.Append(separator);
                if (values[i] != null) sb.Append(values[i].ToString());
            }
            return sb.ToString();
        }

        public static string Join<T>(string separator, System.Collections.Generic.IEnumerable<T> values)
        {
            System.Text.StringBuilder sb = new System.Text.StringBuilder();
            bool first = true;
            foreach (T v in values)
            {
                if (!first) sb.Append(separator);
                first = false;
                if (v != null) sb.Append(v.ToString());
            }
            return sb.ToString();
        }

        public static string Join(string separator, System.Collections.Generic.IEnumerable<string> values)
        {
            return Join<string>(separator, values);
        }

        public static string Concat(System.Collections.Generic.IEnumerable<string> values) { return Join<string>("", values); }

        // ---- formatting ----

        public static string Format(string format, object arg0) { return System.Text.Formatter.Format(format, 1, arg0, null, null); }
        public static string Format(string format, object arg0, object arg1) { return System.Text.Formatter.Format(format, 2, arg0, arg1, null); }
        public static string Format(string format, object arg0, object arg1, object arg2) { return System.Text.Formatter.Format(format, 3, arg0, arg1, arg2); }
        public static string Format(string format, params object[] args) { return System.Text.Formatter.Format(format, args); }
    }
}
