using System.Collections.Generic;

namespace System
{
    // The comparers collections are commonly built with. Culture comparisons use String.Compare's invariant-style
    // order; ignoring case compares upper-cased text, as .NET's ordinal ignore-case comparison does.
    public abstract class StringComparer : IComparer<string>, IEqualityComparer<string>, System.Collections.IComparer, System.Collections.IEqualityComparer
    {
        public int Compare(object x, object y)
        {
            if (x == y) return 0;
            if (x == null) return -1;
            if (y == null) return 1;
            string a = x as string, b = y as string;
            if (a != null && b != null) return Compare(a, b);
            IComparable c = x as IComparable;
            if (c != null) return c.CompareTo(y);
            throw new ArgumentException("At least one object must implement IComparable.");
        }

        public new bool Equals(object x, object y)
        {
            if (x == y) return true;
            if (x == null || y == null) return false;
            string a = x as string, b = y as string;
            if (a != null && b != null) return Equals(a, b);
            return x.Equals(y);
        }

        public int GetHashCode(object obj)
        {
            if (obj == null) throw new ArgumentNullException("obj");
            string s = obj as string;
            return s != null ? GetHashCode(s) : obj.GetHashCode();
        }

        private static readonly StringComparer s_ordinal = new OrdinalComparer(false);
        private static readonly StringComparer s_ordinalIgnoreCase = new OrdinalComparer(true);
        private static readonly StringComparer s_culture = new CultureComparer(false);
        private static readonly StringComparer s_cultureIgnoreCase = new CultureComparer(true);

        public static StringComparer Ordinal { get { return s_ordinal; } }
        public static StringComparer OrdinalIgnoreCase { get { return s_ordinalIgnoreCase; } }
        public static StringComparer InvariantCulture { get { return s_culture; } }
        public static StringComparer InvariantCultureIgnoreCase { get { return s_cultureIgnoreCase; } }
        public static StringComparer CurrentCulture { get { return s_culture; } }
        public static StringComparer CurrentCultureIgnoreCase { get { return s_cultureIgnoreCase; } }

        public abstract int Compare(string x, string y);
        public abstract bool Equals(string x, string y);
        public abstract int GetHashCode(string obj);

        private sealed class OrdinalComparer : StringComparer
        {
            private readonly bool m_ignoreCase;

            internal OrdinalComparer(bool ignoreCase) { m_ignoreCase = ignoreCase; }

            public override int Compare(string x, string y)
            {
                if (!m_ignoreCase || x == null || y == null) return string.CompareOrdinal(x, y);
                return string.CompareOrdinal(x.ToUpperInvariant(), y.ToUpperInvariant());
            }

            public override bool Equals(string x, string y)
            {
                if (!m_ignoreCase || x == null || y == null) return string.Equals(x, y);
                return x.Length == y.Length && string.Equals(x.ToUpperInvariant(), y.ToUpperInvariant());
            }

            public override int GetHashCode(string obj)
            {
                if (obj == null) throw new ArgumentNullException("obj");
                return m_ignoreCase ? obj.ToUpperInvariant().GetHashCode() : obj.GetHashCode();
            }
        }

        private sealed class CultureComparer : StringComparer
        {
            private readonly bool m_ignoreCase;

            internal CultureComparer(bool ignoreCase) { m_ignoreCase = ignoreCase; }

            public override int Compare(string x, string y)
            {
                if (!m_ignoreCase || x == null || y == null) return string.Compare(x, y);
                return string.Compare(x.ToLowerInvariant(), y.ToLowerInvariant());
            }

            public override bool Equals(string x, string y) { return Compare(x, y) == 0; }

            public override int GetHashCode(string obj)
            {
                if (obj == null) throw new ArgumentNullException("obj");
                return m_ignoreCase ? obj.ToLowerInvariant().GetHashCode() : obj.GetHashCode();
            }
        }
    }
}
