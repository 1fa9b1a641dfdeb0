/* numbers.c — double/float to text the way .NET Core 3.0+ prints them: the shortest digits that read back to
 * the same value, fixed notation for decimal exponents in (-5, 17) (float: (-5, 9)), else d.dddE+XX. (.NET's
 * FormatGeneral switches to scientific notation when the decimal point would sit more than max(digits, 17)
 * places — 9 for float — after the first digit, or more than 3 places before it.) The digits come from
 * shortest.c. */
#include "runtime.h"
#include <math.h>
#include <stdlib.h>
#include <string.h>

/* A fixed text, cut to the buffer as snprintf would. */
static int fixed_text(const char *text, char *buf, size_t size) {
    size_t n = strlen(text);
    if (size > 0) {
        size_t copied = n < size ? n : size - 1;
        memcpy(buf, text, copied);
        buf[copied] = 0;
    }
    return (int)n;
}

static int format(double v, int isFloat, char *buf, size_t size) {
    if (isnan(v)) return fixed_text("NaN", buf, size);
    if (isinf(v)) return fixed_text(v < 0 ? "-Infinity" : "Infinity", buf, size);
    char digits[32];
    int exponent;
    int neg = signbit(v) != 0;
    double a = fabs(v);
    if (a == 0) return fixed_text(neg ? "-0" : "0", buf, size);
    if (isFloat) {
        kiln_shortest_single((float)a, digits, &exponent);
    } else {
        kiln_shortest_double(a, digits, &exponent);
    }
    int nd = (int)strlen(digits);
    int limit = isFloat ? 9 : 17;
    char out[64];
    int o = 0;
    if (neg) out[o++] = '-';
    if (exponent > -5 && exponent < limit) {
        if (exponent < 0) {
            out[o++] = '0';
            out[o++] = '.';
            for (int i = 0; i < -exponent - 1; i++) out[o++] = '0';
            for (int i = 0; i < nd; i++) out[o++] = digits[i];
        } else {
            for (int i = 0; i <= exponent; i++) out[o++] = i < nd ? digits[i] : '0';
            if (nd > exponent + 1) {
                out[o++] = '.';
                for (int i = exponent + 1; i < nd; i++) out[o++] = digits[i];
            }
        }
        out[o] = 0;
    } else {
        out[o++] = digits[0];
        if (nd > 1) {
            out[o++] = '.';
            for (int i = 1; i < nd; i++) out[o++] = digits[i];
        }
        int magnitude = abs(exponent);
        out[o++] = 'E';
        out[o++] = exponent < 0 ? '-' : '+';
        if (magnitude >= 100) out[o++] = (char)('0' + magnitude / 100);
        out[o++] = (char)('0' + magnitude / 10 % 10);
        out[o++] = (char)('0' + magnitude % 10);
        out[o] = 0;
    }
    if ((size_t)o >= size) return fixed_text(out, buf, size);
    memcpy(buf, out, (size_t)o + 1);
    return o;
}

int kiln_format_double(double d, char *buf, size_t size) {
    return format(d, 0, buf, size);
}

int kiln_format_single(float f, char *buf, size_t size) {
    return format((double)f, 1, buf, size);
}

KString *kiln_icall_System_Number_DoubleToString(double d) {
    char buf[64];
    int n = kiln_format_double(d, buf, sizeof buf);
    return kiln_string_from_utf8(buf, (size_t)n);
}

KString *kiln_icall_System_Number_SingleToString(float f) {
    char buf[64];
    int n = kiln_format_single(f, buf, sizeof buf);
    return kiln_string_from_utf8(buf, (size_t)n);
}

/* Text/FloatFormatter's digits for the formats with a precision (exact_digits.c). */
int32_t kiln_icall_System_Text_FloatFormatter_ExactDigits(double value, int32_t count, int32_t significant, char *digits,
                                                            int32_t *scale) {
    return kiln_exact_digits(value, count, significant, digits, scale);
}
