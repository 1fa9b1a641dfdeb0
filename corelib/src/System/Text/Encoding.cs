namespace System.Text
{
    // Text to bytes and back in UTF-8 (the default, as on .NET Core), ASCII and UTF-16. Invalid input is replaced,
    // as .NET's default replacement fallbacks do: unpaired surrogates encode as U+FFFD, each maximal invalid UTF-8
    // subsequence decodes to one U+FFFD, and ASCII maps what it cannot represent to '?'.
    public abstract class Encoding
    {
        private static readonly Encoding s_utf8 = new UTF8Encoding(true);
        private static readonly Encoding s_ascii = new ASCIIEncoding();
        private static readonly Encoding s_unicode = new UnicodeEncoding(false, true);
        private static readonly Encoding s_bigEndianUnicode = new UnicodeEncoding(true, true);

        public static Encoding UTF8 { get { return s_utf8; } }
        public static Encoding ASCII { get { return s_ascii; } }
        public static Encoding Unicode { get { return s_unicode; } }
        public static Encoding BigEndianUnicode { get { return s_bigEndianUnicode; } }
        public static Encoding Default { get { return s_utf8; } }

        public static Encoding GetEncoding(string name)
        {
            if (name == null) throw new ArgumentNullException("name");
            switch (name.ToLowerInvariant())
            {
                case "utf-8": case "utf8": return s_utf8;
                case "us-ascii": case "ascii": return s_ascii;
                case "utf-16": case "utf-16le": case "unicode": return s_unicode;
                case "utf-16be": case "unicodefffe": return s_bigEndianUnicode;
                default: throw new ArgumentException("'" + name + "' is not a supported encoding name.", "name");
            }
        }

        public abstract string WebName { get; }
        public virtual string EncodingName { get { return WebName; } }
        public virtual byte[] GetPreamble() { return new byte[0]; }

        // The two conversions each encoding defines.
        // Each encoding counts its bytes, then fills an array of that size (no growing buffer, no call per byte).
        internal abstract byte[] Encode(string s, int index, int count);
        internal abstract string Decode(byte[] bytes, int index, int count);

        // Decodes into chars at charIndex, returning the count written, or -1 when there is not room for them.
        // An encoding may decode in place; the default decodes into a string and copies it.
        internal virtual int DecodeInto(byte[] bytes, int index, int count, char[] chars, int charIndex)
        {
            string decoded = Decode(bytes, index, count);
            if (chars.Length - charIndex < decoded.Length) return -1;
            decoded.CopyTo(0, chars, charIndex, decoded.Length);
            return decoded.Length;
        }

        // How many of the last bytes start a sequence that more input could still complete: what a Decoder holds
        // back between calls. Single-byte encodings have none.
        internal virtual int IncompleteTail(byte[] bytes, int index, int count) { return 0; }

        // Stateful converters over this encoding: a sequence split between two calls converts as if in one piece.
        public virtual Decoder GetDecoder() { return new EncodingDecoder(this); }
        public virtual Encoder GetEncoder() { return new EncodingEncoder(this); }

        public virtual byte[] GetBytes(string s)
        {
            if (s == null) throw new ArgumentNullException("s");
            return GetBytes(s, 0, s.Length);
        }

        internal byte[] GetBytes(string s, int index, int count) { return Encode(s, index, count); }

        public virtual byte[] GetBytes(char[] chars)
        {
            if (chars == null) throw new ArgumentNullException("chars");
            return GetBytes(new string(chars));
        }

        public virtual byte[] GetBytes(char[] chars, int index, int count)
        {
            if (chars == null) throw new ArgumentNullException("chars");
            return GetBytes(new string(chars, index, count));
        }

        public virtual int GetBytes(string s, int charIndex, int charCount, byte[] bytes, int byteIndex)
        {
            if (s == null) throw new ArgumentNullException("s");
            if (bytes == null) throw new ArgumentNullException("bytes");
            if (charIndex < 0 || charCount < 0 || charIndex > s.Length - charCount) throw new ArgumentOutOfRangeException("charIndex");
            byte[] encoded = GetBytes(s, charIndex, charCount);
            if (byteIndex < 0 || byteIndex > bytes.Length) throw new ArgumentOutOfRangeException("byteIndex");
            if (bytes.Length - byteIndex < encoded.Length) throw new ArgumentException("The output byte buffer is too small to contain the encoded data.", "bytes");
            Array.Copy(encoded, 0, bytes, byteIndex, encoded.Length);
            return encoded.Length;
        }

        public virtual int GetByteCount(string s)
        {
            if (s == null) throw new ArgumentNullException("s");
            return GetBytes(s).Length;
        }

        public virtual int GetByteCount(char[] chars) { return GetBytes(chars).Length; }
        public virtual int GetByteCount(char[] chars, int index, int count) { return GetBytes(chars, index, count).Length; }

        public virtual int GetBytes(char[] chars, int charIndex, int charCount, byte[] bytes, int byteIndex)
        {
            if (chars == null) throw new ArgumentNullException("chars");
            if (charIndex < 0 || charCount < 0 || charIndex > chars.Length - charCount) throw new ArgumentOutOfRangeException(charIndex < 0 ? "charIndex" : "charCount");
            return GetBytes(new string(chars, charIndex, charCount), 0, charCount, bytes, byteIndex);
        }

        public virtual string GetString(byte[] bytes)
        {
            if (bytes == null) throw new ArgumentNullException("bytes");
            return Decode(bytes, 0, bytes.Length);
        }

        public virtual string GetString(byte[] bytes, int index, int count)
        {
            if (bytes == null) throw new ArgumentNullException("bytes");
            if (index < 0 || count < 0 || index > bytes.Length - count) throw new ArgumentOutOfRangeException(index < 0 ? "index" : "count");
            return Decode(bytes, index, count);
        }

        public virtual char[] GetChars(byte[] bytes) { return GetString(bytes).ToCharArray(); }
        public virtual char[] GetChars(byte[] bytes, int index, int count) { return GetString(bytes, index, count).ToCharArray(); }
        public virtual int GetCharCount(byte[] bytes) { return GetString(bytes).Length; }
        public virtual int GetCharCount(byte[] bytes, int index, int count) { return GetString(bytes, index, count).Length; }

        public virtual int GetChars(byte[] bytes, int byteIndex, int byteCount, char[] chars, int charIndex)
        {
            if (chars == null) throw new ArgumentNullException("chars");
            string decoded = GetString(bytes, byteIndex, byteCount);
            if (charIndex < 0 || charIndex > chars.Length) throw new ArgumentOutOfRangeException("charIndex");
            if (chars.Length - charIndex < decoded.Length) throw new ArgumentException("The output char buffer is too small to contain the decoded characters.", "chars");
            decoded.CopyTo(0, chars, charIndex, decoded.Length);
            return decoded.Length;
        }

        public virtual int GetMaxByteCount(int charCount) { return (charCount + 1) * 3; }
        public virtual int GetMaxCharCount(int byteCount) { return byteCount + 1; }
    }

    public class UTF8Encoding : Encoding
    {
        private readonly bool m_preamble;

        public UTF8Encoding() : this(false) { }
        public UTF8Encoding(bool encoderShouldEmitUTF8Identifier) { m_preamble = encoderShouldEmitUTF8Identifier; }
        public UTF8Encoding(bool encoderShouldEmitUTF8Identifier, bool throwOnInvalidBytes) : this(encoderShouldEmitUTF8Identifier) { }

        public override string WebName { get { return "utf-8"; } }
        public override string EncodingName { get { return "Unicode (UTF-8)"; } }
        public override byte[] GetPreamble() { return m_preamble ? new byte[] { 0xEF, 0xBB, 0xBF } : new byte[0]; }

        internal override unsafe byte[] Encode(string s, int index, int count)
        {
            if (count == 0) return new byte[0];
            fixed (char* chars = s)
            {
                byte[] output = new byte[Utf8Transcoder.ByteCount(chars + index, count)];
                fixed (byte* bytes = output) Utf8Transcoder.Encode(chars + index, count, bytes);
                return output;
            }
        }

        internal override unsafe string Decode(byte[] bytes, int index, int count)
        {
            if (count == 0) return string.Empty;
            fixed (byte* src = &bytes[index])
            {
                string s = string.FastAllocateString(Utf8Transcoder.CharCount(src, count));
                fixed (char* dst = s)
                {
                    // FastAllocateString does not clear the characters
                    if (Utf8Transcoder.Decode(src, count, dst, s.Length) != s.Length) throw new InvalidOperationException("The bytes changed while they were decoded.");
                }
                return s;
            }
        }

        // A byte never becomes more than one char, so with room for count chars the bytes decode straight into
        // the array (one pass, no string): what StreamReader's buffers always have.
        internal override unsafe int DecodeInto(byte[] bytes, int index, int count, char[] chars, int charIndex)
        {
            if (count == 0) return 0;
            int room = chars.Length - charIndex;
            if (room < count) return base.DecodeInto(bytes, index, count, chars, charIndex);
            fixed (byte* src = &bytes[index])
            fixed (char* dst = &chars[charIndex])
            {
                return Utf8Transcoder.Decode(src, count, dst, room);
            }
        }

        public override unsafe int GetByteCount(string s)
        {
            if (s == null) throw new ArgumentNullException("s");
            fixed (char* chars = s) return Utf8Transcoder.ByteCount(chars, s.Length);
        }

        // A lead byte near the end whose sequence is cut short but valid so far (the second byte's range depends on
        // the lead byte, as in Decode).
        internal override int IncompleteTail(byte[] bytes, int index, int count)
        {
            int end = index + count;
            for (int k = 1; k <= 3 && k <= count; k++)
            {
                int b = bytes[end - k];
                if (b >= 0x80 && b <= 0xBF) continue;
                int need = b >= 0xC2 && b <= 0xDF ? 1 : b >= 0xE0 && b <= 0xEF ? 2 : b >= 0xF0 && b <= 0xF4 ? 3 : 0;
                if (need < k) return 0;
                if (k >= 2)
                {
                    int second = bytes[end - k + 1];
                    int lo = b == 0xE0 ? 0xA0 : b == 0xF0 ? 0x90 : 0x80, hi = b == 0xED ? 0x9F : b == 0xF4 ? 0x8F : 0xBF;
                    if (second < lo || second > hi) return 0;
                }
                return k;
            }
            return 0;
        }

        public override int GetMaxCharCount(int byteCount) { return byteCount + 1; }
    }

    public class ASCIIEncoding : Encoding
    {
        public override string WebName { get { return "us-ascii"; } }
        public override string EncodingName { get { return "US-ASCII"; } }

        // Every unit that is not ASCII becomes '?' — a surrogate pair too gives two, as .NET's replacement fallback
        // (which doubles its string for pairs) and Mono do.
        internal override unsafe byte[] Encode(string s, int index, int count)
        {
            byte[] output = new byte[count];
            if (count == 0) return output;
            fixed (char* chars = s)
            fixed (byte* bytes = output)
            {
                char* src = chars + index;
                // the leading ASCII run, found and copied eight and four units at a time
                int ascii = Utf8Transcoder.AsciiPrefixLength(src, count);
                Utf8Transcoder.Encode(src, ascii, bytes);
                for (int i = ascii; i < count; i++)
                {
                    char c = src[i];
                    bytes[i] = c < 0x80 ? (byte)c : (byte)'?';
                }
            }
            return output;
        }

        internal override unsafe string Decode(byte[] bytes, int index, int count)
        {
            if (count == 0) return string.Empty;
            string s = string.FastAllocateString(count);
            fixed (byte* src = &bytes[index])
            fixed (char* dst = s)
            {
                // the leading ASCII run widened 16 bytes at a time, then the rest one by one
                for (int i = (int)AsciiRuns.Widen(src, count, dst); i < count; i++) { byte b = src[i]; dst[i] = b < 0x80 ? (char)b : '?'; }
            }
            return s;
        }

        public override int GetMaxByteCount(int charCount) { return charCount + 1; }
        public override int GetMaxCharCount(int byteCount) { return byteCount; }
    }

    public class UnicodeEncoding : Encoding
    {
        private readonly bool m_bigEndian, m_preamble;

        public UnicodeEncoding() : this(false, true) { }
        public UnicodeEncoding(bool bigEndian, bool byteOrderMark) { m_bigEndian = bigEndian; m_preamble = byteOrderMark; }
        public UnicodeEncoding(bool bigEndian, bool byteOrderMark, bool throwOnInvalidBytes) : this(bigEndian, byteOrderMark) { }

        public override string WebName { get { return m_bigEndian ? "utf-16BE" : "utf-16"; } }
        public override string EncodingName { get { return m_bigEndian ? "Unicode (Big-Endian)" : "Unicode"; } }
        public override byte[] GetPreamble()
        {
            if (!m_preamble) return new byte[0];
            return m_bigEndian ? new byte[] { 0xFE, 0xFF } : new byte[] { 0xFF, 0xFE };
        }

        // Every unit is two bytes; an unpaired surrogate becomes U+FFFD, as .NET's replacement fallback does.
        internal override unsafe byte[] Encode(string s, int index, int count)
        {
            byte[] output = new byte[2 * count];
            if (count == 0) return output;
            fixed (char* chars = s)
            fixed (byte* bytes = output)
            {
                char* src = chars + index, end = src + count;
                char* dst = (char*)bytes;
                if (!m_bigEndian)
                {
                    // the units as they are, then only the surrogates looked at again
                    Buffer.MemoryCopy(dst, src, 2L * count);
                    int at = string.IndexOfSurrogate(src, count);
                    if (at < 0) return output;
                    src += at;
                    dst += at;
                }
                for (char* p = src; p < end; p++)
                {
                    char c = *p;
                    if (c >= 0xD800 && c <= 0xDFFF)
                    {
                        bool paired = c <= 0xDBFF ? p + 1 < end && p[1] >= 0xDC00 && p[1] <= 0xDFFF
                                                  : p > chars + index && p[-1] >= 0xD800 && p[-1] <= 0xDBFF;
                        if (!paired) c = '\uFFFD';
                    }
                    *dst++ = m_bigEndian ? (char)(c << 8 | c >> 8) : c;
                }
            }
            return output;
        }

        // Unpaired surrogates and a final odd byte decode to U+FFFD, as .NET's replacement fallback does.
        internal override string Decode(byte[] bytes, int index, int count)
        {
            int units = count / 2;
            char[] chars = new char[units + (count & 1)];
            int n = 0;
            for (int u = 0; u < units; u++)
            {
                char c = Unit(bytes, index + 2 * u);
                if (c >= 0xD800 && c <= 0xDFFF)
                {
                    char next = u + 1 < units ? Unit(bytes, index + 2 * u + 2) : '\0';
                    if (c <= 0xDBFF && next >= 0xDC00 && next <= 0xDFFF)
                    {
                        chars[n++] = c;
                        chars[n++] = next;
                        u++;
                        continue;
                    }
                    c = '\uFFFD';
                }
                chars[n++] = c;
            }
            if ((count & 1) != 0) chars[n++] = '\uFFFD';
            return new string(chars, 0, n);
        }

        private char Unit(byte[] bytes, int at)
        {
            int a = bytes[at], b = bytes[at + 1];
            return (char)(m_bigEndian ? a << 8 | b : b << 8 | a);
        }

        // An odd final byte, and before it a high surrogate waiting for its low half.
        internal override int IncompleteTail(byte[] bytes, int index, int count)
        {
            int odd = count & 1;
            if (count - odd >= 2)
            {
                char last = Unit(bytes, index + count - odd - 2);
                if (last >= 0xD800 && last <= 0xDBFF) return odd + 2;
            }
            return odd;
        }

        public override int GetMaxCharCount(int byteCount) { return (byteCount >> 1) + (byteCount & 1) + 1; }

        public override int GetMaxByteCount(int charCount) { return (charCount + 1) * 2; }
    }
}
