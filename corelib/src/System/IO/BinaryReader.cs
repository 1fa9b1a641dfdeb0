using System.Text;

namespace System.IO
{
    // Reads what BinaryWriter writes. Characters and strings decode through one Decoder that lives as long as the
    // reader, so (as in .NET) a character cut short at the end of one string is completed by the next read.
    public class BinaryReader : IDisposable
    {
        private const int MaxCharBytesSize = 128;   // bytes decoded at a time by ReadChars and ReadString

        private readonly Stream m_stream;
        private readonly Encoding m_encoding;
        private readonly Decoder m_decoder;
        private readonly bool m_twoBytesPerChar;
        private readonly bool m_leaveOpen;
        private readonly byte[] m_buffer = new byte[16];   // one primitive's bytes
        private byte[] m_charBytes;
        private char[] m_charBuffer;
        private bool m_disposed;

        public BinaryReader(Stream input) : this(input, new UTF8Encoding(false, true), false) { }
        public BinaryReader(Stream input, Encoding encoding) : this(input, encoding, false) { }

        public BinaryReader(Stream input, Encoding encoding, bool leaveOpen)
        {
            if (input == null) throw new ArgumentNullException("input");
            if (encoding == null) throw new ArgumentNullException("encoding");
            if (!input.CanRead) throw new ArgumentException("Stream was not readable.");
            m_stream = input;
            m_encoding = encoding;
            m_decoder = encoding.GetDecoder();
            m_twoBytesPerChar = encoding is UnicodeEncoding;
            m_leaveOpen = leaveOpen;
        }

        public virtual Stream BaseStream { get { return m_stream; } }

        public virtual void Close() { Dispose(true); }

        public void Dispose() { Dispose(true); }

        protected virtual void Dispose(bool disposing)
        {
            if (m_disposed) return;
            if (disposing && !m_leaveOpen) m_stream.Close();
            m_disposed = true;
        }

        private void ThrowIfDisposed()
        {
            if (m_disposed) throw new ObjectDisposedException("System.IO.BinaryReader");
        }

        private static EndOfStreamException EndOfStream() { return new EndOfStreamException("Unable to read beyond the end of the stream."); }

        // The next character without consuming it; -1 at the end or when the stream cannot seek back.
        public virtual int PeekChar()
        {
            ThrowIfDisposed();
            if (!m_stream.CanSeek) return -1;
            long position = m_stream.Position;
            int ch = Read();
            m_stream.Position = position;
            return ch;
        }

        public virtual int Read()
        {
            ThrowIfDisposed();
            return ReadOneChar();
        }

        // Feeds the decoder one byte (two for UTF-16) at a time until it yields a character.
        private int ReadOneChar()
        {
            long start = m_stream.CanSeek ? m_stream.Position : 0;
            if (m_charBytes == null) m_charBytes = new byte[MaxCharBytesSize];
            char[] single = new char[1];
            int charsRead = 0;
            while (charsRead == 0)
            {
                int numBytes = m_twoBytesPerChar ? 2 : 1;
                int r = m_stream.ReadByte();
                m_charBytes[0] = (byte)r;
                if (r == -1) numBytes = 0;
                if (numBytes == 2)
                {
                    r = m_stream.ReadByte();
                    m_charBytes[1] = (byte)r;
                    if (r == -1) numBytes = 1;
                }
                if (numBytes == 0) return -1;
                try { charsRead = m_decoder.GetChars(m_charBytes, 0, numBytes, single, 0, false); }
                catch
                {
                    // a character that does not fit in one char (a surrogate pair): leave the stream where it was
                    if (m_stream.CanSeek) m_stream.Seek(start - m_stream.Position, SeekOrigin.Current);
                    throw;
                }
            }
            return single[0];
        }

        public virtual int Read(char[] buffer, int index, int count)
        {
            if (buffer == null) throw new ArgumentNullException("buffer");
            if (index < 0) throw new ArgumentOutOfRangeException("index", "Non-negative number required.");
            if (count < 0) throw new ArgumentOutOfRangeException("count", "Non-negative number required.");
            if (buffer.Length - index < count) throw new ArgumentException("Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.");
            ThrowIfDisposed();
            return ReadChars(buffer, index, count);
        }

        // Reads at most as many bytes as characters are still wanted (twice as many for UTF-16), so that no byte
        // of a character after the last one wanted is consumed.
        private int ReadChars(char[] buffer, int index, int count)
        {
            if (m_charBytes == null) m_charBytes = new byte[MaxCharBytesSize];
            int remaining = count;
            while (remaining > 0)
            {
                int numBytes = m_twoBytesPerChar ? remaining << 1 : remaining;
                if (numBytes > MaxCharBytesSize) numBytes = MaxCharBytesSize;
                numBytes = m_stream.Read(m_charBytes, 0, numBytes);
                if (numBytes == 0) break;
                int charsRead = m_decoder.GetChars(m_charBytes, 0, numBytes, buffer, index, false);
                remaining -= charsRead;
                index += charsRead;
            }
            return count - remaining;
        }

        public virtual int Read(byte[] buffer, int index, int count)
        {
            if (buffer == null) throw new ArgumentNullException("buffer");
            if (index < 0) throw new ArgumentOutOfRangeException("index", "Non-negative number required.");
            if (count < 0) throw new ArgumentOutOfRangeException("count", "Non-negative number required.");
            if (buffer.Length - index < count) throw new ArgumentException("Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.");
            ThrowIfDisposed();
            return m_stream.Read(buffer, index, count);
        }

        public virtual char[] ReadChars(int count)
        {
            if (count < 0) throw new ArgumentOutOfRangeException("count", "Non-negative number required.");
            ThrowIfDisposed();
            if (count == 0) return Array.Empty<char>();
            char[] chars = new char[count];
            int n = ReadChars(chars, 0, count);
            if (n == count) return chars;
            char[] shorter = new char[n];
            Array.Copy(chars, 0, shorter, 0, n);
            return shorter;
        }

        public virtual byte[] ReadBytes(int count)
        {
            if (count < 0) throw new ArgumentOutOfRangeException("count", "Non-negative number required.");
            ThrowIfDisposed();
            if (count == 0) return Array.Empty<byte>();
            byte[] result = new byte[count];
            int read = 0;
            while (read < count)
            {
                int n = m_stream.Read(result, read, count - read);
                if (n == 0) break;
                read += n;
            }
            if (read == count) return result;
            byte[] shorter = new byte[read];
            Array.Copy(result, 0, shorter, 0, read);
            return shorter;
        }

        public virtual byte ReadByte()
        {
            ThrowIfDisposed();
            int b = m_stream.ReadByte();
            if (b == -1) throw EndOfStream();
            return (byte)b;
        }

        public virtual sbyte ReadSByte() { return (sbyte)ReadByte(); }
        public virtual bool ReadBoolean() { return ReadByte() != 0; }

        public virtual char ReadChar()
        {
            int value = Read();
            if (value == -1) throw EndOfStream();
            return (char)value;
        }

        public virtual short ReadInt16() { return (short)ReadLittleEndian(2); }
        public virtual ushort ReadUInt16() { return (ushort)ReadLittleEndian(2); }
        public virtual int ReadInt32() { return (int)ReadLittleEndian(4); }
        public virtual uint ReadUInt32() { return (uint)ReadLittleEndian(4); }
        public virtual long ReadInt64() { return (long)ReadLittleEndian(8); }
        public virtual ulong ReadUInt64() { return ReadLittleEndian(8); }
        public virtual float ReadSingle() { return BitConverter.Int32BitsToSingle((int)ReadLittleEndian(4)); }
        public virtual double ReadDouble() { return BitConverter.Int64BitsToDouble((long)ReadLittleEndian(8)); }

        public virtual decimal ReadDecimal()
        {
            FillBuffer(16);
            int[] bits = new int[4];
            for (int i = 0; i < 4; i++) bits[i] = (int)Get(i * 4, 4);
            try { return new decimal(bits); }
            catch (ArgumentException e)
            {
                throw new IOException("Decimal byte array constructor requires an array of length four containing valid decimal bytes.", e);
            }
        }

        public virtual string ReadString()
        {
            ThrowIfDisposed();
            int length = Read7BitEncodedInt();
            if (length < 0) throw new IOException("BinaryReader encountered an invalid string length of " + length + " characters.");
            if (length == 0) return "";
            if (m_charBytes == null) m_charBytes = new byte[MaxCharBytesSize];
            if (m_charBuffer == null) m_charBuffer = new char[m_encoding.GetMaxCharCount(MaxCharBytesSize)];
            StringBuilder sb = null;
            int done = 0;
            do
            {
                int chunk = Math.Min(MaxCharBytesSize, length - done);
                int n = m_stream.Read(m_charBytes, 0, chunk);
                if (n == 0) throw EndOfStream();
                int chars = m_decoder.GetChars(m_charBytes, 0, n, m_charBuffer, 0, false);
                if (done == 0 && n == length) return new string(m_charBuffer, 0, chars);
                if (sb == null) sb = new StringBuilder(Math.Min(length, 360));
                sb.Append(m_charBuffer, 0, chars);
                done += n;
            }
            while (done < length);
            return sb.ToString();
        }

        // The inverse of BinaryWriter.Write7BitEncodedInt: at most five bytes, the fifth holding only four bits.
        public int Read7BitEncodedInt()
        {
            uint result = 0;
            for (int shift = 0; shift < 28; shift += 7)
            {
                byte b = ReadByte();
                result |= (b & 0x7Fu) << shift;
                if (b <= 0x7F) return (int)result;
            }
            byte last = ReadByte();
            if (last > 0xF) throw new FormatException("Too many bytes in what should have been a 7-bit encoded integer.");
            return (int)(result | (uint)last << 28);
        }

        public long Read7BitEncodedInt64()
        {
            ulong result = 0;
            for (int shift = 0; shift < 63; shift += 7)
            {
                byte b = ReadByte();
                result |= (b & 0x7FUL) << shift;
                if (b <= 0x7F) return (long)result;
            }
            byte last = ReadByte();
            if (last > 1) throw new FormatException("Too many bytes in what should have been a 7-bit encoded integer.");
            return (long)(result | (ulong)last << 63);
        }

        // Reads exactly count bytes into the primitive buffer, or throws EndOfStreamException.
        protected virtual void FillBuffer(int numBytes)
        {
            if (numBytes < 0 || numBytes > m_buffer.Length) throw new ArgumentOutOfRangeException("numBytes", "The number of bytes requested does not fit into BinaryReader's internal buffer.");
            ThrowIfDisposed();
            int read = 0;
            while (read < numBytes)
            {
                int n = m_stream.Read(m_buffer, read, numBytes - read);
                if (n == 0) throw EndOfStream();
                read += n;
            }
        }

        private ulong ReadLittleEndian(int size)
        {
            FillBuffer(size);
            return Get(0, size);
        }

        private ulong Get(int at, int size)
        {
            ulong value = 0;
            for (int i = size - 1; i >= 0; i--) value = value << 8 | m_buffer[at + i];
            return value;
        }
    }
}
