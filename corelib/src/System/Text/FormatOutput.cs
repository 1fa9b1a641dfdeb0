namespace System.Text
{
    // Where composite formatting (Formatter.AppendFormat) writes: a struct type argument, so that each output gets
    // its own copy of the parser with direct, inlinable appends.
    internal interface IFormatOutput
    {
        void Append(char c);
        void Append(char c, int repeat);
        void Append(string s, int start, int count);
        // value's decimal digits as int.ToString() and long.ToString() write them, without a string in between
        void AppendInteger(long value);
    }

    // StringBuilder.AppendFormat: straight into the builder (what was appended before a bad item stays, as in .NET).
    internal struct StringBuilderOutput : IFormatOutput
    {
        private readonly StringBuilder m_builder;
        internal StringBuilderOutput(StringBuilder builder) { m_builder = builder; }
        public void Append(char c) { m_builder.Append(c); }
        public void Append(char c, int repeat) { m_builder.Append(c, repeat); }
        public void Append(string s, int start, int count) { m_builder.Append(s, start, count); }
        public void AppendInteger(long value) { m_builder.Append(Number.Int64ToString(value)); }
    }

    // string.Format: the text is built in the caller's stack buffer (a heap array once it outgrows that) and becomes
    // one string at the end: no StringBuilder, no chunk, no string per integer item.
    internal unsafe struct FormatBuffer : IFormatOutput
    {
        private readonly char* m_stack;
        private readonly int m_stackCapacity;
        private char[] m_heap;
        private int m_length;

        internal FormatBuffer(char* stack, int capacity)
        {
            m_stack = stack;
            m_stackCapacity = capacity;
            m_heap = null;
            m_length = 0;
        }

        public void Append(char c)
        {
            if (m_heap == null && m_length < m_stackCapacity) m_stack[m_length++] = c;
            else Append(c, 1);
        }

        public void Append(char c, int repeat)
        {
            if (repeat <= 0) return;
            char* p = Reserve(repeat);
            for (int i = 0; i < repeat; i++) p[i] = c;
            Written(repeat);
        }

        public void Append(string s, int start, int count)
        {
            if (count <= 0) return;
            char* p = Reserve(count);
            fixed (char* source = s) string.CopyChars(p, source + start, count);
            Written(count);
        }

        public void AppendInteger(long value)
        {
            ulong magnitude = value < 0 ? (ulong)(-(value + 1)) + 1 : (ulong)value;
            int digits = Number.CountDigits(magnitude);
            int length = value < 0 ? digits + 1 : digits;
            char* p = Reserve(length);
            if (value < 0) p[0] = '-';
            Number.WriteDigits(p + length, magnitude);
            Written(length);
        }

        // Room for count more characters; the address is valid until Written (a heap array is pinned meanwhile
        // only by not being moved: Boehm's collector does not move objects).
        private char* Reserve(int count)
        {
            if (m_heap == null)
            {
                if (m_length + count <= m_stackCapacity) return m_stack + m_length;
                m_heap = new char[Math.Max(2 * m_stackCapacity, m_length + count)];
                fixed (char* heap = m_heap) string.CopyChars(heap, m_stack, m_length);
            }
            else if (m_length + count > m_heap.Length)
            {
                char[] larger = new char[Math.Max(2 * m_heap.Length, m_length + count)];
                Array.Copy(m_heap, larger, m_length);
                m_heap = larger;
            }
            fixed (char* heap = m_heap) return heap + m_length;
        }

        private void Written(int count) { m_length += count; }

        public override string ToString()
        {
            if (m_length == 0) return string.Empty;
            if (m_heap != null) return new string(m_heap, 0, m_length);
            string s = string.FastAllocateString(m_length);
            fixed (char* p = s) string.CopyChars(p, m_stack, m_length);
            return s;
        }
    }
}
