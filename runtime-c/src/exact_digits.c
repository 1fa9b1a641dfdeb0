/* exact_digits.c — the decimal digits of a double's exact binary value, correctly rounded at a number of significant
 * digits or of digits after the decimal point, a tie going to the even digit: what .NET Core 3.0+ (Dragon4 with a
 * cutoff) gives its standard formats with a precision (E, F, G, N, P, C), for doubles and floats alike (a float
 * widened to double has the same value). The layout of the digits is the core library's (Text/FloatFormatter).
 *
 * A finite value is m · 2^e with m < 2^53. Its integer part is m · 2^e or m >> -e: a big integer of at most 1077 bits,
 * turned into decimal nine digits at a time by dividing by 10^9. Its fraction is f / 2^k (k = -e): f is kept
 * left-aligned in 32-bit limbs, a binary point above the top limb, so that multiplying it by 10^9 carries the next
 * nine digits out of the top limb. Both are exact, so rounding looks at the digits after the cutoff and at whether
 * anything nonzero remains. No table and no snprintf; a typical double (|e| < 100) takes a few limbs. */
#include "runtime.h"
#include <stdint.h>
#include <string.h>

#define BILLION 1000000000u
/* 1077 bits of integer (2^971 · (2^53 - 1)), or 1074 fraction bits placed in whole limbs */
#define LIMBS 36

/* The nine decimal digits of a chunk < 10^9, leading zeros included. */
static void nine_digits(uint32_t chunk, char *out) {
    for (int i = 8; i >= 0; i--) {
        out[i] = (char)('0' + chunk % 10);
        chunk /= 10;
    }
}

/* The digits of v (none for 0) at out; returns their count. */
static int u64_digits(uint64_t v, char *out) {
    char tmp[20];
    int n = 0;
    while (v != 0) {
        tmp[n++] = (char)('0' + v % 10);
        v /= 10;
    }
    for (int i = 0; i < n; i++) out[i] = tmp[n - 1 - i];
    return n;
}

/* The digits of m · 2^e (m != 0, e >= 0) at out; returns their count (at most 309). */
static int big_integer_digits(uint64_t m, int e, char *out) {
    if (e <= 10) return u64_digits(m << e, out);
    uint32_t limb[LIMBS] = {0};
    int word = e / 32;
    unsigned __int128 shifted = (unsigned __int128)m << (e % 32); /* at most 84 bits */
    limb[word] = (uint32_t)shifted;
    limb[word + 1] = (uint32_t)(shifted >> 32);
    limb[word + 2] = (uint32_t)(shifted >> 64);
    int top = word + 3;
    while (top > 0 && limb[top - 1] == 0) top--;
    uint32_t chunks[40]; /* least significant first */
    int count = 0;
    while (top > 0) {
        uint64_t rest = 0;
        for (int i = top - 1; i >= 0; i--) {
            uint64_t current = (rest << 32) | limb[i];
            limb[i] = (uint32_t)(current / BILLION);
            rest = current % BILLION;
        }
        chunks[count++] = (uint32_t)rest;
        while (top > 0 && limb[top - 1] == 0) top--;
    }
    int n = u64_digits(chunks[count - 1], out);
    for (int i = count - 2; i >= 0; i--, n += 9) nine_digits(chunks[i], out + n);
    return n;
}

/* A fraction: limb[n-1..low] / 2^(32n), limbs below low all zero (they stay so: multiplying only moves bits up). */
typedef struct {
    uint32_t limb[LIMBS];
    int n, low;
} Fraction;

/* The fraction bits of m / 2^k (k > 0). */
static void fraction_init(Fraction *f, uint64_t m, int k) {
    uint64_t bits = k >= 64 ? m : m & ((UINT64_C(1) << k) - 1);
    f->n = (k + 31) / 32;
    unsigned __int128 aligned = (unsigned __int128)bits << (32 * f->n - k); /* below 2^(32n), at most 84 bits */
    memset(f->limb, 0, sizeof f->limb);
    f->limb[0] = (uint32_t)aligned;
    if (f->n > 1) f->limb[1] = (uint32_t)(aligned >> 32);
    if (f->n > 2) f->limb[2] = (uint32_t)(aligned >> 64);
    f->low = 0;
    while (f->low < f->n && f->limb[f->low] == 0) f->low++;
}

static int fraction_is_zero(const Fraction *f) { return f->low == f->n; }

/* The next nine digits of the fraction (it becomes the fraction of itself times 10^9). */
static uint32_t fraction_next(Fraction *f) {
    uint64_t carry = 0;
    for (int i = f->low; i < f->n; i++) {
        uint64_t product = (uint64_t)f->limb[i] * BILLION + carry;
        f->limb[i] = (uint32_t)product;
        carry = product >> 32;
    }
    while (f->low < f->n && f->limb[f->low] == 0) f->low++;
    return (uint32_t)carry;
}

/* Rounds digits[0, cut) up by one unit in the last place; returns 1 when that carried out of the first digit (the
 * digits are then "1"). */
static int round_up(char *digits, int cut) {
    for (int i = cut - 1; i >= 0; i--) {
        if (digits[i] != '9') {
            digits[i]++;
            return 0;
        }
        digits[i] = '0';
    }
    digits[0] = '1';
    return 1;
}

int32_t kiln_exact_digits(double value, int32_t count, int significant, char *digits, int32_t *scale) {
    uint64_t bits;
    memcpy(&bits, &value, sizeof bits);
    int biased = (int)((bits >> 52) & 0x7FF);
    uint64_t m = bits & ((UINT64_C(1) << 52) - 1);
    int e;
    if (biased == 0) {
        e = -1074;
    } else {
        m |= UINT64_C(1) << 52;
        e = biased - 1075;
    }
    *scale = 0;
    if (m == 0) return 0;
    int zeros = __builtin_ctzll(m); /* fewer fraction bits to carry */
    m >>= zeros;
    e += zeros;

    /* the digits so far (the integer part's, then the fraction's after its leading zeros), and the decimal point's
     * place: value = 0.digits · 10^point */
    int n;
    int point;
    Fraction fraction;
    int hasFraction = e < 0;
    if (e >= 0) {
        n = big_integer_digits(m, e, digits);
    } else {
        n = -e < 64 ? u64_digits(m >> -e, digits) : 0;
        fraction_init(&fraction, m, -e);
    }
    point = n;
    if (n == 0) {
        /* skip the fraction's leading zeros, nine at a time, then within the first nonzero chunk */
        uint32_t chunk;
        while ((chunk = fraction_next(&fraction)) == 0) point -= 9;
        char nine[9];
        nine_digits(chunk, nine);
        int lead = 0;
        while (nine[lead] == '0') lead++;
        point -= lead;
        n = 9 - lead;
        memcpy(digits, nine + lead, (size_t)n);
    }

    /* the digits to keep; beyond the exact expansion's last digit there is nothing to round */
    int64_t wanted = significant ? (int64_t)count : (int64_t)point + count;
    if (wanted < 0) return 0;
    int cut = wanted > KILN_EXACT_DIGITS_MAX - 9 ? KILN_EXACT_DIGITS_MAX - 9 : (int)wanted;
    while (n <= cut && hasFraction && !fraction_is_zero(&fraction)) {
        nine_digits(fraction_next(&fraction), digits + n);
        n += 9;
    }
    if (n > cut) {
        int next = digits[cut] - '0';
        int rest = hasFraction && !fraction_is_zero(&fraction);
        for (int i = cut + 1; i < n && !rest; i++) rest = digits[i] != '0';
        int previousOdd = cut > 0 && ((digits[cut - 1] - '0') & 1);
        int up = next > 5 || (next == 5 && (rest || previousOdd));
        n = cut;
        if (up) {
            if (cut == 0) {
                digits[0] = '1';
                n = 1;
                point++;
            } else if (round_up(digits, cut)) {
                n = 1;
                point++;
            }
        }
    }
    while (n > 0 && digits[n - 1] == '0') n--;
    *scale = n == 0 ? 0 : point;
    return n;
}
