/* gc_threads.c — the registry of per-thread allocators (gc_threads.h) and how the collector keeps their free lists.
 * The allocators are thread-local variables; the registry links them while their threads live.
 *
 * Objects on a thread's free lists are free to the program but already taken from the collector: if a collection
 * found them unmarked it would put them on its own lists too and hand them out twice. Boehm's thread-local
 * allocation solves this for its own lists by setting their objects' mark bits while the world is stopped for
 * marking; the push-other-roots hook (called then, with the allocation lock held) does the same for every registered
 * ThreadAllocator. The hook chains to the previous one, which in a thread build pushes the thread stacks.
 * A thread's allocator leaves the registry when the thread ends (kiln_gc_detach_allocator, from thread.c, or the
 * destructor of a thread-specific key for threads the runtime did not start); the objects left on its lists are
 * then unmarked garbage, their links cleared (clear_links), and the next collection takes them back. A thread the runtime did not start that calls a
 * delegate through its native pointer is registered with the collector by the reverse stub's first call
 * (kiln_gc_attach_callback_thread) and unregistered by the same destructor. */
#include "runtime.h"
#include "gc_threads.h"
#include <gc.h>
#include <gc/gc_mark.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

__thread ThreadAllocator kiln_gc_thread_allocator __attribute__((tls_model("initial-exec")));

static ThreadAllocator *registry;    /* changed and walked only under the allocation lock */
static int64_t ended_threads_bytes;  /* what threads that ended allocated; under the allocation lock */
static GC_push_other_roots_proc previous_push_other_roots;
static pthread_key_t detach_key;     /* its destructor detaches the allocator of a thread when it ends */
static __thread int registered_here __attribute__((tls_model("initial-exec"))); /* by kiln_gc_attach_callback_thread */

/* A free-list slot holds a pointer to the first free object or, while the list is empty, a small count that
 * GC_FAST_MALLOC_GRANS uses to decide when to refill (gc_inline.h): such counts are below any heap address. */
#define FREE_LIST_COUNT_LIMIT ((GC_word)4096)

/* The hook reads other threads' lists while they are stopped, a synchronization ThreadSanitizer cannot see (Boehm
 * stops them with signals, from an uninstrumented library): these two functions are left uninstrumented. */
#define WHILE_THE_WORLD_IS_STOPPED __attribute__((no_sanitize("thread")))

WHILE_THE_WORLD_IS_STOPPED static void mark_free_list(void *head) {
    for (void *p = head; (GC_word)p >= FREE_LIST_COUNT_LIMIT; p = *(void **)p) {
        GC_set_mark_bit(p);
    }
}

WHILE_THE_WORLD_IS_STOPPED static void GC_CALLBACK push_other_roots(void) {
    for (ThreadAllocator *a = registry; a != NULL; a = a->next) {
        for (int i = 0; i < GC_TINY_FREELISTS; i++) {
            mark_free_list(a->typedFreeLists[i]);
            mark_free_list(a->atomicFreeLists[i]);
        }
        for (int i = 0; i < KILN_RECYCLED_GRANULES; i++) {
            mark_free_list(a->recycledRaw[i]);
        }
    }
    if (previous_push_other_roots != NULL) {
        previous_push_other_roots();
    }
}

static void *GC_CALLBACK link_allocator(void *allocator) {
    ThreadAllocator *a = allocator;
    a->next = registry;
    if (registry != NULL) {
        registry->previous = a;
    }
    registry = a;
    return NULL;
}

/* A free object's first word links to the next free object, and the typed kind reads an object's first word as its
 * type. Once its thread has ended, an object left on a list is garbage, but a stale conservative reference (any
 * stack) can still mark it: it then survives the collection unswept, its link intact, while the object it links to
 * is reclaimed and reused. At a later collection the marker takes that live object for the survivor's KType and its
 * second word (a field: often a pointer) for the mark descriptor, and scans a range that ends far outside the heap
 * (seen as a SIGSEGV in Boehm's marker under threads/ThreadChurnStress, about 1 run in 100). A first word of 0 is
 * what Boehm skips as a partially built object, so the links go before the lists are dropped. */
static void clear_links(void *head) {
    for (void *p = head, *next; (GC_word)p >= FREE_LIST_COUNT_LIMIT; p = next) {
        next = *(void **)p;
        *(void **)p = NULL;
    }
}

static void *GC_CALLBACK unlink_allocator(void *allocator) {
    ThreadAllocator *a = allocator;
    for (int i = 0; i < GC_TINY_FREELISTS; i++) {
        clear_links(a->typedFreeLists[i]); /* under the allocation lock: no collection sees a list half cleared */
    }
    if (a->previous != NULL) {
        a->previous->next = a->next;
    } else {
        registry = a->next;
    }
    if (a->next != NULL) {
        a->next->previous = a->previous;
    }
    ended_threads_bytes += a->allocatedBytes;
    return NULL;
}

void kiln_gc_detach_allocator(void) {
    ThreadAllocator *a = &kiln_gc_thread_allocator;
    if (!a->registered) {
        return;
    }
    GC_call_with_alloc_lock(unlink_allocator, a);
    memset(a, 0, sizeof *a); /* what was on the lists is garbage now */
}

static void detach_at_thread_end(void *unused) {
    (void)unused;
    kiln_gc_detach_allocator();
    if (registered_here) {
        registered_here = 0;
        GC_unregister_my_thread();
    }
}

void kiln_gc_attach_allocator(void) {
    ThreadAllocator *a = &kiln_gc_thread_allocator;
    if (a->registered) {
        return;
    }
    a->registered = 1;
    GC_call_with_alloc_lock(link_allocator, a);
    /* a non-NULL value makes the key's destructor run when the thread ends, whoever started it */
    pthread_setspecific(detach_key, a);
}

/* Lets threads register themselves with the collector. Not done at start: it makes Boehm take its lock from then on,
 * which costs single-threaded allocation 4%; only native code holding a delegate's pointer can bring such a thread,
 * so callbacks.c calls this (on a registered thread) before it hands out the first pointer. */
void kiln_gc_allow_callback_threads(void) {
    static int allowed;
    if (!__atomic_load_n(&allowed, __ATOMIC_ACQUIRE)) {
        GC_allow_register_threads();
        __atomic_store_n(&allowed, 1, __ATOMIC_RELEASE);
    }
}

void kiln_gc_attach_callback_thread(void) {
    if (__builtin_expect(kiln_gc_thread_allocator.registered, 1)) {
        return; /* the collector knows it */
    }
    if (!GC_thread_is_registered()) {
        struct GC_stack_base base;
        if (GC_get_stack_base(&base) != GC_SUCCESS) {
            kiln_rt_fail("cannot find the stack of a thread calling managed code");
        }
        GC_register_my_thread(&base);
        registered_here = 1;
    }
    kiln_gc_attach_allocator(); /* its key's destructor unregisters the thread when it ends */
}

void kiln_gc_threads_init(void) {
    previous_push_other_roots = GC_get_push_other_roots();
    GC_set_push_other_roots(push_other_roots);
    if (pthread_key_create(&detach_key, detach_at_thread_end) != 0) {
        kiln_rt_fail("cannot create the thread-specific key of the allocator");
    }
    kiln_gc_attach_allocator(); /* the main thread's */
}

static void *GC_CALLBACK sum_allocated(void *total) {
    int64_t sum = ended_threads_bytes;
    for (ThreadAllocator *a = registry; a != NULL; a = a->next) {
        sum += __atomic_load_n(&a->allocatedBytes, __ATOMIC_RELAXED);
    }
    *(int64_t *)total = sum;
    return NULL;
}

int64_t kiln_gc_allocated_by_all_threads(void) {
    int64_t total;
    GC_call_with_alloc_lock(sum_allocated, &total);
    return total;
}
