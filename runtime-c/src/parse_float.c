/* parse_float.c — double.Parse and float.Parse of the text Number.cs hands over, always the plain shape
 * [sign]digits[.digits][e[sign]digits]. Most such texts are read exactly without strtod by Clinger's fast path
 * (W. D. Clinger, "How to read floating point numbers accurately", PLDI 1990): when the significant digits form an
 * integer w that the binary format holds exactly and 10^|e| is exact too, w · 10^e (or w / 10^-e) is a single IEEE
 * operation on exact operands, hence correctly rounded. Everything else (more than 19 significant digits, larger
 * mantissas or exponents) goes to glibc's strtod/strtof, which round correctly. A float is read through that double
 * only when the double is not a float halfway point: otherwise rounding twice misses texts just above (or below) a
 * halfway point, which .NET rounds once. */
#include "runtime.h"
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static const double POW10[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
                               1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
static const float POW10F[] = {1e0f, 1e1f, 1e2f, 1e3f, 1e4f, 1e5f, 1e6f, 1e7f, 1e8f, 1e9f, 1e10f};
#define TWO_53 (UINT64_C(1) << 53)
#define TWO_24 (UINT64_C(1) << 24)

/* The plain shape split into sign, up to 19 significant digits and a decimal exponent. Returns 0 when the text has
 * another shape or more significant digits than a uint64_t holds (then strtod decides). */
typedef struct {
    int negative;
    uint64_t digits;
    int exponent;
} Decimal;

static int split_decimal(const char *p, Decimal *d) {
    d->negative = 0;
    d->digits = 0;
    d->exponent = 0;
    if (*p == '-' || *p == '+') d->negative = *p++ == '-';
    int significant = 0, seen = 0;
    for (int fraction = 0;; p++) {
        if (*p == '.' && !fraction) {
            fraction = 1;
            continue;
        }
        if (*p < '0' || *p > '9') break;
        seen++;
        if (d->digits == 0 && *p == '0') {
            if (fraction) d->exponent--; /* a leading zero of the fraction only moves the point */
            continue;
        }
        if (++significant > 19) return 0;
        d->digits = d->digits * 10 + (uint64_t)(*p - '0');
        if (fraction) d->exponent--;
    }
    if (seen == 0) return 0;
    if (*p == 'e' || *p == 'E') {
        p++;
        int negative = 0;
        if (*p == '-' || *p == '+') negative = *p++ == '-';
        if (*p < '0' || *p > '9') return 0;
        int e = 0;
        for (; *p >= '0' && *p <= '9'; p++)
            if (e < 100000) e = e * 10 + (*p - '0');
        d->exponent += negative ? -e : e;
    }
    return *p == 0;
}

/* w · 10^e exactly rounded to double, when Clinger's conditions hold; 0 otherwise. */
static int fast_double(const Decimal *d, double *out) {
    if (d->digits > TWO_53) return 0;
    double w = (double)d->digits;
    int e = d->exponent;
    if (e < -22) return 0;
    if (e < 0) {
        *out = w / POW10[-e];
        return 1;
    }
    if (e > 22) {
        /* 123e25 = 123000 · 1e22: still exact while the shifted mantissa stays an integer below 2^53 */
        if (e > 22 + 15) return 0;
        w *= POW10[e - 22];
        if (w > (double)TWO_53) return 0;
        e = 22;
    }
    *out = w * POW10[e];
    return 1;
}

static int fast_single(const Decimal *d, float *out) {
    int e = d->exponent;
    if (d->digits <= TWO_24 && e >= -10 && e <= 10) {
        float w = (float)d->digits;
        *out = e < 0 ? w / POW10F[-e] : w * POW10F[e];
        return 1;
    }
    /* Through the correctly rounded double: narrowing it rounds the text correctly unless the double is exactly
     * halfway between two floats (the midpoints are doubles and rounding is monotonic, so the text and the double lie
     * on the same side of every other midpoint). Such values (1e-22 and up, below 1e38) are normal floats. */
    double v;
    if (!fast_double(d, &v)) return 0;
    uint64_t bits;
    memcpy(&bits, &v, sizeof bits);
    if ((bits & ((UINT64_C(1) << 29) - 1)) == (UINT64_C(1) << 28)) return 0;
    *out = (float)v;
    return 1;
}

/* The string's text as a NUL-terminated ASCII string: on the stack when short (every number's), else malloc'ed;
 * NULL when it holds anything but ASCII (then no number). */
static char *ascii_text(KString *s, char *local, size_t size) {
    if ((size_t)s->length >= size) return kiln_string_to_utf8(s, NULL);
    for (int32_t i = 0; i < s->length; i++) {
        if (s->chars[i] == 0 || s->chars[i] > 0x7F) return kiln_string_to_utf8(s, NULL);
        local[i] = (char)s->chars[i];
    }
    local[s->length] = 0;
    return local;
}

/* text is NUL-terminated ASCII in the plain shape; returns 0 when strtod/strtof would not read all of it. */
int kiln_parse_double(const char *text, double *result) {
    Decimal d;
    double v;
    if (split_decimal(text, &d) && fast_double(&d, &v)) {
        *result = d.negative ? -v : v;
        return 1;
    }
    char *end;
    v = strtod(text, &end);
    if (end == text || *end != 0) return 0;
    *result = v;
    return 1;
}

int kiln_parse_single(const char *text, float *result) {
    Decimal d;
    float v;
    if (split_decimal(text, &d) && fast_single(&d, &v)) {
        *result = d.negative ? -v : v;
        return 1;
    }
    char *end;
    v = strtof(text, &end);
    if (end == text || *end != 0) return 0;
    *result = v;
    return 1;
}

uint8_t kiln_icall_System_Number_ParseDoubleC(KString *s, double *result) {
    char local[128];
    char *text = ascii_text(s, local, sizeof local);
    int ok = kiln_parse_double(text, result);
    if (text != local) free(text);
    return (uint8_t)ok;
}

uint8_t kiln_icall_System_Number_ParseSingleC(KString *s, float *result) {
    char local[128];
    char *text = ascii_text(s, local, sizeof local);
    int ok = kiln_parse_single(text, result);
    if (text != local) free(text);
    return (uint8_t)ok;
}
