/* LowLevelMonitor (lowlevel_sync.c) under real threads, built with and without ThreadSanitizer: a bounded queue
 * handed between producers and consumers with Wait/Signal/SignalAll, timed waits that run out, and the parking-lot
 * pattern of blocking task waits (check a flag under the lock, sleep, the setter signals all under the lock).
 * Prints "N passed, N failed"; exits non-zero on a failure. */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

void *kiln_icall_System_Threading_LowLevelMonitor_Create(void);
void kiln_icall_System_Threading_LowLevelMonitor_Acquire(void *monitor);
void kiln_icall_System_Threading_LowLevelMonitor_Release(void *monitor);
int32_t kiln_icall_System_Threading_LowLevelMonitor_Wait(void *monitor, int32_t timeoutMilliseconds);
void kiln_icall_System_Threading_LowLevelMonitor_Signal(void *monitor);
void kiln_icall_System_Threading_LowLevelMonitor_SignalAll(void *monitor);
int64_t kiln_icall_System_Threading_LowLevelMonitor_NowMilliseconds(void);

/* lowlevel_sync.c's only other dependency */
void kiln_rt_fail(const char *message) {
    fprintf(stderr, "%s\n", message);
    abort();
}

#define Acquire kiln_icall_System_Threading_LowLevelMonitor_Acquire
#define Release kiln_icall_System_Threading_LowLevelMonitor_Release
#define Wait kiln_icall_System_Threading_LowLevelMonitor_Wait
#define Signal kiln_icall_System_Threading_LowLevelMonitor_Signal
#define SignalAll kiln_icall_System_Threading_LowLevelMonitor_SignalAll
#define Now kiln_icall_System_Threading_LowLevelMonitor_NowMilliseconds

static int passed, failed;
#define CHECK(cond, ...) do { if (cond) passed++; else { failed++; printf("FAIL %s:%d: ", __FILE__, __LINE__); printf(__VA_ARGS__); printf("\n"); } } while (0)

enum { PRODUCERS = 4, CONSUMERS = 4, ITEMS = 20000, CAPACITY = 16 };

static void *queue_monitor;
static int queue[CAPACITY];
static int queue_count, queue_head;
static long consumed_sum;
static int consumed_count;

static void *producer(void *arg) {
    int base = (int)(intptr_t)arg * ITEMS;
    for (int i = 0; i < ITEMS; i++) {
        Acquire(queue_monitor);
        while (queue_count == CAPACITY) {
            Wait(queue_monitor, -1);
        }
        queue[(queue_head + queue_count) % CAPACITY] = base + i;
        queue_count++;
        SignalAll(queue_monitor);
        Release(queue_monitor);
    }
    return NULL;
}

static void *consumer(void *arg) {
    (void)arg;
    for (;;) {
        Acquire(queue_monitor);
        while (queue_count == 0 && consumed_count < PRODUCERS * ITEMS) {
            Wait(queue_monitor, 50); /* timed: also exercises the deadline path */
        }
        if (queue_count == 0) {
            Release(queue_monitor);
            return NULL;
        }
        int item = queue[queue_head];
        queue_head = (queue_head + 1) % CAPACITY;
        queue_count--;
        consumed_sum += item;
        consumed_count++;
        SignalAll(queue_monitor);
        Release(queue_monitor);
    }
}

static void test_queue(void) {
    queue_monitor = kiln_icall_System_Threading_LowLevelMonitor_Create();
    pthread_t threads[PRODUCERS + CONSUMERS];
    for (int i = 0; i < PRODUCERS; i++) pthread_create(&threads[i], NULL, producer, (void *)(intptr_t)i);
    for (int i = 0; i < CONSUMERS; i++) pthread_create(&threads[PRODUCERS + i], NULL, consumer, NULL);
    for (int i = 0; i < PRODUCERS + CONSUMERS; i++) pthread_join(threads[i], NULL);
    long n = (long)PRODUCERS * ITEMS;
    CHECK(consumed_count == n, "consumed %d of %ld", consumed_count, n);
    CHECK(consumed_sum == n * (n - 1) / 2, "sum %ld, expected %ld", consumed_sum, n * (n - 1) / 2);
}

static void test_timeout(void) {
    void *m = kiln_icall_System_Threading_LowLevelMonitor_Create();
    Acquire(m);
    int64_t start = Now();
    int signalled = Wait(m, 30);
    int64_t waited = Now() - start;
    Release(m);
    CHECK(!signalled, "a wait nobody signals runs out");
    CHECK(waited >= 29, "waited %lld ms of 30", (long long)waited);
}

/* The parking lot of blocking task waits: waiters sleep while a flag is clear; the setter sets it, then signals. */
static void *park_monitor;
static int completed;
static int woken;

static void *parked_waiter(void *arg) {
    (void)arg;
    Acquire(park_monitor);
    while (!completed) {
        Wait(park_monitor, -1);
    }
    woken++;
    Release(park_monitor);
    return NULL;
}

static void test_parking(void) {
    park_monitor = kiln_icall_System_Threading_LowLevelMonitor_Create();
    pthread_t waiters[8];
    for (int i = 0; i < 8; i++) pthread_create(&waiters[i], NULL, parked_waiter, NULL);
    Acquire(park_monitor);
    completed = 1;
    SignalAll(park_monitor);
    Release(park_monitor);
    for (int i = 0; i < 8; i++) pthread_join(waiters[i], NULL);
    CHECK(woken == 8, "%d of 8 waiters woke", woken);
    Acquire(park_monitor);
    Signal(park_monitor); /* a signal nobody waits for is lost harmlessly */
    Release(park_monitor);
}

int main(void) {
    test_queue();
    test_timeout();
    test_parking();
    printf("%d passed, %d failed\n", passed, failed);
    return failed == 0 ? 0 : 1;
}
