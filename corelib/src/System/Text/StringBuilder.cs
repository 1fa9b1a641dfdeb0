namespace System.Text
{
    public sealed class StringBuilder
    {
        private char[] m_chars;
        private int m_length;

        public StringBuilder() { m_chars = new char[16]; }
        public StringBuilder(int capacity) { m_chars = new char[capacity < 1 ? 1 : capacity]; }
        public StringBuilder(string value) : this(value == null ? 16 : value.Length + 16) { Append(value); }

        public int Length
        {
            get { return m_length; }
            set
            {
                if (value < 0) throw new ArgumentOutOfRangeException("value");
                Ensure(value);
                for (int i = m_length; i < value; i++) m_chars[i] = '\0';
                m_length = value;
            }
        }

        public int Capacity { get { return m_chars.Length; } }

        public char this[int index]
        {
            get
            {
                if ((uint)index >= (uint)m_length) throw new IndexOutOfRangeException();
                return m_chars[index];
            }
            set
            {
                if ((uint)index >= (uint)m_length) throw new IndexOutOfRangeException();
                m_chars[index] = value;
            }
        }

        private void Ensure(int capacity)
        {
            if (capacity <= m_chars.Length) return;
            int size = m_chars.Length * 2;
            if (size < capacity) size = capacity;
            char[] bigger = new char[size];
            for (int i = 0; i < m_length; i++) bigger[i] = m_chars[i];
            m_chars = bigger;
        }

        public StringBuilder Append(string value)
        {
            if (value == null) return this;
            Ensure(m_length + value.Length);
            for (int i = 0; i < value.Length; i++) m_chars[m_length + i] = value[i];
            m_length += value.Length;
            return this;
        }

        public StringBuilder Append(char value)
        {
            Ensure(m_length + 1);
            m_chars[m_length++] = value;
            return this;
        }

        public StringBuilder Append(char value, int repeatCount)
        {
            for (int i = 0; i < repeatCount; i++) Append(value);
            return this;
        }

        public StringBuilder Append(char[] value)
        {
            if (value != null) for (int i = 0; i < value.Length; i++) Append(value[i]);
            return this;
        }

        public StringBuilder Append(string value, int startIndex, int count) { return Append(value.Substring(startIndex, count)); }
        public StringBuilder Append(object value) { return value == null ? this : Append(value.ToString()); }
        public StringBuilder Append(bool value) { return Append(value ? "True" : "False"); }
        public StringBuilder Append(int value) { return Append(value.ToString()); }
        public StringBuilder Append(long value) { return Append(value.ToString()); }
        public StringBuilder Append(uint value) { return Append(value.ToString()); }
        public StringBuilder Append(ulong value) { return Append(value.ToString()); }
        public StringBuilder Append(double value) { return Append(value.ToString()); }
        public StringBuilder Append(float value) { return Append(value.ToString()); }
        public StringBuilder Append(decimal value) { return Append(value.ToString()); }
        public StringBuilder Append(short value) { return Append(value.ToString()); }
        public StringBuilder Append(byte value) { return Append(value.ToString()); }
        public StringBuilder Append(StringBuilder value) { return value == null ? this : Append(value.ToString()); }

        public StringBuilder AppendLine() { return Append('\n'); }
        public StringBuilder AppendLine(string value) { return Append(value).Append('\n'); }

        public StringBuilder AppendFormat(string format, object arg0) { return Append(string.Format(format, arg0)); }
        public StringBuilder AppendFormat(string format, object arg0, object arg1) { return Append(string.Format(format, arg0, arg1)); }
        public StringBuilder AppendFormat(string format, object arg0, object arg1, object arg2) { return Append(string.Format(format, arg0, arg1, arg2)); }
        public StringBuilder AppendFormat(string format, params object[] args) { return Append(string.Format(format, args)); }

        public StringBuilder Insert(int index, string value)
        {
            if ((uint)index > (uint)m_length) throw new ArgumentOutOfRangeException("index");
            if (value == null) return this;
            Ensure(m_length + value.Length);
            for (int i = m_length - 1; i >= index; i--) m_chars[i + value.Length] = m_chars[i];
            for (int i = 0; i < value.Length; i++) m_chars[index + i] = value[i];
            m_length += value.Length;
            return this;
        }

        public StringBuilder Insert(int index, char value) { return Insert(index, new string(value, 1)); }
        public StringBuilder Insert(int index, object value) { return Insert(index, value == null ? null : value.ToString()); }

        public StringBuilder Remove(int startIndex, int length)
        {
            if (startIndex < 0 || length < 0 || startIndex > m_length - length) throw new ArgumentOutOfRangeException("startIndex");
            for (int i = startIndex; i + length < m_length; i++) m_chars[i] = m_chars[i + length];
            m_length -= length;
            return this;
        }

        public StringBuilder Replace(string oldValue, string newValue)
        {
            string replaced = ToString().Replace(oldValue, newValue);
            m_length = 0;
            return Append(replaced);
        }

        public StringBuilder Replace(char oldChar, char newChar)
        {
            for (int i = 0; i < m_length; i++) if (m_chars[i] == oldChar) m_chars[i] = newChar;
            return this;
        }

        public StringBuilder Clear()
        {
            m_length = 0;
            return this;
        }

        public override string ToString() { return new string(m_chars, 0, m_length); }

        public string ToString(int startIndex, int length) { return new string(m_chars, startIndex, length); }
    }
}
