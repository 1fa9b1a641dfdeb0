/* ascii.c — the ASCII runs of text transcoding (corelib System.Text.AsciiRuns), 16 units per step with SSE2 (every
 * x86-64 has it): UTF-8 and ASCII encoding and decoding spend most of their time in runs of ASCII. Each function
 * stops at the first unit that is not ASCII and returns how many it went over, so the caller handles that unit. */
#include "runtime.h"
#include <emmintrin.h>

/* Whether the 16 UTF-16 units in a and b are all below 0x80. */
static inline int all_ascii_units(__m128i a, __m128i b) {
    __m128i high = _mm_and_si128(_mm_or_si128(a, b), _mm_set1_epi16((short)0xFF80));
    return _mm_movemask_epi8(_mm_cmpeq_epi16(high, _mm_setzero_si128())) == 0xFFFF;
}

/* Copies the ASCII units at the start of src to dst as bytes. */
int64_t kiln_icall_System_Text_AsciiRuns_Narrow(const uint16_t *src, int64_t count, uint8_t *dst) {
    int64_t i = 0;
    for (; i + 16 <= count; i += 16) {
        __m128i a = _mm_loadu_si128((const __m128i *)(src + i));
        __m128i b = _mm_loadu_si128((const __m128i *)(src + i + 8));
        if (!all_ascii_units(a, b)) break;
        _mm_storeu_si128((__m128i *)(dst + i), _mm_packus_epi16(a, b));
    }
    for (; i < count && src[i] < 0x80; i++) dst[i] = (uint8_t)src[i];
    return i;
}

/* How many of the units at the start of src are ASCII. */
int64_t kiln_icall_System_Text_AsciiRuns_CountUnits(const uint16_t *src, int64_t count) {
    int64_t i = 0;
    for (; i + 16 <= count; i += 16) {
        if (!all_ascii_units(_mm_loadu_si128((const __m128i *)(src + i)), _mm_loadu_si128((const __m128i *)(src + i + 8)))) break;
    }
    while (i < count && src[i] < 0x80) i++;
    return i;
}

/* Copies the ASCII bytes at the start of src to dst as UTF-16 units. */
int64_t kiln_icall_System_Text_AsciiRuns_Widen(const uint8_t *src, int64_t count, uint16_t *dst) {
    int64_t i = 0;
    const __m128i zero = _mm_setzero_si128();
    for (; i + 16 <= count; i += 16) {
        __m128i v = _mm_loadu_si128((const __m128i *)(src + i));
        if (_mm_movemask_epi8(v) != 0) break;
        _mm_storeu_si128((__m128i *)(dst + i), _mm_unpacklo_epi8(v, zero));
        _mm_storeu_si128((__m128i *)(dst + i + 8), _mm_unpackhi_epi8(v, zero));
    }
    for (; i < count && src[i] < 0x80; i++) dst[i] = src[i];
    return i;
}

/* How many of the bytes at the start of src are ASCII. */
int64_t kiln_icall_System_Text_AsciiRuns_CountBytes(const uint8_t *src, int64_t count) {
    int64_t i = 0;
    for (; i + 32 <= count; i += 32) {
        __m128i v = _mm_or_si128(_mm_loadu_si128((const __m128i *)(src + i)), _mm_loadu_si128((const __m128i *)(src + i + 16)));
        if (_mm_movemask_epi8(v) != 0) break;
    }
    for (; i + 16 <= count; i += 16) {
        if (_mm_movemask_epi8(_mm_loadu_si128((const __m128i *)(src + i))) != 0) break;
    }
    while (i < count && src[i] < 0x80) i++;
    return i;
}
