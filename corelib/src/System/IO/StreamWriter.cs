using System.Text;

namespace System.IO
{
    // Characters to a stream through an Encoder (UTF-8 without a byte order mark by default). Characters collect in
    // a buffer of bufferSize and reach the stream when it is full, on Flush, with AutoFlush, or on Dispose; the
    // encoding's preamble goes first unless the stream was not at its start. (Files come through FileStream, which
    // the core library does not have yet: only the Stream constructors exist.)
    public class StreamWriter : TextWriter
    {
        private const int DefaultBufferSize = 1024;

        public static new readonly StreamWriter Null = new StreamWriter(Stream.Null, new UTF8Encoding(false, true), 128, true);

        private readonly Stream m_stream;
        private readonly Encoding m_encoding;
        private readonly Encoder m_encoder;
        private readonly char[] m_chars;
        private int m_charCount;
        private byte[] m_bytes;
        private bool m_preambleDone;
        private bool m_autoFlush;
        private readonly bool m_leaveOpen;
        private bool m_disposed;

        public StreamWriter(Stream stream) : this(stream, null, -1, false) { }
        public StreamWriter(Stream stream, Encoding encoding) : this(stream, encoding, -1, false) { }
        public StreamWriter(Stream stream, Encoding encoding, int bufferSize) : this(stream, encoding, bufferSize, false) { }

        public StreamWriter(string path) : this(path, false, null, -1) { }
        public StreamWriter(string path, bool append) : this(path, append, null, -1) { }
        public StreamWriter(string path, bool append, Encoding encoding) : this(path, append, encoding, -1) { }

        public StreamWriter(string path, bool append, Encoding encoding, int bufferSize)
            : this(OpenFile(path, append, bufferSize), encoding, bufferSize, false) { }

        private static Stream OpenFile(string path, bool append, int bufferSize)
        {
            if (path == null) throw new ArgumentNullException("path");
            if (path.Length == 0) throw new ArgumentException("Empty path name is not legal.", "path");
            if (bufferSize != -1 && bufferSize <= 0) throw new ArgumentOutOfRangeException("bufferSize", "Positive number required.");
            return new FileStream(path, append ? FileMode.Append : FileMode.Create, FileAccess.Write, FileShare.Read, 4096);
        }

        public StreamWriter(Stream stream, Encoding encoding, int bufferSize, bool leaveOpen) : base(null)
        {
            if (stream == null) throw new ArgumentNullException("stream");
            if (bufferSize == -1) bufferSize = DefaultBufferSize;
            else if (bufferSize <= 0) throw new ArgumentOutOfRangeException("bufferSize", "Positive number required.");
            if (!stream.CanWrite) throw new ArgumentException("Stream was not writable.");
            m_stream = stream;
            m_encoding = encoding ?? new UTF8Encoding(false, true);
            m_encoder = m_encoding.GetEncoder();
            m_chars = new char[Math.Max(bufferSize, 128)];
            m_leaveOpen = leaveOpen;
            // a stream written to before gets no second preamble
            if (stream.CanSeek && stream.Position > 0) m_preambleDone = true;
        }

        public virtual bool AutoFlush
        {
            get { return m_autoFlush; }
            set
            {
                EnsureOpen();
                m_autoFlush = value;
                if (value) Flush(true, false);
            }
        }

        public virtual Stream BaseStream { get { return m_stream; } }

        public override Encoding Encoding { get { return m_encoding; } }

        private void EnsureOpen()
        {
            if (m_disposed) throw new ObjectDisposedException(null, "Cannot write to a closed TextWriter.");
        }

        public override void Write(char value)
        {
            EnsureOpen();
            if (m_charCount == m_chars.Length) Flush(false, false);
            m_chars[m_charCount++] = value;
            if (m_autoFlush) Flush(true, false);
        }

        public override void Write(char[] buffer, int index, int count)
        {
            TextReader.ValidateBuffer(buffer, index, count);
            EnsureOpen();
            Append(buffer, null, index, count);
            if (m_autoFlush) Flush(true, false);
        }

        public override void Write(string value)
        {
            EnsureOpen();
            if (value == null) return;
            Append(null, value, 0, value.Length);
            if (m_autoFlush) Flush(true, false);
        }

        // Copies characters (from an array or a string) into the buffer, emptying it into the stream when full.
        private void Append(char[] array, string text, int index, int count)
        {
            while (count > 0)
            {
                if (m_charCount == m_chars.Length) Flush(false, false);
                int n = Math.Min(m_chars.Length - m_charCount, count);
                if (array != null) Array.Copy(array, index, m_chars, m_charCount, n);
                else text.CopyTo(index, m_chars, m_charCount, n);
                m_charCount += n;
                index += n;
                count -= n;
            }
        }

        public override void Flush()
        {
            EnsureOpen();
            Flush(true, true);
        }

        // Encodes the buffered characters (a final high surrogate waits unless flushEncoder) and writes the bytes.
        private void Flush(bool flushStream, bool flushEncoder)
        {
            if (!m_preambleDone)
            {
                m_preambleDone = true;
                byte[] preamble = m_encoding.GetPreamble();
                if (preamble.Length > 0) m_stream.Write(preamble, 0, preamble.Length);
            }
            int needed = m_encoder.GetByteCount(m_chars, 0, m_charCount, flushEncoder);
            if (m_bytes == null || m_bytes.Length < needed) m_bytes = new byte[Math.Max(needed, m_encoding.GetMaxByteCount(m_chars.Length))];
            int count = m_encoder.GetBytes(m_chars, 0, m_charCount, m_bytes, 0, flushEncoder);
            m_charCount = 0;
            if (count > 0) m_stream.Write(m_bytes, 0, count);
            if (flushStream) m_stream.Flush();
        }

        protected override void Dispose(bool disposing)
        {
            if (m_disposed) return;
            try
            {
                if (disposing) Flush(true, true);
            }
            finally
            {
                m_disposed = true;
                if (disposing && !m_leaveOpen) m_stream.Close();
                base.Dispose(disposing);
            }
        }
    }
}
