namespace System.IO
{
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

        private string Text
        {
            get
            {
                if (m_text == null) throw new ObjectDisposedException(null, "Cannot read from a closed TextReader.");
                return m_text;
            }
        }

        public override int Peek()
        {
            string text = Text;
            return m_position < text.Length ? text[m_position] : -1;
        }

        public override int Read()
        {
            string text = Text;
            return m_position < text.Length ? text[m_position++] : -1;
        }

        public override int Read(char[] buffer, int index, int count)
        {
            ValidateBuffer(buffer, index, count);
            string text = Text;
            int n = Math.Min(count, text.Length - m_position);
            if (n <= 0) return 0;
            text.CopyTo(m_position, buffer, index, n);
            m_position += n;
            return n;
        }

        public override int ReadBlock(char[] buffer, int index, int count) { return Read(buffer, index, count); }

        public override string ReadLine()
        {
            string text = Text;
            if (m_position >= text.Length) return null;
            int start = m_position;
            while (m_position < text.Length && text[m_position] != '\n' && text[m_position] != '\r') m_position++;
            string line = text.Substring(start, m_position - start);
            if (m_position < text.Length)
            {
                if (text[m_position] == '\r' && m_position + 1 < text.Length && text[m_position + 1] == '\n') m_position++;
                m_position++;
            }
            return line;
        }

        public override string ReadToEnd()
        {
            string text = Text;
            string rest = m_position == 0 ? text : text.Substring(m_position);
            m_position = text.Length;
            return rest;
        }

        protected override void Dispose(bool disposing)
        {
            m_text = null;
            m_position = 0;
            base.Dispose(disposing);
        }
    }
}
