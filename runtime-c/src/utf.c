/* utf.c — UTF-16 (managed strings) <-> UTF-8 (the outside world). Invalid input becomes U+FFFD. */
#include "runtime.h"

size_t kiln_utf8_encode(const uint16_t *chars, int32_t length, char *out) {
    size_t n = 0;
    for (int32_t i = 0; i < length; i++) {
        uint32_t c = chars[i];
        if (c >= 0xD800 && c <= 0xDBFF && i + 1 < length && chars[i + 1] >= 0xDC00 && chars[i + 1] <= 0xDFFF) {
            c = 0x10000 + ((c - 0xD800) << 10) + (chars[i + 1] - 0xDC00);
            i++;
        } else if (c >= 0xD800 && c <= 0xDFFF) {
            c = 0xFFFD; /* lone surrogate */
        }
        if (c < 0x80) {
            if (out) out[n] = (char)c;
            n += 1;
        } else if (c < 0x800) {
            if (out) { out[n] = (char)(0xC0 | c >> 6); out[n + 1] = (char)(0x80 | (c & 0x3F)); }
            n += 2;
        } else if (c < 0x10000) {
            if (out) { out[n] = (char)(0xE0 | c >> 12); out[n + 1] = (char)(0x80 | (c >> 6 & 0x3F)); out[n + 2] = (char)(0x80 | (c & 0x3F)); }
            n += 3;
        } else {
            if (out) {
                out[n] = (char)(0xF0 | c >> 18); out[n + 1] = (char)(0x80 | (c >> 12 & 0x3F));
                out[n + 2] = (char)(0x80 | (c >> 6 & 0x3F)); out[n + 3] = (char)(0x80 | (c & 0x3F));
            }
            n += 4;
        }
    }
    return n;
}

/* Length of a valid UTF-8 sequence starting at s (1..4), or 0 when invalid; stores the code point. */
static int decode_one(const unsigned char *s, size_t left, uint32_t *cp) {
    unsigned char b = s[0];
    if (b < 0x80) { *cp = b; return 1; }
    int n = b >= 0xF0 && b <= 0xF4 ? 4 : b >= 0xE0 ? 3 : b >= 0xC2 && b < 0xE0 ? 2 : 0;
    if (n == 0 || (size_t)n > left) return 0;
    uint32_t c = b & (0xFF >> (n + 1));
    for (int i = 1; i < n; i++) {
        if ((s[i] & 0xC0) != 0x80) return 0;
        c = c << 6 | (s[i] & 0x3F);
    }
    if ((n == 3 && (c < 0x800 || (c >= 0xD800 && c <= 0xDFFF))) || (n == 4 && (c < 0x10000 || c > 0x10FFFF))) return 0;
    *cp = c;
    return n;
}

int32_t kiln_utf8_decode(const char *bytes, size_t length, uint16_t *out) {
    const unsigned char *s = (const unsigned char *)bytes;
    int32_t n = 0;
    size_t i = 0;
    while (i < length) {
        uint32_t c;
        int used = decode_one(s + i, length - i, &c);
        if (used == 0) { c = 0xFFFD; used = 1; }
        i += (size_t)used;
        if (c >= 0x10000) {
            if (out) { out[n] = (uint16_t)(0xD800 + ((c - 0x10000) >> 10)); out[n + 1] = (uint16_t)(0xDC00 + ((c - 0x10000) & 0x3FF)); }
            n += 2;
        } else {
            if (out) out[n] = (uint16_t)c;
            n += 1;
        }
    }
    return n;
}
