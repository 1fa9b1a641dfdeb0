using System.Text;

namespace System.IO
{
    // A writer into a StringBuilder (what tests use to capture Console output with Console.SetOut). Its Encoding is
    // UTF-16, as .NET's: the characters stay characters.
    public class StringWriter : TextWriter
    {
        private static UnicodeEncoding s_encoding;

        private readonly StringBuilder m_builder;
        private bool m_isOpen;

        public StringWriter() : this(new StringBuilder(), System.Globalization.CultureInfo.CurrentCulture) { }
        public StringWriter(IFormatProvider formatProvider) : this(new StringBuilder(), formatProvider) { }
        public StringWriter(StringBuilder sb) : this(sb, System.Globalization.CultureInfo.CurrentCulture) { }

        public StringWriter(StringBuilder sb, IFormatProvider formatProvider) : base(formatProvider)
        {
            if (sb == null) throw new ArgumentNullException("sb");
            m_builder = sb;
            m_isOpen = true;
        }

        public override Encoding Encoding
        {
            get
            {
                if (s_encoding == null) s_encoding = new UnicodeEncoding(false, false);
                return s_encoding;
            }
        }

        private void EnsureOpen()
        {
            if (!m_isOpen) throw new ObjectDisposedException(null, "Cannot write to a closed TextWriter.");
        }

        public override void Write(char value)
        {
            EnsureOpen();
            m_builder.Append(value);
        }

        public override void Write(char[] buffer, int index, int count)
        {
            TextReader.ValidateBuffer(buffer, index, count);
            EnsureOpen();
            m_builder.Append(buffer, index, count);
        }

        public override void Write(string value)
        {
            EnsureOpen();
            if (value != null) m_builder.Append(value);
        }

        public override void Write(StringBuilder value)
        {
            EnsureOpen();
            if (value != null) m_builder.Append(value.ToString());
        }

        public override void WriteLine(string value)
        {
            EnsureOpen();
            if (value != null) m_builder.Append(value);
            m_builder.Append(NewLine);
        }

        protected override void Dispose(bool disposing)
        {
            m_isOpen = false;
            base.Dispose(disposing);
        }

        public virtual StringBuilder GetStringBuilder() { return m_builder; }

        public override string ToString() { return m_builder.ToString(); }
    }
}
