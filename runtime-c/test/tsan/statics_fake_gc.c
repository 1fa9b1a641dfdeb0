/*
 * statics_fake_gc.c — the few collector and runtime functions typeinit.c and threadstatics.c call, over malloc, so that
 * ThreadSanitizer sees only their own synchronization (Boehm's stop-the-world signals are not TSan's business).
 */
#include "runtime.h"

#include <stdio.h>
#include <stdlib.h>

void *GC_malloc_uncollectable(size_t size) {
    return calloc(1, size);
}

void GC_free(void *p) {
    free(p);
}

void *kiln_gc_alloc_raw(size_t size) {
    return calloc(1, size); /* never freed: the test's blocks live as long as the process */
}

_Noreturn void kiln_rt_fail(const char *message) {
    fprintf(stderr, "kiln_rt_fail: %s\n", message);
    abort();
}
