namespace System.Text
{
    // Bytes to characters across several calls: the bytes of a character split between two calls decode as if they
    // came in one (Encoding.GetDecoder).
    public abstract class Decoder
    {
        protected Decoder() { }

        public virtual void Reset()
        {
            char[] none = new char[0];
            GetChars(new byte[0], 0, 0, none, 0, true);
        }

        public abstract int GetCharCount(byte[] bytes, int index, int count);
        public virtual int GetCharCount(byte[] bytes, int index, int count, bool flush) { return GetCharCount(bytes, index, count); }

        public abstract int GetChars(byte[] bytes, int byteIndex, int byteCount, char[] chars, int charIndex);
        public virtual int GetChars(byte[] bytes, int byteIndex, int byteCount, char[] chars, int charIndex, bool flush)
        {
            return GetChars(bytes, byteIndex, byteCount, chars, charIndex);
        }

        // Decodes as many of the bytes as fit in charCount characters; completed says whether every byte was used
        // (and, when flushing, nothing is left pending).
        public virtual void Convert(byte[] bytes, int byteIndex, int byteCount, char[] chars, int charIndex, int charCount,
                                    bool flush, out int bytesUsed, out int charsUsed, out bool completed)
        {
            if (bytes == null) throw new ArgumentNullException("bytes");
            if (chars == null) throw new ArgumentNullException("chars");
            if (byteIndex < 0 || byteCount < 0) throw new ArgumentOutOfRangeException(byteIndex < 0 ? "byteIndex" : "byteCount", "Non-negative number required.");
            if (charIndex < 0 || charCount < 0) throw new ArgumentOutOfRangeException(charIndex < 0 ? "charIndex" : "charCount", "Non-negative number required.");
            if (bytes.Length - byteIndex < byteCount) throw new ArgumentOutOfRangeException("bytes", "Index and count must refer to a location within the buffer.");
            if (chars.Length - charIndex < charCount) throw new ArgumentOutOfRangeException("chars", "Index and count must refer to a location within the buffer.");
            int used = byteCount;
            if (GetCharCount(bytes, byteIndex, byteCount, flush) > charCount)
            {
                // the longest prefix whose characters fit: the count only grows with the prefix
                int lo = 0, hi = byteCount;
                while (hi - lo > 1)
                {
                    int mid = lo + (hi - lo) / 2;
                    if (GetCharCount(bytes, byteIndex, mid, false) <= charCount) lo = mid; else hi = mid;
                }
                used = lo;
                if (used == 0) throw new ArgumentException("The output char buffer is too small to contain the decoded characters.", "chars");
            }
            bytesUsed = used;
            charsUsed = GetChars(bytes, byteIndex, bytesUsed, chars, charIndex, flush && bytesUsed == byteCount);
            completed = bytesUsed == byteCount;
        }
    }

    // Characters to bytes across several calls: a surrogate pair split between two calls encodes as one character.
    public abstract class Encoder
    {
        protected Encoder() { }

        public virtual void Reset()
        {
            GetBytes(new char[0], 0, 0, new byte[0], 0, true);
        }

        public abstract int GetByteCount(char[] chars, int index, int count, bool flush);
        public abstract int GetBytes(char[] chars, int charIndex, int charCount, byte[] bytes, int byteIndex, bool flush);

        public virtual void Convert(char[] chars, int charIndex, int charCount, byte[] bytes, int byteIndex, int byteCount,
                                    bool flush, out int charsUsed, out int bytesUsed, out bool completed)
        {
            if (chars == null) throw new ArgumentNullException("chars");
            if (bytes == null) throw new ArgumentNullException("bytes");
            if (charIndex < 0 || charCount < 0) throw new ArgumentOutOfRangeException(charIndex < 0 ? "charIndex" : "charCount", "Non-negative number required.");
            if (byteIndex < 0 || byteCount < 0) throw new ArgumentOutOfRangeException(byteIndex < 0 ? "byteIndex" : "byteCount", "Non-negative number required.");
            if (chars.Length - charIndex < charCount) throw new ArgumentOutOfRangeException("chars", "Index and count must refer to a location within the buffer.");
            if (bytes.Length - byteIndex < byteCount) throw new ArgumentOutOfRangeException("bytes", "Index and count must refer to a location within the buffer.");
            int fits = charCount;
            if (GetByteCount(chars, charIndex, charCount, flush) > byteCount)
            {
                // the longest prefix whose bytes fit: the count only grows with the prefix
                int lo = 0, hi = charCount;
                while (hi - lo > 1)
                {
                    int mid = lo + (hi - lo) / 2;
                    if (GetByteCount(chars, charIndex, mid, false) <= byteCount) lo = mid; else hi = mid;
                }
                fits = lo;
                if (fits == 0) throw new ArgumentException("The output byte buffer is too small to contain the encoded data.", "bytes");
            }
            charsUsed = fits;
            bytesUsed = GetBytes(chars, charIndex, fits, bytes, byteIndex, flush && fits == charCount);
            completed = fits == charCount;
        }
    }

    // The decoder of Kiln's encodings: it keeps the incomplete sequence at the end of one call's bytes and decodes it
    // in front of the next call's.
    internal sealed class EncodingDecoder : Decoder
    {
        private readonly Encoding m_encoding;
        private readonly byte[] m_pending = new byte[4];
        private int m_pendingCount;

        internal EncodingDecoder(Encoding encoding) { m_encoding = encoding; }

        public override void Reset() { m_pendingCount = 0; }

        public override int GetCharCount(byte[] bytes, int index, int count) { return GetCharCount(bytes, index, count, false); }

        public override int GetCharCount(byte[] bytes, int index, int count, bool flush)
        {
            byte[] input = WithPending(bytes, index, count, out index, out count);
            int tail = flush ? 0 : m_encoding.IncompleteTail(input, index, count);
            return m_encoding.Decode(input, index, count - tail).Length;
        }

        public override int GetChars(byte[] bytes, int byteIndex, int byteCount, char[] chars, int charIndex)
        {
            return GetChars(bytes, byteIndex, byteCount, chars, charIndex, false);
        }

        public override int GetChars(byte[] bytes, int byteIndex, int byteCount, char[] chars, int charIndex, bool flush)
        {
            if (chars == null) throw new ArgumentNullException("chars");
            if (charIndex < 0 || charIndex > chars.Length) throw new ArgumentOutOfRangeException("charIndex", "Index was out of range. Must be non-negative and less than or equal to the size of the collection.");
            int index, count;
            byte[] input = WithPending(bytes, byteIndex, byteCount, out index, out count);
            int tail = flush ? 0 : m_encoding.IncompleteTail(input, index, count);
            int decoded = m_encoding.DecodeInto(input, index, count - tail, chars, charIndex);
            if (decoded < 0)
                throw new ArgumentException("The output char buffer is too small to contain the decoded characters, encoding '" + m_encoding.EncodingName + "' fallback 'System.Text.DecoderReplacementFallback'.", "chars");
            // input may be m_pending's own bytes copied into a fresh array, so copy the tail out before overwriting
            for (int i = 0; i < tail; i++) m_pending[i] = input[index + count - tail + i];
            m_pendingCount = tail;
            return decoded;
        }

        // The bytes still pending from the last call followed by these (the caller's array when nothing is pending).
        private byte[] WithPending(byte[] bytes, int index, int count, out int start, out int length)
        {
            if (bytes == null) throw new ArgumentNullException("bytes");
            if (index < 0 || count < 0) throw new ArgumentOutOfRangeException(index < 0 ? "byteIndex" : "byteCount", "Non-negative number required.");
            if (bytes.Length - index < count) throw new ArgumentOutOfRangeException("bytes", "Index and count must refer to a location within the buffer.");
            if (m_pendingCount == 0)
            {
                start = index;
                length = count;
                return bytes;
            }
            byte[] joined = new byte[m_pendingCount + count];
            Array.Copy(m_pending, 0, joined, 0, m_pendingCount);
            Array.Copy(bytes, index, joined, m_pendingCount, count);
            start = 0;
            length = joined.Length;
            return joined;
        }
    }

    // The encoder of Kiln's encodings: a high surrogate at the end of one call waits for the next call's low one.
    internal sealed class EncodingEncoder : Encoder
    {
        private readonly Encoding m_encoding;
        private char m_highSurrogate;   // '\0' when nothing is pending

        internal EncodingEncoder(Encoding encoding) { m_encoding = encoding; }

        public override void Reset() { m_highSurrogate = '\0'; }

        public override int GetByteCount(char[] chars, int index, int count, bool flush)
        {
            string text = WithPending(chars, index, count);
            return m_encoding.GetBytes(text, 0, text.Length - HeldBack(text, flush)).Length;
        }

        public override int GetBytes(char[] chars, int charIndex, int charCount, byte[] bytes, int byteIndex, bool flush)
        {
            if (bytes == null) throw new ArgumentNullException("bytes");
            if (byteIndex < 0 || byteIndex > bytes.Length) throw new ArgumentOutOfRangeException("byteIndex", "Index was out of range. Must be non-negative and less than or equal to the size of the collection.");
            string text = WithPending(chars, charIndex, charCount);
            int held = HeldBack(text, flush);
            byte[] encoded = m_encoding.GetBytes(text, 0, text.Length - held);
            if (bytes.Length - byteIndex < encoded.Length)
                throw new ArgumentException("The output byte buffer is too small to contain the encoded data, encoding '" + m_encoding.EncodingName + "' fallback 'System.Text.EncoderReplacementFallback'.", "bytes");
            Array.Copy(encoded, 0, bytes, byteIndex, encoded.Length);
            m_highSurrogate = held == 1 ? text[text.Length - 1] : '\0';
            return encoded.Length;
        }

        private static int HeldBack(string text, bool flush)
        {
            if (flush || text.Length == 0) return 0;
            char last = text[text.Length - 1];
            return last >= 0xD800 && last <= 0xDBFF ? 1 : 0;
        }

        private string WithPending(char[] chars, int index, int count)
        {
            if (chars == null) throw new ArgumentNullException("chars");
            if (index < 0 || count < 0) throw new ArgumentOutOfRangeException(index < 0 ? "charIndex" : "charCount", "Non-negative number required.");
            if (chars.Length - index < count) throw new ArgumentOutOfRangeException("chars", "Index and count must refer to a location within the buffer.");
            string text = new string(chars, index, count);
            return m_highSurrogate == '\0' ? text : m_highSurrogate + text;
        }
    }
}
