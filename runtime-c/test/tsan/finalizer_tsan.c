/* The finalizer thread's tests alone, for ThreadSanitizer (make tsan-test): finalizer.c and the tests are
 * instrumented, the collector is not. Objects come from the collector directly (gc.c stays out). */
#include "runtime.h"
#include <gc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

long finalizer_tests(void);

void *kiln_gc_alloc(const KType *t) {
    KObject *o = GC_MALLOC_ATOMIC(t->baseSize);
    if (o == NULL) {
        abort();
    }
    memset(o, 0, t->baseSize);
    o->type = t;
    return o;
}

/* gc.c's per-thread free lists are not part of this build: the collector's own allocation needs no attaching */
void kiln_gc_attach_allocator(void) {
}

void kiln_gc_detach_allocator(void) {
}

int main(void) {
    GC_INIT();
    kiln_finalizers_init();
    long failed = finalizer_tests();
    printf("finalizer under tsan: %ld failed\n", failed);
    return failed == 0 ? 0 : 1;
}
