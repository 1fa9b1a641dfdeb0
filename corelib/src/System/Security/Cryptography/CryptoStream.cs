using System.IO;

namespace System.Security.Cryptography
{
    public enum CryptoStreamMode { Read = 0, Write = 1 }

    // A stream that passes data through an ICryptoTransform block by block: in Write mode what is written is
    // transformed into the underlying stream, in Read mode what is read from it is transformed on the way out. The
    // final (partial) block goes through TransformFinalBlock: at the end of the input when reading, at
    // FlushFinalBlock or Dispose when writing. With a hash algorithm as the transform, the data passes unchanged and
    // the hash is ready after the final block.
    public class CryptoStream : Stream
    {
        private readonly Stream m_stream;
        private readonly ICryptoTransform m_transform;
        private readonly bool m_canRead, m_canWrite, m_leaveOpen;
        private readonly byte[] m_input;        // a block being collected
        private int m_inputCount;
        private byte[] m_output;                // transformed bytes not yet read (Read mode)
        private int m_outputStart, m_outputEnd;
        private bool m_finalBlockDone;
        private bool m_disposed;

        public CryptoStream(Stream stream, ICryptoTransform transform, CryptoStreamMode mode) : this(stream, transform, mode, false) { }

        public CryptoStream(Stream stream, ICryptoTransform transform, CryptoStreamMode mode, bool leaveOpen)
        {
            if (stream == null) throw new ArgumentNullException("stream");
            if (transform == null) throw new ArgumentNullException("transform");
            if (mode == CryptoStreamMode.Read)
            {
                if (!stream.CanRead) throw new ArgumentException("Stream was not readable.", "stream");
                m_canRead = true;
            }
            else if (mode == CryptoStreamMode.Write)
            {
                if (!stream.CanWrite) throw new ArgumentException("Stream was not writable.", "stream");
                m_canWrite = true;
            }
            else throw new ArgumentException("Value was invalid.", "mode");
            m_stream = stream;
            m_transform = transform;
            m_leaveOpen = leaveOpen;
            m_input = new byte[transform.InputBlockSize];
            m_output = new byte[transform.OutputBlockSize];
        }

        public override bool CanRead { get { return m_canRead; } }
        public override bool CanWrite { get { return m_canWrite; } }
        public override bool CanSeek { get { return false; } }
        public override long Length { get { throw new NotSupportedException("Stream does not support seeking."); } }
        public override long Position
        {
            get { throw new NotSupportedException("Stream does not support seeking."); }
            set { throw new NotSupportedException("Stream does not support seeking."); }
        }
        public override long Seek(long offset, SeekOrigin origin) { throw new NotSupportedException("Stream does not support seeking."); }
        public override void SetLength(long value) { throw new NotSupportedException("Stream does not support seeking."); }

        public bool HasFlushedFinalBlock { get { return m_finalBlockDone; } }

        public override void Flush()
        {
            if (m_canWrite) m_stream.Flush();
        }

        // Transforms the collected partial block as the last one and writes the result (Write mode).
        public void FlushFinalBlock()
        {
            if (m_finalBlockDone) throw new NotSupportedException("FlushFinalBlock() method was called twice on a CryptoStream. It can only be called once.");
            m_finalBlockDone = true;
            byte[] last = m_transform.TransformFinalBlock(m_input, 0, m_inputCount);
            m_inputCount = 0;
            if (m_canWrite)
            {
                m_stream.Write(last, 0, last.Length);
                CryptoStream inner = m_stream as CryptoStream;
                if (inner != null && !inner.HasFlushedFinalBlock) inner.FlushFinalBlock();
                else m_stream.Flush();
            }
        }

        public override void Write(byte[] buffer, int offset, int count)
        {
            if (!m_canWrite) throw new NotSupportedException("Stream does not support writing.");
            ValidateBufferArguments(buffer, offset, count);
            int blockSize = m_input.Length;
            while (count > 0)
            {
                if (m_inputCount == 0 && count >= blockSize && m_transform.CanTransformMultipleBlocks)
                {
                    int whole = count / blockSize * blockSize;
                    byte[] output = new byte[whole / blockSize * m_transform.OutputBlockSize];
                    int written = m_transform.TransformBlock(buffer, offset, whole, output, 0);
                    m_stream.Write(output, 0, written);
                    offset += whole;
                    count -= whole;
                    continue;
                }
                int take = Math.Min(blockSize - m_inputCount, count);
                Array.Copy(buffer, offset, m_input, m_inputCount, take);
                m_inputCount += take;
                offset += take;
                count -= take;
                if (m_inputCount < blockSize) break;
                int n = m_transform.TransformBlock(m_input, 0, blockSize, m_output, 0);
                m_stream.Write(m_output, 0, n);
                m_inputCount = 0;
            }
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (!m_canRead) throw new NotSupportedException("Stream does not support reading.");
            ValidateBufferArguments(buffer, offset, count);
            int total = 0;
            while (count > 0)
            {
                if (m_outputStart == m_outputEnd && !ProduceOutput()) break;
                int n = Math.Min(count, m_outputEnd - m_outputStart);
                Array.Copy(m_output, m_outputStart, buffer, offset, n);
                m_outputStart += n;
                offset += n;
                count -= n;
                total += n;
            }
            return total;
        }

        // Reads one input block and transforms it (the final block at the end of the input); false when all is read.
        private bool ProduceOutput()
        {
            m_outputStart = m_outputEnd = 0;
            while (!m_finalBlockDone && m_outputEnd == 0)
            {
                int n = m_stream.Read(m_input, m_inputCount, m_input.Length - m_inputCount);
                m_inputCount += n;
                if (n == 0)
                {
                    m_finalBlockDone = true;
                    m_output = m_transform.TransformFinalBlock(m_input, 0, m_inputCount);
                    m_outputEnd = m_output.Length;
                    m_inputCount = 0;
                }
                else if (m_inputCount == m_input.Length)
                {
                    if (m_output.Length < m_transform.OutputBlockSize) m_output = new byte[m_transform.OutputBlockSize];
                    m_outputEnd = m_transform.TransformBlock(m_input, 0, m_inputCount, m_output, 0);
                    m_inputCount = 0;
                }
            }
            return m_outputEnd > 0;
        }

        protected override void Dispose(bool disposing)
        {
            try
            {
                if (disposing && !m_disposed)
                {
                    m_disposed = true;
                    if (!m_finalBlockDone) FlushFinalBlock();
                    if (!m_leaveOpen) m_stream.Dispose();
                }
            }
            finally
            {
                base.Dispose(disposing);
            }
        }
    }
}
