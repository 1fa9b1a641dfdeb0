/* shortest.c (Ryu) against the search it replaced: for each length p, print the value correctly rounded to p
 * significant digits (snprintf %.{p-1}e) and keep the first that reads back (strtod) to the value. That search
 * finds the shortest text among correctly rounded ones; Ryu finds the shortest text anywhere inside the rounding
 * interval. They differ only where the interval is lopsided (a power of two: the gap below is half the gap above),
 * when the rounded text falls just outside the narrow side while another text of the same length lies inside; and
 * for floats, where the search's strtod-then-(float) rounds twice. Those cases must be strictly shorter than the
 * search and read back exactly (strtod/strtof); every other value must match digit for digit.
 * KILN_SHORTEST_COUNT=N sets the number of random values of each kind (default 50000). */
#include "runtime.h"
#include "test_random.h"
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static long compared, shorter, mismatched;

static void search_digits(double v, int isFloat, char *digits, int *exponent) {
    char tmp[64];
    for (int p = 0; p < 17; p++) {
        snprintf(tmp, sizeof tmp, "%.*e", p, v);
        int roundTrips = isFloat ? (float)strtod(tmp, NULL) == (float)v : strtod(tmp, NULL) == v;
        if (roundTrips || p == 16) break;
    }
    int n = 0;
    char *e = strchr(tmp, 'e');
    for (char *c = tmp; c < e; c++) {
        if (*c >= '0' && *c <= '9') digits[n++] = *c;
    }
    while (n > 1 && digits[n - 1] == '0') n--;
    digits[n] = 0;
    *exponent = atoi(e + 1);
}

static int reads_back(const char *digits, int exponent, double v, int isFloat) {
    char text[64];
    snprintf(text, sizeof text, "%c.%se%d", digits[0], digits[1] ? digits + 1 : "0", exponent);
    return isFloat ? strtof(text, NULL) == (float)v : strtod(text, NULL) == v;
}

static void compare(double v, int isFloat) {
    if (!isfinite(v) || v == 0) return;
    v = fabs(v);
    char expected[32], actual[32];
    int expectedExponent, actualExponent;
    search_digits(v, isFloat, expected, &expectedExponent);
    if (isFloat) {
        kiln_shortest_single((float)v, actual, &actualExponent);
    } else {
        kiln_shortest_double(v, actual, &actualExponent);
    }
    compared++;
    if (strcmp(expected, actual) == 0 && expectedExponent == actualExponent) return;
    int lopsided = isFloat || frexp(v, &(int){0}) == 0.5; /* a float, or a double power of two */
    if (lopsided && strlen(actual) < strlen(expected) && reads_back(actual, actualExponent, v, isFloat)) {
        if (shorter++ < 5) printf("  shorter than the search: %.17g (%s): %se%d, search %se%d\n", v, isFloat ? "float" : "double",
                                  actual, actualExponent, expected, expectedExponent);
        return;
    }
    if (mismatched++ < 20) printf("FAIL shortest %.17g (%s): %se%d, search %se%d\n", v, isFloat ? "float" : "double",
                                  actual, actualExponent, expected, expectedExponent);
}

static uint64_t rng_state = 0x9E3779B97F4A7C15u;
static uint64_t next_random(void) { return xorshift64star(&rng_state); }

/* Returns the number of values that neither matched the search nor were a proven-shorter text. */
long shortest_tests(void) {
    const char *env = getenv("KILN_SHORTEST_COUNT");
    long count = env != NULL ? atol(env) : 50000;
    static const double specials[] = {5e-324, 1e-323, 2.2250738585072009e-308, 2.2250738585072014e-308, DBL_MAX,
                                      1.7976931348623157e308, 9007199254740991.0, 9007199254740992.0, 9007199254740993.0,
                                      0.1 + 0.2, 0.1, 0.3, 1.0 / 3, 2.0 / 3, 123456789012345680.0, 1e23, 8.41e21,
                                      1.5e-323, 4.9406564584124654e-324, 9.8813129168249309e-324, 1.5, 2.5};
    for (size_t i = 0; i < sizeof specials / sizeof specials[0]; i++) compare(specials[i], 0);
    for (int e = -1074; e <= 1023; e++) {           /* every power of two, and its neighbours */
        double p = ldexp(1.0, e);
        compare(p, 0);
        compare(nextafter(p, 0), 0);
        compare(nextafter(p, INFINITY), 0);
    }
    for (int e = -323; e <= 308; e++) { char t[16]; snprintf(t, sizeof t, "1e%d", e); compare(strtod(t, NULL), 0); }
    for (int i = 1; i <= 100000; i++) { compare(i, 0); compare(i / 1000.0, 0); compare((float)i / 100.0f, 1); }
    for (long i = 0; i < count; i++) {
        compare(double_from_bits(next_random()), 0);                          /* every exponent equally */
        compare(double_from_bits(next_random() & 0x000FFFFFFFFFFFFFu), 0);   /* subnormals */
        compare((double)next_random() / (double)UINT64_MAX * 1e6, 0);          /* everyday magnitudes */
    }
    static const float floatSpecials[] = {FLT_MIN, FLT_MAX, 1.4e-45f, 16777216.0f, 16777217.0f, 0.1f, 1.1f, 3.4028235e38f,
                                          1e-45f, 1.17549421e-38f, 0.3f, 1.0f / 3};
    for (size_t i = 0; i < sizeof floatSpecials / sizeof floatSpecials[0]; i++) compare(floatSpecials[i], 1);
    for (int e = -149; e <= 127; e++) {
        float p = ldexpf(1.0f, e);
        compare(p, 1);
        compare(nextafterf(p, 0), 1);
        compare(nextafterf(p, INFINITY), 1);
    }
    for (long i = 0; i < count; i++) {
        compare(float_from_bits((uint32_t)next_random()), 1);
        compare(float_from_bits((uint32_t)next_random() & 0x007FFFFFu), 1);
    }
    printf("shortest digits: %ld values compared with the search, %ld shorter (lopsided interval), %ld wrong\n",
           compared, shorter, mismatched);
    return mismatched;
}
