/* parse_float.c against glibc's strtod/strtof, which round correctly: random texts of every shape the fast path
 * takes or declines (1-22 significant digits, leading and trailing zeros, a point anywhere, exponents around the
 * ±22 edge and far beyond), plus texts at and near float midpoints (where reading a double and narrowing it
 * would round twice). Every result must equal strtod's/strtof's bit for bit, signed zero too. */
#include "runtime.h"
#include "test_random.h"
#include <math.h>
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static long mismatched;
static uint64_t state = 0x9E3779B97F4A7C15u;

static uint64_t next_random(void) { return xorshift64star(&state); }

static void compare(const char *text) {
    double d = 0, expected = strtod(text, NULL);
    float f = 0, expectedF = strtof(text, NULL);
    if (!kiln_parse_double(text, &d) || memcmp(&d, &expected, sizeof d) != 0) {
        if (mismatched++ < 10) printf("double.Parse(%s) = %.17g, strtod %.17g\n", text, d, expected);
    }
    if (!kiln_parse_single(text, &f) || memcmp(&f, &expectedF, sizeof f) != 0) {
        if (mismatched++ < 10) printf("float.Parse(%s) = %.9g, strtof %.9g\n", text, f, expectedF);
    }
}

static void random_text(char *out) {
    int o = 0;
    if (next_random() & 1) out[o++] = '-';
    int digits = 1 + (int)(next_random() % 22);
    int point = (int)(next_random() % (digits + 2)); /* past the end: no point */
    for (int i = 0; i < digits; i++) {
        if (i == point) out[o++] = '.';
        uint64_t r = next_random();
        out[o++] = (char)('0' + ((r & 0x300) == 0 ? 0 : r % 10)); /* extra zeros */
    }
    if (next_random() % 3 == 0) {
        int range = next_random() & 1 ? 30 : 700;
        o += sprintf(out + o, "e%d", (int)(next_random() % (2 * range + 1)) - range);
    }
    out[o] = 0;
}

long parse_float_tests(void) {
    static const char *fixed[] = {"0", "-0", "0.0", "-0e5", "1", "-1", "123456789012345678", "9007199254740993",
                                  "1e22", "1e23", "123e25", "1e-22", "1e-23", "4.9406564584124654E-324",
                                  "2.2250738585072011E-308", "1.7976931348623157E+308", "1.7976931348623159E+308",
                                  "1e-400", "1e400", "3.4028235E+38", "3.4028236E+38", "1.17549435E-38",
                                  "1.40129846E-45", "7.0064923E-46", "16777217", "16777219", "0.1", "0.30000000000000004",
                                  "1.0000000596046448", "1.00000005960464477539062", "1.00000005960464477539063",
                                  "1.00000017881393432617187", "1.00000017881393432617188", "+5", ".5", "5.", "0001.2500",
                                  "99999999999999999999", "1000000000000000000000000"};
    for (size_t i = 0; i < sizeof fixed / sizeof fixed[0]; i++) compare(fixed[i]);
    char text[64];
    for (int i = 0; i < 200000; i++) {
        random_text(text);
        compare(text);
    }
    /* float midpoints m·2^k + 2^(k-1), printed exactly with a digit changed at the end to fall just above or below */
    for (int i = 0; i < 20000; i++) {
        float f = (float)((double)(next_random() >> 11) / 9007199254740992.0 * pow(10, (int)(next_random() % 20) - 10));
        double mid = (double)f + (double)(nextafterf(f, INFINITY) - f) / 2;
        snprintf(text, sizeof text, "%.25g", mid);
        compare(text);
        /* 15-17 digits: texts near the midpoint that the double fast path reads (17 digits read back to the
         * midpoint double itself, which must then not be narrowed as it is) */
        for (int digits = 15; digits <= 17; digits++) {
            snprintf(text, sizeof text, "%.*g", digits, mid);
            compare(text);
        }
    }
    double d;
    float f;
    if (kiln_parse_double("1e", &d) || kiln_parse_double("", &d) || kiln_parse_single("1.2.3", &f)) {
        printf("a text that is not all a number was read\n");
        mismatched++;
    }
    return mismatched;
}
