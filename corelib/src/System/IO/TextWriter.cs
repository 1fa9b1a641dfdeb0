namespace System.IO
{
    // Console.Out and Console.Error: Write/WriteLine overloads over one primitive, Write(string).
    public abstract class TextWriter : IDisposable
    {
        public virtual string NewLine { get { return "\n"; } }

        public abstract void Write(string value);

        public virtual void Write(char value) { Write(new string(value, 1)); }
        public virtual void Write(object value) { if (value != null) Write(value.ToString()); }
        public virtual void Write(bool value) { Write(value ? "True" : "False"); }
        public virtual void Write(int value) { Write(value.ToString()); }
        public virtual void Write(long value) { Write(value.ToString()); }
        public virtual void Write(uint value) { Write(value.ToString()); }
        public virtual void Write(ulong value) { Write(value.ToString()); }
        public virtual void Write(double value) { Write(value.ToString()); }
        public virtual void Write(float value) { Write(value.ToString()); }
        public virtual void Write(decimal value) { Write(value.ToString()); }
        public virtual void Write(char[] buffer) { if (buffer != null) Write(new string(buffer)); }
        public virtual void Write(string format, object arg0) { Write(string.Format(format, arg0)); }
        public virtual void Write(string format, object arg0, object arg1) { Write(string.Format(format, arg0, arg1)); }
        public virtual void Write(string format, params object[] args) { Write(string.Format(format, args)); }

        public virtual void WriteLine() { Write(NewLine); }
        public virtual void WriteLine(string value) { Write(value); Write(NewLine); }
        public virtual void WriteLine(char value) { Write(value); Write(NewLine); }
        public virtual void WriteLine(object value) { Write(value); Write(NewLine); }
        public virtual void WriteLine(bool value) { Write(value); Write(NewLine); }
        public virtual void WriteLine(int value) { Write(value); Write(NewLine); }
        public virtual void WriteLine(long value) { Write(value); Write(NewLine); }
        public virtual void WriteLine(uint value) { Write(value); Write(NewLine); }
        public virtual void WriteLine(ulong value) { Write(value); Write(NewLine); }
        public virtual void WriteLine(double value) { Write(value); Write(NewLine); }
        public virtual void WriteLine(float value) { Write(value); Write(NewLine); }
        public virtual void WriteLine(decimal value) { Write(value); Write(NewLine); }
        public virtual void WriteLine(char[] buffer) { Write(buffer); Write(NewLine); }
        public virtual void WriteLine(string format, object arg0) { WriteLine(string.Format(format, arg0)); }
        public virtual void WriteLine(string format, object arg0, object arg1) { WriteLine(string.Format(format, arg0, arg1)); }
        public virtual void WriteLine(string format, params object[] args) { WriteLine(string.Format(format, args)); }

        public virtual void Flush() { }
        public void Dispose() { Flush(); }
    }

    internal sealed class ConsoleWriter : TextWriter
    {
        private readonly bool m_error;
        internal ConsoleWriter(bool error) { m_error = error; }
        public override void Write(string value) { Console.WriteRaw(value, m_error); }
    }

    public abstract class TextReader : IDisposable
    {
        public abstract string ReadLine();
        public virtual int Read() { return -1; }
        public virtual int Peek() { return -1; }
        public virtual string ReadToEnd()
        {
            System.Text.StringBuilder sb = new System.Text.StringBuilder();
            string line;
            bool first = true;
            while ((line = ReadLine()) != null)
            {
                if (!first) sb.Append('\n');
                sb.Append(line);
                first = false;
            }
            return sb.ToString();
        }
        public void Dispose() { }
    }

    internal sealed class ConsoleReader : TextReader
    {
        public override string ReadLine() { return Console.ReadLineImpl(); }
    }

    // A writer into a StringBuilder (what tests use to capture Console output with Console.SetOut).
    public class StringWriter : TextWriter
    {
        private readonly System.Text.StringBuilder m_builder;
        public StringWriter() : this(new System.Text.StringBuilder()) { }
        public StringWriter(System.Text.StringBuilder sb)
        {
            if (sb == null) throw new ArgumentNullException("sb");
            m_builder = sb;
        }
        public override void Write(string value) { if (value != null) m_builder.Append(value); }
        public override void Write(char value) { m_builder.Append(value); }
        public virtual System.Text.StringBuilder GetStringBuilder() { return m_builder; }
        public override string ToString() { return m_builder.ToString(); }
    }

    // A reader over a string: lines end at "\n", "\r" or "\r\n", as .NET's StringReader reads them.
    public class StringReader : TextReader
    {
        private string m_text;
        private int m_position;
        public StringReader(string s)
        {
            if (s == null) throw new ArgumentNullException("s");
            m_text = s;
        }
        public override int Peek() { return m_position < m_text.Length ? m_text[m_position] : -1; }
        public override int Read() { return m_position < m_text.Length ? m_text[m_position++] : -1; }
        public override string ReadLine()
        {
            if (m_position >= m_text.Length) return null;
            int start = m_position;
            while (m_position < m_text.Length && m_text[m_position] != '\n' && m_text[m_position] != '\r') m_position++;
            string line = m_text.Substring(start, m_position - start);
            if (m_position < m_text.Length)
            {
                if (m_text[m_position] == '\r' && m_position + 1 < m_text.Length && m_text[m_position + 1] == '\n') m_position++;
                m_position++;
            }
            return line;
        }
        public override string ReadToEnd()
        {
            string rest = m_text.Substring(m_position);
            m_position = m_text.Length;
            return rest;
        }
    }
}
