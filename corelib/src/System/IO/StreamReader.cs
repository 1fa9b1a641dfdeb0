using System.Text;

namespace System.IO
{
    // Characters from a stream through a Decoder (UTF-8 by default). With detectEncodingFromByteOrderMarks a byte
    // order mark at the start picks UTF-8 or UTF-16 and is skipped; the given encoding's own preamble is skipped too.
    // (Files come through FileStream, which the core library does not have yet: only the Stream constructors exist.)
    public class StreamReader : TextReader
    {
        private const int DefaultBufferSize = 1024;

        public static new readonly StreamReader Null = new StreamReader(Stream.Null);

        private readonly Stream m_stream;
        private Encoding m_encoding;
        private Decoder m_decoder;
        private readonly byte[] m_bytes;
        private char[] m_chars;
        private int m_charPos;
        private int m_charLen;
        private bool m_isBlocked;   // the last read returned less than a full block: the stream has no more now
        private bool m_detectEncoding;
        private bool m_checkPreamble;
        private readonly bool m_leaveOpen;
        private bool m_disposed;

        public StreamReader(Stream stream) : this(stream, true) { }
        public StreamReader(Stream stream, bool detectEncodingFromByteOrderMarks) : this(stream, null, detectEncodingFromByteOrderMarks, -1, false) { }
        public StreamReader(Stream stream, Encoding encoding) : this(stream, encoding, true, -1, false) { }
        public StreamReader(Stream stream, Encoding encoding, bool detectEncodingFromByteOrderMarks) : this(stream, encoding, detectEncodingFromByteOrderMarks, -1, false) { }
        public StreamReader(Stream stream, Encoding encoding, bool detectEncodingFromByteOrderMarks, int bufferSize) : this(stream, encoding, detectEncodingFromByteOrderMarks, bufferSize, false) { }

        public StreamReader(string path) : this(path, Encoding.UTF8, true, -1) { }
        public StreamReader(string path, bool detectEncodingFromByteOrderMarks) : this(path, Encoding.UTF8, detectEncodingFromByteOrderMarks, -1) { }
        public StreamReader(string path, Encoding encoding) : this(path, encoding, true, -1) { }
        public StreamReader(string path, Encoding encoding, bool detectEncodingFromByteOrderMarks) : this(path, encoding, detectEncodingFromByteOrderMarks, -1) { }

        public StreamReader(string path, Encoding encoding, bool detectEncodingFromByteOrderMarks, int bufferSize)
            : this(OpenFile(path, encoding, bufferSize), encoding, detectEncodingFromByteOrderMarks, bufferSize, false) { }

        // The arguments are checked before the file is opened, as .NET does.
        private static Stream OpenFile(string path, Encoding encoding, int bufferSize)
        {
            if (path == null) throw new ArgumentNullException("path");
            if (encoding == null) throw new ArgumentNullException("encoding");
            if (path.Length == 0) throw new ArgumentException("Empty path name is not legal.", "path");
            if (bufferSize != -1 && bufferSize <= 0) throw new ArgumentOutOfRangeException("bufferSize", "Positive number required.");
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, FileBufferSize, FileOptions.SequentialScan);
        }

        // reads from files come in blocks this large (the reader's own buffer then needs no copy of its own)
        private const int FileBufferSize = 4096;

        public StreamReader(Stream stream, Encoding encoding, bool detectEncodingFromByteOrderMarks, int bufferSize, bool leaveOpen)
        {
            if (stream == null) throw new ArgumentNullException("stream");
            if (bufferSize == -1) bufferSize = DefaultBufferSize;
            else if (bufferSize <= 0) throw new ArgumentOutOfRangeException("bufferSize", "Positive number required.");
            if (!stream.CanRead) throw new ArgumentException("Stream was not readable.");
            m_stream = stream;
            m_encoding = encoding ?? Encoding.UTF8;
            m_decoder = m_encoding.GetDecoder();
            m_bytes = new byte[Math.Max(bufferSize, 128)];
            m_chars = new char[m_encoding.GetMaxCharCount(m_bytes.Length)];
            m_detectEncoding = detectEncodingFromByteOrderMarks;
            m_checkPreamble = m_encoding.GetPreamble().Length > 0;
            m_leaveOpen = leaveOpen;
        }

        public virtual Encoding CurrentEncoding { get { return m_encoding; } }
        public virtual Stream BaseStream { get { return m_stream; } }

        public bool EndOfStream
        {
            get
            {
                EnsureOpen();
                return m_charPos == m_charLen && !Fill();
            }
        }

        private void EnsureOpen()
        {
            if (m_disposed) throw new ObjectDisposedException(null, "Cannot read from a closed TextReader.");
        }

        public void DiscardBufferedData()
        {
            m_charPos = m_charLen = 0;
            m_decoder.Reset();
        }

        // Decodes the next block of bytes; false at the end of the stream. A block may decode to no character
        // (half a sequence, or a byte order mark alone), so it reads on until one comes or the stream ends.
        private bool Fill()
        {
            m_charPos = m_charLen = 0;
            while (m_charLen == 0)
            {
                int n = m_stream.Read(m_bytes, 0, m_bytes.Length);
                m_isBlocked = n < m_bytes.Length;
                if (n == 0)
                {
                    m_charLen = m_decoder.GetChars(m_bytes, 0, 0, m_chars, 0, true);
                    return m_charLen > 0;
                }
                int start = SkipByteOrderMark(n);
                m_charLen = m_decoder.GetChars(m_bytes, start, n - start, m_chars, 0, false);
            }
            return true;
        }

        // On the first block: a byte order mark switches the encoding (when detecting) and is not text.
        private int SkipByteOrderMark(int n)
        {
            int skip = 0;
            if (m_detectEncoding)
            {
                m_detectEncoding = false;
                Encoding detected = null;
                if (n >= 2 && m_bytes[0] == 0xFE && m_bytes[1] == 0xFF) { detected = Encoding.BigEndianUnicode; skip = 2; }
                else if (n >= 2 && m_bytes[0] == 0xFF && m_bytes[1] == 0xFE) { detected = Encoding.Unicode; skip = 2; }
                else if (n >= 3 && m_bytes[0] == 0xEF && m_bytes[1] == 0xBB && m_bytes[2] == 0xBF) { detected = Encoding.UTF8; skip = 3; }
                if (detected != null)
                {
                    m_checkPreamble = false;
                    if (detected != m_encoding)
                    {
                        m_encoding = detected;
                        m_decoder = detected.GetDecoder();
                        m_chars = new char[detected.GetMaxCharCount(m_bytes.Length)];
                    }
                }
            }
            if (m_checkPreamble)
            {
                m_checkPreamble = false;
                byte[] preamble = m_encoding.GetPreamble();
                bool matches = n >= preamble.Length;
                for (int i = 0; matches && i < preamble.Length; i++) matches = m_bytes[i] == preamble[i];
                if (matches) skip = preamble.Length;
            }
            return skip;
        }

        public override int Peek()
        {
            EnsureOpen();
            if (m_charPos == m_charLen && !Fill()) return -1;
            return m_chars[m_charPos];
        }

        public override int Read()
        {
            EnsureOpen();
            if (m_charPos == m_charLen && !Fill()) return -1;
            return m_chars[m_charPos++];
        }

        public override int Read(char[] buffer, int index, int count)
        {
            ValidateBuffer(buffer, index, count);
            EnsureOpen();
            int total = 0;
            while (count > 0)
            {
                if (m_charPos == m_charLen && !Fill()) break;
                int n = Math.Min(m_charLen - m_charPos, count);
                Array.Copy(m_chars, m_charPos, buffer, index, n);
                m_charPos += n;
                index += n;
                count -= n;
                total += n;
                // as .NET: no further read once the stream has returned a short block
                if (m_isBlocked) break;
            }
            return total;
        }

        public override string ReadLine()
        {
            EnsureOpen();
            if (m_charPos == m_charLen && !Fill()) return null;
            StringBuilder sb = null;
            while (true)
            {
                int i = IndexOfNewline(m_chars, m_charPos, m_charLen);
                if (i < m_charLen)
                {
                    char ch = m_chars[i];
                    string line;
                    if (sb == null) line = new string(m_chars, m_charPos, i - m_charPos);
                    else line = sb.Append(m_chars, m_charPos, i - m_charPos).ToString();
                    m_charPos = i + 1;
                    if (ch == '\r' && (m_charPos < m_charLen || Fill()) && m_chars[m_charPos] == '\n') m_charPos++;
                    return line;
                }
                if (sb == null) sb = new StringBuilder(m_charLen - m_charPos + 80);
                sb.Append(m_chars, m_charPos, m_charLen - m_charPos);
                if (!Fill()) return sb.ToString();
            }
        }

        // The first '\r' or '\n' in chars[start, end), or end.
        private static unsafe int IndexOfNewline(char[] chars, int start, int end)
        {
            if (start >= end) return end;
            fixed (char* p = chars)
            {
                char* q = p + start, e = p + end;
                // four units at a time while none of them is below 0x0E (the word trick: a unit's subtraction
                // borrows into its top bit only when it was smaller)
                while (q + 4 <= e)
                {
                    ulong units = *(ulong*)q;
                    if (((units - 0x000E000E000E000EUL) & ~units & 0x8000800080008000UL) != 0) break;
                    q += 4;
                }
                while (q < e)
                {
                    char c = *q;
                    if (c <= '\r' && (c == '\r' || c == '\n')) break;
                    q++;
                }
                return (int)(q - p);
            }
        }

        public override string ReadToEnd()
        {
            EnsureOpen();
            StringBuilder sb = new StringBuilder(m_charLen - m_charPos);
            do
            {
                sb.Append(m_chars, m_charPos, m_charLen - m_charPos);
                m_charPos = m_charLen;
            }
            while (Fill());
            return sb.ToString();
        }

        public override void Close() { Dispose(true); }

        protected override void Dispose(bool disposing)
        {
            if (m_disposed) return;
            m_disposed = true;
            if (disposing && !m_leaveOpen) m_stream.Close();
            base.Dispose(disposing);
        }
    }
}
