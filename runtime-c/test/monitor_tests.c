/* monitor.c on one thread, and the records of dead objects: they must go when their objects do. */
#include "runtime.h"
#include <gc.h>
#include <pthread.h>
#include <stdio.h>

long monitor_thread_tests(void); /* monitor_thread_tests.c */

static long failures;
#define EXPECT(cond, ...) do { if (!(cond)) { failures++; printf("FAIL %s:%d: ", __FILE__, __LINE__); printf(__VA_ARGS__); printf("\n"); } } while (0)

static void single_thread_semantics(void) {
    KObject *a = kiln_gc_alloc_raw(16);
    EXPECT(!kiln_monitor_is_entered(a), "a new object's lock is free");
    EXPECT(!kiln_monitor_exit(a), "Exit of a lock never entered");
    EXPECT(kiln_monitor_pulse(a, 0) == 0, "Pulse of a lock never entered");
    EXPECT(kiln_monitor_enter(a, 0), "TryEnter(0) of a free lock");
    EXPECT(kiln_monitor_enter(a, -1), "Enter again (re-entrant)");
    EXPECT(kiln_monitor_wait(a, 1) == 0, "Wait(1) without a pulse");
    EXPECT(kiln_monitor_pulse(a, 1), "PulseAll by the owner");
    EXPECT(kiln_monitor_exit(a) && kiln_monitor_is_entered(a), "one level left");
    EXPECT(kiln_monitor_exit(a) && !kiln_monitor_is_entered(a), "no level left");
    EXPECT(!kiln_monitor_exit(a), "one Exit too many");
}

/* A free lock's record is reused by the next object of its bucket: locking many live objects one after another
 * leaves at most a few records per bucket; a lock held keeps its record, through collections too. */
static void records_reused(void) {
    enum { OBJECTS = 100000, BUCKETS = 16384 };
    KObject **live = kiln_gc_alloc_raw(OBJECTS * sizeof(KObject *));
    size_t before = kiln_monitor_record_count();
    for (int i = 0; i < OBJECTS; i++) {
        live[i] = kiln_gc_alloc_raw(16);
        kiln_monitor_enter(live[i], -1);
        kiln_monitor_exit(live[i]);
    }
    size_t after = kiln_monitor_record_count();
    EXPECT(after <= before + 2 * BUCKETS, "%zu records after %d live objects were locked once (%zu before)", after,
           OBJECTS, before);
    KObject *a = live[0];
    kiln_monitor_enter(a, -1);
    kiln_monitor_enter(a, -1);
    for (int i = 1; i < OBJECTS; i++) {
        kiln_monitor_enter(live[i], -1);
        kiln_monitor_exit(live[i]);
    }
    GC_gcollect();
    EXPECT(kiln_monitor_is_entered(a), "a held lock on a live object survives reuse around it and a collection");
    kiln_monitor_exit(a);
    EXPECT(kiln_monitor_is_entered(a), "one level left");
    kiln_monitor_exit(a);
    EXPECT(!kiln_monitor_is_entered(a), "no level left");
    GC_reachable_here(live);
}

/* Locks taken and never released on objects nobody refers to afterwards: a collection frees their records (and a new
 * object at the same address must not find itself locked). */
static void __attribute__((noinline)) lock_garbage(int n) {
    for (int i = 0; i < n; i++) {
        KObject *o = kiln_gc_alloc_raw(32);
        kiln_monitor_enter(o, -1);
        kiln_monitor_enter(o, -1);
        kiln_monitor_exit(o);
    }
}

static void dead_records_go(void) {
    size_t before = kiln_monitor_record_count();
    lock_garbage(20000);
    size_t during = kiln_monitor_record_count();
    EXPECT(during >= before + 1000, "records were made (%zu before, %zu after)", before, during);
    GC_gcollect();
    size_t after = kiln_monitor_record_count();
    /* a conservative collector may keep a few objects alive through stale stack or register words */
    EXPECT(after <= before + 100, "%zu records left of %zu after the objects died", after, during);
}

/* The same from four threads the collector knows (gc.h, GC_THREADS), collections running among them; each also holds
 * a lock on a live object of its own through all of it. */
static void *lock_garbage_holding(void *arg) {
    KObject *mine = kiln_gc_alloc_raw(16);
    kiln_monitor_enter(mine, -1);
    lock_garbage((int)(long)arg);
    long held = kiln_monitor_is_entered(mine) && kiln_monitor_exit(mine);
    return (void *)held;
}

static void dead_records_go_with_threads(void) {
    size_t before = kiln_monitor_record_count();
    pthread_t t[4];
    for (int i = 0; i < 4; i++) pthread_create(&t[i], NULL, lock_garbage_holding, (void *)20000L);
    long held = 0;
    for (int i = 0; i < 4; i++) {
        void *result;
        pthread_join(t[i], &result);
        held += (long)result;
    }
    EXPECT(held == 4, "%ld of 4 threads kept their own lock through the collections", held);
    GC_gcollect();
    size_t after = kiln_monitor_record_count();
    EXPECT(after <= before + 100, "%zu records left (%zu before) after 80000 locked objects died on 4 threads", after, before);
}

long monitor_tests(void) {
    single_thread_semantics();
    records_reused();
    dead_records_go();
    dead_records_go_with_threads();
    return failures + monitor_thread_tests();
}
