namespace System.Security.Cryptography
{
    // SHA-1 (FIPS 180-4, section 6.1): five 32-bit words of state, an 80-word message schedule reused by every block.
    internal sealed class Sha1Engine : BlockHashEngine
    {
        private readonly uint[] m_state = new uint[5];
        private readonly uint[] m_schedule = new uint[80];

        internal Sha1Engine() : base(true) { ResetState(); }

        protected override void ResetState()
        {
            m_state[0] = 0x67452301;
            m_state[1] = 0xEFCDAB89;
            m_state[2] = 0x98BADCFE;
            m_state[3] = 0x10325476;
            m_state[4] = 0xC3D2E1F0;
        }

        protected override void Compress(byte[] data, int offset)
        {
            uint[] w = m_schedule;
            for (int t = 0; t < 16; t++) w[t] = ReadBigEndian(data, offset + 4 * t);
            for (int t = 16; t < 80; t++)
            {
                uint x = w[t - 3] ^ w[t - 8] ^ w[t - 14] ^ w[t - 16];
                w[t] = x << 1 | x >> 31;
            }
            uint a = m_state[0], b = m_state[1], c = m_state[2], d = m_state[3], e = m_state[4];
            for (int t = 0; t < 80; t++)
            {
                uint f, k;
                if (t < 20) { f = (b & c) | (~b & d); k = 0x5A827999; }
                else if (t < 40) { f = b ^ c ^ d; k = 0x6ED9EBA1; }
                else if (t < 60) { f = (b & c) | (b & d) | (c & d); k = 0x8F1BBCDC; }
                else { f = b ^ c ^ d; k = 0xCA62C1D6; }
                uint temp = (a << 5 | a >> 27) + f + e + k + w[t];
                e = d;
                d = c;
                c = b << 30 | b >> 2;
                b = a;
                a = temp;
            }
            m_state[0] += a;
            m_state[1] += b;
            m_state[2] += c;
            m_state[3] += d;
            m_state[4] += e;
        }

        protected override byte[] Digest() { return ToBigEndian(m_state, 5); }
    }
}
