/* exact_digits.c against glibc's printf, which prints a double's exact value correctly rounded, ties to even (in the
 * default rounding mode) — the same rule as .NET's Dragon4 with a cutoff. Significant digits are compared with
 * "%.{p-1}e", digits after the point with "%.{p}f", each turned into digits without trailing zeros and a scale
 * (value ≈ 0.digits · 10^scale). Values: random bits, subnormals, powers of two and ten with their neighbours, halfway
 * cases (n + 0.5, n/8, n/1024 ...) and everyday magnitudes; precisions 0-40 and a few large ones.
 * KILN_EXACT_DIGITS_COUNT=N sets the number of random values of each kind (default 20000). */
#include "runtime.h"
#include "test_random.h"
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static long compared, mismatched;
static char text[KILN_EXACT_DIGITS_MAX + 400];

/* printf's text of v (> 0) to digits and scale; returns the digit count */
static int expected_digits(double v, int precision, int significant, char *digits, int *scale) {
    int n = 0, point = 0, seenPoint = 0, leading = 1;
    if (significant) {
        snprintf(text, sizeof text, "%.*e", precision - 1, v);
    } else {
        snprintf(text, sizeof text, "%.*f", precision, v);
    }
    char *c = text;
    for (; *c != 0 && *c != 'e'; c++) {
        if (*c == '.') {
            seenPoint = 1;
            continue;
        }
        if (leading && *c == '0') {
            if (seenPoint) point--;
            continue;
        }
        leading = 0;
        digits[n++] = *c;
        if (!seenPoint) point++;
    }
    if (*c == 'e') point = atoi(c + 1) + 1;
    while (n > 0 && digits[n - 1] == '0') n--;
    *scale = n == 0 ? 0 : point;
    return n;
}

static void compare(double v, int precision, int significant) {
    if (!isfinite(v) || v == 0) return;
    v = fabs(v);
    if (significant && precision == 0) return;
    static char expected[KILN_EXACT_DIGITS_MAX + 400], actual[KILN_EXACT_DIGITS_MAX];
    int expectedScale;
    int32_t actualScale;
    int expectedCount = expected_digits(v, precision, significant, expected, &expectedScale);
    int actualCount = kiln_exact_digits(v, precision, significant, actual, &actualScale);
    compared++;
    if (expectedCount == actualCount && expectedScale == actualScale && memcmp(expected, actual, (size_t)actualCount) == 0) {
        return;
    }
    if (mismatched++ < 20) {
        printf("FAIL exact digits of %.17g, %s %d: %.*s scale %d, printf %.*s scale %d\n", v,
               significant ? "significant" : "decimals", precision, actualCount, actual, actualScale, expectedCount,
               expected, expectedScale);
    }
}

static void compare_all(double v) {
    for (int p = 0; p <= 40; p++) {
        compare(v, p, 1);
        compare(v, p, 0);
    }
}

static uint64_t rng_state = 0x2545F4914F6CDD1Du;
static uint64_t next_random(void) { return xorshift64star(&rng_state); }

/* Returns the number of mismatches. */
long exact_digits_tests(void) {
    const char *env = getenv("KILN_EXACT_DIGITS_COUNT");
    long count = env != NULL ? atol(env) : 20000;
    static const double specials[] = {5e-324, 1e-323, 2.2250738585072009e-308, 2.2250738585072014e-308, DBL_MAX,
                                      9007199254740991.0, 9007199254740992.0, 9007199254740993.0, 0.1, 0.3, 1.0 / 3,
                                      0.125, 0.375, 2.5, 1.5, 0.5, 0.05, 0.15, 0.25, 0.35, 0.0046, 0.006, 0.0095, 0.005,
                                      9.95, 9.995, 99.5, 999999.5, 0.9999999999999999, 1e23, 123456789012345680.0};
    for (size_t i = 0; i < sizeof specials / sizeof specials[0]; i++) {
        compare_all(specials[i]);
        for (int p = 100; p <= 1100; p += 250) {
            compare(specials[i], p, 1);
            compare(specials[i], p, 0);
        }
    }
    for (int e = -1074; e <= 1023; e++) {           /* every power of two, and its neighbours */
        double p = ldexp(1.0, e);
        compare(p, 17, 1);
        compare(p, 3, 1);
        compare(p, 800, 1);
        compare(p, 2, 0);
        compare(p, 1100, 0);
        compare(nextafter(p, 0), 17, 1);
        compare(nextafter(p, INFINITY), 15, 1);
    }
    for (int e = -323; e <= 308; e++) {
        char t[16];
        snprintf(t, sizeof t, "1e%d", e);
        double p = strtod(t, NULL);
        compare(p, 17, 1);
        compare(p, 1, 1);
        compare(p, 6, 0);
        compare(nextafter(p, 0), 17, 1);
    }
    for (int i = 0; i <= 4000; i++) {                /* ties: n + 1/2, n/8, n/1024 */
        compare_all(i + 0.5);
        compare(i / 8.0, 2, 0);
        compare(i / 8.0, 1, 0);
        compare(i / 1024.0, 3, 0);
        compare(i / 1024.0, 4, 1);
        compare(i * 1e15 + 0.5, 16, 1);
    }
    for (long i = 0; i < count; i++) {
        int p = (int)(next_random() % 41);
        compare(double_from_bits(next_random()), p, 1);                          /* every exponent equally */
        compare(double_from_bits(next_random()), p, 0);
        compare(double_from_bits(next_random() & 0x000FFFFFFFFFFFFFu), p, 1);   /* subnormals */
        double everyday = (double)next_random() / (double)UINT64_MAX * pow(10, (int)(next_random() % 24) - 12);
        compare(everyday, p, 1);
        compare(everyday, p, 0);
        compare((float)everyday, p, 1);                                           /* floats widened */
    }
    printf("exact digits: %ld (value, precision) pairs compared with printf, %ld wrong\n", compared, mismatched);
    return mismatched;
}
