/* A small C library for PInvokeCallbacksTest: native code calling managed delegates back with ints, doubles,
 * strings, pointers and structs of each System V class (registers, byval memory, sret), keeping a callback to call
 * later, and handing out its own function pointers for GetDelegateForFunctionPointer. */
#include <stdint.h>
#include <stdio.h>

typedef struct { int32_t x, y; } Point;         /* one INTEGER eightbyte */
typedef struct { double x, y; } Vector;         /* two SSE eightbytes */
typedef struct { int64_t a, b, c, d; } Big;     /* memory: byval in, sret out */

typedef int32_t (*IntOp)(int32_t, int32_t);
typedef double (*DoubleFn)(double);
typedef Point (*PointMap)(Point);
typedef Vector (*VectorCombine)(Vector, Vector, double);
typedef Big (*BigMake)(int64_t);
typedef int64_t (*BigSum)(Big);
typedef int32_t (*Predicate)(int32_t);           /* a 4-byte BOOL */
typedef void (*Visit)(const char *, int32_t);
typedef void (*Bump)(int32_t *);
typedef void (*VisitWide)(const uint16_t *, int32_t);   /* a delegate with CharSet.Unicode */
/* the first Point takes the sixth INTEGER register: the second goes on the stack whole */
typedef double (*Many)(int32_t, double, int32_t, double, int64_t, float, int8_t, double, Point, Vector, int16_t, Point);

int32_t fold_ints(const int32_t *values, int32_t count, int32_t seed, IntOp op) {
    for (int32_t i = 0; i < count; i++) seed = op(seed, values[i]);
    return seed;
}

/* midpoint rule */
double integrate(DoubleFn f, double from, double to, int32_t steps) {
    double h = (to - from) / steps, sum = 0;
    for (int32_t i = 0; i < steps; i++) sum += f(from + (i + 0.5) * h);
    return sum * h;
}

Point map_point(PointMap f, Point p) { return f(f(p)); }
Vector combine(VectorCombine f, Vector a, Vector b, double k) { return f(a, b, k); }
int64_t big_via(BigMake f, int64_t seed) { Big b = f(seed); return b.a * 1000 + b.b * 100 + b.c * 10 + b.d; }
int64_t big_sum_via(BigSum f, int64_t seed) { Big b = {seed, seed + 1, seed + 2, seed + 3}; return f(b); }

int32_t count_if(const int32_t *values, int32_t count, Predicate p) {
    int32_t n = 0;
    for (int32_t i = 0; i < count; i++) n += p(values[i]) ? 1 : 0;
    return n;
}

void visit_names(Visit v) {
    const char *names[] = {"alpha", "grüße", "日本"};
    for (int32_t i = 0; i < 3; i++) v(names[i], i);
}

void visit_wide(VisitWide v) {
    static const uint16_t name[] = {0x77, 0xF6, 0x72, 0x6C, 0x64, 0x20AC, 0};
    v(name, 6);
}

void bump_times(Bump b, int32_t times, int32_t *counter) {
    for (int32_t i = 0; i < times; i++) b(counter);
}

double call_many(Many f) {
    Point p = {7, -8};
    Vector v = {0.25, 0.5};
    Point q = {1000, 20000};
    return f(1, 2.5, 3, 4.5, 5000000000LL, 6.5f, -7, 8.5, p, v, -300, q);
}

/* a callback kept by the library and called after the call that registered it returned */
static IntOp stored;
void store_callback(IntOp op) { stored = op; }
int32_t call_stored(int32_t a, int32_t b) { return stored(a, b); }
IntOp get_stored(void) { return stored; }

static int32_t c_multiply(int32_t a, int32_t b) { return a * b; }
IntOp multiply_pointer(void) { return c_multiply; }
static Point c_swap(Point p) { Point r = {p.y, p.x}; return r; }
PointMap swap_pointer(void) { return c_swap; }
static Big c_big(int64_t seed) { Big b = {seed, -seed, seed * seed, 4}; return b; }
BigMake big_pointer(void) { return c_big; }

int32_t call_once(IntOp op) { return op(1, 2); }

/* for the benchmark-style direct call check */
int32_t add_one(int32_t x) { return x + 1; }
