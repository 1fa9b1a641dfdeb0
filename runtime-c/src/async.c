/* async.c — continuation chains of runtime-async code (kiln.h, shared/runtime-async.md §4).
 *
 * The compiler emits every frame's resume function; this file allocates continuations, makes leaves (the innermost
 * link, created by whatever really waits: an incomplete task, Task.Yield, an awaiter) and runs a chain once its
 * leaf is woken.
 *
 * A continuation belongs to its chain alone: the leaf is reached from the one resumer that wakes it, every other
 * continuation from its child's parent link, and the chain runs once. So when a frame's resume finishes the frame
 * (completed, or failed into its parent) nothing can reach its continuation any more, and the runner hands it back
 * to the thread's allocator (kiln_gc_recycle_raw): the frames that suspend next on this thread — typically the same
 * chain's, one await later — reuse it instead of taking new memory, so an await loop that really suspends allocates
 * no continuations once it runs and collections come that much less often. */
#include "runtime.h"

KContinuation *kiln_async_new_continuation(int32_t size) {
    KContinuation *k = kiln_gc_alloc_raw((size_t)size); /* scanned and zeroed: saved frames hold references */
    k->capacity = size; /* what kiln_async_run gives back (the compiler's frames also record it, for their reuse) */
    return k;
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
    KContinuation *k = leaf;
    while (k != NULL) {
        if (k->resume(k) != NULL) {
            return; /* suspended again (in k itself or a new continuation): a new leaf will wake the rest */
        }
        KContinuation *parent = k->parent;
        kiln_gc_recycle_raw(k, (size_t)k->capacity); /* finished: nothing refers to it any more */
        k = parent;
    }
}

void kiln_icall_System_Runtime_CompilerServices_AsyncHelpers_RunChain(void *leaf) {
    kiln_async_run((KContinuation *)leaf);
}
