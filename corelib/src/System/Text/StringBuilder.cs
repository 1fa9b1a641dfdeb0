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

        public StringBuilder(string value, int capacity) : this(Math.Max(capacity, value == null ? 0 : value.Length)) { Append(value); }
        public StringBuilder(int capacity, int maxCapacity) : this(capacity) { }
        public StringBuilder(string value, int startIndex, int length, int capacity) : this(Math.Max(capacity, length))
        {
            Append(value ?? "", startIndex, length);
        }

        public int Capacity
        {
            get { return m_chars.Length; }
            set
            {
                if (value < m_length) throw new ArgumentOutOfRangeException("value", "Capacity cannot be less than the current size.");
                if (value == m_chars.Length) return;
                char[] resized = new char[value < 1 ? 1 : value];
                for (int i = 0; i < m_length; i++) resized[i] = m_chars[i];
                m_chars = resized;
            }
        }

        public int MaxCapacity { get { return int.MaxValue; } }

        public int EnsureCapacity(int capacity)
        {
            if (capacity < 0) throw new ArgumentOutOfRangeException("capacity");
            Ensure(capacity);
            return m_chars.Length;
        }

        [System.Runtime.CompilerServices.IndexerName("Chars")]
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
            if (capacity > m_chars.Length) Grow(capacity);
        }

        private unsafe void Grow(int capacity)
        {
            int size = m_chars.Length * 2;
            if (size < capacity) size = capacity;
            char[] bigger = new char[size];
            fixed (char* dst = bigger)
            fixed (char* src = m_chars)
            {
                string.CopyChars(dst, src, m_length);
            }
            m_chars = bigger;
        }

        // The characters are copied through pointers: no bounds check per character.
        private unsafe void AppendChars(char* chars, int count)
        {
            if (count == 0) return;
            Ensure(m_length + count);
            fixed (char* dst = m_chars) string.CopyChars(dst + m_length, chars, count);
            m_length += count;
        }

        public unsafe StringBuilder Append(string value)
        {
            if (value == null) return this;
            fixed (char* chars = value) AppendChars(chars, value.Length);
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
            if (repeatCount < 0) throw new ArgumentOutOfRangeException("repeatCount");
            Ensure(m_length + repeatCount);
            char[] chars = m_chars;
            for (int i = m_length; i < m_length + repeatCount; i++) chars[i] = value;
            m_length += repeatCount;
            return this;
        }

        public unsafe StringBuilder Append(char[] value)
        {
            if (value != null && value.Length > 0)
            {
                fixed (char* chars = value) AppendChars(chars, value.Length);
            }
            return this;
        }

        public StringBuilder Append(char[] value, int startIndex, int charCount)
        {
            if (value == null)
            {
                if (startIndex == 0 && charCount == 0) return this;
                throw new ArgumentNullException("value");
            }
            if (startIndex < 0 || charCount < 0 || startIndex > value.Length - charCount) throw new ArgumentOutOfRangeException("startIndex");
            if (charCount == 0) return this;
            unsafe
            {
                fixed (char* chars = &value[startIndex]) AppendChars(chars, charCount);
            }
            return this;
        }

        public unsafe StringBuilder Append(string value, int startIndex, int count)
        {
            if (value == null)
            {
                if (startIndex == 0 && count == 0) return this;
                throw new ArgumentNullException("value");
            }
            if (startIndex < 0) throw new ArgumentOutOfRangeException("startIndex");
            if (count < 0) throw new ArgumentOutOfRangeException("count");
            if (startIndex > value.Length - count) throw new ArgumentOutOfRangeException("count");
            fixed (char* chars = value) AppendChars(chars + startIndex, count);
            return this;
        }

        public StringBuilder Append(StringBuilder value, int startIndex, int count)
        {
            if (value == null)
            {
                if (startIndex == 0 && count == 0) return this;
                throw new ArgumentNullException("value");
            }
            return Append(value.ToString(startIndex, count));
        }

        public StringBuilder Append(sbyte value) { return Append(value.ToString()); }
        public StringBuilder Append(ushort value) { return Append(value.ToString()); }
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

        // Formats straight into this builder (no intermediate string).
        private StringBuilder AppendFormatCore(string format, FormatArguments args)
        {
            if (format == null) throw new ArgumentNullException("format");
            Formatter.AppendFormat(this, format, args);
            return this;
        }

        private StringBuilder AppendFormatArray(string format, object[] args)
        {
            if (args == null) throw new ArgumentNullException(format == null ? "format" : "args");
            return AppendFormatCore(format, new FormatArguments(args));
        }

        public StringBuilder AppendFormat(string format, object arg0) { return AppendFormatCore(format, new FormatArguments(1, arg0, null, null)); }
        public StringBuilder AppendFormat(string format, object arg0, object arg1) { return AppendFormatCore(format, new FormatArguments(2, arg0, arg1, null)); }
        public StringBuilder AppendFormat(string format, object arg0, object arg1, object arg2) { return AppendFormatCore(format, new FormatArguments(3, arg0, arg1, arg2)); }
        public StringBuilder AppendFormat(string format, params object[] args) { return AppendFormatArray(format, args); }
        public StringBuilder AppendFormat(IFormatProvider provider, string format, object arg0) { return AppendFormat(format, arg0); }
        public StringBuilder AppendFormat(IFormatProvider provider, string format, object arg0, object arg1) { return AppendFormat(format, arg0, arg1); }
        public StringBuilder AppendFormat(IFormatProvider provider, string format, object arg0, object arg1, object arg2) { return AppendFormat(format, arg0, arg1, arg2); }
        public StringBuilder AppendFormat(IFormatProvider provider, string format, params object[] args) { return AppendFormatArray(format, args); }

        public StringBuilder AppendJoin(string separator, params object[] values) { return Append(string.Join(separator, values)); }
        public StringBuilder AppendJoin(string separator, params string[] values) { return Append(string.Join(separator, values)); }
        public StringBuilder AppendJoin<T>(string separator, System.Collections.Generic.IEnumerable<T> values) { return Append(string.Join<T>(separator, values)); }
        public StringBuilder AppendJoin(char separator, params object[] values) { return Append(string.Join(separator.ToString(), values)); }
        public StringBuilder AppendJoin(char separator, params string[] values) { return Append(string.Join(separator.ToString(), values)); }
        public StringBuilder AppendJoin<T>(char separator, System.Collections.Generic.IEnumerable<T> values) { return Append(string.Join<T>(separator.ToString(), values)); }

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

        public StringBuilder Insert(int index, string value, int count)
        {
            if (count < 0) throw new ArgumentOutOfRangeException("count");
            if ((uint)index > (uint)m_length) throw new ArgumentOutOfRangeException("index");
            if (value == null || value.Length == 0 || count == 0) return this;
            StringBuilder repeated = new StringBuilder(value.Length * count);
            for (int i = 0; i < count; i++) repeated.Append(value);
            return Insert(index, repeated.ToString());
        }

        public StringBuilder Insert(int index, char[] value) { return Insert(index, value == null ? null : new string(value)); }

        public StringBuilder Insert(int index, char[] value, int startIndex, int charCount)
        {
            if (value == null)
            {
                if (startIndex == 0 && charCount == 0) return this;
                throw new ArgumentNullException("value");
            }
            return Insert(index, new string(value, startIndex, charCount));
        }

        public StringBuilder Insert(int index, char value) { return Insert(index, new string(value, 1)); }
        public StringBuilder Insert(int index, object value) { return Insert(index, value == null ? null : value.ToString()); }
        public StringBuilder Insert(int index, bool value) { return Insert(index, value.ToString()); }
        public StringBuilder Insert(int index, sbyte value) { return Insert(index, value.ToString()); }
        public StringBuilder Insert(int index, byte value) { return Insert(index, value.ToString()); }
        public StringBuilder Insert(int index, short value) { return Insert(index, value.ToString()); }
        public StringBuilder Insert(int index, ushort value) { return Insert(index, value.ToString()); }
        public StringBuilder Insert(int index, int value) { return Insert(index, value.ToString()); }
        public StringBuilder Insert(int index, uint value) { return Insert(index, value.ToString()); }
        public StringBuilder Insert(int index, long value) { return Insert(index, value.ToString()); }
        public StringBuilder Insert(int index, ulong value) { return Insert(index, value.ToString()); }
        public StringBuilder Insert(int index, float value) { return Insert(index, value.ToString()); }
        public StringBuilder Insert(int index, double value) { return Insert(index, value.ToString()); }
        public StringBuilder Insert(int index, decimal value) { return Insert(index, value.ToString()); }

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

        public StringBuilder Replace(char oldChar, char newChar) { return Replace(oldChar, newChar, 0, m_length); }

        public StringBuilder Replace(char oldChar, char newChar, int startIndex, int count)
        {
            if ((uint)startIndex > (uint)m_length) throw new ArgumentOutOfRangeException("startIndex");
            if (count < 0 || startIndex > m_length - count) throw new ArgumentOutOfRangeException("count");
            for (int i = startIndex; i < startIndex + count; i++) if (m_chars[i] == oldChar) m_chars[i] = newChar;
            return this;
        }

        // Replaces the occurrences that lie entirely inside [startIndex, startIndex + count).
        public StringBuilder Replace(string oldValue, string newValue, int startIndex, int count)
        {
            if ((uint)startIndex > (uint)m_length) throw new ArgumentOutOfRangeException("startIndex");
            if (count < 0 || startIndex > m_length - count) throw new ArgumentOutOfRangeException("count");
            if (oldValue == null) throw new ArgumentNullException("oldValue");
            if (oldValue.Length == 0) throw new ArgumentException("String cannot be of zero length.", "oldValue");
            string text = ToString();
            string middle = text.Substring(startIndex, count).Replace(oldValue, newValue);
            m_length = 0;
            Append(text, 0, startIndex);
            Append(middle);
            return Append(text, startIndex + count, text.Length - startIndex - count);
        }

        public void CopyTo(int sourceIndex, char[] destination, int destinationIndex, int count)
        {
            if (destination == null) throw new ArgumentNullException("destination");
            if (count < 0) throw new ArgumentOutOfRangeException("count");
            if (sourceIndex < 0 || sourceIndex > m_length - count) throw new ArgumentOutOfRangeException("sourceIndex");
            if (destinationIndex < 0 || destinationIndex > destination.Length - count) throw new ArgumentOutOfRangeException("destinationIndex");
            for (int i = 0; i < count; i++) destination[destinationIndex + i] = m_chars[sourceIndex + i];
        }

        public bool Equals(StringBuilder sb)
        {
            if (sb == null || sb.m_length != m_length) return false;
            for (int i = 0; i < m_length; i++) if (sb.m_chars[i] != m_chars[i]) return false;
            return true;
        }

        public StringBuilder Clear()
        {
            m_length = 0;
            return this;
        }

        public override string ToString() { return new string(m_chars, 0, m_length); }

        public string ToString(int startIndex, int length)
        {
            if (startIndex < 0 || length < 0 || startIndex > m_length - length) throw new ArgumentOutOfRangeException(startIndex < 0 ? "startIndex" : "length");
            return new string(m_chars, startIndex, length);
        }
    }
}
