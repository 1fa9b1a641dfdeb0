using System.Runtime.CompilerServices;

namespace System
{
    // Layout contract with the compiler and runtime: {type, _stringLength @8, chars @12, terminating 0}.
    // Constructors are extern: `newobj String::.ctor(args)` is compiled as a call to the static Ctor(args) below.
    public sealed class String : IComparable, IComparable<string>, IEquatable<string>
    {
        private int _stringLength;
        private char _firstChar;

        public static readonly string Empty = "";

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

        public static int CompareOrdinal(string a, string b)
        {
            if ((object)a == (object)b) return 0;
            if ((object)a == null) return -1;
            if ((object)b == null) return 1;
            int n = a.Length < b.Length ? a.Length : b.Length;
            for (int i = 0; i < n; i++)
            {
                int d = a[i] - b[i];
                if (d != 0) return d;
            }
            return a.Length - b.Length;
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

        public int IndexOf(char value)
        {
            for (int i = 0; i < Length; i++)
            {
                if (this[i] == value) return i;
            }
            return -1;
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

        public static string Concat(string str0, string str1, string str2)
        {
            return Concat(Concat(str0, str1), str2);
        }

        public static string Concat(string str0, string str1, string str2, string str3)
        {
            return Concat(Concat(str0, str1), Concat(str2, str3));
        }

        public static string Concat(params string[] values)
        {
            if (values == null) throw new ArgumentNullException("values");
            int total = 0;
            for (int i = 0; i < values.Length; i++)
            {
                if (values[i] != null) total += values[i].Length;
            }
            if (total == 0) return Empty;
            string s = FastAllocateString(total);
            int offset = 0;
            for (int i = 0; i < values.Length; i++)
            {
                string v = values[i];
                if (v != null)
                {
                    CopyInto(s, offset, v);
                    offset += v.Length;
                }
            }
            return s;
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
    }
}
