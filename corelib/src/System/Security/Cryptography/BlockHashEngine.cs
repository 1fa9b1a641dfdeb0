namespace System.Security.Cryptography
{
    // The Merkle–Damgård frame that MD5, SHA-1 and SHA-256 share: 64-byte blocks, then padding with 0x80, zeros and
    // the message length in bits (little-endian for MD5, big-endian for SHA). Whole blocks are compressed straight
    // from the caller's array; only a partial block is copied.
    internal abstract class BlockHashEngine
    {
        private readonly byte[] m_block = new byte[64];
        private int m_fill;
        private long m_length;   // bytes hashed so far
        private readonly bool m_bigEndianLength;

        protected BlockHashEngine(bool bigEndianLength) { m_bigEndianLength = bigEndianLength; }

        protected abstract void ResetState();
        protected abstract void Compress(byte[] data, int offset);
        protected abstract byte[] Digest();

        internal void Reset()
        {
            m_fill = 0;
            m_length = 0;
            ResetState();
        }

        internal void Append(byte[] data, int offset, int count)
        {
            m_length += count;
            if (m_fill > 0)
            {
                int take = Math.Min(64 - m_fill, count);
                Array.Copy(data, offset, m_block, m_fill, take);
                m_fill += take;
                offset += take;
                count -= take;
                if (m_fill < 64) return;
                Compress(m_block, 0);
                m_fill = 0;
            }
            while (count >= 64)
            {
                Compress(data, offset);
                offset += 64;
                count -= 64;
            }
            if (count > 0)
            {
                Array.Copy(data, offset, m_block, 0, count);
                m_fill = count;
            }
        }

        internal byte[] Finish()
        {
            long bits = m_length * 8;
            m_block[m_fill++] = 0x80;
            if (m_fill > 56)
            {
                Array.Clear(m_block, m_fill, 64 - m_fill);
                Compress(m_block, 0);
                m_fill = 0;
            }
            Array.Clear(m_block, m_fill, 56 - m_fill);
            for (int i = 0; i < 8; i++) m_block[m_bigEndianLength ? 63 - i : 56 + i] = (byte)(bits >> (8 * i));
            Compress(m_block, 0);
            byte[] digest = Digest();
            Reset();
            return digest;
        }

        internal static uint ReadBigEndian(byte[] data, int at)
        {
            return (uint)(data[at] << 24 | data[at + 1] << 16 | data[at + 2] << 8 | data[at + 3]);
        }

        internal static uint ReadLittleEndian(byte[] data, int at)
        {
            return (uint)(data[at] | data[at + 1] << 8 | data[at + 2] << 16 | data[at + 3] << 24);
        }

        internal static byte[] ToBigEndian(uint[] words, int count)
        {
            byte[] bytes = new byte[count * 4];
            for (int i = 0; i < count; i++)
            {
                bytes[4 * i] = (byte)(words[i] >> 24);
                bytes[4 * i + 1] = (byte)(words[i] >> 16);
                bytes[4 * i + 2] = (byte)(words[i] >> 8);
                bytes[4 * i + 3] = (byte)words[i];
            }
            return bytes;
        }
    }
}
