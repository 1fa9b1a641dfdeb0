using System.Text;

namespace System.IO
{
    // Primitives to a stream in little-endian order, strings as a 7-bit encoded byte length followed by the bytes in
    // the writer's encoding (UTF-8 without a byte order mark by default), as .NET's BinaryWriter writes them.
    public class BinaryWriter : IDisposable
    {
        public static readonly BinaryWriter Null = new BinaryWriter();

        protected Stream OutStream;
        private readonly Encoding m_encoding;
        private readonly bool m_leaveOpen;
        private readonly byte[] m_buffer = new byte[16];   // one primitive's bytes

        protected BinaryWriter()
        {
            OutStream = Stream.Null;
            m_encoding = new UTF8Encoding(false, true);
        }

        public BinaryWriter(Stream output) : this(output, new UTF8Encoding(false, true), false) { }
        public BinaryWriter(Stream output, Encoding encoding) : this(output, encoding, false) { }

        public BinaryWriter(Stream output, Encoding encoding, bool leaveOpen)
        {
            if (output == null) throw new ArgumentNullException("output");
            if (encoding == null) throw new ArgumentNullException("encoding");
            if (!output.CanWrite) throw new ArgumentException("Stream was not writable.");
            OutStream = output;
            m_encoding = encoding;
            m_leaveOpen = leaveOpen;
        }

        public virtual Stream BaseStream
        {
            get
            {
                Flush();
                return OutStream;
            }
        }

        public virtual void Close() { Dispose(true); }

        public void Dispose() { Dispose(true); }

        protected virtual void Dispose(bool disposing)
        {
            if (!disposing) return;
            if (m_leaveOpen) OutStream.Flush();
            else OutStream.Close();
        }

        public virtual void Flush() { OutStream.Flush(); }

        public virtual long Seek(int offset, SeekOrigin origin) { return OutStream.Seek(offset, origin); }

        public virtual void Write(bool value) { OutStream.WriteByte((byte)(value ? 1 : 0)); }
        public virtual void Write(byte value) { OutStream.WriteByte(value); }
        public virtual void Write(sbyte value) { OutStream.WriteByte((byte)value); }

        public virtual void Write(byte[] buffer)
        {
            if (buffer == null) throw new ArgumentNullException("buffer");
            OutStream.Write(buffer, 0, buffer.Length);
        }

        public virtual void Write(byte[] buffer, int index, int count) { OutStream.Write(buffer, index, count); }

        public virtual void Write(char ch)
        {
            if (ch >= 0xD800 && ch <= 0xDFFF)
                throw new ArgumentException("Unicode surrogate characters must be written out as pairs together in the same call, not individually. Consider passing in a character array instead.");
            byte[] bytes = m_encoding.GetBytes(new string(ch, 1));
            OutStream.Write(bytes, 0, bytes.Length);
        }

        public virtual void Write(char[] chars)
        {
            if (chars == null) throw new ArgumentNullException("chars");
            Write(chars, 0, chars.Length);
        }

        public virtual void Write(char[] chars, int index, int count)
        {
            byte[] bytes = m_encoding.GetBytes(chars, index, count);
            OutStream.Write(bytes, 0, bytes.Length);
        }

        public virtual void Write(short value) { WriteLittleEndian((ulong)value, 2); }
        public virtual void Write(ushort value) { WriteLittleEndian(value, 2); }
        public virtual void Write(int value) { WriteLittleEndian((ulong)value, 4); }
        public virtual void Write(uint value) { WriteLittleEndian(value, 4); }
        public virtual void Write(long value) { WriteLittleEndian((ulong)value, 8); }
        public virtual void Write(ulong value) { WriteLittleEndian(value, 8); }
        public virtual void Write(float value) { WriteLittleEndian((uint)BitConverter.SingleToInt32Bits(value), 4); }
        public virtual void Write(double value) { WriteLittleEndian((ulong)BitConverter.DoubleToInt64Bits(value), 8); }

        // Four little-endian ints: low, middle and high 32 bits of the integer, then the sign and scale.
        public virtual void Write(decimal value)
        {
            int[] bits = decimal.GetBits(value);
            for (int i = 0; i < 4; i++) Put((uint)bits[i], i * 4, 4);
            OutStream.Write(m_buffer, 0, 16);
        }

        public virtual void Write(string value)
        {
            if (value == null) throw new ArgumentNullException("value");
            byte[] bytes = m_encoding.GetBytes(value);
            Write7BitEncodedInt(bytes.Length);
            OutStream.Write(bytes, 0, bytes.Length);
        }

        // Seven bits a byte, low bits first, the high bit saying another byte follows (negative values take five).
        public void Write7BitEncodedInt(int value)
        {
            uint rest = (uint)value;
            while (rest > 0x7Fu)
            {
                Write((byte)(rest | ~0x7Fu));
                rest >>= 7;
            }
            Write((byte)rest);
        }

        public void Write7BitEncodedInt64(long value)
        {
            ulong rest = (ulong)value;
            while (rest > 0x7Fu)
            {
                Write((byte)((uint)rest | ~0x7Fu));
                rest >>= 7;
            }
            Write((byte)rest);
        }

        private void WriteLittleEndian(ulong value, int size)
        {
            Put(value, 0, size);
            OutStream.Write(m_buffer, 0, size);
        }

        private void Put(ulong value, int at, int size)
        {
            for (int i = 0; i < size; i++) m_buffer[at + i] = (byte)(value >> (8 * i));
        }
    }
}
