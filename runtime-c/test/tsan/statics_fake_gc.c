/*
 * statics_fake_gc.c — the few collector and runtime functions typeinit.c and threadstatics.c call, over malloc, so that
 * ThreadSanitizer sees only their own synchronization (Boehm's stop-the-world signals are not TSan's business).
 */
#include "runtime.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void *GC_malloc_uncollectable(size_t size) {
    return calloc(1, size);
}

void GC_free(void *p) {
    free(p);
}

void *kiln_gc_alloc_raw(size_t size) {
    return calloc(1, size); /* never freed: the test's blocks live as long as the process */
}

void *kiln_gc_alloc_lines(size_t size) {
    size_t bytes = (size + KILN_CACHE_LINE - 1) / KILN_CACHE_LINE * KILN_CACHE_LINE;
    void *p = aligned_alloc(KILN_CACHE_LINE, bytes == 0 ? KILN_CACHE_LINE : bytes); /* never freed, as above */
    memset(p, 0, bytes == 0 ? KILN_CACHE_LINE : bytes);
    return p;
}

_Noreturn void kiln_rt_fail(const char *message) {
    fprintf(stderr, "kiln_rt_fail: %s\n", message);
    abort();
}
