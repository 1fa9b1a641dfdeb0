/* Monitor's lock table under threads: counters under contention, Wait/Pulse hand-offs, timeouts while another thread
 * holds the lock, many objects sharing buckets. Built into runtime-tests and, alone with monitor.c, under
 * ThreadSanitizer (make tsan-test). The locked "objects" live outside the collected heap, so no collector is needed. */
#include "runtime.h"
#include <pthread.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#define THREADS 4

static long failures;
#define EXPECT(cond, ...) do { if (!(cond)) { failures++; printf("FAIL %s:%d: ", __FILE__, __LINE__); printf(__VA_ARGS__); printf("\n"); } } while (0)

static KObject objects[64];
static long counters[64];

static void *count_under_locks(void *arg) {
    long iterations = (long)arg;
    for (long i = 0; i < iterations; i++) {
        int k = (int)(i % 64);
        kiln_monitor_enter(&objects[k], -1);
        kiln_monitor_enter(&objects[k], -1); /* re-entered: the inner exit must not release */
        counters[k]++;
        kiln_monitor_exit(&objects[k]);
        counters[k]++;
        kiln_monitor_exit(&objects[k]);
    }
    return NULL;
}

static void contended_counters(void) {
    pthread_t t[THREADS];
    long iterations = 64 * 2000;
    for (int i = 0; i < THREADS; i++) pthread_create(&t[i], NULL, count_under_locks, (void *)iterations);
    for (int i = 0; i < THREADS; i++) pthread_join(t[i], NULL);
    long total = 0;
    for (int k = 0; k < 64; k++) total += counters[k];
    EXPECT(total == 2L * THREADS * iterations, "counted %ld under locks, expected %ld", total, 2L * THREADS * iterations);
}

/* One slot handed back and forth: the producer waits while it is full, the consumer while it is empty. */
static KObject slotLock;
static int slotFull;
static long slotValue, consumedSum;

static void *produce(void *arg) {
    long n = (long)arg;
    for (long i = 1; i <= n; i++) {
        kiln_monitor_enter(&slotLock, -1);
        while (slotFull) kiln_monitor_wait(&slotLock, -1);
        slotValue = i;
        slotFull = 1;
        kiln_monitor_pulse(&slotLock, 1);
        kiln_monitor_exit(&slotLock);
    }
    return NULL;
}

static void *consume(void *arg) {
    long n = (long)arg;
    for (long i = 1; i <= n; i++) {
        kiln_monitor_enter(&slotLock, -1);
        kiln_monitor_enter(&slotLock, -1); /* Wait releases both levels and takes both back */
        while (!slotFull) kiln_monitor_wait(&slotLock, -1);
        EXPECT(kiln_monitor_is_entered(&slotLock), "the lock is held again after Wait");
        consumedSum += slotValue;
        slotFull = 0;
        kiln_monitor_pulse(&slotLock, 1);
        kiln_monitor_exit(&slotLock);
        kiln_monitor_exit(&slotLock);
    }
    return NULL;
}

static void ping_pong(void) {
    long n = 3000;
    pthread_t p, c;
    pthread_create(&c, NULL, consume, (void *)n);
    pthread_create(&p, NULL, produce, (void *)n);
    pthread_join(p, NULL);
    pthread_join(c, NULL);
    EXPECT(consumedSum == n * (n + 1) / 2, "consumed %ld, expected %ld", consumedSum, n * (n + 1) / 2);
}

/* Another thread holds the lock: TryEnter(0) and TryEnter(30 ms) fail, Exit by a non-owner fails, and once the
 * holder leaves an infinite Enter succeeds. */
static KObject heldLock;
static pthread_mutex_t phase = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t phaseChanged = PTHREAD_COND_INITIALIZER;
static int holderState; /* 1: holding, 2: may release */

static void *hold(void *arg) {
    (void)arg;
    kiln_monitor_enter(&heldLock, -1);
    pthread_mutex_lock(&phase);
    holderState = 1;
    pthread_cond_broadcast(&phaseChanged);
    while (holderState != 2) pthread_cond_wait(&phaseChanged, &phase);
    pthread_mutex_unlock(&phase);
    kiln_monitor_exit(&heldLock);
    return NULL;
}

static void timeouts_against_a_holder(void) {
    pthread_t t;
    pthread_create(&t, NULL, hold, NULL);
    pthread_mutex_lock(&phase);
    while (holderState != 1) pthread_cond_wait(&phaseChanged, &phase);
    pthread_mutex_unlock(&phase);
    EXPECT(!kiln_monitor_enter(&heldLock, 0), "TryEnter(0) of a lock another thread holds");
    EXPECT(!kiln_monitor_enter(&heldLock, 30), "TryEnter(30) of a lock another thread holds");
    EXPECT(!kiln_monitor_exit(&heldLock), "Exit of a lock another thread holds");
    EXPECT(!kiln_monitor_is_entered(&heldLock), "IsEntered of a lock another thread holds");
    EXPECT(kiln_monitor_wait(&heldLock, 0) == -1, "Wait on a lock another thread holds");
    pthread_mutex_lock(&phase);
    holderState = 2;
    pthread_cond_broadcast(&phaseChanged);
    pthread_mutex_unlock(&phase);
    EXPECT(kiln_monitor_enter(&heldLock, -1), "Enter once the holder left");
    EXPECT(kiln_monitor_exit(&heldLock), "Exit by the new owner");
    pthread_join(t, NULL);
}

/* Wait with a timeout while nobody pulses, and PulseAll waking several waiters. */
static KObject gate;
static int opened, woken;

static void *await_gate(void *arg) {
    (void)arg;
    kiln_monitor_enter(&gate, -1);
    while (!opened) kiln_monitor_wait(&gate, -1);
    woken++;
    kiln_monitor_exit(&gate);
    return NULL;
}

static void pulse_all(void) {
    kiln_monitor_enter(&gate, -1);
    EXPECT(kiln_monitor_wait(&gate, 20) == 0, "Wait(20) that nobody pulses times out");
    EXPECT(kiln_monitor_is_entered(&gate), "held again after a timed-out Wait");
    kiln_monitor_exit(&gate);
    pthread_t t[THREADS];
    for (int i = 0; i < THREADS; i++) pthread_create(&t[i], NULL, await_gate, NULL);
    kiln_monitor_enter(&gate, -1);
    opened = 1;
    kiln_monitor_pulse(&gate, 1);
    kiln_monitor_exit(&gate);
    for (int i = 0; i < THREADS; i++) pthread_join(t[i], NULL);
    EXPECT(woken == THREADS, "PulseAll woke %d of %d", woken, THREADS);
}

/* Timeouts racing wake-ups (the parker protocol's late unparks, parking.c): waiters with timeouts of 0-1 ms against a
 * thread that pulses and releases all the time, and TryEnters with such timeouts against holders. Every call must
 * come back holding what it reports, and the counts must add up: no lost or late wake-up leaves a thread asleep. */
static KObject racyGate;
static long tokens, taken, tryEntered;

static void *take_tokens(void *arg) {
    long mine = 0;
    for (int i = 0; i < 2000; i++) {
        if (kiln_monitor_enter(&racyGate, (int32_t)(i % 2))) {
            if (tokens > 0) {
                tokens--;
                mine++;
            } else {
                kiln_monitor_wait(&racyGate, (int32_t)(i % 3 == 0 ? 0 : 1));
                EXPECT(kiln_monitor_is_entered(&racyGate), "held again after a racing Wait");
            }
            kiln_monitor_exit(&racyGate);
            __atomic_add_fetch(&tryEntered, 1, __ATOMIC_RELAXED);
        }
    }
    __atomic_add_fetch(&taken, mine, __ATOMIC_RELAXED);
    (void)arg;
    return NULL;
}

static void timeouts_racing_wakeups(void) {
    pthread_t t[THREADS];
    for (int i = 0; i < THREADS; i++) pthread_create(&t[i], NULL, take_tokens, NULL);
    long given = 0;
    for (int i = 0; i < 3000; i++) {
        kiln_monitor_enter(&racyGate, -1);
        tokens++;
        given++;
        kiln_monitor_pulse(&racyGate, i % 5 == 0);
        kiln_monitor_exit(&racyGate);
    }
    for (int i = 0; i < THREADS; i++) pthread_join(t[i], NULL);
    EXPECT(taken + tokens == given, "tokens: %ld taken + %ld left != %ld given", taken, tokens, given);
    EXPECT(tryEntered > 0, "no TryEnter succeeded");
}

/* The parkers under the monitor (parking.c): an unpark before the park is kept, a timed park nobody ends runs out,
 * and two threads hand a turn back and forth by parking and unparking each other (each unparks the other only after
 * it saw the other publish its parker, as the monitor's queues do). */
static KParker *parkers[2];
static int parkTurn;

static void *park_pong(void *arg) {
    __atomic_store_n(&parkers[1], kiln_parker_current(), __ATOMIC_RELEASE);
    for (int i = 0; i < 1000; i++) {
        while (__atomic_load_n(&parkTurn, __ATOMIC_ACQUIRE) != 1) kiln_park(parkers[1], NULL);
        __atomic_store_n(&parkTurn, 0, __ATOMIC_RELEASE);
        kiln_unpark(parkers[0]);
    }
    (void)arg;
    return NULL;
}

static void parkers_hand_off(void) {
    KParker *self = kiln_parker_current();
    kiln_unpark(self);
    EXPECT(kiln_park(self, NULL), "an unpark before the park is kept");
    struct timespec start, end;
    clock_gettime(CLOCK_MONOTONIC, &start);
    struct timespec deadline = kiln_deadline_after(10);
    EXPECT(!kiln_park(self, &deadline), "a park nobody ends runs out");
    clock_gettime(CLOCK_MONOTONIC, &end);
    long ms = (end.tv_sec - start.tv_sec) * 1000 + (end.tv_nsec - start.tv_nsec) / 1000000;
    EXPECT(ms >= 9, "a 10 ms park ran out after %ld ms", ms);
    parkers[0] = self;
    pthread_t t;
    pthread_create(&t, NULL, park_pong, NULL);
    while (__atomic_load_n(&parkers[1], __ATOMIC_ACQUIRE) == NULL) sched_yield();
    for (int i = 0; i < 1000; i++) {
        __atomic_store_n(&parkTurn, 1, __ATOMIC_RELEASE);
        kiln_unpark(parkers[1]);
        while (__atomic_load_n(&parkTurn, __ATOMIC_ACQUIRE) != 0) kiln_park(self, NULL);
    }
    pthread_join(t, NULL);
    /* the last hand-off's unpark may still be unconsumed: consume it, so the parker is empty for later sleeps */
    struct timespec now = kiln_deadline_after(0);
    kiln_park(self, &now);
}

/* A stray unpark (outside the queues' protocol) of a thread in Monitor.Wait does not end its wait: it is still
 * waiting until pulsed. */
static KObject strayGate;
static KParker *strayParker;
static int strayReturned;

static void *wait_through_stray(void *arg) {
    kiln_monitor_enter(&strayGate, -1);
    __atomic_store_n(&strayParker, kiln_parker_current(), __ATOMIC_RELEASE);
    kiln_monitor_wait(&strayGate, -1);
    __atomic_store_n(&strayReturned, 1, __ATOMIC_RELEASE);
    kiln_monitor_exit(&strayGate);
    (void)arg;
    return NULL;
}

static void stray_unpark(void) {
    pthread_t t;
    pthread_create(&t, NULL, wait_through_stray, NULL);
    while (__atomic_load_n(&strayParker, __ATOMIC_ACQUIRE) == NULL) sched_yield();
    kiln_monitor_enter(&strayGate, -1); /* the waiter is in Wait once its lock is free */
    kiln_monitor_exit(&strayGate);
    kiln_unpark(strayParker);
    struct timespec pause = {0, 20 * 1000000L};
    nanosleep(&pause, NULL);
    EXPECT(!__atomic_load_n(&strayReturned, __ATOMIC_ACQUIRE), "a stray unpark ended a Wait nobody pulsed");
    kiln_monitor_enter(&strayGate, -1);
    kiln_monitor_pulse(&strayGate, 0);
    kiln_monitor_exit(&strayGate);
    pthread_join(t, NULL);
    EXPECT(strayReturned, "the pulsed Wait returned");
}

long monitor_thread_tests(void) {
    contended_counters();
    ping_pong();
    timeouts_against_a_holder();
    pulse_all();
    timeouts_racing_wakeups();
    parkers_hand_off();
    stray_unpark();
    return failures;
}
