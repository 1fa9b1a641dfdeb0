/* async.c — continuation chains of runtime-async code (kiln.h, shared/runtime-async.md §4).
 *
 * The compiler emits every frame's resume function; this file allocates continuations, makes leaves (the innermost
 * link, created by whatever really waits: an incomplete task, Task.Yield, an awaiter) and runs a chain once its
 * leaf is woken. */
#include "runtime.h"

KContinuation *kiln_async_new_continuation(int32_t size) {
    return kiln_gc_alloc_raw((size_t)size); /* scanned and zeroed: saved frames hold references */
}

/* A leaf has nothing to run: the awaiting frame reads the outcome from what it awaited. */
static KContinuation *leaf_resume(KContinuation *k) {
    (void)k;
    return NULL;
}

void *kiln_icall_System_Runtime_CompilerServices_AsyncHelpers_NewLeaf(void) {
    KContinuation *k = kiln_async_new_continuation((int32_t)sizeof(KContinuation));
    k->resume = leaf_resume;
    return k;
}

void kiln_async_run(KContinuation *leaf) {
    for (KContinuation *k = leaf; k != NULL; k = k->parent) {
        if (k->resume(k) != NULL) {
            return; /* suspended again: a new leaf will wake the rest */
        }
    }
}

void kiln_icall_System_Runtime_CompilerServices_AsyncHelpers_RunChain(void *leaf) {
    kiln_async_run((KContinuation *)leaf);
}
