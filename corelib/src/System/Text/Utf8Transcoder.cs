namespace System.Text
{
    // UTF-16 ↔ UTF-8 over raw buffers, for UTF8Encoding. Text is mostly ASCII, so runs of ASCII go 16 units at a
    // time through the runtime's vector loops (AsciiRuns), entered at each ASCII unit that follows another kind. Everything else goes one scalar value at
    // a time with .NET's replacement rules: an unpaired surrogate encodes as U+FFFD, and each maximal invalid UTF-8
    // subsequence (Unicode's "maximal subpart" practice) decodes to one U+FFFD.
    // Each direction has a counting pass (to allocate the result exactly) and a writing pass.
    internal static unsafe class Utf8Transcoder
    {
        // How many of the count units at src are ASCII before the first that is not.
        internal static int AsciiPrefixLength(char* src, int count) { return (int)AsciiRuns.CountUnits(src, count); }

        // The UTF-8 length of count UTF-16 units.
        internal static int ByteCount(char* src, int count)
        {
            char* end = src + count;
            long length = count; // one byte per unit, plus the extra bytes of what is not ASCII
            while (src < end)
            {
                if (*src < 0x80)
                {
                    src += AsciiRuns.CountUnits(src, end - src);
                    if (src == end) break;
                }
                int c = *src++;
                if (c < 0x800) { length += 1; continue; }
                // a pair is 4 bytes for 2 units; anything else (a lone surrogate too, as U+FFFD) is 3 bytes
                if (c <= 0xDBFF && c >= 0xD800 && src < end && *src >= 0xDC00 && *src <= 0xDFFF) src++;
                length += 2;
            }
            if (length > int.MaxValue) throw new ArgumentOutOfRangeException("count", "The encoded text is too long.");
            return (int)length;
        }

        // Writes the UTF-8 form of count UTF-16 units (ByteCount bytes).
        internal static void Encode(char* src, int count, byte* dst)
        {
            char* end = src + count;
            while (src < end)
            {
                if (*src < 0x80)
                {
                    long run = AsciiRuns.Narrow(src, end - src, dst);
                    src += run;
                    dst += run;
                    if (src == end) break;
                }
                int c = *src++;
                if (c < 0x800)
                {
                    dst[0] = (byte)(0xC0 | c >> 6);
                    dst[1] = (byte)(0x80 | c & 0x3F);
                    dst += 2;
                    continue;
                }
                if (c >= 0xD800 && c <= 0xDFFF)
                {
                    if (c <= 0xDBFF && src < end && *src >= 0xDC00 && *src <= 0xDFFF)
                    {
                        c = 0x10000 + ((c - 0xD800) << 10) + (*src++ - 0xDC00);
                        dst[0] = (byte)(0xF0 | c >> 18);
                        dst[1] = (byte)(0x80 | c >> 12 & 0x3F);
                        dst[2] = (byte)(0x80 | c >> 6 & 0x3F);
                        dst[3] = (byte)(0x80 | c & 0x3F);
                        dst += 4;
                        continue;
                    }
                    c = 0xFFFD;
                }
                dst[0] = (byte)(0xE0 | c >> 12);
                dst[1] = (byte)(0x80 | c >> 6 & 0x3F);
                dst[2] = (byte)(0x80 | c & 0x3F);
                dst += 3;
            }
        }

        // The UTF-16 length of count bytes of UTF-8 (replacements included).
        internal static int CharCount(byte* src, int count)
        {
            byte* end = src + count;
            int length = 0;
            while (src < end)
            {
                if (*src < 0x80)
                {
                    long run = AsciiRuns.CountBytes(src, end - src);
                    src += run;
                    length += (int)run;
                    if (src == end) break;
                }
                int consumed;
                int value = NextScalar(src, end, out consumed);
                src += consumed;
                length += value >= 0x10000 ? 2 : 1;
            }
            return length;
        }

        // Writes the UTF-16 form of count bytes of UTF-8 (CharCount units), never more than capacity units, and
        // returns how many it wrote: another thread may change the bytes after they were counted.
        internal static int Decode(byte* src, int count, char* dst, int capacity)
        {
            byte* end = src + count;
            char* dstStart = dst, dstEnd = dst + capacity;
            while (src < end)
            {
                if (dst == dstEnd) break;
                if (*src < 0x80)
                {
                    long room = dstEnd - dst, left = end - src;
                    long run = AsciiRuns.Widen(src, left < room ? left : room, dst);
                    src += run;
                    dst += run;
                    if (src == end || dst == dstEnd) break;
                }
                int consumed;
                int value = NextScalar(src, end, out consumed);
                src += consumed;
                if (value >= 0x10000)
                {
                    if (dst + 2 > dstEnd) break;
                    value -= 0x10000;
                    dst[0] = (char)(0xD800 + (value >> 10));
                    dst[1] = (char)(0xDC00 + (value & 0x3FF));
                    dst += 2;
                }
                else *dst++ = (char)value;
            }
            return (int)(dst - dstStart);
        }

        // The scalar value of the sequence starting at a non-ASCII byte p (p < end) and its length in bytes; or
        // U+FFFD and the length of the maximal prefix of a valid sequence (at least the lead byte), so that decoding
        // continues at the byte that broke it. The second byte's range depends on the lead byte: that excludes
        // overlong forms, surrogates and values above U+10FFFF.
        private static int NextScalar(byte* p, byte* end, out int length)
        {
            int lead = *p;
            int need, value, lo = 0x80, hi = 0xBF;
            if (lead >= 0xC2 && lead <= 0xDF) { need = 1; value = lead & 0x1F; }
            else if (lead >= 0xE0 && lead <= 0xEF) { need = 2; value = lead & 0x0F; if (lead == 0xE0) lo = 0xA0; else if (lead == 0xED) hi = 0x9F; }
            else if (lead >= 0xF0 && lead <= 0xF4) { need = 3; value = lead & 0x07; if (lead == 0xF0) lo = 0x90; else if (lead == 0xF4) hi = 0x8F; }
            else { length = 1; return 0xFFFD; }
            int k = 1;
            for (; k <= need; k++)
            {
                if (p + k >= end) break;
                int next = p[k];
                if (next < lo || next > hi) break;
                value = value << 6 | (next & 0x3F);
                lo = 0x80;
                hi = 0xBF;
            }
            length = k;
            return k > need ? value : 0xFFFD;
        }
    }
}
