/* gc_threads.h — gc.c's per-thread allocation state (gc_threads.c keeps the registry). Private to the allocator. */
#ifndef KILN_GC_THREADS_H
#define KILN_GC_THREADS_H

#include <gc/gc_tiny_fl.h>
#include <stdint.h>

/* Each thread's: the inline free lists GC_FAST_MALLOC_GRANS pops from, and the bytes the thread allocated
 * (GC.GetAllocatedBytesForCurrentThread). A thread-local variable itself, not a pointer to one, so that the fast path
 * addresses the lists from the thread pointer with no load or test before the pop. Every thread that runs managed code
 * registers its allocator before it allocates (kiln_gc_attach_allocator: the main thread in kiln_gc_init, Thread's
 * threads in thread.c, other threads in kiln_gc_attach_callback_thread, the reverse stubs' first call): the collector
 * keeps only the objects on registered lists. */
/* Raw blocks of up to this many granules (256 bytes: most async frames) are kept for reuse when freed (below). */
#define KILN_RECYCLED_GRANULES 17
/* ... at most this many of each size: a burst of chains that finish without suspending again (the end of a run)
 * leaves the rest to the collector instead of holding them for the thread's lifetime. */
#define KILN_RECYCLED_PER_SIZE 16

typedef struct ThreadAllocator {
    void *typedFreeLists[GC_TINY_FREELISTS];
    void *atomicFreeLists[GC_TINY_FREELISTS];
    /* Raw blocks whose owner knows them dead (kiln_gc_recycle_raw: continuations of finished async frames), cleared
     * and linked through their first word, by granule count, at most KILN_RECYCLED_PER_SIZE each: the thread's next
     * raw allocations of that size take them instead of the collector's memory, so a chain that suspends again as
     * it finishes (an await loop) allocates nothing new. Kept by the collector as the free lists are. */
    void *recycledRaw[KILN_RECYCLED_GRANULES];
    uint8_t recycledCount[KILN_RECYCLED_GRANULES];
    int64_t allocatedBytes;
    struct ThreadAllocator *next, *previous; /* the registry, changed under the allocation lock */
    int registered;
} ThreadAllocator;

/* initial-exec: the runtime is linked into the executable (or the image launcher), never dlopen'ed */
extern __thread ThreadAllocator kiln_gc_thread_allocator __attribute__((tls_model("initial-exec")));

static inline ThreadAllocator *current_allocator(void) {
    return &kiln_gc_thread_allocator;
}

void kiln_gc_threads_init(void);              /* installs the marking hook; once, from kiln_gc_init */
int64_t kiln_gc_allocated_by_all_threads(void); /* live threads' counts and those of threads that ended */

#endif
