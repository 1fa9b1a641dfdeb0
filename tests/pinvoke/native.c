/* A small C library for PInvokeTest: structs of every System V class in and out (registers, memory, sret), by
 * pointer, strings both ways, arrays, small integers, bools, and more arguments than registers. */
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

typedef struct { int32_t x, y; } Point;                          /* one INTEGER eightbyte */
typedef struct { double x, y; } Vector;                          /* two SSE eightbytes */
typedef struct { float r, g, b; } Color;                         /* SSE (<2 x float>), SSE (float) */
typedef struct { int64_t id; double weight; } Tagged;            /* INTEGER, SSE */
typedef struct { float f; int32_t i; } Mixed;                    /* one INTEGER eightbyte (float and int) */
typedef struct { int64_t a, b, c, d; } Big;                      /* memory: byval in, sret out */
typedef struct { uint8_t a; int16_t b; uint8_t c; } Small;       /* 6 bytes: i48 */
typedef struct { Point origin; Point size; } Rect;               /* nested: two INTEGER eightbytes */

int32_t point_sum(Point p) { return p.x + p.y; }
Point point_make(int32_t x, int32_t y) { Point p = {x, y}; return p; }
Vector vector_scale(Vector v, double k) { Vector r = {v.x * k, v.y * k}; return r; }
Color color_invert(Color c) { Color r = {1 - c.r, 1 - c.g, 1 - c.b}; return r; }
Tagged tagged_next(Tagged t) { Tagged r = {t.id + 1, t.weight * 2}; return r; }
Mixed mixed_swap(Mixed m) { Mixed r = {(float)m.i, (int32_t)m.f}; return r; }
Big big_make(int64_t seed) { Big b = {seed, seed * 2, seed * 3, seed * 4}; return b; }
int64_t big_sum(Big b) { return b.a + b.b + b.c + b.d; }
Small small_make(uint8_t a, int16_t b, uint8_t c) { Small s = {a, b, c}; return s; }
int32_t small_sum(Small s) { return s.a + s.b + s.c; }
Rect rect_grow(Rect r, int32_t by) { r.size.x += by; r.size.y += by; return r; }
int32_t rect_area(const Rect *r) { return r->size.x * r->size.y; }
void rect_move(Rect *r, int32_t dx, int32_t dy) { r->origin.x += dx; r->origin.y += dy; }

/* eight Points fill the six INTEGER registers: the seventh and eighth travel on the stack whole */
int64_t points8(Point a, Point b, Point c, Point d, Point e, Point f, Point g, Point h) {
    Point ps[8] = {a, b, c, d, e, f, g, h};
    int64_t s = 0;
    for (int i = 0; i < 8; i++) s = s * 10 + ps[i].x + ps[i].y;
    return s;
}
double mixed_args(int8_t a, int16_t b, uint8_t c, uint16_t d, float e, double f, int64_t g, Vector v) {
    return a + b + c + d + e + f + g + v.x + v.y;
}

int32_t utf8_bytes(const char *s) { return s == NULL ? -1 : (int32_t)strlen(s); }
int32_t utf16_units(const uint16_t *s) { int32_t n = 0; if (s == NULL) return -1; while (s[n]) n++; return n; }
int32_t utf16_first(const uint16_t *s) { return s[0]; }
char *greet(const char *name) {
    const char *hello = "Hello, ";
    char *r = malloc(strlen(hello) + strlen(name) + 2);
    strcpy(r, hello); strcat(r, name); strcat(r, "!");
    return r;
}
void release(void *p) { free(p); }
uint16_t *wide_reverse(const uint16_t *s) {
    int32_t n = utf16_units(s);
    uint16_t *r = malloc(((size_t)n + 1) * sizeof(uint16_t));
    for (int32_t i = 0; i < n; i++) r[i] = s[n - 1 - i];
    r[n] = 0;
    return r;
}
char *nothing_or_copy(int32_t copy, const char *s) { return copy ? strdup(s) : NULL; }

double sum_doubles(const double *values, int32_t count) {
    double s = 0;
    if (values == NULL) return -1;
    for (int i = 0; i < count; i++) s += values[i];
    return s;
}
void fill_squares(int64_t *values, int32_t count) { for (int i = 0; i < count; i++) values[i] = (int64_t)i * i; }
void sort_points(Point *points, int32_t count) {
    for (int i = 1; i < count; i++)
        for (int j = i; j > 0 && points[j - 1].x > points[j].x; j--) { Point t = points[j]; points[j] = points[j - 1]; points[j - 1] = t; }
}
void increment(int32_t *value) { (*value)++; }
void divmod(int32_t a, int32_t b, int32_t *q, int32_t *r) { *q = a / b; *r = a % b; }

bool is_even_c(int32_t x) { return x % 2 == 0; }
int32_t is_even_win(int32_t x) { return x % 2 == 0 ? 1 : 0; }
int32_t not_int(int32_t b) { return !b; }
int32_t widen_signed(int8_t a, int16_t b) { return (int32_t)a * 1000 + b; }
uint32_t widen_unsigned(uint8_t a, uint16_t b) { return (uint32_t)a * 100000 + b; }
uint16_t upper_wide(uint16_t c) { return c >= 'a' && c <= 'z' ? c - 32 : c; }
