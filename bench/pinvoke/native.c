/* The function bench/pinvoke.sh calls in a loop, in a shared library of its own: too small to measure anything but
 * the call (the caller cannot inline it across the library boundary). */
#include <stdint.h>

int32_t kiln_bench_add(int32_t x) { return x + 1; }
