namespace System.Security.Cryptography
{
    // MD5 (RFC 1321): four 32-bit words of state, little-endian words and length, 64 steps in four rounds.
    internal sealed class Md5Engine : BlockHashEngine
    {
        // floor(abs(sin(i + 1)) * 2^32)
        private static readonly uint[] s_t =
        {
            0xd76aa478, 0xe8c7b756, 0x242070db, 0xc1bdceee, 0xf57c0faf, 0x4787c62a, 0xa8304613, 0xfd469501,
            0x698098d8, 0x8b44f7af, 0xffff5bb1, 0x895cd7be, 0x6b901122, 0xfd987193, 0xa679438e, 0x49b40821,
            0xf61e2562, 0xc040b340, 0x265e5a51, 0xe9b6c7aa, 0xd62f105d, 0x02441453, 0xd8a1e681, 0xe7d3fbc8,
            0x21e1cde6, 0xc33707d6, 0xf4d50d87, 0x455a14ed, 0xa9e3e905, 0xfcefa3f8, 0x676f02d9, 0x8d2a4c8a,
            0xfffa3942, 0x8771f681, 0x6d9d6122, 0xfde5380c, 0xa4beea44, 0x4bdecfa9, 0xf6bb4b60, 0xbebfbc70,
            0x289b7ec6, 0xeaa127fa, 0xd4ef3085, 0x04881d05, 0xd9d4d039, 0xe6db99e5, 0x1fa27cf8, 0xc4ac5665,
            0xf4292244, 0x432aff97, 0xab9423a7, 0xfc93a039, 0x655b59c3, 0x8f0ccc92, 0xffeff47d, 0x85845dd1,
            0x6fa87e4f, 0xfe2ce6e0, 0xa3014314, 0x4e0811a1, 0xf7537e82, 0xbd3af235, 0x2ad7d2bb, 0xeb86d391,
        };

        // the rotation of each step, four per round
        private static readonly int[] s_shift = { 7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21 };

        private readonly uint[] m_state = new uint[4];
        private readonly uint[] m_words = new uint[16];

        internal Md5Engine() : base(false) { ResetState(); }

        protected override void ResetState()
        {
            m_state[0] = 0x67452301;
            m_state[1] = 0xefcdab89;
            m_state[2] = 0x98badcfe;
            m_state[3] = 0x10325476;
        }

        protected override void Compress(byte[] data, int offset)
        {
            uint[] x = m_words;
            for (int i = 0; i < 16; i++) x[i] = ReadLittleEndian(data, offset + 4 * i);
            uint a = m_state[0], b = m_state[1], c = m_state[2], d = m_state[3];
            for (int i = 0; i < 64; i++)
            {
                uint f;
                int g;
                int round = i >> 4;
                if (round == 0) { f = (b & c) | (~b & d); g = i; }
                else if (round == 1) { f = (d & b) | (~d & c); g = (5 * i + 1) & 15; }
                else if (round == 2) { f = b ^ c ^ d; g = (3 * i + 5) & 15; }
                else { f = c ^ (b | ~d); g = (7 * i) & 15; }
                uint sum = a + f + s_t[i] + x[g];
                int s = s_shift[(round << 2) | (i & 3)];
                a = d;
                d = c;
                c = b;
                b = b + (sum << s | sum >> (32 - s));
            }
            m_state[0] += a;
            m_state[1] += b;
            m_state[2] += c;
            m_state[3] += d;
        }

        protected override byte[] Digest()
        {
            byte[] bytes = new byte[16];
            for (int i = 0; i < 4; i++)
                for (int j = 0; j < 4; j++) bytes[4 * i + j] = (byte)(m_state[i] >> (8 * j));
            return bytes;
        }
    }
}
