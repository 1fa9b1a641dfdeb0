/* gc_threads.h — gc.c's per-thread allocation state (gc_threads.c keeps the registry). Private to the allocator. */
#ifndef KILN_GC_THREADS_H
#define KILN_GC_THREADS_H

#include <gc/gc_tiny_fl.h>
#include <stdint.h>

/* One per thread that allocates: the inline free lists GC_FAST_MALLOC_GRANS pops from, and the bytes the thread
 * allocated (GC.GetAllocatedBytesForCurrentThread). Lives in malloc'd memory the collector does not scan. */
typedef struct ThreadAllocator {
    void *typedFreeLists[GC_TINY_FREELISTS];
    void *atomicFreeLists[GC_TINY_FREELISTS];
    int64_t allocatedBytes;
    struct ThreadAllocator *next, *previous; /* the registry, changed under the allocation lock */
} ThreadAllocator;

/* initial-exec: the runtime is linked into the executable (or the image launcher), never dlopen'ed */
extern __thread ThreadAllocator *kiln_gc_thread_allocator __attribute__((tls_model("initial-exec")));

ThreadAllocator *kiln_gc_attach_allocator(void); /* the calling thread's, created and registered on first use */

static inline ThreadAllocator *current_allocator(void) {
    ThreadAllocator *a = kiln_gc_thread_allocator;
    return __builtin_expect(a != NULL, 1) ? a : kiln_gc_attach_allocator();
}

void kiln_gc_threads_init(void);              /* installs the marking hook; once, from kiln_gc_init */
int64_t kiln_gc_allocated_by_all_threads(void); /* live threads' counts and those of threads that ended */

#endif
