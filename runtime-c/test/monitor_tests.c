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

/* A lock freed by its last Exit leaves no record behind (as a thin lock in an object header would not); one held
 * keeps it, through collections too. */
static void records_live_while_held(void) {
    KObject *a = kiln_gc_alloc_raw(16);
    size_t before = kiln_monitor_record_count();
    for (int i = 0; i < 1000; i++) {
        kiln_monitor_enter(kiln_gc_alloc_raw(16), -1);
        kiln_monitor_exit(a); /* not owned: changes nothing */
    }
    size_t heldElsewhere = kiln_monitor_record_count();
    kiln_monitor_enter(a, -1);
    kiln_monitor_enter(a, -1);
    EXPECT(kiln_monitor_record_count() == heldElsewhere + 1, "a held lock has a record");
    GC_gcollect();
    EXPECT(kiln_monitor_is_entered(a), "a held lock on a live object survives a collection");
    kiln_monitor_exit(a);
    EXPECT(kiln_monitor_is_entered(a), "one level left after a collection");
    kiln_monitor_exit(a);
    EXPECT(!kiln_monitor_is_entered(a), "no level left");
    size_t after = kiln_monitor_record_count();
    EXPECT(after <= heldElsewhere && heldElsewhere >= before + 900, "records: %zu before, %zu with 1000 locks held on "
           "garbage, %zu after the last Exit of a live object's lock", before, heldElsewhere, after);
    GC_reachable_here(a);
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
    records_live_while_held();
    dead_records_go();
    dead_records_go_with_threads();
    return failures + monitor_thread_tests();
}
