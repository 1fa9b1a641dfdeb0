/* The finalizer thread (finalizer.c): finalizers of objects allocated on several threads run after a collection, on
 * a thread of their own, once each; suppressed ones do not run; GC.WaitForPendingFinalizers returns at once when
 * nothing is queued and when a finalizer calls it. Built into runtime-tests and, with finalizer.c alone, under
 * ThreadSanitizer (make tsan-test). Fake descriptors stand in for the compiler's: slot 3 is a C function. */
#include "runtime.h"
#include <gc.h>
#include <pthread.h>
#include <stdio.h>

#define THREADS 4
#define PER_THREAD 2000

static long failures;
#define EXPECT(cond, ...) \
    do { if (!(cond)) { failures++; printf("FAIL %s:%d: ", __FILE__, __LINE__); printf(__VA_ARGS__); printf("\n"); } } while (0)

static long finalized;
static long on_main_thread;
static long waits_returned;
static pthread_t main_thread;

static void count_finalizer(KObject *o) {
    (void)o;
    __atomic_fetch_add(&finalized, 1, __ATOMIC_RELAXED);
    if (pthread_equal(pthread_self(), main_thread)) {
        __atomic_fetch_add(&on_main_thread, 1, __ATOMIC_RELAXED);
    }
}

static void waiting_finalizer(KObject *o) {
    (void)o;
    kiln_icall_System_GC_WaitForPendingFinalizers(); /* on the finalizer thread: must not wait for itself */
    __atomic_fetch_add(&waits_returned, 1, __ATOMIC_RELAXED);
}

/* A KType followed by its four Object slots (vtable[] is the fixed part's last member). */
typedef struct {
    KType type;
    void *slots[4];
} FakeType;

static const FakeType counted = {
    .type = {.name = "Counted", .flags = KTYPE_FINALIZABLE, .baseSize = 16, .vtableSlots = 4},
    .slots = {NULL, NULL, NULL, (void *)count_finalizer}};
static const FakeType waiting = {
    .type = {.name = "Waiting", .flags = KTYPE_FINALIZABLE, .baseSize = 16, .vtableSlots = 4},
    .slots = {NULL, NULL, NULL, (void *)waiting_finalizer}};

static void *allocate_finalizable(void *arg) {
    (void)arg;
    kiln_gc_attach_allocator();
    for (int i = 0; i < PER_THREAD; i++) {
        kiln_gc_alloc_finalizable(&counted.type);
    }
    kiln_gc_detach_allocator();
    return NULL;
}

static void collect_and_wait(void) {
    GC_gcollect();
    kiln_icall_System_GC_WaitForPendingFinalizers();
}

static long read_count(long *counter) {
    return __atomic_load_n(counter, __ATOMIC_RELAXED);
}

static __attribute__((noinline)) void allocate_suppressed(int n) {
    for (int i = 0; i < n; i++) {
        kiln_icall_System_GC_SuppressFinalizeImpl(kiln_gc_alloc_finalizable(&counted.type));
    }
}

static __attribute__((noinline)) void allocate_waiting(int n) {
    for (int i = 0; i < n; i++) {
        kiln_gc_alloc_finalizable(&waiting.type);
    }
}

long finalizer_tests(void) {
    main_thread = pthread_self();
    kiln_icall_System_GC_WaitForPendingFinalizers(); /* nothing queued: returns */

    /* no collection while the threads allocate: under ThreadSanitizer, which holds back the collector's stop signal
     * while a thread runs its uninstrumented allocation code, one would never complete */
    GC_disable();
    pthread_t t[THREADS];
    for (int i = 0; i < THREADS; i++) pthread_create(&t[i], NULL, allocate_finalizable, NULL);
    for (int i = 0; i < THREADS; i++) pthread_join(t[i], NULL);
    GC_enable();
    collect_and_wait();
    long total = read_count(&finalized);
    /* the allocating threads ended, so no stack of theirs can hold an object: only registers of this one might */
    EXPECT(total >= THREADS * PER_THREAD - 8 && total <= THREADS * PER_THREAD, "%ld of %d finalized", total,
           THREADS * PER_THREAD);
    EXPECT(read_count(&on_main_thread) == 0, "%ld finalizers ran on the main thread", read_count(&on_main_thread));
    collect_and_wait();
    EXPECT(read_count(&finalized) <= THREADS * PER_THREAD, "a finalizer ran twice");

    long before = read_count(&finalized);
    allocate_suppressed(1000);
    collect_and_wait();
    EXPECT(read_count(&finalized) - before <= 8, "%ld suppressed finalizers ran", read_count(&finalized) - before);

    allocate_waiting(20);
    collect_and_wait();
    EXPECT(read_count(&waits_returned) >= 12, "WaitForPendingFinalizers returned in %ld finalizers of 20",
           read_count(&waits_returned));
    return failures;
}
