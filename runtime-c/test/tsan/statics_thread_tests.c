/*
 * statics_thread_tests.c — class-constructor states and thread statics with real threads; built and run by
 * `make tsan-test` under ThreadSanitizer (no reports allowed) and by `make statics-thread-test` without it.
 */
#include "runtime.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#define THREADS 8

static int failed, passed;
#define CHECK(cond, ...) do { if (cond) passed++; else { failed++; printf("FAIL %s:%d: ", __FILE__, __LINE__); printf(__VA_ARGS__); printf("\n"); } } while (0)

static pthread_barrier_t start;

/* ---- a slow class constructor touched by eight threads at once ---- */

static uint8_t slowFlag;
static int slowStatic;            /* written by the "class constructor", read by everyone after begin */
static atomic_int slowRuns;

typedef struct { int32_t begin; int seen; } SlowResult;

static void *touch_slow_type(void *arg) {
    SlowResult *r = arg;
    pthread_barrier_wait(&start);
    r->begin = kiln_typeinit_begin(&slowFlag);
    if (r->begin == KILN_TYPEINIT_RUN) {
        atomic_fetch_add(&slowRuns, 1);
        CHECK(kiln_typeinit_begin(&slowFlag) == KILN_TYPEINIT_DONE, "the initializing thread re-entering sees it done");
        usleep(20000);
        slowStatic = 42;
        kiln_typeinit_end(&slowFlag, KILN_TYPEINIT_DONE);
    }
    r->seen = slowStatic;
    return NULL;
}

static void slow_class_constructor(void) {
    pthread_t t[THREADS];
    SlowResult r[THREADS];
    pthread_barrier_init(&start, NULL, THREADS);
    for (int i = 0; i < THREADS; i++) {
        pthread_create(&t[i], NULL, touch_slow_type, &r[i]);
    }
    int runners = 0;
    for (int i = 0; i < THREADS; i++) {
        pthread_join(t[i], NULL);
        runners += r[i].begin == KILN_TYPEINIT_RUN;
        CHECK(r[i].begin == KILN_TYPEINIT_RUN || r[i].begin == KILN_TYPEINIT_DONE, "thread %d: begin gave %d", i, r[i].begin);
        CHECK(r[i].seen == 42, "thread %d saw the static as %d", i, r[i].seen);
    }
    pthread_barrier_destroy(&start);
    CHECK(runners == 1 && atomic_load(&slowRuns) == 1, "one thread ran the class constructor (%d)", runners);
    CHECK(kiln_typeinit_begin(&slowFlag) == KILN_TYPEINIT_DONE, "done afterwards");
}

/* ---- nested class constructors on one thread: each re-entered one is seen as done ---- */

static uint8_t outerFlag, innerFlag;

static void nested_on_one_thread(void) {
    CHECK(kiln_typeinit_begin(&outerFlag) == KILN_TYPEINIT_RUN, "outer runs");
    CHECK(kiln_typeinit_begin(&innerFlag) == KILN_TYPEINIT_RUN, "inner runs inside it");
    CHECK(kiln_typeinit_begin(&outerFlag) == KILN_TYPEINIT_DONE, "outer re-entered from inner");
    CHECK(kiln_typeinit_begin(&innerFlag) == KILN_TYPEINIT_DONE, "inner re-entered");
    kiln_typeinit_end(&innerFlag, KILN_TYPEINIT_DONE);
    CHECK(kiln_typeinit_begin(&outerFlag) == KILN_TYPEINIT_DONE, "outer still re-entered after inner ended");
    kiln_typeinit_end(&outerFlag, KILN_TYPEINIT_FAILED);
    CHECK(kiln_typeinit_begin(&outerFlag) == KILN_TYPEINIT_FAILED && kiln_typeinit_begin(&innerFlag) == KILN_TYPEINIT_DONE,
          "their outcomes stay");
}

/* ---- a failing class constructor: every thread sees the failure ---- */

static uint8_t failingFlag;

static void *touch_failing_type(void *arg) {
    int32_t *r = arg;
    pthread_barrier_wait(&start);
    *r = kiln_typeinit_begin(&failingFlag);
    if (*r == KILN_TYPEINIT_RUN) {
        usleep(10000);
        kiln_typeinit_end(&failingFlag, KILN_TYPEINIT_FAILED);
    }
    return NULL;
}

static void failing_class_constructor(void) {
    pthread_t t[THREADS];
    int32_t r[THREADS];
    pthread_barrier_init(&start, NULL, THREADS);
    for (int i = 0; i < THREADS; i++) {
        pthread_create(&t[i], NULL, touch_failing_type, &r[i]);
    }
    int runners = 0, failures = 0;
    for (int i = 0; i < THREADS; i++) {
        pthread_join(t[i], NULL);
        runners += r[i] == KILN_TYPEINIT_RUN;
        failures += r[i] == KILN_TYPEINIT_FAILED;
    }
    pthread_barrier_destroy(&start);
    CHECK(runners == 1 && failures == THREADS - 1, "one ran, the others saw the failure (%d, %d)", runners, failures);
    CHECK(kiln_typeinit_begin(&failingFlag) == KILN_TYPEINIT_FAILED, "the failure is final");
}

/* ---- two threads initializing X and Y, each then touching the other's type: no deadlock ---- */

static uint8_t flagX, flagY;
static pthread_barrier_t bothStarted;

typedef struct { uint8_t *mine, *other; int32_t sawOther; } CycleSide;

static void *initialize_then_touch(void *arg) {
    CycleSide *side = arg;
    int32_t r = kiln_typeinit_begin(side->mine);
    pthread_barrier_wait(&bothStarted);
    side->sawOther = kiln_typeinit_begin(side->other);
    if (side->sawOther == KILN_TYPEINIT_RUN) {
        kiln_typeinit_end(side->other, KILN_TYPEINIT_DONE); /* cannot happen: the other thread runs it */
    }
    if (r == KILN_TYPEINIT_RUN) {
        kiln_typeinit_end(side->mine, KILN_TYPEINIT_DONE);
    }
    return NULL;
}

static void cycle_between_threads(void) {
    pthread_t a, b;
    CycleSide x = {&flagX, &flagY, -1}, y = {&flagY, &flagX, -1};
    pthread_barrier_init(&bothStarted, NULL, 2);
    pthread_create(&a, NULL, initialize_then_touch, &x);
    pthread_create(&b, NULL, initialize_then_touch, &y);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    pthread_barrier_destroy(&bothStarted);
    CHECK(x.sawOther == KILN_TYPEINIT_DONE && y.sawOther == KILN_TYPEINIT_DONE, "both went on (%d, %d)", x.sawOther, y.sawOther);
    CHECK(flagX == KILN_TYPEINIT_DONE && flagY == KILN_TYPEINIT_DONE, "both types initialized");
}

/* ---- a ring of four threads, each initializing a type and then touching the next one's: no deadlock ---- */

#define RING 4
#define RING_ROUNDS 200

static uint8_t ringFlags[RING_ROUNDS][RING];
static pthread_barrier_t ringStarted;

typedef struct { int position; int partialViews; int runs; } RingMember;

static void *ring_member(void *arg) {
    RingMember *m = arg;
    for (int round = 0; round < RING_ROUNDS; round++) {
        uint8_t *mine = &ringFlags[round][m->position], *next = &ringFlags[round][(m->position + 1) % RING];
        int32_t r = kiln_typeinit_begin(mine);
        pthread_barrier_wait(&ringStarted);
        int32_t n = kiln_typeinit_begin(next);
        if (n == KILN_TYPEINIT_DONE && atomic_load((_Atomic uint8_t *)next) != KILN_TYPEINIT_DONE) {
            m->partialViews++; /* went on while the next type's class constructor still ran: the cycle's breaker */
        }
        if (r == KILN_TYPEINIT_RUN) {
            m->runs++;
            kiln_typeinit_end(mine, KILN_TYPEINIT_DONE);
        }
        pthread_barrier_wait(&ringStarted);
    }
    return NULL;
}

static void ring_of_threads(void) {
    pthread_t t[RING];
    RingMember members[RING];
    pthread_barrier_init(&ringStarted, NULL, RING);
    for (int i = 0; i < RING; i++) {
        members[i] = (RingMember){i, 0, 0};
        pthread_create(&t[i], NULL, ring_member, &members[i]);
    }
    int partial = 0, runs = 0;
    for (int i = 0; i < RING; i++) {
        pthread_join(t[i], NULL);
        partial += members[i].partialViews;
        runs += members[i].runs;
    }
    pthread_barrier_destroy(&ringStarted);
    CHECK(runs == RING * RING_ROUNDS, "every type's class constructor ran once (%d)", runs);
    CHECK(partial == RING_ROUNDS, "one thread per ring broke the cycle (%d in %d rounds)", partial, RING_ROUNDS);
}

/* ---- thread statics: a block per field and thread, zeroed, stable, isolated ---- */

static uint32_t slotA = KILN_THREAD_STATIC_UNASSIGNED, slotB = KILN_THREAD_STATIC_UNASSIGNED;

static void *use_thread_statics(void *arg) {
    intptr_t id = (intptr_t)arg;
    pthread_barrier_wait(&start);
    int64_t *a = kiln_thread_static_address(&slotA, 8);
    void **b = kiln_thread_static_address(&slotB, 16);
    int ok = *a == 0 && b[0] == NULL && b[1] == NULL;
    *a = id;
    b[1] = a;
    for (int round = 0; round < 1000; round++) {
        ok &= kiln_thread_static_address(&slotA, 8) == a && kiln_thread_static_address(&slotB, 16) == b;
        ok &= *a == id;
        (*a)++;
        (*a)--;
    }
    ok &= kiln_thread_statics->count > slotA && kiln_thread_statics->entries[slotA] == a;
    return (void *)(intptr_t)ok;
}

static void thread_statics(void) {
    pthread_t t[THREADS];
    pthread_barrier_init(&start, NULL, THREADS);
    for (intptr_t i = 0; i < THREADS; i++) {
        pthread_create(&t[i], NULL, use_thread_statics, (void *)(i + 100));
    }
    for (int i = 0; i < THREADS; i++) {
        void *ok;
        pthread_join(t[i], &ok);
        CHECK(ok == (void *)1, "thread %d: its own zeroed, stable blocks", i);
    }
    pthread_barrier_destroy(&start);
    CHECK(slotA != slotB && slotA != KILN_THREAD_STATIC_UNASSIGNED && slotB != KILN_THREAD_STATIC_UNASSIGNED,
          "each field got one index (%u, %u)", slotA, slotB);
    int64_t *mine = kiln_thread_static_address(&slotA, 8);
    CHECK(*mine == 0, "the main thread's block is its own");
}

int main(void) {
    nested_on_one_thread();
    slow_class_constructor();
    failing_class_constructor();
    cycle_between_threads();
    ring_of_threads();
    thread_statics();
    printf("%d passed, %d failed\n", passed, failed);
    return failed ? 1 : 0;
}
