/* shortest.c — the shortest decimal digits that read back to a given double or float, without a search: Ryu
 * (Ulf Adams, "Ryu: fast float-to-string conversion", PLDI 2018), written from the paper. The value is m2 · 2^e2;
 * its rounding interval (the reals that read back to it) is [mm, mp] · 2^e2 scaled by 4 so that the halfway points
 * are integers. Each of mv, mp and mm is multiplied by 2^e2 / 10^q (or 5^-e2 / 2^q) through a 128-bit table entry,
 * giving the interval in decimal at a precision just finer than needed; digits are then dropped while the interval
 * still holds two candidates. Exactness flags (were the dropped digits all zero?) decide the interval's closed ends
 * and round-half-even, so the result is the shortest decimal inside the interval, and of those the closest to the
 * value (ties to an even digit) — what the former snprintf/strtod search (runtime-c/test) found, one length at a time.
 * The same code serves floats: the 125-bit tables are more precise than a float needs. */
#include "runtime.h"
#include <stdint.h>
#include <string.h>
#include "pow5_tables.h"

typedef unsigned __int128 u128;

/* Bit length of 5^e, for 0 <= e <= 3528. */
static int pow5_bits(int e) { return (int)(((uint32_t)e * 1217359u) >> 19) + 1; }
/* floor(e · log10(2)), for 0 <= e <= 1650. */
static int log10_pow2(int e) { return (int)(((uint32_t)e * 78913u) >> 18); }
/* floor(e · log10(5)), for 0 <= e <= 2620. */
static int log10_pow5(int e) { return (int)(((uint32_t)e * 732923u) >> 20); }

/* (m · mul) >> j for a 128-bit mul; j >= 64, and the result fits 64 bits. */
static uint64_t mul_shift(uint64_t m, const uint64_t mul[2], int j) {
    u128 low = (u128)m * mul[0];
    u128 high = (u128)m * mul[1];
    return (uint64_t)(((low >> 64) + high) >> (j - 64));
}

static int multiple_of_pow5(uint64_t v, int p) {
    int count = 0;
    while (v != 0 && v % 5 == 0 && count < p) {
        v /= 5;
        count++;
    }
    return count >= p;
}

static int multiple_of_pow2(uint64_t v, int p) {
    return p < 64 && (v & ((UINT64_C(1) << p) - 1)) == 0;
}

/* The shortest decimal for m2 · 2^(e2 + 2) (e2 already includes the factor 4): returns the digits as an integer
 * and sets *e10 so that the value reads digits · 10^*e10. lowerHalf: the interval below is half as wide (m2 is a
 * power of two with a normal exponent above the smallest). */
static uint64_t shortest_decimal(uint64_t m2, int e2, int lowerHalf, int *e10) {
    int acceptBounds = (m2 & 1) == 0; /* a halfway text reads back (round-half-even) to an even mantissa */
    uint64_t mv = 4 * m2;
    int mmShift = !lowerHalf;
    uint64_t vr, vp, vm;
    int exponent;
    int vmIsTrailingZeros = 0, vrIsTrailingZeros = 0;
    if (e2 >= 0) {
        /* one digit more than needed (q - 1) so that the loop below always sees the last dropped digit */
        int q = log10_pow2(e2) - (e2 > 3);
        exponent = q;
        int k = POW5_INV_BITS + pow5_bits(q) - 1;
        int i = -e2 + q + k;
        vr = mul_shift(mv, POW5_INV[q], i);
        vp = mul_shift(mv + 2, POW5_INV[q], i);
        vm = mul_shift(mv - 1 - mmShift, POW5_INV[q], i);
        /* exact iff 5^q divides the scaled mantissa; of mm, mv, mp (at most 4 apart) one at most is a multiple of 5 */
        if (mv % 5 == 0) {
            vrIsTrailingZeros = multiple_of_pow5(mv, q);
        } else if (acceptBounds) {
            vmIsTrailingZeros = multiple_of_pow5(mv - 1 - mmShift, q);
        } else {
            vp -= multiple_of_pow5(mv + 2, q); /* an exact upper end is outside the open interval */
        }
    } else {
        int q = log10_pow5(-e2) - (-e2 > 1);
        exponent = q + e2;
        int i = -e2 - q;
        int k = pow5_bits(i) - POW5_BITS;
        int j = q - k;
        vr = mul_shift(mv, POW5[i], j);
        vp = mul_shift(mv + 2, POW5[i], j);
        vm = mul_shift(mv - 1 - mmShift, POW5[i], j);
        /* the products are m · 5^i / 2^q: exact iff 2^q divides m */
        if (q <= 1) {
            vrIsTrailingZeros = 1; /* mv has two trailing zero bits */
            if (acceptBounds) {
                vmIsTrailingZeros = mmShift == 1; /* mm = mv - 2 is even */
            } else {
                --vp; /* mp = mv + 2 is even: exact, and outside the open interval */
            }
        } else {
            vrIsTrailingZeros = multiple_of_pow2(mv, q); /* mm and mp have at most one trailing zero bit */
        }
    }

    int removed = 0;
    uint8_t lastRemovedDigit = 0;
    uint64_t output;
    if (vmIsTrailingZeros || vrIsTrailingZeros) {
        /* the rare exact cases: track whether the dropped digits were all zero */
        while (vp / 10 > vm / 10) {
            vmIsTrailingZeros &= vm % 10 == 0;
            vrIsTrailingZeros &= lastRemovedDigit == 0;
            lastRemovedDigit = (uint8_t)(vr % 10);
            vr /= 10;
            vp /= 10;
            vm /= 10;
            removed++;
        }
        if (vmIsTrailingZeros) {
            while (vm % 10 == 0) {
                vrIsTrailingZeros &= lastRemovedDigit == 0;
                lastRemovedDigit = (uint8_t)(vr % 10);
                vr /= 10;
                vp /= 10;
                vm /= 10;
                removed++;
            }
        }
        if (vrIsTrailingZeros && lastRemovedDigit == 5 && vr % 2 == 0) {
            lastRemovedDigit = 4; /* exactly halfway: round to even */
        }
        output = vr + ((vr == vm && (!acceptBounds || !vmIsTrailingZeros)) || lastRemovedDigit >= 5);
    } else {
        while (vp / 10 > vm / 10) {
            lastRemovedDigit = (uint8_t)(vr % 10);
            vr /= 10;
            vp /= 10;
            vm /= 10;
            removed++;
        }
        output = vr + (vr == vm || lastRemovedDigit >= 5);
    }
    *e10 = exponent + removed;
    return output;
}

/* Writes the digits of output without trailing zeros; returns the scientific exponent (d.ddd · 10^E). */
static int to_digits(uint64_t output, int e10, char *digits) {
    char tmp[24];
    int n = 0;
    do {
        tmp[n++] = (char)('0' + output % 10);
        output /= 10;
    } while (output != 0);
    int scientific = e10 + n - 1;
    int first = 0;
    while (first < n - 1 && tmp[first] == '0') first++; /* tmp holds the digits backwards */
    int o = 0;
    for (int i = n - 1; i >= first; i--) digits[o++] = tmp[i];
    digits[o] = 0;
    return scientific;
}

void kiln_shortest_double(double v, char *digits, int *exponent) {
    uint64_t bits;
    memcpy(&bits, &v, sizeof bits);
    uint64_t mantissa = bits & ((UINT64_C(1) << 52) - 1);
    int biased = (int)((bits >> 52) & 0x7ff);
    uint64_t m2 = biased == 0 ? mantissa : mantissa | (UINT64_C(1) << 52);
    int e2 = (biased == 0 ? 1 : biased) - 1023 - 52 - 2;
    int e10;
    uint64_t output = shortest_decimal(m2, e2, mantissa == 0 && biased > 1, &e10);
    *exponent = to_digits(output, e10, digits);
}

void kiln_shortest_single(float v, char *digits, int *exponent) {
    uint32_t bits;
    memcpy(&bits, &v, sizeof bits);
    uint32_t mantissa = bits & ((UINT32_C(1) << 23) - 1);
    int biased = (int)((bits >> 23) & 0xff);
    uint64_t m2 = biased == 0 ? mantissa : mantissa | (UINT32_C(1) << 23);
    int e2 = (biased == 0 ? 1 : biased) - 127 - 23 - 2;
    int e10;
    uint64_t output = shortest_decimal(m2, e2, mantissa == 0 && biased > 1, &e10);
    *exponent = to_digits(output, e10, digits);
}
