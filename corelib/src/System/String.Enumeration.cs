using System.Collections;
using System.Collections.Generic;

namespace System
{
    // A string is a sequence of its chars, so LINQ works on it ("abc".Select(...), text.Count(char.IsDigit)).
    // (C# compiles `foreach` over a string to indexing, without this enumerator.)
    public sealed partial class String : IEnumerable<char>
    {
        public CharEnumerator GetEnumerator() { return new CharEnumerator(this); }
        IEnumerator<char> IEnumerable<char>.GetEnumerator() { return new CharEnumerator(this); }
        IEnumerator IEnumerable.GetEnumerator() { return new CharEnumerator(this); }
    }

    public sealed class CharEnumerator : IEnumerator<char>, ICloneable
    {
        private string m_text;
        private int m_index = -1;
        private char m_current;

        internal CharEnumerator(string text) { m_text = text; }

        public object Clone() { return MemberwiseClone(); }

        public bool MoveNext()
        {
            if (m_index < m_text.Length - 1)
            {
                m_current = m_text[++m_index];
                return true;
            }
            m_index = m_text.Length;
            return false;
        }

        public char Current
        {
            get
            {
                if (m_index == -1) throw new InvalidOperationException("Enumeration has not started. Call MoveNext.");
                if (m_index >= m_text.Length) throw new InvalidOperationException("Enumeration already finished.");
                return m_current;
            }
        }

        object IEnumerator.Current { get { return Current; } }

        public void Reset()
        {
            m_current = (char)0;
            m_index = -1;
        }

        public void Dispose() { }
    }
}
