namespace System.IO
{
    // A stream over a byte array, as .NET Core's: a stream made over a caller's array has a fixed capacity and keeps
    // that array private unless publiclyVisible; one made by the stream itself grows (doubling, at least 256 bytes)
    // and exposes its buffer. ToArray still works after Dispose, everything else throws ObjectDisposedException.
    public class MemoryStream : Stream
    {
        private const int MaxLength = int.MaxValue;
        private const int MaxArrayLength = 0x7FFFFFC7;

        private byte[] m_buffer;
        private readonly int m_origin;   // where the stream starts in m_buffer
        private int m_position;          // all three are offsets into m_buffer, not into the stream
        private int m_length;
        private int m_capacity;
        private bool m_expandable;
        private bool m_writable;
        private readonly bool m_exposable;
        private bool m_isOpen;

        public MemoryStream() : this(0) { }

        public MemoryStream(int capacity)
        {
            if (capacity < 0) throw new ArgumentOutOfRangeException("capacity", "Non-negative number required.");
            m_buffer = capacity != 0 ? new byte[capacity] : Array.Empty<byte>();
            m_capacity = capacity;
            m_expandable = true;
            m_writable = true;
            m_exposable = true;
            m_isOpen = true;
        }

        public MemoryStream(byte[] buffer) : this(buffer, true) { }

        public MemoryStream(byte[] buffer, bool writable)
        {
            if (buffer == null) throw new ArgumentNullException("buffer");
            m_buffer = buffer;
            m_length = m_capacity = buffer.Length;
            m_writable = writable;
            m_isOpen = true;
        }

        public MemoryStream(byte[] buffer, int index, int count) : this(buffer, index, count, true, false) { }
        public MemoryStream(byte[] buffer, int index, int count, bool writable) : this(buffer, index, count, writable, false) { }

        public MemoryStream(byte[] buffer, int index, int count, bool writable, bool publiclyVisible)
        {
            if (buffer == null) throw new ArgumentNullException("buffer");
            if (index < 0) throw new ArgumentOutOfRangeException("index", "Non-negative number required.");
            if (count < 0) throw new ArgumentOutOfRangeException("count", "Non-negative number required.");
            if (buffer.Length - index < count) throw new ArgumentException("Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.");
            m_buffer = buffer;
            m_origin = m_position = index;
            m_length = m_capacity = index + count;
            m_writable = writable;
            m_exposable = publiclyVisible;
            m_isOpen = true;
        }

        public override bool CanRead { get { return m_isOpen; } }
        public override bool CanSeek { get { return m_isOpen; } }
        public override bool CanWrite { get { return m_writable; } }

        private void EnsureNotClosed()
        {
            if (!m_isOpen) throw new ObjectDisposedException(null, "Cannot access a closed Stream.");
        }

        private void EnsureWriteable()
        {
            if (!CanWrite) throw new NotSupportedException("Stream does not support writing.");
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                m_isOpen = false;
                m_writable = false;
                m_expandable = false;
            }
            base.Dispose(disposing);
        }

        // Grows the buffer to hold value bytes (offsets into m_buffer); says whether a new array was allocated.
        private bool EnsureCapacity(int value)
        {
            if (value < 0) throw new IOException("Stream was too long.");
            if (value <= m_capacity) return false;
            int newCapacity = Math.Max(value, 256);
            if (newCapacity < m_capacity * 2) newCapacity = m_capacity * 2;
            if ((uint)(m_capacity * 2) > MaxArrayLength) newCapacity = Math.Max(value, MaxArrayLength);
            Capacity = newCapacity;
            return true;
        }

        public override void Flush() { }

        public virtual byte[] GetBuffer()
        {
            if (!m_exposable) throw new UnauthorizedAccessException("MemoryStream's internal buffer cannot be accessed.");
            return m_buffer;
        }

        public virtual bool TryGetBuffer(out ArraySegment<byte> buffer)
        {
            if (!m_exposable)
            {
                buffer = default(ArraySegment<byte>);
                return false;
            }
            buffer = new ArraySegment<byte>(m_buffer, m_origin, m_length - m_origin);
            return true;
        }

        public virtual int Capacity
        {
            get
            {
                EnsureNotClosed();
                return m_capacity - m_origin;
            }
            set
            {
                if (value < Length) throw new ArgumentOutOfRangeException("value", "capacity was less than the current size.");
                EnsureNotClosed();
                if (!m_expandable && value != Capacity) throw new NotSupportedException("Memory stream is not expandable.");
                if (!m_expandable || value == m_capacity) return;
                if (value > 0)
                {
                    byte[] grown = new byte[value];
                    if (m_length > 0) Array.Copy(m_buffer, 0, grown, 0, m_length);
                    m_buffer = grown;
                }
                else m_buffer = Array.Empty<byte>();
                m_capacity = value;
            }
        }

        public override long Length
        {
            get
            {
                EnsureNotClosed();
                return m_length - m_origin;
            }
        }

        public override long Position
        {
            get
            {
                EnsureNotClosed();
                return m_position - m_origin;
            }
            set
            {
                if (value < 0) throw new ArgumentOutOfRangeException("value", "Non-negative number required.");
                EnsureNotClosed();
                if (value > MaxLength - m_origin) throw new ArgumentOutOfRangeException("value", "Stream length must be non-negative and less than 2^31 - 1 - origin.");
                m_position = m_origin + (int)value;
            }
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            ValidateBufferArguments(buffer, offset, count);
            EnsureNotClosed();
            int n = Math.Min(m_length - m_position, count);
            if (n <= 0) return 0;
            Array.Copy(m_buffer, m_position, buffer, offset, n);
            m_position += n;
            return n;
        }

        public override int ReadByte()
        {
            EnsureNotClosed();
            return m_position >= m_length ? -1 : m_buffer[m_position++];
        }

        public override void CopyTo(Stream destination, int bufferSize)
        {
            // A subclass may read differently: only a MemoryStream itself hands its bytes over in one write.
            if (GetType() != typeof(MemoryStream))
            {
                base.CopyTo(destination, bufferSize);
                return;
            }
            ValidateCopyToArguments(destination, bufferSize);
            EnsureNotClosed();
            int start = m_position;
            int remaining = Math.Max(0, m_length - start);
            m_position = start + remaining;
            if (remaining > 0) destination.Write(m_buffer, start, remaining);
        }

        public override long Seek(long offset, SeekOrigin loc)
        {
            EnsureNotClosed();
            if (offset > MaxLength) throw new ArgumentOutOfRangeException("offset", "Stream length must be non-negative and less than 2^31 - 1 - origin.");
            long anchor;
            switch (loc)
            {
                case SeekOrigin.Begin: anchor = m_origin; break;
                case SeekOrigin.Current: anchor = m_position; break;
                case SeekOrigin.End: anchor = m_length; break;
                default: throw new ArgumentException("Invalid seek origin.");
            }
            long target = anchor + offset;
            if (target < m_origin) throw new IOException("An attempt was made to move the position before the beginning of the stream.");
            if (target > MaxLength) throw new ArgumentOutOfRangeException("offset", "Stream length must be non-negative and less than 2^31 - 1 - origin.");
            m_position = (int)target;
            // .NET returns the offset in the buffer, not in the stream (they differ for a window with an origin)
            return m_position;
        }

        public override void SetLength(long value)
        {
            if (value < 0 || value > MaxLength) throw new ArgumentOutOfRangeException("value", "Stream length must be non-negative and less than 2^31 - 1 - origin.");
            EnsureWriteable();
            if (value > MaxLength - m_origin) throw new ArgumentOutOfRangeException("value", "Stream length must be non-negative and less than 2^31 - 1 - origin.");
            int newLength = m_origin + (int)value;
            bool allocated = EnsureCapacity(newLength);
            if (!allocated && newLength > m_length) Array.Clear(m_buffer, m_length, newLength - m_length);
            m_length = newLength;
            if (m_position > newLength) m_position = newLength;
        }

        public virtual byte[] ToArray()
        {
            int count = m_length - m_origin;
            if (count == 0) return Array.Empty<byte>();
            byte[] copy = new byte[count];
            Array.Copy(m_buffer, m_origin, copy, 0, count);
            return copy;
        }

        public override void Write(byte[] buffer, int offset, int count)
        {
            ValidateBufferArguments(buffer, offset, count);
            EnsureNotClosed();
            EnsureWriteable();
            int end = m_position + count;
            if (end < 0) throw new IOException("Stream was too long.");
            if (end > m_length) GrowLength(end);
            Array.Copy(buffer, offset, m_buffer, m_position, count);
            m_position = end;
        }

        public override void WriteByte(byte value)
        {
            EnsureNotClosed();
            EnsureWriteable();
            if (m_position >= m_length) GrowLength(m_position + 1);
            m_buffer[m_position++] = value;
        }

        // Extends the stream to newLength, zeroing a gap left by a position past the end (a fresh array is zero already).
        private void GrowLength(int newLength)
        {
            bool mustZero = m_position > m_length;
            if (newLength > m_capacity && EnsureCapacity(newLength)) mustZero = false;
            if (mustZero) Array.Clear(m_buffer, m_length, m_position - m_length);
            m_length = newLength;
        }

        public virtual void WriteTo(Stream stream)
        {
            if (stream == null) throw new ArgumentNullException("stream");
            EnsureNotClosed();
            stream.Write(m_buffer, m_origin, m_length - m_origin);
        }
    }
}
